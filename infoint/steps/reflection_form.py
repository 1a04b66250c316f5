"""The reflection form as the learner fills it in, and its one set of conversions.

:class:`ReflectForm` is the only place the reflect step's form turns into a draft (JSON for
:class:`infoint.drafts.Drafts`), a validated :class:`~infoint.model.Reflection`, and back.
Drafts are read tolerantly: a value that no longer fits (kept by an earlier version, or
edited by hand) is dropped, never carried into the form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from infoint import coaching
from infoint.model import (
    CATEGORIES,
    DIMENSIONS,
    THANK_YOU_CHANNELS,
    TONES,
    Reflection,
    ValidationError,
)

__all__ = ["ReflectForm"]

def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _on_scale(value: object) -> bool:
    return _whole(value) and 1 <= value <= 5  # type: ignore[operator]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


@dataclass
class ReflectForm:
    """The reflection form as the learner filled it in (not validated yet)."""

    contact_id: int | None = None
    field: str = ""
    met_on: date | None = None
    learned: dict[str, str] = dataclasses.field(default_factory=dict)
    surprises: str = ""
    ratings: dict[str, int] = dataclasses.field(default_factory=dict)
    tone: str | None = None
    pitch_strength: int | None = None
    follow_up_questions: str = ""
    suggested_people: str = ""  # as typed: one name per line
    consent: bool = False
    thank_you: str = ""
    thank_you_channel: str | None = None

    def people(self) -> list[str]:
        return [p.strip() for p in self.suggested_people.splitlines() if p.strip()]

    def to_draft(self, reflection_id: int | None = None) -> dict[str, Any]:
        """JSON-ready values: what a draft stores."""
        return {
            "reflection_id": reflection_id,
            "contact_id": self.contact_id,
            "field": self.field,
            "met_on": self.met_on.isoformat() if self.met_on else None,
            "learned": {c: t for c, t in self.learned.items() if t},
            "surprises": self.surprises,
            "ratings": {d: v for d, v in self.ratings.items() if v},
            "tone": self.tone,
            "pitch_strength": self.pitch_strength,
            "follow_up_questions": self.follow_up_questions,
            "suggested_people": self.suggested_people,
            "consent": self.consent,
            "thank_you": self.thank_you,
            "thank_you_channel": self.thank_you_channel,
        }

    @classmethod
    def from_draft(cls, values: Mapping[str, Any], today: date) -> ReflectForm:
        """A form from a draft, tolerant of drafts kept by earlier versions: a value that
        no longer fits is dropped rather than refused (it was never saved)."""
        met = values.get("met_on")
        try:
            met_on = date.fromisoformat(met) if isinstance(met, str) else None
        except ValueError:
            met_on = None
        learned = values.get("learned") if isinstance(values.get("learned"), dict) else {}
        ratings = values.get("ratings") if isinstance(values.get("ratings"), dict) else {}
        people = values.get("suggested_people") or ""
        if isinstance(people, list):
            people = "\n".join(p for p in people if isinstance(p, str))
        pitch = values.get("pitch_strength")
        channel = values.get("thank_you_channel")
        cid = values.get("contact_id")
        return cls(
            contact_id=cid if _whole(cid) and cid > 0 else None,
            field=_text(values.get("field")),
            met_on=met_on or today,
            learned={c: t for c, t in learned.items() if c in CATEGORIES and isinstance(t, str)
                     and t},
            surprises=_text(values.get("surprises")),
            ratings={d: v for d, v in ratings.items() if d in DIMENSIONS and _on_scale(v)},
            tone=values.get("tone") if values.get("tone") in TONES else None,
            pitch_strength=pitch if _on_scale(pitch) else None,
            follow_up_questions=_text(values.get("follow_up_questions")),
            suggested_people=people if isinstance(people, str) else "",
            consent=bool(values.get("consent")),
            thank_you=_text(values.get("thank_you")),
            thank_you_channel=channel if channel in THANK_YOU_CHANNELS else None,
        )

    @classmethod
    def from_reflection(cls, r: Reflection, channel: str | None = None) -> ReflectForm:
        return cls(
            contact_id=r.contact_id,
            field=r.field,
            met_on=r.met_on,
            learned=dict(r.learned),
            surprises=r.surprises,
            ratings=dict(r.ratings),
            tone=r.tone,
            pitch_strength=r.pitch_strength,
            follow_up_questions=r.follow_up_questions,
            suggested_people="\n".join(r.suggested_people),
            consent=r.consent,
            thank_you=r.thank_you,
            thank_you_channel=channel,
        )

    def to_reflection(
        self, today: date, saved: Reflection | None = None, *, require_tone: bool = True
    ) -> Reflection:
        """The form as a validated Reflection (raises ValidationError naming the field).

        A saved reflection needs a tone the learner chose. Coaching and the thank-you draft
        work before that (``require_tone=False``): an unchosen tone then counts as
        "positive", the one value no coaching rule reacts to, so it adds no advice."""
        problem = coaching.meeting_date_problem(self.met_on, today)
        if problem:
            raise ValidationError("met_on", problem)
        if not self.field.strip():
            raise ValidationError("field", "is required: which field was the meeting about?")
        tone = self.tone
        if tone is None:
            if require_tone:
                raise ValidationError(
                    "tone", "is not chosen yet: pick how they spoke about their work"
                )
            tone = "positive"
        return Reflection(
            id=saved.id if saved else None,
            field=self.field,
            met_on=self.met_on,  # type: ignore[arg-type]  # checked above
            contact_id=self.contact_id,
            learned={c: t for c, t in self.learned.items() if t},
            surprises=self.surprises,
            ratings={d: v for d, v in self.ratings.items() if v},
            tone=tone,
            pitch_strength=self.pitch_strength,
            follow_up_questions=self.follow_up_questions,
            suggested_people=self.people(),
            consent=self.consent,
            thank_you=self.thank_you,
            thank_you_sent_on=saved.thank_you_sent_on if saved else None,
        )
