"""The reflect step's coaching card and thank-you card, linked to its model.

Widgets and markup only: what to show comes from
:class:`infoint.steps.reflect.ReflectModel` (suggestions, the thank-you report, the note as
an email, the keep-in-touch date); every learner-derived string goes through :func:`esc`.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from infoint import coaching
from infoint.model import THANK_YOU_CHANNELS
from infoint.steps.reflect import ReflectModel
from infoint.ui.common import Notice, button, esc, fixed, fixed_html, hint, shared_style
from infoint.ui.exports import MessageExports, copy_box_html, message_exports
from infoint.ui.findings import FindingsPanel

__all__ = ["CoachingCard", "ThanksCard", "suggestions_html"]

#: Channels a mail app can take the note to (the others are copied, printed or written).
MAIL_CHANNELS = (None, "email")


def suggestions_html(suggestions: list[coaching.Suggestion], title: str = "Coaching") -> str:
    """The coaching list as findings markup; every learner-derived string escaped."""
    items = []
    for s in suggestions:
        extra = ""
        if s.questions:
            extra += "<ul class='ii-questions'>" + "".join(
                f"<li>{esc(q)}</li>" for q in s.questions) + "</ul>"
        if s.people:
            extra += "<ul class='ii-people'>" + "".join(
                f"<li>{esc(p)}</li>" for p in s.people) + "</ul>"
        items.append(
            f'<li class="ii-{esc(s.level)}" data-rule="{esc(s.id)}">'
            f'<span class="ii-message">{esc(s.message)}</span>{extra}</li>'
        )
    return f"<h3>{esc(title)}</h3><ul>" + "".join(items) + "</ul>"


class CoachingCard(w.VBox):
    """After-meeting coaching, and the button that turns suggested people into contacts."""

    def __init__(self, model: ReflectModel, css: Callable[[str], str],
                 on_add: Callable[[], None]) -> None:
        self.model = model
        self.html = fixed(w.HTML, classes=(css("coaching"), "infoint-findings",))
        self.add_people = button(model.content.text("labels", "add_people"),
                                 css("add-suggested"), icon="user-plus", hides=True)
        self.add_people.on_click(lambda _b: on_add())
        self.add_people.layout.display = "none"
        self.notice = Notice(classes=(css("people-notice"),))
        super().__init__([self.html, fixed(w.HBox, [self.add_people], classes=("infoint-actions",)),
                          self.notice], _dom_classes=("infoint-card", css("coaching-card")))

    def show(self) -> None:
        title = self.model.content.text("cards", "coaching")
        waiting = self.model.coaching_waiting
        if waiting is not None:
            self.html.value = f"<h3>{esc(title)}</h3><p class='infoint-hint'>{esc(waiting)}</p>"
            self.add_people.layout.display = "none"
            return
        self.html.value = suggestions_html(self.model.suggestions, title)
        self.add_people.layout.display = "" if self.model.new_people else "none"


class ThanksCard(w.VBox):
    """The thank-you note: its channel, live checks beside it, the ways out, "sent"."""

    def __init__(self, model: ReflectModel, css: Callable[[str], str], *,
                 on_redraft: Callable[[], None], on_mark: Callable[[], None],
                 guard: Callable[[Callable[[], object]], object]) -> None:
        self.model = model
        text = model.content
        label = text.table("labels")
        self._syncing = False
        #: Copy, mail-app and .eml exits for the note (None while it is empty).
        self.exports: MessageExports | None = None

        self.body = fixed(w.Textarea, description=label["thanks_body"],
                                      placeholder=label["thanks_placeholder"],
                                      layout=w.Layout(height="16rem"),
                          classes=(css("thanks-body"),))
        self.redraft = button(label["redraft"], css("thanks-redraft"), icon="pencil")
        self.redraft.on_click(lambda _b: on_redraft())
        self.channel = fixed(
            w.ToggleButtons,
            description=label["channel"],
            options=[(text.channel(c), c) for c in THANK_YOU_CHANNELS],
            value=None,  # unset until the learner (or a known way of reaching them) says
            style=shared_style(w.ToggleButtonsStyle, button_width="auto"),
                             classes=(css("thanks-channel"),))
        self.how = fixed(w.HTML, classes=(css("thanks-how"),))
        self.findings = FindingsPanel(css("thanks"))
        self.copy = fixed(w.HTML, classes=(css("thanks-copy"),))
        self.mailto = fixed(w.HTML, classes=(css("thanks-mailto"),))
        self.eml = fixed(w.HTML, classes=(css("thanks-eml"),))
        self.sent_on = fixed(w.DatePicker, description=label["sent_on"],
                             classes=(css("thanks-sent-date"),))
        self.mark = button(label["mark_thanked"], css("mark-thanked"), style="success",
                           icon="envelope")
        self.mark.on_click(lambda _b: on_mark())
        self.notice = Notice(classes=(css("thanks-notice"),))
        self.keep = fixed(w.HTML, classes=(css("keep-in-touch"),))

        # Wide screens: the checks beside the note; phones: right under it. The ways out
        # and "sent" follow, in reading order on both.
        write = fixed(w.VBox, [
            hint(text.text("hints", "thanks")), self.channel, self.body,
            fixed(w.HBox, [self.redraft], classes=("infoint-actions",)),
        ], classes=("ii-reflect-main",))
        checks = fixed(w.VBox, [self.findings], classes=("ii-reflect-side",))
        send = fixed(w.VBox, [
            self.how, self.copy,
            fixed(w.HBox, [self.mailto, self.eml], classes=("infoint-actions",)),
            self.sent_on, fixed(w.HBox, [self.mark], classes=("infoint-actions",)), self.notice,
            self.keep,
        ])
        columns = fixed(w.HBox, [write, checks], classes=("ii-reflect-columns",))
        super().__init__([fixed_html(f"<h3>{esc(text.text('cards', 'thanks'))}</h3>"), columns,
                          send], _dom_classes=("infoint-card", css("thanks-card")))

        def to_model(widget: w.Widget, send_value: Callable[[object], None]) -> None:
            widget.observe(
                lambda change: None if self._syncing else guard(
                    lambda: send_value(change["new"])),
                names="value")

        to_model(self.body, lambda v: model.set(thank_you=v))
        to_model(self.channel, lambda v: model.set(thank_you_channel=v))
        to_model(self.sent_on, model.set_sent_on)

    def show(self) -> None:
        model = self.model
        text = model.content
        self._syncing = True
        try:
            self.body.value = model.form.thank_you
            self.channel.value = model.form.thank_you_channel
            self.sent_on.value = model.sent_on
        finally:
            self._syncing = False
        channel = model.form.thank_you_channel
        self.how.value = (f'<div class="infoint-hint">{esc(text.channel(channel, "how"))}</div>'
                          if channel else "")
        report = model.report
        if report is None:
            self.findings.clear(text.text("notices", "no_feedback_yet"))
        else:
            self.findings.show(report)
        self._show_exports(channel)
        due = model.keep_in_touch_due
        saved = model.saved
        if due is not None and saved is not None:
            message = text.text("notices", "keep_in_touch", sent=saved.thank_you_sent_on,
                                due=due)
            self.keep.value = ('<div class="infoint-notice"><div class="ii-msg ii-success" '
                               f'role="status">{esc(message)}</div></div>')
        else:
            self.keep.value = ""

    def _show_exports(self, channel: str | None) -> None:
        mail = self.model.thank_you_mail()
        if mail is None:
            self.exports = None
            nothing = self.model.content.text("notices", "nothing_to_copy")
            self.copy.value = f'<div class="infoint-hint">{esc(nothing)}</div>'
            self.mailto.value = self.eml.value = ""
            return
        self.exports = message_exports(
            subject=mail.subject, body=mail.body, file_name=mail.file_name,
            to_name=mail.to_name, to_address=mail.to_address, from_name=mail.from_name,
            from_address=mail.from_address,
        )
        by_mail = channel in MAIL_CHANNELS
        # A subject line belongs to an email only, not to a LinkedIn message or a card.
        self.copy.value = self.exports.copy_html() if by_mail else copy_box_html(mail.body)
        self.mailto.value = self.exports.mailto_html() if by_mail else ""
        self.eml.value = self.exports.eml_html() if by_mail else ""
