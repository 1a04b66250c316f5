"""Step 2, draft outreach: write a first message with a coach that reads along as you type.

This view only builds widgets and wires them to :class:`infoint.steps.outreach.OutreachModel`
(state, facts and actions live there). A widget event calls one model action; the model
then says which parts changed and :meth:`OutreachApp._render` redraws those. The coach
re-checks once typing pauses (:class:`infoint.debounce.Debouncer`, on the kernel's loop).

On a desktop the feedback sits beside the text (``outreach.css``); on a phone every card
is stacked. Notices appear by the button that caused them.

The coaching rules (hundreds of patterns to compile) and their first checks, the opening
draft's and the worked examples', run after the page shows (:func:`in_turns`; at once
outside Voila): they cost more than building the rest of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.debounce import Debouncer
from infoint.model import Contact, Learner, Outreach
from infoint.outreach import text, texts
from infoint.scoring import Report
from infoint.steps.outreach import STATE_LAST, TYPE_A_NAME, OutreachModel
from infoint.store import Store
from infoint.ui.common import (
    App,
    Notice,
    button,
    esc,
    explain,
    fixed,
    fixed_html,
    guarded,
    hint,
    log,
    next_step,
    shared_sheet,
)
from infoint.ui.findings import FindingsPanel
from infoint.ui.later import BuiltLater, Later
from infoint.ui.outreach_views import (
    contact_line_html,
    counts_html,
    examples_box,
    exports_html,
    outreach_style,
    schedule_html,
)
from infoint.ui.turns import in_turns, one_per_turn

__all__ = ["DEFAULT_DEBOUNCE", "STATE_DRAFT", "STATE_LAST", "TYPE_A_NAME", "OutreachApp"]

NEXT_STEP = "03-prepare-questions.ipynb"
STATE_DRAFT = "outreach:draft:"  # + the contact's key: infoint.drafts.Drafts(store, "outreach")

# Long enough to skip the keystrokes of a burst, short enough that the coach still feels
# instant (the browser benchmark measures keystroke-to-score under 150 ms with this).
DEFAULT_DEBOUNCE = 0.06


def _card(title: str, *children: w.Widget, css: str = "") -> w.VBox:
    return fixed(w.VBox, [fixed_html(f"<h3>{title}</h3>"), *children],
                 classes=("infoint-card", css))


def _row(*children: w.Widget) -> w.HBox:
    return fixed(w.HBox, list(children), classes=("infoint-actions",))


class OutreachApp(App):
    """Compose, check, save, export and mark as sent a first message to a contact.

    ``debounce_seconds`` is how long typing must pause before the draft is re-checked;
    tests pass 0 to check on every change. ``model`` is the step's state and actions.
    """

    name = "outreach"

    # The send card and the worked examples, made with the cards under the workbench (see
    # _build_lower): reading one builds them.
    copy_box = BuiltLater("lower")
    mailto_link = BuiltLater("lower")
    eml_link = BuiltLater("lower")
    sent_date_input = BuiltLater("lower")
    mark_sent_button = BuiltLater("lower")
    send_notice = BuiltLater("lower")
    schedule = BuiltLater("lower")
    send_card = BuiltLater("lower")
    examples = BuiltLater("lower")

    def __init__(
        self,
        store: Store | None = None,
        debounce_seconds: float = DEFAULT_DEBOUNCE,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self.debounce_seconds = float(debounce_seconds)
        self._quiet = False  # True while the view writes model state into widgets
        self._after_paint: list[Callable[[], None]] = []  # run by in_turns, in order
        self.model = OutreachModel(self.store, check_later=self._after_paint.append)
        self.debouncer = Debouncer(self.debounce_seconds, self._check)
        m = self.model

        # -- who and how --------------------------------------------------------------------
        self.contact_input = fixed(w.Dropdown, description="Who are you writing to?",
                                   classes=(self.css("contact"),))
        self.name_input = w.Text(description="Their name", placeholder="e.g. Ms. Jane Green",
                                 _dom_classes=(self.css("name"),))
        self.contact_line = fixed(w.HTML, classes=(self.css("status"),))
        self.channel_input = fixed(w.ToggleButtons, description="How will you reach them?",
                                                    options=m.channels, value=m.channel,
                                   classes=(self.css("channel"),))
        self.channel_tip = fixed(w.HTML)

        # -- write it -----------------------------------------------------------------------
        self.subject_input = w.Text(description="Subject",
                                    _dom_classes=(self.css("subject"),))  # hides
        self.body_input = fixed(w.Textarea, description="Your message", continuous_update=True,
                                            rows=14, classes=(self.css("body"),))
        self.counts = fixed(w.HTML, classes=(self.css("counts"),))
        self.template_button = button("Start from template", self.css("template"),
                                      icon="refresh")
        self.replace_button = button("Replace my text", self.css("replace"), style="warning")
        self.keep_button = button("Keep my text", self.css("keep"))
        self.compose_notice = self._notice("compose")
        # Shown only while asking: its own layout, since it hides.
        self.confirm = w.HBox([self.replace_button, self.keep_button],
                              _dom_classes=("infoint-actions", self.css("confirm")))
        self.save_button = button("Save draft", self.css("save"), style="primary", icon="check")
        self.save_notice = self._notice("save")
        self.versions_input = fixed(w.Dropdown, description="Saved versions",
                                    classes=(self.css("versions"),))
        self.restore_button = button("Restore this version", self.css("restore"), icon="undo")

        # -- feedback ------------------------------------------------------------------------
        self.panel = FindingsPanel(f"infoint-{self.name}")

        self.notices = {"top": self.notice, "compose": self.compose_notice,
                        "save": self.save_notice}

        who = _card("1. Who and how", self.contact_input, self.name_input, self.contact_line,
                    self.channel_input, self.channel_tip)
        self.write_card = write = _card(
            "2. Write it", self.subject_input, self.body_input, self.counts,
            _row(self.template_button), self.compose_notice, self.confirm,
            _row(self.save_button), self.save_notice, self.versions_input,
            _row(self.restore_button), hint(text("hints", "versions")),
            css=self.css("write"),
        )
        feedback = _card("3. The coach's feedback", self.panel, css=self.css("feedback"))
        # The text and its feedback side by side on a desktop (outreach.css), stacked on a phone.
        self.workbench = w.Box([write, feedback], _dom_classes=(self.css("workbench"),))
        # Sending and the worked examples are under the workbench at any width: they are
        # made in the first turn after the page is live (infoint.ui.later), before the
        # coach's rules are compiled.
        self.lower = Later(self._build_lower, classes=(self.css("lower"),))
        self.children = (
            *shared_sheet(), outreach_style(),
            fixed(w.HTML, f'<p class="infoint-lead">{esc(texts()["intro"])}</p>'), self.notice,
            who, self.workbench, self.lower.box,
            next_step(NEXT_STEP, "Next: step 3, prepare questions", self.css("next")),
        )

        self._wire()
        m.observe(self._render)
        self._render({"contacts", "contact", "channel", "text", "report", "confirm",
                      "versions", "schedule", "notice"})
        self._after_paint.insert(0, self.lower.ensure)
        in_turns(one_per_turn(self._after_paint), self.stopped)

    def _build_lower(self) -> list[w.Widget]:
        """Card 4 (take it to the mail app, mark it sent) and the worked examples."""
        m = self.model
        self.copy_box = fixed(w.HTML, classes=(self.css("copy"),))
        self.mailto_link = fixed(w.HTML, classes=(self.css("mailto"),))
        self.eml_link = fixed(w.HTML, classes=(self.css("eml"),))
        self.sent_date_input = fixed(w.DatePicker, description="Date sent", value=m.sent_on,
                                     classes=(self.css("sent-date"),))
        self.mark_sent_button = button("Mark as sent", self.css("mark-sent"), style="success",
                                       icon="paper-plane")
        self.send_notice = self._notice("send")
        self.schedule = fixed(w.HTML, classes=(self.css("schedule"),))
        self.notices["send"] = self.send_notice
        self.send_card = _card(
            "4. Take it to your mail app", self.copy_box,
            _row(self.mailto_link, self.eml_link),
            fixed(w.HTML, "<h4>Then mark it as sent</h4>"), self.sent_date_input,
            _row(self.mark_sent_button), self.send_notice,
            hint(text("hints", "mark_sent")), self.schedule, css=self.css("export"),
        )
        self.examples = examples_box(self.css("examples"), later=self._after_paint.append)
        self._on(self.sent_date_input, m.set_sent_on, "send")
        self.mark_sent_button.on_click(lambda _b: self._act("send", self.mark_sent))
        self._render_exports()
        _set(self.schedule, "value", schedule_html(m.schedule))
        self._render_notice()
        return [self.send_card, self.examples]

    def _notice(self, near: str) -> Notice:
        return Notice(classes=(self.css(f"{near}-notice"),))

    # -- wiring: widget events -> model actions ---------------------------------------------

    def _on(self, widget: w.Widget, action: Callable[[Any], object], near: str = "top") -> None:
        """Hand each new value of ``widget`` to ``action``; errors show by ``near``."""
        def handler(change: dict) -> None:
            if not self._quiet:
                self._act(near, lambda: action(change["new"]))
        widget.observe(handler, "value")

    def _wire(self) -> None:
        m = self.model

        on = self._on

        def click(widget: w.Button, action: Callable[[], object], near: str) -> None:
            widget.on_click(lambda _b: self._act(near, action))

        on(self.contact_input, self._choose_contact)
        on(self.name_input, lambda name: (self.flush(), m.type_name(name)))
        on(self.channel_input, m.choose_channel, "compose")
        on(self.subject_input, self._typed_subject)
        on(self.body_input, self._typed_body)
        on(self.versions_input, m.pick_version, "save")
        click(self.template_button, m.start_from_template, "compose")
        click(self.replace_button, m.replace_with_template, "compose")
        click(self.keep_button, m.keep_my_text, "compose")
        click(self.save_button, self.save, "save")
        click(self.restore_button, self.restore, "save")

    def _act(self, near: str, action: Callable[[], object]) -> None:
        """Run a model action; an error a learner caused shows by the control they used."""
        try:
            action()
        except Exception as error:  # the page must never show a traceback
            if not isinstance(error, ValueError):
                log.exception("unexpected error in the outreach step")
            self.notices.get(near, self.notice).error(explain(error))

    def _choose_contact(self, contact_id: int | None) -> None:
        self.flush()
        self.model.choose_contact(contact_id)

    def _typed_subject(self, value: str) -> None:
        self.model.edit(subject=value)
        self.debouncer()

    def _typed_body(self, value: str) -> None:
        self.model.edit(body=value)
        self.debouncer()

    @guarded
    def _check(self) -> None:
        self.model.check()

    # -- rendering: model state -> widgets -------------------------------------------------

    def _render(self, parts: set[str]) -> None:
        m = self.model
        self._quiet = True
        try:
            if "contacts" in parts:
                _set(self.contact_input, "options", m.contact_choices)
            if parts & {"contacts", "contact"}:
                _set(self.contact_input, "value", m.contact_id)
                _set(self.name_input, "value", m.typed_name)
                self.name_input.layout.display = "" if m.typing_a_name else "none"
                _set(self.contact_line, "value",
                     contact_line_html(m.contact, m.organisation_wait))
            if "channel" in parts:
                _set(self.channel_input, "value", m.channel)
                self.subject_input.layout.display = "" if m.subject_shown else "none"
                _set(self.channel_tip, "value",
                     f'<div class="infoint-hint">{esc(m.channel_info.tip)}</div>')
            if "text" in parts:
                _set(self.subject_input, "value", m.subject)
                _set(self.body_input, "value", m.body)
            if parts & {"report", "channel"}:
                self._render_report()
            if "confirm" in parts:
                self.confirm.layout.display = "" if m.asking_to_replace else "none"
            if "versions" in parts:
                self._render_versions()
            if parts & {"schedule", "versions", "contact"} and self.lower.built:
                _set(self.schedule, "value", schedule_html(m.schedule))
            if "notice" in parts:
                self._render_notice()
        finally:
            self._quiet = False

    def _render_report(self) -> None:
        m = self.model
        if m.report is None:
            self.panel.clear(text("hints", "checking" if m.check_pending else "empty"))
        else:
            self.panel.show(m.report, text=m.body)
        _set(self.counts, "value", counts_html(m.report, m.counts, m.to_improve))
        if self.lower.built:
            self._render_exports()

    def _render_exports(self) -> None:
        copy, mailto, eml = exports_html(self.model.exports)
        _set(self.copy_box, "value", copy)
        _set(self.mailto_link, "value", mailto)
        _set(self.eml_link, "value", eml)

    def _render_versions(self) -> None:
        m = self.model
        choices = m.version_choices()
        if not choices:
            self.versions_input.options = [("No saved versions yet", None)]
            self.versions_input.index = 0
        else:
            self.versions_input.options = choices
            self.versions_input.value = m.picked_version
        self.versions_input.disabled = self.restore_button.disabled = not choices

    def _render_notice(self) -> None:
        notice = self.model.notice
        if notice is not None and notice.near not in self.notices:
            self.lower.ensure()  # a notice for the send card: it shows there
        for near, widget in self.notices.items():
            if notice is not None and notice.near == near:
                widget.show(notice.level, notice.text)
            elif widget.text:
                widget.clear()

    # -- public surface ------------------------------------------------------------------------

    @property
    def contact(self) -> Contact | None:
        return self.model.contact

    @property
    def contact_name(self) -> str:
        return self.model.contact_name

    @property
    def channel(self) -> str:
        return self.model.channel

    @property
    def edited(self) -> bool:
        return self.model.edited

    @property
    def report(self) -> Report | None:
        return self.model.report

    @property
    def learner(self) -> Learner | None:
        return self.model.learner

    @property
    def contact_status_html(self) -> str:
        """The line under the contact picker: status, email, and any warning."""
        return self.contact_line.value

    def select_contact(self, contact_id: int | None) -> None:
        """Write to this stored contact (None: a name typed in)."""
        self._act("top", lambda: self._choose_contact(contact_id))

    def flush(self) -> None:
        """Run a pending (debounced) check now."""
        self.debouncer.flush()

    @guarded
    def refresh(self) -> None:
        """Pick up what other steps changed: the profile, the contacts and their status."""
        self.flush()
        self.model.refresh()

    def save(self) -> Outreach | None:
        """Save the current text as a new version for this contact."""
        self.flush()
        return self.model.save_version()

    def restore(self) -> Outreach | None:
        """Load the version picked in the list into the text."""
        return self.model.restore_version()

    def mark_sent(self) -> Outreach | None:
        """Record the message as sent on the picked date and show the follow-up dates."""
        self.flush()
        return self.model.mark_sent()


def _set(widget: w.Widget, name: str, value: object) -> None:
    # Skip identical updates: each one is a message to the browser (and, for a text box
    # being typed in, would move the learner's cursor).
    if getattr(widget, name) != value:
        setattr(widget, name, value)
