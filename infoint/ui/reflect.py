"""Step 4, reflect on fit: notes while they are fresh, coaching, and the thank-you note.

The app only wires widgets: the rules live in :mod:`infoint.coaching`, the thank-you checks
in :mod:`infoint.scoring`, persistence in the store. Every change to the form is kept as a
draft under ``reflect:draft:<key>`` (debounced, so typing does not hammer the store) and a
page reload brings it back; "Save reflection" writes the validated reflection and moves the
contact to "met" in one transaction.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import ipywidgets as w

from infoint import coaching
from infoint.model import CATEGORIES, DIMENSIONS, TONES, Contact, Reflection, ValidationError
from infoint.outreach import draft_file_name
from infoint.store import Store
from infoint.ui.common import App, button, esc, explain, guarded, hint, next_step
from infoint.ui.exports import MessageExports, message_exports

__all__ = ["ReflectApp"]

NO_CONTACT = 0
NEW = 0
UNRATED = 0
AUTOSAVE_SECONDS = 1.0
DRAFT_PREFIX = "reflect:draft:"
LAST_DRAFT = "reflect:draft:last"
JOURNEY_NB = "05-my-journey.ipynb"
CONTACTS_NB = "01-find-contacts.ipynb"

PROMPTS = {
    "getting started": "How did they get into this work?",
    "career paths": "Where people in this role go next; the routes up or sideways.",
    "daily workload": "What a normal day or week really looks like.",
    "lifestyle": "Hours, travel, stress, flexibility: how the work shapes life.",
    "qualifications": "Degrees, certificates, skills that matter (and which do not).",
    "advice": "What they would tell someone in your position.",
    "breaking in": "How people get a first foot in the door.",
}

_LOCAL_CSS = """
.infoint-reflect .ii-ratings .widget-toggle-buttons { flex-wrap: wrap; }
.infoint-reflect .ii-ratings .widget-toggle-button { min-width: 2.8rem !important; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions,
.infoint-reflect .infoint-reflect-coaching li .ii-people { margin: 0.2rem 0 0.2rem 1rem; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions li,
.infoint-reflect .infoint-reflect-coaching li .ii-people li { padding: 0.1rem 0 0.1rem 1.1rem; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions li::before,
.infoint-reflect .infoint-reflect-coaching li .ii-people li::before {
  content: "\\2022"; color: var(--ii-muted); left: 0.2rem;
}
@media (max-width: 600px) {
  .infoint-reflect .ii-ratings .widget-toggle-button {
    min-width: 2.3rem !important; padding: 0 0.45rem; margin-right: 2px;
  }
}
.infoint-reflect .ii-draft-status { color: var(--ii-muted); font-size: 0.85rem; }
.infoint-reflect .infoint-reflect-keep-in-touch .ii-msg { border-color: var(--ii-pass); }
.infoint-reflect .infoint-reflect-thanks-copy { width: 100%; max-width: 46rem; }
.infoint-reflect .infoint-reflect-thanks-copy .widget-html-content { width: 100%; }
"""


def intro_html() -> str:
    return (
        "<h2>After the meeting</h2>"
        "<p class='infoint-lead'>Write down what you learned as soon as you can, while the "
        "details are fresh. Everything you type is kept as a draft straight away; press "
        "<b>Save reflection</b> when you are done. Then send a thank-you within a day.</p>"
    )


def _stepper(description: str, options: list[tuple[str, int]], css: str) -> w.ToggleButtons:
    widget = w.ToggleButtons(
        description=description,
        options=options,
        value=options[0][1],
        style={"button_width": "auto"},
    )
    widget.add_class(css)
    return widget


def suggestions_html(suggestions: list[coaching.Suggestion]) -> str:
    """The coaching list as findings markup; every learner-derived string escaped."""
    items = []
    for s in suggestions:
        extra = ""
        if s.questions:
            extra += "<ul class='ii-questions'>" + "".join(
                f"<li>{esc(q)}</li>" for q in s.questions
            ) + "</ul>"
        if s.people:
            extra += "<ul class='ii-people'>" + "".join(
                f"<li>{esc(p)}</li>" for p in s.people
            ) + "</ul>"
        items.append(
            f'<li class="ii-{esc(s.level)}" data-rule="{esc(s.id)}">'
            f'<span class="ii-message">{esc(s.message)}</span>{extra}</li>'
        )
    return "<h3>Coaching</h3><ul>" + "".join(items) + "</ul>"


class ReflectApp(App):
    """Reflection form, after-meeting coaching and the thank-you composer."""

    name = "reflect"

    def __init__(
        self, store: Store | None = None, *, today: date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(store, **kwargs)
        self._today = today
        self._loading = False
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._dirty = False
        self._last_autosave = 0.0
        self._saved: Reflection | None = None
        self._contacts: list[Contact] = []
        self._reflections: list[Reflection] = []
        self.suggestions: list[coaching.Suggestion] = []
        self.report: Any = None
        # Copy, mail-app and .eml exits for the thank-you note (None while it is empty).
        self.exports: MessageExports | None = None

        # -- the meeting ---------------------------------------------------------------
        self._open = w.Dropdown(description="Reflection", options=[("New reflection", NEW)])
        self._open.add_class(self.css("open"))
        self._contact = w.Dropdown(description="Whom did you meet?")
        self._contact.add_class(self.css("contact"))
        self._field = w.Text(description="Field of work", placeholder="e.g. nursing")
        self._field.add_class(self.css("field"))
        self._met_on = w.DatePicker(description="Met on", value=self.today)
        self._met_on.add_class(self.css("met-on"))

        # -- what was learned ----------------------------------------------------------
        self._learned: dict[str, w.Textarea] = {}
        for cat in CATEGORIES:
            box = w.Textarea(description=cat.capitalize(), placeholder=PROMPTS[cat])
            box.add_class(self.css("learned-" + cat.replace(" ", "-")))
            self._learned[cat] = box
        self._surprises = w.Textarea(
            description="What surprised you?", placeholder="Anything you did not expect."
        )
        self._surprises.add_class(self.css("surprises"))

        # -- fit -------------------------------------------------------------------------
        scale = [("Not rated", UNRATED)] + [(str(i), i) for i in range(1, 6)]
        self._ratings: dict[str, w.ToggleButtons] = {
            d: _stepper(d.capitalize(), scale, self.css("rating-" + d.replace(" ", "-")))
            for d in DIMENSIONS
        }
        self._tone = w.ToggleButtons(
            description="How did they speak about their work?",
            options=[(t.capitalize(), t) for t in TONES],
            # Nothing is chosen until the learner says so: a default would be our guess.
            value=None,
            style={"button_width": "auto"},
        )
        self._tone.add_class(self.css("tone"))
        self._pitch = _stepper(
            "How hard did they sell the job?",
            [("Not sure", UNRATED)] + [(str(i), i) for i in range(1, 6)],
            self.css("pitch"),
        )

        # -- follow-up ---------------------------------------------------------------------
        self._follow_ups = w.Textarea(
            description="Questions to follow up", placeholder="What you still want to know."
        )
        self._follow_ups.add_class(self.css("follow-ups"))
        self._suggested = w.Textarea(
            description="People they suggested you talk to",
            placeholder="One name per line",
        )
        self._suggested.add_class(self.css("suggested"))
        self._consent = w.Checkbox(
            value=False, description="Share this reflection with my instructor", indent=False
        )
        self._consent.add_class(self.css("consent"))

        self._save = button("Save reflection", self.css("save"), style="primary", icon="check")
        self._save.on_click(lambda _b: self.save())
        self._draft_status = w.HTML()
        self._draft_status.add_class(self.css("draft-status"))

        # -- coaching ----------------------------------------------------------------------
        self._coaching = w.HTML()
        self._coaching.add_class(self.css("coaching"))
        self._coaching.add_class("infoint-findings")
        self._add_people = button(
            "Add suggested people as contacts", self.css("add-suggested"), icon="user-plus"
        )
        self._add_people.on_click(lambda _b: self.add_suggested())
        self._add_people.layout.display = "none"

        # -- thank-you -------------------------------------------------------------------
        self._thanks = w.Textarea(
            description="Your thank-you note",
            placeholder="Press 'Fresh draft from my notes' to start, then make it your own.",
            layout=w.Layout(height="16rem"),
        )
        self._thanks.add_class(self.css("thanks-body"))
        self._redraft = button("Fresh draft from my notes", self.css("thanks-redraft"),
                               icon="pencil")
        self._redraft.on_click(lambda _b: self.redraft_thanks())
        self._findings = _findings_panel(self.css("thanks"))
        self._sent_on = w.DatePicker(description="Date sent", value=self.today)
        self._sent_on.add_class(self.css("thanks-sent-date"))
        self._mark = button(
            "Mark thank-you as sent", self.css("mark-thanked"), style="success", icon="envelope"
        )
        self._mark.on_click(lambda _b: self.mark_thanked())
        self._keep = w.HTML()
        self._keep.add_class(self.css("keep-in-touch"))
        self._copy = w.HTML()
        self._copy.add_class(self.css("thanks-copy"))
        self._mailto = w.HTML()
        self._mailto.add_class(self.css("thanks-mailto"))
        self._eml = w.HTML()
        self._eml.add_class(self.css("thanks-eml"))

        meeting = _card(
            "The meeting",
            self._open,
            hint("Pick an earlier reflection to edit it or to write its thank-you note."),
            self._contact,
            hint("Not in the list? Add them in step 1, or just type the field below."),
            self._field,
            self._met_on,
        )
        learned = _card(
            "What you learned",
            hint("A line or two per topic is plenty. Leave a topic empty if it never came up."),
            *self._learned.values(),
            self._surprises,
        )
        fit = _card(
            "How well does the work fit you?",
            hint("1 means not for me, 5 a great fit. Rate only what you can judge now."),
            w.VBox(list(self._ratings.values())).add_class("ii-ratings"),
            self._tone,
            w.VBox([self._pitch]).add_class("ii-ratings"),
            hint("A hard sell is not a reason to choose a career: your ratings decide."),
        )
        follow = _card(
            "Next steps",
            self._follow_ups,
            self._suggested,
            self._consent,
            hint("Off unless you switch it on. Your instructor only ever sees shared "
                 "reflections, and only grouped with at least four classmates."),
            w.HBox([self._save]).add_class("infoint-actions"),
            self._draft_status,
            self.notice,
        )
        advice = w.VBox(
            [self._coaching, w.HBox([self._add_people]).add_class("infoint-actions")]
        ).add_class("infoint-card")
        thanks = _card(
            "Thank-you note",
            hint("Send it within a day. Mention one specific thing you learned, ask whether "
                 "you may get in touch again, and leave your email or phone."),
            self._thanks,
            w.HBox([self._redraft]).add_class("infoint-actions"),
            self._findings,
            self._copy,
            w.HBox([self._mailto, self._eml]).add_class("infoint-actions"),
            self._sent_on,
            w.HBox([self._mark]).add_class("infoint-actions"),
            self._keep,
        )
        self._next = next_step(JOURNEY_NB, "Next: step 5, my journey", self.css("next"))
        self.compose(
            w.HTML(f"<style>{_LOCAL_CSS}</style>", layout=w.Layout(display="none")),
            w.HTML(intro_html()),
            meeting,
            learned,
            fit,
            follow,
            advice,
            thanks,
            self._next,
        )

        self._reload_lists()
        for widget in self._inputs():
            widget.observe(self._on_change, names="value")
        self._contact.observe(self._on_contact, names="value")
        self._open.observe(self._on_open, names="value")
        self._thanks.observe(self._on_thanks, names="value")
        self._sent_on.observe(self._on_thanks, names="value")
        self._restore_last_draft()
        self._refresh_coaching()
        self._refresh_thanks()

    # -- small helpers ---------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def tone(self) -> str | None:
        """How they spoke about their work, or None while the learner has not chosen."""
        return self._tone.value

    @tone.setter
    def tone(self, value: str | None) -> None:
        self._tone.value = value

    @property
    def contact_id(self) -> int | None:
        """The contact picked as whom the learner met, or None."""
        return self._contact.value or None

    @contact_id.setter
    def contact_id(self, value: int | None) -> None:
        self._contact.value = value or NO_CONTACT

    @property
    def thank_you(self) -> str:
        """The thank-you note as typed."""
        return self._thanks.value

    @thank_you.setter
    def thank_you(self, text: str) -> None:
        self._thanks.value = text

    @property
    def met_on(self) -> date | None:
        return self._met_on.value

    @met_on.setter
    def met_on(self, value: date | None) -> None:
        self._met_on.value = value

    def _inputs(self) -> list[w.Widget]:
        return [
            self._field,
            self._met_on,
            *self._learned.values(),
            self._surprises,
            *self._ratings.values(),
            self._tone,
            self._pitch,
            self._follow_ups,
            self._suggested,
            self._consent,
            self._thanks,
        ]

    @property
    def reflections(self) -> list[Reflection]:
        """The learner's saved reflections, as last read from the store."""
        return list(self._reflections)

    @guarded
    def refresh(self) -> None:
        """Re-read contacts and saved reflections; the form being filled in stays as it is
        (the workshop calls this each time the step shows)."""
        self.flush_draft()
        self._reload_lists()
        self._refresh_coaching()

    def _reload_lists(self) -> None:
        self._contacts = self.store.contacts()
        self._reflections = self.store.reflections()
        names = {c.id: c.name for c in self._contacts}
        self._loading = True
        try:
            contact_value = self._contact.value
            self._contact.options = [("Someone not in my contacts", NO_CONTACT)] + [
                (_contact_label(c), c.id) for c in self._contacts
            ]
            self._contact.value = (
                contact_value if contact_value in {c.id for c in self._contacts} else NO_CONTACT
            )
            open_value = self._open.value
            self._open.options = [("New reflection", NEW)] + [
                (_reflection_label(r, names.get(r.contact_id, "")), r.id)
                for r in reversed(self._reflections)
            ]
            ids = {r.id for r in self._reflections}
            self._open.value = open_value if open_value in ids else NEW
        finally:
            self._loading = False

    def contact(self) -> Contact | None:
        """The contact picked in the form, if any."""
        return next((c for c in self._contacts if c.id == self._contact.value), None)

    # -- the form as data --------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """The form as JSON-ready data: what a draft stores."""
        return {
            "reflection_id": self._saved.id if self._saved else None,
            "contact_id": self._contact.value or None,
            "field": self._field.value,
            "met_on": self._met_on.value.isoformat() if self._met_on.value else None,
            "learned": {c: box.value for c, box in self._learned.items() if box.value},
            "surprises": self._surprises.value,
            "ratings": {d: t.value for d, t in self._ratings.items() if t.value},
            "tone": self._tone.value,
            "pitch_strength": self._pitch.value or None,
            "follow_up_questions": self._follow_ups.value,
            "suggested_people": self._suggested.value,
            "consent": bool(self._consent.value),
            "thank_you": self._thanks.value,
        }

    def reflection(self, *, require_tone: bool = True) -> Reflection:
        """The form as a validated Reflection (raises ValidationError naming the field).

        A saved reflection needs a tone the learner chose. Coaching and the thank-you draft
        work before that (``require_tone=False``): an unchosen tone then counts as
        "positive", the one value no coaching rule reacts to, so it adds no advice."""
        v = self.form_values()
        problem = coaching.meeting_date_problem(self._met_on.value, self.today)
        if problem:
            raise ValidationError("met_on", problem)
        if not v["field"].strip():
            raise ValidationError("field", "is required: which field was the meeting about?")
        tone = v["tone"]
        if tone is None:
            if require_tone:
                raise ValidationError(
                    "tone", "is not chosen yet: pick how they spoke about their work"
                )
            tone = "positive"
        saved = self._saved
        return Reflection(
            id=saved.id if saved else None,
            field=v["field"],
            met_on=v["met_on"],
            contact_id=v["contact_id"],
            learned=v["learned"],
            surprises=v["surprises"],
            ratings=v["ratings"],
            tone=tone,
            pitch_strength=v["pitch_strength"],
            follow_up_questions=v["follow_up_questions"],
            suggested_people=[s for s in v["suggested_people"].splitlines() if s.strip()],
            consent=v["consent"],
            thank_you=v["thank_you"],
            thank_you_sent_on=saved.thank_you_sent_on if saved else None,
        )

    def _fill(self, values: dict[str, Any]) -> None:
        """Put saved or draft values into the widgets without triggering autosave."""
        self._loading = True
        try:
            contact_ids = {c.id for c in self._contacts}
            cid = values.get("contact_id") or NO_CONTACT
            self._contact.value = cid if cid in contact_ids else NO_CONTACT
            self._field.value = values.get("field") or ""
            met = values.get("met_on")
            self._met_on.value = date.fromisoformat(met) if isinstance(met, str) else (
                met or self.today
            )
            learned = values.get("learned") or {}
            for cat, box in self._learned.items():
                box.value = learned.get(cat, "")
            self._surprises.value = values.get("surprises") or ""
            ratings = values.get("ratings") or {}
            for d, toggle in self._ratings.items():
                value = ratings.get(d) or UNRATED
                toggle.value = value if value in range(0, 6) else UNRATED
            tone = values.get("tone")
            self._tone.value = tone if tone in TONES else None
            pitch = values.get("pitch_strength") or UNRATED
            self._pitch.value = pitch if pitch in range(0, 6) else UNRATED
            self._follow_ups.value = values.get("follow_up_questions") or ""
            people = values.get("suggested_people") or ""
            self._suggested.value = people if isinstance(people, str) else "\n".join(people)
            self._consent.value = bool(values.get("consent"))
            self._thanks.value = values.get("thank_you") or ""
        finally:
            self._loading = False

    def _fill_reflection(self, r: Reflection) -> None:
        values = {
            "contact_id": r.contact_id,
            "field": r.field,
            "met_on": r.met_on.isoformat(),
            "learned": r.learned,
            "surprises": r.surprises,
            "ratings": r.ratings,
            "tone": r.tone,
            "pitch_strength": r.pitch_strength,
            "follow_up_questions": r.follow_up_questions,
            "suggested_people": "\n".join(r.suggested_people),
            "consent": r.consent,
            "thank_you": r.thank_you,
        }
        self._fill(values)

    # -- drafts ------------------------------------------------------------------------------

    def draft_key(self) -> str:
        if self._saved is not None:
            return f"{DRAFT_PREFIX}reflection-{self._saved.id}"
        if self._contact.value:
            return f"{DRAFT_PREFIX}contact-{self._contact.value}"
        return f"{DRAFT_PREFIX}new"

    def _schedule_draft(self) -> None:
        with self._lock:
            self._dirty = True
            wait = AUTOSAVE_SECONDS - (time.monotonic() - self._last_autosave)
            if self._timer is not None:
                return
            if wait <= 0:
                save_now = True
            else:
                save_now = False
                self._timer = threading.Timer(wait, self.flush_draft)
                self._timer.daemon = True
                self._timer.start()
        if save_now:
            self.flush_draft()

    def flush_draft(self) -> None:
        """Write the pending draft now (the debounce timer calls this; so can tests)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if not self._dirty:
                return
            self._dirty = False
            self._last_autosave = time.monotonic()
            key, values = self.draft_key(), self.form_values()
        try:
            values["saved_at"] = time.strftime("%H:%M")
            self.store.set_state(key, values)
            self.store.set_state(LAST_DRAFT, key)
            self._draft_status.value = (
                f'<span class="ii-draft-status">Draft kept at {esc(values["saved_at"])}.</span>'
            )
        except Exception:  # the next keystroke retries; never interrupt typing
            self._dirty = True
            self._draft_status.value = (
                '<span class="ii-draft-status">Could not keep the draft just now; '
                "it will be retried.</span>"
            )

    def _restore_last_draft(self) -> None:
        key = self.store.get_state(LAST_DRAFT)
        draft = self.store.get_state(key) if isinstance(key, str) else None
        if not isinstance(draft, dict):
            return
        rid = draft.get("reflection_id")
        if rid:
            saved = next((r for r in self._reflections if r.id == rid), None)
            if saved is None:
                return
            self._saved = saved
            self._loading = True
            self._open.value = rid
            self._loading = False
        self._fill(draft)
        if self._saved is not None and self._matches_saved():
            # The draft is only a copy of what was saved: "unsaved notes" would alarm.
            self.notice.info(
                f"Your reflection on {self._saved.field} from {self._saved.met_on:%d %B %Y} is "
                "shown. Edit it, or pick New reflection for your next meeting."
            )
            return
        self.notice.info("Your unsaved notes from last time are back. Carry on where you were.")

    def _matches_saved(self) -> bool:
        """Whether the form holds exactly the saved reflection (nothing new typed)."""
        if self._saved is None:
            return False
        now = self.form_values()
        self._fill_reflection(self._saved)
        same = self.form_values() == now
        self._fill(now)
        return same

    def _clear_draft(self, key: str) -> None:
        self.store.set_state(key, None)

    # -- events ------------------------------------------------------------------------------

    def _on_change(self, _change: Any = None) -> None:
        if self._loading:
            return
        self._schedule_draft()
        self._refresh_coaching()
        self._show_exports(self._thanks.value)

    @guarded
    def _on_contact(self, change: dict) -> None:
        if self._loading:
            return
        contact = self.contact()
        if contact is None:
            return
        draft = self.store.get_state(f"{DRAFT_PREFIX}contact-{contact.id}")
        if self._saved is None and isinstance(draft, dict) and not self._field.value:
            self._fill(draft)
        elif contact.field and not self._field.value.strip():
            self._field.value = contact.field
        self._on_change()

    @guarded
    def _on_open(self, change: dict) -> None:
        if self._loading:
            return
        self.flush_draft()
        rid = change["new"]
        if rid == NEW:
            self._saved = None
            self._fill({})
            self.notice.info("A blank form for your next meeting.")
        else:
            saved = self.store.get_reflection(rid)
            if saved is None:
                self.notice.error("That reflection no longer exists.")
                return
            self._saved = saved
            self._fill_reflection(saved)
            draft = self.store.get_state(self.draft_key())
            if isinstance(draft, dict):
                self._fill(draft)
            self.notice.info(f"Editing your reflection on {saved.field} from "
                             f"{saved.met_on:%d %B %Y}.")
        self._refresh_coaching()
        self._refresh_thanks()

    def _on_thanks(self, _change: Any = None) -> None:
        if self._loading:
            return
        self._refresh_findings()

    # -- coaching ------------------------------------------------------------------------------

    def _refresh_coaching(self) -> None:
        try:
            reflection = self.reflection(require_tone=False)
        except ValidationError as error:
            self.suggestions = []
            why = f" ({esc(explain(error))})" if error.field == "met_on" else ""
            self._coaching.value = (
                "<h3>Coaching</h3><p class='infoint-hint'>Pick whom you met or type the field "
                f"of work, and advice for your next steps appears here.{why}</p>"
            )
            self._add_people.layout.display = "none"
            return
        others = [r for r in self._reflections if r.id != reflection.id]
        self.suggestions = coaching.coach(
            reflection, others=others, contacts=self._contacts, today=self.today
        )
        self._coaching.value = suggestions_html(self.suggestions)
        fresh = coaching.new_people(reflection, self._contacts)
        self._add_people.layout.display = "" if fresh else "none"

    # -- actions -------------------------------------------------------------------------------

    @guarded
    def save(self) -> Reflection | None:
        """Validate and save the reflection; the contact moves to "met" in the same write."""
        reflection = self.reflection()
        old_key = self.draft_key()
        if reflection.contact_id is not None:
            saved = self.store.save_reflection_and_advance(
                reflection, "met", on=reflection.met_on, event_kind="met"
            )
        else:
            saved = self.store.save_reflection(reflection)
        self._saved = saved
        with self._lock:
            self._dirty = False
        self._clear_draft(old_key)
        self.store.set_state(LAST_DRAFT, self.draft_key())
        self.store.set_state(self.draft_key(), self.form_values())
        self._reload_lists()
        self._loading = True
        self._open.value = saved.id
        self._loading = False
        if not self._thanks.value.strip():
            self.redraft_thanks()
        self._refresh_coaching()
        self._refresh_thanks()
        who = self.contact()
        moved = f" {who.name} is now marked as met." if who else ""
        self.notice.success(
            f"Reflection on {saved.field} saved.{moved} Read the coaching below, then write "
            "your thank-you."
        )
        return saved

    @guarded
    def add_suggested(self) -> list[Contact]:
        """Create a step-1 contact for each suggested person not yet known (one transaction)."""
        reflection = self.reflection(require_tone=False)
        new = coaching.suggested_contacts(reflection, self.contact(), self.store.contacts())
        if not new:
            self.notice.info("Everyone they suggested is already in your contacts.")
            return []
        added = self.store.add_contacts(new)
        self._reload_lists()
        self._refresh_coaching()
        names = ", ".join(c.name for c in added)
        self.notice.success(
            f"Added to your contacts as referrals: {names}. Find them in step 1."
        )
        return added

    def redraft_thanks(self) -> None:
        """Replace the note with a fresh draft built from the notes and the profile."""
        try:
            reflection = self.reflection(require_tone=False)
        except ValidationError as error:
            self.notice.error(f"Fill in the meeting first: {explain(error)}")
            return
        contact = self.contact()
        self._thanks.value = coaching.draft_thank_you(
            reflection, contact.name if contact else "", self.store.load_profile()
        )

    def _refresh_thanks(self) -> None:
        saved = self._saved
        if saved is not None and saved.thank_you_sent_on is not None:
            self._show_keep_in_touch(saved.thank_you_sent_on)
        else:
            self._keep.value = ""
        self._refresh_findings()

    def _refresh_findings(self) -> None:
        text = self._thanks.value
        self._show_exports(text)
        if not text.strip():
            self.report = None
            self._findings.clear("Write or draft your note to see feedback as you type.")
            return
        try:
            from infoint.scoring import check_thank_you
        except ImportError:  # the rules engine not installed: still let the learner write
            self._findings.clear("Feedback on thank-you notes is not available here.")
            return
        met_on = self._met_on.value
        sent_on = self._sent_on.value
        self.report = check_thank_you(text, met_on=met_on, sent_on=sent_on)
        self._findings.show(self.report)

    def _show_exports(self, text: str) -> None:
        if not text.strip():
            self.exports = None
            self._copy.value = '<div class="infoint-hint">Nothing to copy yet.</div>'
            self._mailto.value = self._eml.value = ""
            return
        contact = self.contact()
        me = self.store.load_profile()
        name = contact.name if contact else ""
        self.exports = message_exports(
            subject=coaching.thank_you_subject(self._field.value),
            body=text,
            # draft_file_name names outreach drafts; a thank-you gets its own prefix.
            file_name="thank-you-" + draft_file_name(name).removeprefix("outreach-"),
            to_name=name,
            to_address=contact.email if contact else "",
            from_name=me.name if me else "",
            from_address=me.email if me else "",
        )
        self._copy.value = self.exports.copy_html()
        self._mailto.value = self.exports.mailto_html()
        self._eml.value = self.exports.eml_html()

    def _show_keep_in_touch(self, sent_on: date) -> None:
        from infoint.contacts import keep_in_touch_due

        due = keep_in_touch_due(sent_on)
        self._keep.value = (
            '<div class="infoint-notice"><div class="ii-msg ii-success" role="status">'
            f"Thank-you sent on {sent_on:%d %B %Y}. Keep in touch: send a short update "
            f"around <b>{due:%A %d %B %Y}</b> on how your search is going.</div></div>"
        )

    @guarded
    def mark_thanked(self) -> Reflection | None:
        """Record the thank-you as sent: reflection, contact status and event in one write."""
        sent_on = self._sent_on.value
        if sent_on is None:
            raise ValidationError("thank_you_sent_on", "is required: pick the day you sent it")
        if not self._thanks.value.strip():
            raise ValidationError("thank_you", "is empty: write your note first")
        reflection = self.reflection()
        if sent_on < reflection.met_on:
            raise ValidationError("thank_you_sent_on", "cannot be before the meeting")
        if sent_on > self.today:
            raise ValidationError("thank_you_sent_on", "cannot be in the future")
        if self._saved is None and self.save() is None:
            return None
        reflection = self.reflection()
        reflection.thank_you_sent_on = sent_on
        if reflection.contact_id is not None:
            saved = self.store.save_reflection_and_advance(
                reflection, "thanked", on=sent_on, event_kind="thanked"
            )
        else:
            saved = self.store.save_reflection(reflection)
        self._saved = saved
        with self._lock:
            self._dirty = False
        self.store.set_state(self.draft_key(), self.form_values())
        self.store.set_state(LAST_DRAFT, self.draft_key())
        self._reload_lists()
        self._refresh_coaching()
        self._refresh_thanks()
        self.notice.success("Thank-you recorded as sent. Well done for following up.")
        return saved


def _card(title: str, *children: w.Widget) -> w.VBox:
    return w.VBox([w.HTML(f"<h3>{esc(title)}</h3>"), *children]).add_class("infoint-card")


def _contact_label(c: Contact) -> str:
    extra = ", ".join(x for x in (c.organisation, c.field) if x)
    return f"{c.name} ({extra})" if extra else c.name


def _reflection_label(r: Reflection, who: str) -> str:
    thanked = " - thanked" if r.thank_you_sent_on else ""
    return f"{r.met_on:%d %b %Y} - {r.field}{' with ' + who if who else ''}{thanked}"


def _findings_panel(prefix: str) -> Any:
    try:
        from infoint.ui.findings import FindingsPanel
    except ImportError:  # pragma: no cover - shipped with the package
        return _PlainFindings(prefix)
    return FindingsPanel(prefix)


class _PlainFindings(w.VBox):
    """Fallback rendering of a report with the shared findings classes."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.findings = w.HTML()
        self.findings.add_class(f"{prefix}-findings")
        self.add_class("infoint-findings")
        self.children = (self.findings,)

    def show(self, report: Any, text: str | None = None) -> None:
        items = "".join(
            f'<li class="ii-{esc(f.level)}" data-rule="{esc(f.rule)}">{esc(f.message)}</li>'
            for f in report.findings
        )
        self.findings.value = f'<div class="ii-score">{report.score}/100</div><ul>{items}</ul>'

    def clear(self, message: str = "") -> None:
        self.findings.value = f'<div class="infoint-hint">{esc(message)}</div>'
