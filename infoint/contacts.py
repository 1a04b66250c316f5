"""Step 1, find contacts: warm-first ranking, introducers, and the follow-up schedule.

Everything here is pure: plain data in, plain data out, no widgets, no store.

Ranking (``rank_contacts``) follows the coaching order the product teaches: people with a
personal connection first (professors, family, friends, the career centre, alumni, a
referral from someone named), then former colleagues, then cold local professionals. Within
that, contacts who work in one of the learner's target fields, alumni of the learner's
school, and people one or two levels above entry rise. Contacts whose pipeline status says
the ask is over (met, thanked, keeping in touch, declined / no reply) are kept but sorted
after everyone else with ``ask_first=False`` and a reason (declined / no reply last of
all), so the list is always a permutation of the input.

The schedule counts business days (Monday to Friday, minus an optional holiday list):
no reply after 3 business days -> try a second contact at the same organisation; one
follow-up after 7 business days and never a second; a thank-you within 24 hours of a
meeting; a keep-in-touch note about six weeks after the thank-you.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from infoint.content import data_file
from infoint.model import Contact
from infoint.pipeline import ASK_OVER

if TYPE_CHECKING:
    from infoint.cadence import Cadence

__all__ = [
    "ASK_OVER",
    "FIELD_KEYWORDS",
    "REMINDER_KINDS",
    "ContactTimeline",
    "Introduction",
    "Ranked",
    "Reminder",
    "add_business_days",
    "business_days_between",
    "business_due",
    "field_matches",
    "follow_up_plan",
    "guess_field",
    "is_business_day",
    "keep_in_touch_due",
    "normalise",
    "rank_contacts",
    "reminders_for",
    "seniority_level",
    "suggest_introducers",
    "thank_you_due",
    "this_week",
    "touch_log",
    "waiting_at_organisation",
    "Touch",
]

# --------------------------------------------------------------------------------------
# Text helpers


def normalise(text: str) -> str:
    """Casefold, strip accents and collapse whitespace: 'José  García' -> 'jose garcia'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


# --------------------------------------------------------------------------------------
# Fields and keywords

def _load_fields() -> tuple[
    dict[str, tuple[str, ...]], dict[str, str], dict[str, str]
]:
    """Keywords, aliases and introducer phrases per field, from ``data/fields.toml``."""
    with data_file("fields.toml").open("rb") as fh:
        table = tomllib.load(fh)["fields"]
    keywords = {name: tuple(spec["keywords"]) for name, spec in table.items()}
    aliases = {alias: name for name, spec in table.items() for alias in spec.get("aliases", ())}
    person = {name: spec.get("person", f"someone in {name}") for name, spec in table.items()}
    return keywords, aliases, person


# A small keyword map per field: a contact whose role or organisation mentions one of these
# words (as the start of a word, so "audit" matches "auditor") works in that field. Loaded
# once from data/fields.toml, which an instructor can extend without touching code.
FIELD_KEYWORDS, _FIELD_ALIASES, _FIELD_PERSON = _load_fields()

_PATTERN_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _canonical_field(name: str) -> str:
    key = normalise(name)
    return _FIELD_ALIASES.get(key, key)


def _keywords(field_name: str) -> tuple[str, ...]:
    key = _canonical_field(field_name)
    words = FIELD_KEYWORDS.get(key, ())
    own = tuple(w for w in {normalise(field_name), key} if w)
    return tuple(dict.fromkeys(own + words))


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    pat = _PATTERN_CACHE.get(words)
    if pat is None:
        # Short keywords (rn, hr, ux, ui, it) must be whole words; longer ones are prefixes.
        parts = [
            rf"\b{re.escape(w)}\b" if len(w) <= 3 else rf"\b{re.escape(w)}" for w in words
        ]
        pat = re.compile("|".join(parts) if parts else r"(?!)")
        _PATTERN_CACHE[words] = pat
    return pat


def field_matches(contact: Contact, field_name: str) -> bool:
    """True when ``contact`` works in ``field_name``: same field, or role/organisation keywords."""
    wanted = _canonical_field(field_name)
    if not wanted:
        return False
    if contact.field and _canonical_field(contact.field) == wanted:
        return True
    text = normalise(f"{contact.role} {contact.organisation}")
    return bool(text) and bool(_pattern(_keywords(field_name)).search(text))


def guess_field(text: str) -> str:
    """Guess a field from a job title or organisation: 'Senior Tax Associate' -> 'accounting'.

    Returns "" when no keyword matches. Used by the importers to fill ``Contact.field``.
    """
    norm = normalise(text)
    if not norm:
        return ""
    for name, words in FIELD_KEYWORDS.items():
        if _pattern(words).search(norm):
            return name
    return ""


# --------------------------------------------------------------------------------------
# Seniority

# Checked in this order; the first level whose pattern matches wins. Level 1 is entry.
_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(r"\b(intern|internship|student|trainee|apprentice|volunteer|placement)\b")),
    (
        5,
        re.compile(
            r"\b(chief|ceo|cfo|coo|cto|cio|cmo|vp|svp|evp|vice president|president|partner"
            r"|founder|co-founder|owner|managing director|executive director|chair|chairman"
            r"|chairwoman|board member)\b"
        ),
    ),
    (4, re.compile(r"\b(director|head of|head|dean|general manager)\b")),
    (3, re.compile(r"\b(manager|principal|lead|supervisor|team leader)\b")),
    (
        2,
        re.compile(
            r"\b(senior|sr|associate|specialist|consultant|officer|experienced|ii|iii"
            r"|staff accountant|charge nurse)\b"
        ),
    ),
    (
        1,
        re.compile(
            r"\b(junior|jr|assistant|clerk|entry|graduate|coordinator|analyst|representative"
            r"|technician|receptionist|i)\b"
        ),
    ),
)


def seniority_level(role: str) -> int | None:
    """A rough title level: 0 intern/student, 1 entry, 2 senior/associate, 3 manager,
    4 director, 5 executive/partner. ``None`` when the title gives no clue."""
    text = normalise(role)
    if not text:
        return None
    for level, pattern in _LEVELS:
        if pattern.search(text):
            return level
    return None


# --------------------------------------------------------------------------------------
# Ranking


_WARMTH: dict[str, float] = {
    "professor": 40.0,
    "family": 39.0,
    "friend": 38.0,
    "career centre": 37.0,
    "alumni": 36.0,
    "referral": 35.0,  # only with a named referrer; without one it counts as 20
    "former colleague": 25.0,
    "local professional": 0.0,
    "other": 0.0,
}
# A first-degree LinkedIn connection accepted the learner once: warmer than a stranger,
# cooler than someone who knows them.
_LINKEDIN_WARMTH = 15.0
_PERSONAL = frozenset(
    {"professor", "family", "friend", "career centre", "alumni", "former colleague", "referral"}
)
# Owners of a business are "very senior" by title but often the most open to a student.
_OWNER = re.compile(r"\b(owner|co-owner|proprietor|founder|co-founder|self-employed|freelance)\b")
_OWNER_BONUS = 5.0
_FIELD_BONUS = 20.0
_SCHOOL_BONUS = 10.0
_SENIORITY_BONUS = {0: 0.0, 1: 5.0, 2: 10.0, 3: 10.0, 4: 3.0, 5: 0.0}
_UNKNOWN_SENIORITY_BONUS = 5.0
_ASK_OVER_PENALTY = 1000.0


@dataclass
class Ranked:
    """One contact in the ask-first order, with the reasons for its place."""

    contact: Contact
    score: float
    reasons: list[str] = field(default_factory=list)
    ask_first: bool = True


def _warmth(contact: Contact, school_in_notes: bool) -> tuple[float, str]:
    rel = contact.relationship
    if rel == "referral":
        if contact.referred_by:
            return _WARMTH["referral"], f"referred by {contact.referred_by}"
        return 20.0, "a referral (add who referred you)"
    if rel == "alumni":
        return _WARMTH["alumni"], "alum of your school"
    if rel in ("professor", "family", "friend", "career centre"):
        return _WARMTH[rel], f"a personal connection ({rel})"
    if rel == "former colleague":
        return _WARMTH[rel], "a former colleague"
    if contact.referred_by:  # a named referrer warms up even a local professional
        return _WARMTH["referral"], f"referred by {contact.referred_by}"
    if school_in_notes:
        return 0.0, ""
    if contact.source == "linkedin" and rel == "local professional":
        return _LINKEDIN_WARMTH, "a first-degree LinkedIn connection: you are already connected"
    return _WARMTH.get(rel, 0.0), "no personal connection yet (cold contact)"


def _school_mentioned(contact: Contact, school: str) -> bool:
    school_norm = normalise(school)
    return bool(school_norm) and school_norm in normalise(contact.notes)


def rank_contacts(
    contacts: Iterable[Contact],
    learner_fields: Sequence[str],
    school: str = "",
    today: date | None = None,
) -> list[Ranked]:
    """Order ``contacts`` best first for a first ask, with short learner-facing reasons.

    Ties are broken by name (accents and case ignored), then by input order, so the result
    is deterministic and always a permutation of the input. ``today`` is accepted for
    future date-aware rules (for example a recent connection); it does not change the order.
    """
    del today  # reserved; the order does not depend on the date yet
    fields = [f for f in (str(x).strip() for x in learner_fields) if f]
    ranked: list[tuple[float, str, int, Ranked]] = []
    for index, contact in enumerate(contacts):
        reasons: list[str] = []
        alum_by_notes = _school_mentioned(contact, school)
        score, reason = _warmth(contact, alum_by_notes)
        if reason:
            reasons.append(reason)

        if alum_by_notes and contact.relationship != "alumni":
            score += _SCHOOL_BONUS
            reasons.append("alum of your school")

        matched = next((f for f in fields if field_matches(contact, f)), None)
        if matched:
            score += _FIELD_BONUS
            reasons.append(f"works in your target field ({matched})")

        level = seniority_level(contact.role)
        personal = contact.relationship in _PERSONAL or bool(contact.referred_by)
        if level is None:
            score += _UNKNOWN_SENIORITY_BONUS
        elif personal and level >= 4:
            # Someone who knows you makes time whatever their title.
            score += _SENIORITY_BONUS[2]
            reasons.append("senior, but knows you: likely to make time")
        elif _OWNER.search(normalise(contact.role)):
            score += _OWNER_BONUS
            reasons.append("runs their own business: sees the whole trade, may be busy")
        else:
            score += _SENIORITY_BONUS[level]
            if level in (2, 3):
                reasons.append("senior enough to advise, not too senior to reply")
            elif level == 1:
                reasons.append("early in their career: close to where you would start")
            elif level == 0:
                reasons.append("still a student or intern: less experience to share")
            elif level == 4:
                reasons.append("quite senior: may be slow to reply")
            else:
                reasons.append("very senior: unlikely to reply to a first ask")

        ask_first = contact.status not in ASK_OVER
        if not ask_first:
            score -= _ASK_OVER_PENALTY
            if contact.status == "declined / no reply":
                score -= _ASK_OVER_PENALTY  # after the ones already met
                reasons.insert(0, "declined or did not reply: give them a rest")
            else:
                reasons.insert(0, f"already {contact.status}: not a first ask")
        item = Ranked(contact=contact, score=score, reasons=reasons, ask_first=ask_first)
        ranked.append((-score, normalise(contact.name), index, item))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked]


# --------------------------------------------------------------------------------------
# Introducers


@dataclass
class Introduction:
    """A warm contact to ask for an introduction, with the suggested ask."""

    contact: Contact
    text: str


_INTRODUCERS = ("professor", "career centre", "family", "friend")
_TITLES = re.compile(r"^(prof\.?|professor|dr\.?|mr\.?|mrs\.?|ms\.?|mx\.?)\s", re.I)


def _who(field_names: Sequence[str]) -> str:
    people = []
    for f in field_names:
        key = _canonical_field(f)
        people.append(_FIELD_PERSON.get(key, f"someone working in {f.strip()}"))
    if not people:
        return "someone working in the field you are exploring"
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " or " + people[-1]


def _address(contact: Contact) -> str:
    if contact.relationship == "professor" and not _TITLES.match(contact.name):
        return f"Professor {contact.name.split()[-1]}"
    return contact.name


def suggest_introducers(
    contacts: Iterable[Contact], learner_fields: Sequence[str]
) -> list[Introduction]:
    """The warm contacts (professors, career centre, family, friends) to ask for an introduction.

    Contacts who declined or never replied are left out. Ordered professor, career centre,
    family, friend, then by name.
    """
    fields = [f for f in (str(x).strip() for x in learner_fields) if f]
    who = _who(fields)
    areas = " or ".join(fields) if fields else "the field you are exploring"
    picked = [
        c
        for c in contacts
        if c.relationship in _INTRODUCERS and c.status != "declined / no reply"
    ]
    picked.sort(key=lambda c: (_INTRODUCERS.index(c.relationship), normalise(c.name)))
    out: list[Introduction] = []
    for c in picked:
        name = _address(c)
        if c.relationship == "career centre":
            text = (
                f"Ask {name} at the career centre whether they know alumni who work in {areas}"
            )
        else:
            text = f"Ask {name} for an introduction to {who}"
        if fields and any(field_matches(c, f) for f in fields):
            text += f" ({name} works in the field too: ask them directly as well)"
        out.append(Introduction(contact=c, text=text))
    return out


# --------------------------------------------------------------------------------------
# Business days


def is_business_day(d: date, holidays: Iterable[date] = ()) -> bool:
    """Monday to Friday and not in ``holidays``."""
    return d.weekday() < 5 and d not in set(holidays)


def add_business_days(d: date, n: int, holidays: Iterable[date] = ()) -> date:
    """The date ``n`` business days after ``d`` (before it when ``n`` is negative).

    Weekends and ``holidays`` are skipped. ``n == 0`` returns ``d`` unchanged, even on a
    weekend; for any other ``n`` the result is always a business day.
    """
    if isinstance(d, datetime):
        d = d.date()
    off = frozenset(h.date() if isinstance(h, datetime) else h for h in holidays)
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(int(n))
    current = d
    while remaining:
        current += step
        if current.weekday() < 5 and current not in off:
            remaining -= 1
    return current


def business_days_between(a: date, b: date, holidays: Iterable[date] = ()) -> int:
    """How many business days lie after ``a`` up to and including ``b``.

    When ``b`` is before ``a`` the answer is negative: minus the business days from ``b``
    up to but not including ``a``. Either way
    ``business_days_between(a, add_business_days(a, n)) == n``.
    """
    if isinstance(a, datetime):
        a = a.date()
    if isinstance(b, datetime):
        b = b.date()
    if b < a:
        one = timedelta(days=1)
        return -business_days_between(b - one, a - one, holidays)
    off = {h.date() if isinstance(h, datetime) else h for h in holidays}
    days = (b - a).days
    full_weeks, extra = divmod(days, 7)
    count = full_weeks * 5
    current = a + timedelta(days=full_weeks * 7)
    for _ in range(extra):
        current += timedelta(days=1)
        if current.weekday() < 5:
            count += 1
    count -= sum(1 for h in off if a < h <= b and h.weekday() < 5)
    return count


# --------------------------------------------------------------------------------------
# Reminders

REMINDER_KINDS = ("thank-you", "follow-up", "second-contact", "keep-in-touch")


def _timings() -> Cadence:
    from infoint.cadence import cadence  # data/rules/cadence.toml, read once

    return cadence()


@dataclass
class Reminder:
    """Something the learner should do on or after ``due``.

    ``note`` says why the date is not the plain count: moved for a public holiday, or
    snoozed by the learner.
    """

    due: date
    kind: str
    contact_name: str = ""
    contact_id: int | None = None
    text: str = ""
    note: str = ""


@dataclass
class ContactTimeline:
    """A contact and the dates of what has happened with them so far."""

    contact: Contact
    sent_on: date | None = None
    followed_up_on: date | None = None
    met_on: date | None = None
    thanked_on: date | None = None
    replied: bool = False
    snoozed_until: date | None = None


def _sort_key(r: Reminder) -> tuple:
    return (r.due, REMINDER_KINDS.index(r.kind), normalise(r.contact_name), r.text)


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def business_due(start: date, n: int, holidays: Iterable[date] = ()) -> tuple[date, str]:
    """``n`` business days after ``start``, and a note naming the holidays that moved it.

    ``holidays`` may be a mapping from date to name (``infoint.cadence.public_holidays``);
    the note then says which: "moved to Tue 27 May for Whit Monday".
    """
    holidays = holidays if isinstance(holidays, Mapping) else tuple(holidays)
    due = add_business_days(start, n, holidays)
    if not holidays or due == add_business_days(start, n):
        return due, ""
    skipped = sorted(h for h in holidays if start < h <= due and h.weekday() < 5)
    names = []
    for h in skipped:
        name = holidays[h] if isinstance(holidays, Mapping) else "a public holiday"
        if name not in names:
            names.append(name)
    return due, f"moved to {_day(due)} for {' and '.join(names) or 'a public holiday'}"


def _second_contact(
    due: date, name: str = "", organisation: str = "", contact_id: int | None = None,
    note: str = "",
) -> Reminder:
    who = name or "your contact"
    # "Green, Hale & Co." must not end the sentence with two full stops.
    where = f"at {organisation.rstrip('.')}" if organisation else "at the same organisation"
    days = _timings().second_contact_after
    return Reminder(
        due=due,
        kind="second-contact",
        contact_name=name,
        contact_id=contact_id,
        text=f"No reply from {who} after {days} business days: try a second contact {where}.",
        note=note,
    )


def _follow_up(
    due: date, name: str = "", contact_id: int | None = None, note: str = ""
) -> Reminder:
    who = name or "your contact"
    return Reminder(
        due=due,
        kind="follow-up",
        contact_name=name,
        contact_id=contact_id,
        text=f"Still no reply from {who}: send one short, polite follow-up (only one).",
        note=note,
    )


def follow_up_plan(
    sent_on: date, holidays: Iterable[date] = (), contact: Contact | None = None
) -> list[Reminder]:
    """The reminders after outreach: a second contact, then one follow-up, in business days
    from ``data/rules/cadence.toml`` (3 and 7 as shipped)."""
    if not isinstance(holidays, Mapping):
        holidays = tuple(holidays)
    name = contact.name if contact else ""
    org = contact.organisation if contact else ""
    cid = contact.id if contact else None
    timing = _timings()
    second, second_note = business_due(sent_on, timing.second_contact_after, holidays)
    follow, follow_note = business_due(sent_on, timing.follow_up_after, holidays)
    return [
        _second_contact(second, name, org, cid, second_note),
        _follow_up(follow, name, cid, follow_note),
    ]


def thank_you_due(met_at: datetime) -> datetime:
    """When the thank-you is due: within 24 hours of the meeting (cadence.toml)."""
    return met_at + timedelta(hours=_timings().thank_you_within_hours)


def keep_in_touch_due(
    thanked_on: date, holidays: Iterable[date] = (), weeks: int | None = None
) -> date:
    """When to send a short keep-in-touch note: ``weeks`` (6 as shipped) after the
    thank-you, moved forward to the next business day if that falls on a weekend or holiday."""
    due = thanked_on + timedelta(weeks=_timings().keep_in_touch_weeks if weeks is None else weeks)
    off = set(holidays)
    while due.weekday() >= 5 or due in off:
        due += timedelta(days=1)
    return due


def _snoozed(reminder: Reminder, until: date | None) -> Reminder:
    if until is None or reminder.due >= until:
        return reminder
    return Reminder(
        due=until,
        kind=reminder.kind,
        contact_name=reminder.contact_name,
        contact_id=reminder.contact_id,
        text=reminder.text,
        note=f"snoozed until {_day(until)}",
    )


def reminders_for(
    timelines: Iterable[ContactTimeline], today: date, holidays: Iterable[date] = ()
) -> list[Reminder]:
    """Every open reminder for these contacts, overdue or upcoming, sorted by due date.

    Rules: nothing for a contact marked "declined / no reply". Outreach sent (on or before
    ``today``) with no reply and no meeting: a second-contact reminder after the cadence's
    business days (3), shown until the follow-up is due or done; one follow-up later (7)
    unless ``followed_up_on`` is set (never a second follow-up). A reply cancels both. A
    meeting on or before ``today`` with no thank-you: a thank-you reminder the day after. A
    thank-you sent: a keep-in-touch reminder about six weeks later (``keep_in_touch_due``).
    A snoozed contact's reminders due before ``snoozed_until`` move to that day.
    """
    if not isinstance(holidays, Mapping):
        holidays = tuple(holidays)
    timing = _timings()
    out: list[Reminder] = []
    for t in timelines:
        c = t.contact
        if c.status == "declined / no reply":
            continue
        mine: list[Reminder] = []
        met = t.met_on is not None and t.met_on <= today
        if t.sent_on is not None and t.sent_on <= today and not t.replied and not met:
            waiting = c.status != "meeting scheduled" and t.met_on is None
            if waiting and t.followed_up_on is None:
                follow_due, follow_note = business_due(
                    t.sent_on, timing.follow_up_after, holidays
                )
                if today < follow_due:
                    second, second_note = business_due(
                        t.sent_on, timing.second_contact_after, holidays
                    )
                    mine.append(_second_contact(second, c.name, c.organisation, c.id, second_note))
                mine.append(_follow_up(follow_due, c.name, c.id, follow_note))
        if met and t.thanked_on is None:
            mine.append(
                Reminder(
                    due=t.met_on + timedelta(days=1),
                    kind="thank-you",
                    contact_name=c.name,
                    contact_id=c.id,
                    text=(
                        f"Thank {c.name} within 24 hours of meeting, and mention "
                        "something specific you learned."
                    ),
                )
            )
        if t.thanked_on is not None:
            mine.append(
                Reminder(
                    due=keep_in_touch_due(t.thanked_on, holidays),
                    kind="keep-in-touch",
                    contact_name=c.name,
                    contact_id=c.id,
                    text=(
                        f"Keep in touch with {c.name}: a short note on what you did with "
                        "their advice."
                    ),
                )
            )
        out.extend(_snoozed(r, t.snoozed_until) for r in mine)
    out.sort(key=_sort_key)
    return out


@dataclass(frozen=True)
class Touch:
    """One thing that happened with a contact, for their timeline."""

    on: date
    kind: str  # "drafted" or one of the store's event kinds
    detail: str = ""


def touch_log(
    events: Iterable[Mapping[str, object]], drafts: Iterable[tuple[date, str, int]] = ()
) -> list[Touch]:
    """Every touch with one contact, oldest first: drafts (one line per day and channel,
    however many versions were saved) and the dated events (sent, replied, met, ...)."""
    touches: list[Touch] = []
    per_day: dict[tuple[date, str], list[int]] = {}
    for day, channel, version in drafts:
        per_day.setdefault((day, channel), []).append(version)
    for (day, channel), versions in per_day.items():
        n = len(versions)
        touches.append(Touch(day, "drafted", f"{channel}, {n} version{'s' if n != 1 else ''}"))
    for e in events:
        day = e["on_date"]
        if isinstance(day, str):
            day = date.fromisoformat(day[:10])
        assert isinstance(day, date)
        touches.append(Touch(day, str(e["kind"]), str(e.get("note") or "")))
    order = {"drafted": 0, "asked for intro": 0, "sent": 1, "followed up": 2, "replied": 3,
             "met": 4, "thanked": 5, "declined": 6, "snoozed": 7}
    touches.sort(key=lambda t: (t.on, order.get(t.kind, 9)))
    return touches


def waiting_at_organisation(
    contact: Contact,
    contacts: Iterable[Contact],
    sent_on: Mapping[int, date],
    today: date,
    holidays: Iterable[date] = (),
) -> tuple[Contact, date] | None:
    """Someone else at ``contact``'s organisation who was written to and whose no-reply
    wait (the cadence's second-contact days) is not over: (that person, when it is over).

    Writing to a second person at the same place before then reads as a mass mailing.
    """
    from infoint.matching import org_key

    key = org_key(contact.organisation)
    if not key:
        return None
    days = _timings().second_contact_after
    if not isinstance(holidays, Mapping):
        holidays = tuple(holidays)
    best: tuple[Contact, date] | None = None
    for other in contacts:
        if other.id is None or other.id == contact.id or org_key(other.organisation) != key:
            continue
        sent = sent_on.get(other.id)
        if sent is None or other.status not in ("contacted", "follow-up due"):
            continue
        until = add_business_days(sent, days, holidays)
        if today < until and (best is None or until > best[1]):
            best = (other, until)
    return best


def this_week(reminders: Iterable[Reminder], today: date) -> list[Reminder]:
    """Overdue reminders plus those due up to and including the coming Sunday, sorted."""
    sunday = today + timedelta(days=6 - today.weekday())
    return sorted((r for r in reminders if r.due <= sunday), key=_sort_key)

