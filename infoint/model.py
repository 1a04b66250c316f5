"""The things a learner works with, as plain validated dataclasses.

Every constructor checks its fields and raises :class:`ValidationError` naming the
field, so the apps can show a learner exactly what to fix and the store never sees a
half-valid row. Text is normalised (stripped, NUL and other control characters other
than newlines and tabs removed) so that what is stored is what was shown.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from infoint.channels import CHANNELS
from infoint.pipeline import STAGES

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "DIMENSIONS",
    "MEETING_LENGTHS",
    "MEETING_MODES",
    "PIPELINE",
    "RELATIONSHIPS",
    "THANK_YOU_CHANNELS",
    "TONES",
    "Contact",
    "Learner",
    "Meeting",
    "Outreach",
    "Plan",
    "Reflection",
    "ValidationError",
]

# Limits generous enough for real writing, small enough that a pasted novel is refused
# with a message instead of bloating the store and every page render.
MAX_SHORT = 200
MAX_TEXT = 5_000
MAX_LONG = 20_000

MEETING_LENGTHS = (15, 20, 30)
MEETING_MODES = ("in person", "online")
# CHANNELS (re-exported): the outreach channels, one home, infoint.channels (data/channels.toml)

# Pipeline order matters: the apps show contacts in this order and the funnel counts
# a contact as having reached every stage before its current one.
PIPELINE = STAGES  # the contact's stages: one home, infoint.pipeline

# Warm circles first: this order is also the default ranking of relationship warmth.
RELATIONSHIPS = (
    "professor",
    "family",
    "friend",
    "career centre",
    "alumni",
    "former colleague",
    "referral",
    "local professional",
    "other",
)

# What a learner can learn in a meeting; shared by the question bank, the reflection
# form and the analysis frames so the three always line up.
CATEGORIES = (
    "getting started",
    "career paths",
    "daily workload",
    "lifestyle",
    "qualifications",
    "advice",
    "breaking in",
)

DIMENSIONS = (
    "daily work",
    "lifestyle",
    "career path",
    "qualifications within reach",
    "values and culture",
    "overall interest",
)

TONES = ("positive", "mixed", "negative")

# How a thank-you note can travel. Here, not beside the thank-you rules, so that a page
# showing the choice does not compile those rules' patterns to list four words.
THANK_YOU_CHANNELS = ("email", "letter", "card", "linkedin")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+()\d][\d\s().\-/]{3,30}$")


class ValidationError(ValueError):
    """A field holds a value the product cannot accept; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def clean_text(value: object, field_name: str, limit: int, *, required: bool = False) -> str:
    """Return ``value`` as tidy text, or raise ValidationError naming ``field_name``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field_name, "must be text")
    text = unicodedata.normalize("NFC", value)
    # Control characters break CSV, HTML and terminals alike; keep line structure only.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    text = text.replace("\r\n", "\n").strip()
    if required and not text:
        raise ValidationError(field_name, "is required")
    if len(text) > limit:
        raise ValidationError(
            field_name, f"is {len(text):,} characters long; the limit is {limit:,}"
        )
    return text


def _one_line(value: object, field_name: str, *, required: bool = False) -> str:
    text = clean_text(value, field_name, MAX_SHORT, required=required)
    return " ".join(text.split())


def _choice(value: str, field_name: str, allowed: tuple) -> str:
    if value not in allowed:
        options = ", ".join(str(a) for a in allowed)
        raise ValidationError(field_name, f"must be one of: {options}")
    return value


def optional_date(value: object, field_name: str) -> date | None:
    """A date from a date, a datetime, ISO text or nothing; ValidationError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field_name, "must be a date like 2026-03-14") from None
    raise ValidationError(field_name, "must be a date")


def _text_list(values: object, field_name: str, *, limit: int = MAX_SHORT) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [v for v in re.split(r"[\n,;]", values)]
    if not isinstance(values, (list, tuple)):
        raise ValidationError(field_name, "must be a list of text")
    out: list[str] = []
    for v in values:
        text = clean_text(v, field_name, limit)
        if text and text not in out:
            out.append(text)
    if len(out) > 200:
        raise ValidationError(field_name, "has more than 200 entries")
    return out


@dataclass
class Learner:
    """The learner's profile from the Start here app."""

    name: str
    school: str = ""
    fields: list[str] = dataclasses.field(default_factory=list)
    learning_goals: str = ""
    meeting_minutes: int = 20
    meeting_mode: str = "in person"
    email: str = ""
    phone: str = ""
    # Where the learner lives, for public holidays in follow-up dates (ISO 3166 codes:
    # "DE" and "BY" for Bavaria); empty means weekends only.
    country: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        self.name = _one_line(self.name, "name", required=True)
        self.school = _one_line(self.school, "school")
        self.country = _place_code(self.country, "country")
        self.region = _place_code(self.region, "region") if self.country else ""
        self.fields = _text_list(self.fields, "fields")
        self.learning_goals = clean_text(self.learning_goals, "learning_goals", MAX_TEXT)
        try:
            minutes = int(self.meeting_minutes)
        except (TypeError, ValueError):
            raise ValidationError("meeting_minutes", "must be 15, 20 or 30") from None
        self.meeting_minutes = _choice(minutes, "meeting_minutes", MEETING_LENGTHS)
        self.meeting_mode = _choice(self.meeting_mode, "meeting_mode", MEETING_MODES)
        self.email = _check_email(self.email)
        self.phone = _check_phone(self.phone)


def _place_code(value: object, field_name: str) -> str:
    text = _one_line(value, field_name).upper()
    if text and not re.fullmatch(r"[A-Z0-9]{1,6}", text):
        raise ValidationError(field_name, "must be a short code such as 'GB' or 'NY'")
    return text


def _check_email(value: object, field_name: str = "email") -> str:
    text = _one_line(value, field_name)
    if text and not _EMAIL.match(text):
        raise ValidationError(field_name, f"'{text}' does not look like an email address")
    return text


def _check_phone(value: object, field_name: str = "phone") -> str:
    text = _one_line(value, field_name)
    if text and not _PHONE.match(text):
        raise ValidationError(field_name, f"'{text}' does not look like a phone number")
    return text


@dataclass
class Contact:
    """A person who might talk with the learner, and where they are in the pipeline."""

    name: str
    organisation: str = ""
    role: str = ""
    field: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    relationship: str = "local professional"
    referred_by: str = ""
    notes: str = ""
    status: str = "identified"
    source: str = "manual"
    connected_on: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = _one_line(self.name, "name", required=True)
        self.organisation = _one_line(self.organisation, "organisation")
        self.role = _one_line(self.role, "role")
        self.field = _one_line(self.field, "field")
        self.email = _check_email(self.email)
        self.phone = _check_phone(self.phone)
        self.url = _one_line(self.url, "url")
        if self.url and not re.match(r"^https?://", self.url, re.I):
            raise ValidationError("url", "must start with http:// or https://")
        self.relationship = _choice(self.relationship, "relationship", RELATIONSHIPS)
        self.referred_by = _one_line(self.referred_by, "referred_by")
        self.notes = clean_text(self.notes, "notes", MAX_TEXT)
        self.status = _choice(self.status, "status", PIPELINE)
        self.source = _one_line(self.source, "source") or "manual"
        self.connected_on = optional_date(self.connected_on, "connected_on")


@dataclass
class Outreach:
    """One saved version of a message to a contact."""

    contact_id: int | None
    channel: str
    body: str
    subject: str = ""
    contact_name: str = ""
    version: int = 1
    score: int | None = None
    sent_on: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.channel = _choice(self.channel, "channel", CHANNELS)
        self.body = clean_text(self.body, "body", MAX_LONG, required=True)
        self.subject = _one_line(self.subject, "subject")
        self.contact_name = _one_line(self.contact_name, "contact_name")
        if self.contact_id is None and not self.contact_name:
            raise ValidationError("contact", "pick a contact or type a name")
        self.sent_on = optional_date(self.sent_on, "sent_on")


@dataclass
class Plan:
    """What the learner means to ask in one meeting, and what they already know."""

    contact_id: int | None = None
    field: str = ""
    organisation: str = ""
    research_notes: str = ""
    questions: list[str] = dataclasses.field(default_factory=list)
    minutes: int = 20
    id: int | None = None

    def __post_init__(self) -> None:
        self.field = _one_line(self.field, "field")
        self.organisation = _one_line(self.organisation, "organisation")
        self.research_notes = clean_text(self.research_notes, "research_notes", MAX_LONG)
        self.questions = _text_list(self.questions, "questions", limit=500)
        try:
            self.minutes = int(self.minutes)
        except (TypeError, ValueError):
            raise ValidationError("minutes", "must be a whole number of minutes") from None
        if not 5 <= self.minutes <= 60:
            raise ValidationError("minutes", "must be between 5 and 60")


@dataclass
class Meeting:
    """When and where a meeting happens. ``starts_at`` is timezone-aware."""

    contact_id: int | None
    starts_at: datetime
    minutes: int = 20
    place: str = ""
    timezone: str = "UTC"
    plan_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.starts_at, datetime):
            raise ValidationError("starts_at", "must be a date and time")
        if self.starts_at.tzinfo is None:
            raise ValidationError("starts_at", "needs a timezone")
        try:
            self.minutes = int(self.minutes)
        except (TypeError, ValueError):
            raise ValidationError("minutes", "must be a whole number of minutes") from None
        if not 5 <= self.minutes <= 60:
            raise ValidationError("minutes", "must be between 5 and 60")
        self.place = _one_line(self.place, "place")
        self.timezone = _one_line(self.timezone, "timezone") or "UTC"


@dataclass
class Reflection:
    """What the learner took away from one meeting, and how well the field fits them."""

    field: str
    met_on: date
    contact_id: int | None = None
    learned: dict[str, str] = dataclasses.field(default_factory=dict)
    surprises: str = ""
    ratings: dict[str, int] = dataclasses.field(default_factory=dict)
    tone: str = "positive"
    pitch_strength: int | None = None
    follow_up_questions: str = ""
    suggested_people: list[str] = dataclasses.field(default_factory=list)
    consent: bool = False
    thank_you: str = ""
    thank_you_sent_on: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.field = _one_line(self.field, "field", required=True)
        met_on = optional_date(self.met_on, "met_on")
        if met_on is None:
            raise ValidationError("met_on", "is required")
        self.met_on = met_on
        learned: dict[str, str] = {}
        for key, text in dict(self.learned or {}).items():
            _choice(key, "learned", CATEGORIES)
            cleaned = clean_text(text, f"learned[{key}]", MAX_TEXT)
            if cleaned:
                learned[key] = cleaned
        self.learned = learned
        self.surprises = clean_text(self.surprises, "surprises", MAX_TEXT)
        ratings: dict[str, int] = {}
        for key, value in dict(self.ratings or {}).items():
            _choice(key, "ratings", DIMENSIONS)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
                raise ValidationError(f"ratings[{key}]", "must be a whole number from 1 to 5")
            ratings[key] = value
        self.ratings = ratings
        self.tone = _choice(self.tone, "tone", TONES)
        if self.pitch_strength is not None and not (
            isinstance(self.pitch_strength, int) and 1 <= self.pitch_strength <= 5
        ):
            raise ValidationError("pitch_strength", "must be a whole number from 1 to 5")
        self.follow_up_questions = clean_text(
            self.follow_up_questions, "follow_up_questions", MAX_TEXT
        )
        self.suggested_people = _text_list(self.suggested_people, "suggested_people")
        self.consent = bool(self.consent)
        self.thank_you = clean_text(self.thank_you, "thank_you", MAX_LONG)
        self.thank_you_sent_on = optional_date(self.thank_you_sent_on, "thank_you_sent_on")
