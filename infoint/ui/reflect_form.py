"""The reflection form's widgets, linked to :class:`infoint.steps.reflect.ReflectModel`.

Widgets only: :meth:`ReflectInputs.show` puts the model's form into the widgets, and each
widget's change is handed to the model (``model.set``, ``set_learned``, ``rate``). Nothing
here converts, validates or stores: the model does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.model import CATEGORIES, DIMENSIONS, TONES, Contact, Reflection
from infoint.steps.reflect import ReflectModel
from infoint.ui.common import esc, fixed, fixed_html, hint, shared_style
from infoint.ui.later import BuiltLater, Later

__all__ = ["NEW", "NO_CONTACT", "UNRATED", "ReflectInputs", "card"]

NO_CONTACT = 0
NEW = 0
UNRATED = 0


def card(title: str, *children: w.Widget, css: str = "") -> w.VBox:
    return fixed(w.VBox, [fixed_html(f"<h3>{esc(title)}</h3>"), *children],
                 classes=("infoint-card", css))


def _stepper(description: str, options: list[tuple[str, int]], css: str) -> w.ToggleButtons:
    widget = fixed(w.ToggleButtons, description=description, options=options,
                   value=options[0][1],
                   style=shared_style(w.ToggleButtonsStyle, button_width="auto"), classes=(css,))
    return widget


def contact_label(c: Contact) -> str:
    extra = ", ".join(x for x in (c.organisation, c.field) if x)
    return f"{c.name} ({extra})" if extra else c.name


def reflection_label(r: Reflection, who: str) -> str:
    thanked = " - thanked" if r.thank_you_sent_on else ""
    return f"{r.met_on:%d %b %Y} - {r.field}{' with ' + who if who else ''}{thanked}"


class ReflectInputs:
    """Every input of the reflection form, as public widgets, and the cards they sit in.

    The first two cards (the meeting, what you learned) are made at once; the last two
    (how it fits, what next, with the Save row) are under the first screen at any width,
    so they are made in the first turn after the page is live (:attr:`lower`,
    infoint.ui.later): reading one of their inputs makes them first.
    """

    ratings = BuiltLater("lower")
    tone = BuiltLater("lower")
    pitch = BuiltLater("lower")
    follow_ups = BuiltLater("lower")
    suggested = BuiltLater("lower")
    consent = BuiltLater("lower")

    def __init__(self, model: ReflectModel, css: Callable[[str], str], *,
                 on_open: Callable[[int | None], None],
                 guard: Callable[[Callable[[], object]], object],
                 save_row: Callable[[], w.Widget]) -> None:
        """``save_row`` makes the app's Save button row, which ends the last card."""
        self.model = model
        self._css = css
        self._on_open = on_open
        self._guard = guard
        self._save_row = save_row
        text = model.content
        label = text.table("labels")
        self._syncing = False

        self.open = fixed(w.Dropdown, description=label["open"],
                          options=[(label["new_reflection"], NEW)], classes=(css("open"),))
        self.contact = fixed(w.Dropdown, description=label["contact"], classes=(css("contact"),))
        self.field = fixed(w.Text, description=label["field"],
                           placeholder=label["field_placeholder"], classes=(css("field"),))
        self.met_on = fixed(w.DatePicker, description=label["met_on"], classes=(css("met-on"),))

        self.learned: dict[str, w.Textarea] = {}
        for cat in CATEGORIES:
            box = fixed(w.Textarea, description=text.category(cat, "label"),
                                    placeholder=text.category(cat, "prompt"),
                        classes=(css("learned-" + cat.replace(" ", "-")),))
            self.learned[cat] = box
        self.surprises = fixed(w.Textarea, description=label["surprises"],
                                           placeholder=label["surprises_placeholder"],
                               classes=(css("surprises"),))
        self.lower = Later(self._build_lower, classes=(css("form-lower"),))
        self._link_upper()

    def _build_lower(self) -> list[w.VBox]:
        """The fit and next cards, linked to the model and filled from it."""
        model, css = self.model, self._css
        text = model.content
        label = text.table("labels")
        rating = text.table("rating")
        scale = [(str(rating["unrated"]), UNRATED)] + [
            (str(name), i) for i, name in enumerate(rating["steps"], start=1)
        ]
        self.ratings: dict[str, w.ToggleButtons] = {
            d: _stepper(text.dimension(d), scale, css("rating-" + d.replace(" ", "-")))
            for d in DIMENSIONS
        }
        self.tone = fixed(
            w.ToggleButtons,
            description=text.text("tone", "question"),
            options=[(text.tone(t), t) for t in TONES],
            # Nothing is chosen until the learner says so: a default would be our guess.
            value=None,
            style=shared_style(w.ToggleButtonsStyle, button_width="auto"), classes=(css("tone"),))
        self.pitch = _stepper(text.text("pitch", "question"),
                              [(text.text("pitch", "unrated"), UNRATED)] + scale[1:], css("pitch"))

        self.follow_ups = fixed(w.Textarea, description=label["follow_ups"],
                                            placeholder=label["follow_ups_placeholder"],
                                classes=(css("follow-ups"),))
        self.suggested = fixed(w.Textarea, description=label["suggested"],
                                           placeholder=label["suggested_placeholder"],
                               classes=(css("suggested"),))
        self.consent = fixed(w.Checkbox, value=False, description=label["consent"], indent=False,
                             classes=(css("consent"),))
        self._link_lower()
        self._show_lower()
        hints, cards = text.table("hints"), text.table("cards")
        return [
            card(cards["fit"], hint(hints["ratings"]),
                 fixed(w.VBox, list(self.ratings.values()), classes=("ii-ratings",)), self.tone,
                 fixed(w.VBox, [self.pitch], classes=("ii-ratings",)), hint(hints["pitch"])),
            card(cards["next"], self.follow_ups, self.suggested, self.consent,
                 hint(hints["consent"]), self._save_row()),
        ]

    # -- the cards -------------------------------------------------------------------------

    def cards(self, *, open_notice: w.Widget) -> list[w.VBox]:
        """The meeting and learned cards, then the box the fit and next cards fill."""
        text = self.model.content
        hints, cards = text.table("hints"), text.table("cards")
        return [
            card(cards["meeting"], self.open, open_notice, hint(hints["open"]), self.contact,
                 hint(hints["contact"]), self.field, self.met_on),
            card(cards["learned"], hint(hints["learned"]), *self.learned.values(),
                 self.surprises),
            self.lower.box,
        ]

    # -- model -> widgets ------------------------------------------------------------------

    def show(self) -> None:
        """Put the model's lists and form into the widgets (their observers stay quiet)."""
        model, form = self.model, self.model.form
        label = model.content.table("labels")
        self._syncing = True
        try:
            names = {c.id: c.name for c in model.contacts}
            contacts = [(label["no_contact"], NO_CONTACT)] + [
                (contact_label(c), c.id) for c in model.contacts]
            if list(self.contact.options) != contacts:
                self.contact.options = contacts
            reflections = [(label["new_reflection"], NEW)] + [
                (reflection_label(r, names.get(r.contact_id, "")), r.id)
                for r in reversed(model.reflections)]
            if list(self.open.options) != reflections:
                self.open.options = reflections
            self.open.value = model.saved.id if model.saved else NEW
            self.contact.value = form.contact_id or NO_CONTACT
            self.field.value = form.field
            self.met_on.value = form.met_on
            for cat, box in self.learned.items():
                box.value = form.learned.get(cat, "")
            self.surprises.value = form.surprises
        finally:
            self._syncing = False
        if self.lower.built:
            self._show_lower()

    def _show_lower(self) -> None:
        form = self.model.form
        self._syncing = True
        try:
            for d, toggle in self.ratings.items():
                toggle.value = form.ratings.get(d, UNRATED)
            self.tone.value = form.tone
            self.pitch.value = form.pitch_strength or UNRATED
            self.follow_ups.value = form.follow_up_questions
            self.suggested.value = form.suggested_people
            self.consent.value = form.consent
        finally:
            self._syncing = False

    # -- widgets -> model ------------------------------------------------------------------

    def _to_model(self, widget: w.Widget, send: Callable[[Any], None]) -> None:
        """Hand the widget's changes to the model (not those :meth:`show` makes)."""
        def changed(change: dict) -> None:
            if not self._syncing:
                value = change["new"]
                self._guard(lambda: send(value))

        widget.observe(changed, names="value")

    def _link_upper(self) -> None:
        model, to_model = self.model, self._to_model
        to_model(self.open, lambda v: self._on_open(v or None))
        to_model(self.contact, lambda v: model.choose_contact(v or None))
        for name, widget in {"field": self.field, "met_on": self.met_on,
                             "surprises": self.surprises}.items():
            to_model(widget, lambda v, name=name: model.set(**{name: v}))
        for cat, box in self.learned.items():
            to_model(box, lambda v, cat=cat: model.set_learned(cat, v))

    def _link_lower(self) -> None:
        model, to_model = self.model, self._to_model
        for name, widget in {"tone": self.tone, "follow_up_questions": self.follow_ups,
                             "suggested_people": self.suggested,
                             "consent": self.consent}.items():
            to_model(widget, lambda v, name=name: model.set(**{name: v}))
        to_model(self.pitch, lambda v: model.set(pitch_strength=v or None))
        for dim, toggle in self.ratings.items():
            to_model(toggle, lambda v, dim=dim: model.rate(dim, v))

