"""Preparing one meeting: the time budget, suggested questions, the day's checklist, rehearsal.

Pure functions and small value types; the Prepare step's model (:mod:`infoint.steps.prepare`)
and the printable guide are built on them. Nothing here imports widgets, and the question
bank is loaded only when a caller does not pass one in. What the step says (its hints, the
checklist, the guide's headings) is data: ``prepare.toml``, read by :func:`content`.

The time model is deliberately simple: a short opening (greeting, thanks, restating the
time limit), the questions, and a short close (who else to talk to, may I write again,
thanks). A meeting "fits" when all three end by the agreed length.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import os
import re
import tomllib
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from infoint.bank import CLOSING_MINUTES, DEFAULT_MINUTES
from infoint.bank import OPENING_MINUTES as _BANK_OPENING
from infoint.content import SHIPPED, data_file

__all__ = [
    "CLOSE_MINUTES",
    "COMMON_TIMEZONES",
    "DEFAULT_QUESTION_MINUTES",
    "NOTE_SECTIONS",
    "OPENING_MINUTES",
    "AgendaRow",
    "Budget",
    "BudgetItem",
    "PrepareContent",
    "Rehearsal",
    "RehearsalStatus",
    "RehearsalStep",
    "agenda",
    "checklist",
    "checklist_items",
    "clock_text",
    "content",
    "content_problem",
    "country_timezones",
    "default_purpose",
    "default_timezone",
    "fill",
    "join_notes",
    "parse_time",
    "question_minutes",
    "read_content",
    "rehearsal_plan",
    "split_notes",
    "starts_at",
    "suggest_questions",
    "time_budget",
    "timezone_options",
]

log = logging.getLogger("infoint.prepare")

# One home for these numbers: the bank, whose question check counts the same minutes.
OPENING_MINUTES = _BANK_OPENING
CLOSE_MINUTES = CLOSING_MINUTES
#: Used for a question the bank does not know: long enough for a real answer.
DEFAULT_QUESTION_MINUTES = DEFAULT_MINUTES


# -- the step's words (data/prepare.toml) -----------------------------------------------------


@dataclass(frozen=True)
class PrepareContent:
    """What the Prepare step says, read from ``prepare.toml`` (see the file's comments)."""

    app: Mapping[str, str]
    steps: Mapping[str, Mapping[str, str]]
    rule_hints: Mapping[str, str]
    checklist: tuple[tuple[str, str], ...]
    guide: Mapping[str, str]
    notes: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def step(self, name: str, part: str = "title") -> str:
        return self.steps.get(name, {}).get(part, "")


_STEPS = ("who", "research", "questions", "meeting", "day", "guide", "rehearse")
_GUIDE_KEYS = ("agenda", "questions", "research", "checklist", "opening", "close", "purpose")


def _strings(table: Any, where: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise ValueError(f"{where} must be a table of text values")
    return {str(k): v.strip() for k, v in table.items()}


@functools.lru_cache(maxsize=4)
def _read_content(path: str, _mtime_ns: int) -> PrepareContent:
    with open(path, "rb") as f:
        raw = tomllib.load(f)
    steps = raw.get("steps", {})
    missing = [s for s in _STEPS if s not in steps or "title" not in steps[s]]
    if missing:
        raise ValueError(f"{path}: [steps.{missing[0]}] needs a title")
    guide = _strings(raw.get("guide", {}), f"{path}: [guide]")
    lacking = [k for k in _GUIDE_KEYS if not guide.get(k)]
    if lacking:
        raise ValueError(f"{path}: [guide] needs {lacking[0]}")
    items: list[tuple[str, str]] = []
    for n, item in enumerate(raw.get("checklist", []), 1):
        key, text = item.get("key"), item.get("text")
        if not (isinstance(key, str) and key and isinstance(text, str) and text.strip()):
            raise ValueError(f"{path}: checklist item {n} needs a key and a text")
        if key in dict(items):
            raise ValueError(f"{path}: checklist key {key!r} is used twice")
        items.append((key, text.strip()))
    return PrepareContent(
        app=_strings(raw.get("app", {}), f"{path}: [app]"),
        steps={name: _strings(steps[name], f"{path}: [steps.{name}]") for name in steps},
        rule_hints=_strings(raw.get("rule_hints", {}), f"{path}: [rule_hints]"),
        checklist=tuple(items),
        guide=guide,
        notes=_strings(raw.get("notes", {}), f"{path}: [notes]"),
    )


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: object) -> str:
    """``template`` with its ``{name}`` places filled; an unknown place stays as written (an
    instructor's typo must not take the app down)."""
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):
        return template


@functools.lru_cache(maxsize=4)
def _try_content(path: str, mtime_ns: int) -> PrepareContent | str:
    try:
        return _read_content(path, mtime_ns)
    except (OSError, ValueError) as error:  # TOMLDecodeError is a ValueError
        return str(error) if str(error).startswith(path) else f"{path}: {error}"


def read_content(path: Path) -> PrepareContent:
    """``path`` read and checked; ValueError naming the file and what is wrong."""
    got = _try_content(str(path), path.stat().st_mtime_ns)
    if isinstance(got, str):
        raise ValueError(got)
    return got


def content_problem() -> str:
    """Why the instructor's ``prepare.toml`` is not used ("" when it is, or there is none)."""
    path = data_file("prepare.toml")
    got = _try_content(str(path), path.stat().st_mtime_ns)
    return got if isinstance(got, str) else ""


def content() -> PrepareContent:
    """The Prepare step's words: the instructor's ``prepare.toml`` if there is one, else the
    shipped one. Read again when the file changes, so an edit shows in the next app. A
    broken instructor's file is set aside for the shipped one (:func:`content_problem`
    says why), so a typo never takes the step down."""
    path = data_file("prepare.toml")
    got = _try_content(str(path), path.stat().st_mtime_ns)
    if isinstance(got, str):
        log.warning("not using %s", got)
        return read_content(SHIPPED / "prepare.toml")
    return got


class _Bank(Protocol):
    def match(self, text: str) -> Any: ...

    def essentials_for(self, minutes: int, field: str | None = None) -> list[Any]: ...


# -- time budget ----------------------------------------------------------------------------


class BudgetItem(NamedTuple):
    """One planned question: its text, the minutes it is likely to take, and whether it fits."""

    text: str
    minutes: float
    fits: bool


@dataclass(frozen=True)
class Budget:
    """How a meeting of ``length`` minutes is spent; ``spare`` is negative when it overflows."""

    length: int
    opening: float
    questions: list[BudgetItem]
    close: float
    total: float
    spare: float

    @property
    def fits(self) -> bool:
        return self.spare >= -1e-9

    @property
    def question_minutes(self) -> float:
        return sum(q.minutes for q in self.questions)

    @property
    def overflow(self) -> float:
        return max(0.0, -self.spare)

    @property
    def n_fitting(self) -> int:
        return sum(1 for q in self.questions if q.fits)


def question_minutes(text: str, bank: _Bank | None = None) -> float:
    """The bank's estimate for ``text`` when the bank knows the question, else the default."""
    if bank is not None and text.strip():
        found = bank.match(text)
        minutes = getattr(found, "minutes", None)
        if isinstance(minutes, (int, float)) and minutes > 0:
            return float(minutes)
    return DEFAULT_QUESTION_MINUTES


def _as_item(entry: Any, bank: _Bank | None) -> tuple[str, float]:
    if isinstance(entry, str):
        return entry, question_minutes(entry, bank)
    if isinstance(entry, tuple):
        text, minutes = entry
        return str(text), float(minutes)
    # A bank Question (or anything with text and minutes).
    return str(entry.text), float(getattr(entry, "minutes", DEFAULT_QUESTION_MINUTES))


def time_budget(
    questions: Iterable[Any],
    minutes: int,
    *,
    bank: _Bank | None = None,
    opening: float = OPENING_MINUTES,
    close: float = CLOSE_MINUTES,
) -> Budget:
    """Split ``minutes`` into opening, questions and close.

    ``questions`` may hold plain text (estimated from ``bank`` when given, else
    :data:`DEFAULT_QUESTION_MINUTES` each), ``(text, minutes)`` pairs or bank questions.
    A question fits when it ends before the close must begin; questions are taken in
    order, so everything after the first overflowing one is marked as not fitting too.
    """
    if minutes <= 0:
        raise ValueError("the meeting needs a positive length")
    room = minutes - opening - close
    used = 0.0
    overflowing = False
    items: list[BudgetItem] = []
    for entry in questions:
        text, each = _as_item(entry, bank)
        used += each
        overflowing = overflowing or used > room + 1e-9
        items.append(BudgetItem(text, each, not overflowing))
    total = opening + used + close
    return Budget(
        length=minutes,
        opening=opening,
        questions=items,
        close=close,
        total=total,
        spare=minutes - total,
    )


class AgendaRow(NamedTuple):
    start: str
    end: str
    title: str
    fits: bool


def _clock(minutes: float) -> str:
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"


def agenda(budget: Budget, start: datetime | None = None) -> list[AgendaRow]:
    """The meeting's running order with times: clock times when ``start`` is known,
    else minutes from the start ("0:00", "3:00", ...)."""

    def label(offset: float) -> str:
        if start is None:
            return _clock(offset)
        # Round to the whole minute: a printed agenda reads in minutes, not seconds.
        return (start + timedelta(minutes=math.floor(offset + 0.5))).strftime("%H:%M")

    words = content().guide
    opening = fill(words["opening"], minutes=budget.length)
    rows = [AgendaRow(label(0), label(budget.opening), opening, True)]
    at = budget.opening
    for n, item in enumerate(budget.questions, 1):
        rows.append(AgendaRow(label(at), label(at + item.minutes), f"Q{n}. {item.text}", item.fits))
        at += item.minutes
    rows.append(
        AgendaRow(
            label(at),
            label(at + budget.close),
            fill(words["close"], minutes=budget.length),
            # The close is never a part to skip: when time runs short, questions give way
            # to it. Marking it "does not fit" coloured it red among the things to skip.
            True,
        )
    )
    return rows


# -- suggestions ----------------------------------------------------------------------------


def _load_bank() -> _Bank:
    from infoint.bank import load_bank

    return load_bank()


def suggest_questions(
    minutes: int, field: str | None = None, bank: _Bank | None = None
) -> list[Any]:
    """The bank's essential questions for a meeting of ``minutes``, trimmed so they fit.

    The bank decides what is essential for each length; this only guarantees the result
    fits alongside the opening and the close, dropping from the end if it would not.
    """
    bank = bank if bank is not None else _load_bank()
    room = minutes - OPENING_MINUTES - CLOSE_MINUTES
    chosen: list[Any] = []
    used = 0.0
    seen: set[str] = set()
    for q in bank.essentials_for(minutes, field or None):
        each = float(getattr(q, "minutes", DEFAULT_QUESTION_MINUTES) or DEFAULT_QUESTION_MINUTES)
        key = " ".join(q.text.casefold().split())
        if key in seen or used + each > room + 1e-9:
            continue
        seen.add(key)
        chosen.append(q)
        used += each
    return chosen


# -- the meeting day ------------------------------------------------------------------------

def checklist() -> tuple[tuple[str, str], ...]:
    """The meeting-day checklist as (key, text) pairs; keys are stable so ticks survive
    rewording."""
    return content().checklist


def checklist_items() -> list[str]:
    return [text for _key, text in checklist()]


def default_purpose(field: str = "", organisation: str = "", contact_name: str = "") -> str:
    """One sentence the learner can say, and print, about why they asked for the meeting."""
    what = f"working in {field}" if field else "this line of work"
    where = f" at {organisation}" if organisation else ""
    who = contact_name or "them"
    return fill(content().guide["purpose"], what=what, where=where, who=who)


# -- research notes -------------------------------------------------------------------------

#: (key, heading) of the three research note sections, in order.
NOTE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("field", "What the field is"),
    ("organisation", "What the organisation does"),
    ("found", "What I already found out"),
)
_HEADING_RE = re.compile(
    r"^## (" + "|".join(re.escape(h) for _k, h in NOTE_SECTIONS) + r")$", re.MULTILINE
)


def join_notes(sections: dict[str, str]) -> str:
    """The three note sections as one text (what ``Plan.research_notes`` stores)."""
    parts = []
    for key, heading in NOTE_SECTIONS:
        text = (sections.get(key) or "").strip()
        if text:
            parts.append(f"## {heading}\n{text}")
    return "\n\n".join(parts)


def split_notes(text: str) -> dict[str, str]:
    """Inverse of :func:`join_notes`; text without headings counts as "already found out"."""
    out = {key: "" for key, _h in NOTE_SECTIONS}
    by_heading = {h: k for k, h in NOTE_SECTIONS}
    text = (text or "").strip()
    matches = list(_HEADING_RE.finditer(text))
    if not matches:
        out["found"] = text
        return out
    preamble = text[: matches[0].start()].strip()
    for m, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        key = by_heading[m.group(1)]
        body = text[m.end() : end].strip()
        out[key] = f"{out[key]}\n{body}".strip() if out[key] else body
    if preamble:
        out["found"] = f"{preamble}\n{out['found']}".strip()
    return out


# -- date, time and timezone ----------------------------------------------------------------

COMMON_TIMEZONES: tuple[str, ...] = (
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Istanbul",
    "Africa/Lagos",
    "Africa/Cairo",
    "Africa/Nairobi",
    "Africa/Johannesburg",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Singapore",
    "Asia/Manila",
    "Asia/Hong_Kong",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Pacific/Auckland",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Vancouver",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/Mexico_City",
    "America/New_York",
    "America/Toronto",
    "America/Halifax",
    "America/Bogota",
    "America/Lima",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
)


def _valid_zone(name: str) -> str | None:
    name = (name or "").strip()
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return "UTC" if name in {"Etc/UTC", "Etc/Universal", "Universal", "Zulu", "UCT"} else name


def _machine_zone() -> str | None:
    env = _valid_zone(os.environ.get("TZ", "").lstrip(":"))
    if env:
        return env
    try:
        target = Path("/etc/localtime").resolve()
    except OSError:
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        return _valid_zone("/".join(parts[parts.index("zoneinfo") + 1 :]))
    # A copied (not linked) /etc/localtime: Debian also names the zone in /etc/timezone,
    # and the local abbreviation ("CET", "EST") is itself a zone name Python knows.
    try:
        named = _valid_zone(Path("/etc/timezone").read_text(encoding="utf-8"))
    except OSError:
        named = None
    return named or _valid_zone(datetime.now().astimezone().tzname() or "")


@functools.cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    """Country code -> its zones, main one first, from the tz database's ``zone.tab`` (in
    the system's zone files or the ``tzdata`` wheel); empty when neither has one, and the
    country is then simply not used."""
    folders = [Path(f) for f in (*zoneinfo.TZPATH, "/usr/share/zoneinfo")]
    try:
        import importlib.resources

        folders.append(Path(str(importlib.resources.files("tzdata").joinpath("zoneinfo"))))
    except (ImportError, TypeError):
        pass
    for folder in folders:
        path = folder / "zone.tab"
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        table: dict[str, list[str]] = {}
        for line in lines:
            parts = line.split("\t")
            if len(parts) >= 3 and not line.startswith("#"):
                table.setdefault(parts[0].upper(), []).append(parts[2])
        return {code: tuple(zones) for code, zones in table.items()}
    return {}


def country_timezones(country: str) -> tuple[str, ...]:
    """The zones of a country ("DE" -> Europe/Berlin, Europe/Busingen), main one first."""
    return tuple(z for z in _zone_table().get((country or "").upper(), ()) if _valid_zone(z))


def default_timezone(used: Sequence[str] = (), country: str = "") -> str:
    """The zone a new meeting starts in.

    The server may run anywhere (a class server says UTC), so the learner's own signs come
    first: the zone they picked for their latest meeting (``used`` oldest first), then the
    main zone of the country they gave in Start here. Then ``INFOINT_TZ`` (set by whoever
    hosts the class), then the machine's zone, then UTC."""
    for name in reversed(list(used)):
        zone = _valid_zone(name)
        if zone:
            return zone
    zones = country_timezones(country)
    if zones:
        return zones[0]
    return _valid_zone(os.environ.get("INFOINT_TZ", "")) or _machine_zone() or "UTC"


def timezone_options(current: str = "", country: str = "") -> list[str]:
    """The country's zones first, then the common zones, plus the default and ``current``
    when they are not among them."""
    local = list(country_timezones(country))
    extra = [z for z in (default_timezone(), current) if z and z not in COMMON_TIMEZONES]
    valid = [z for z in dict.fromkeys(extra) if z in available_timezones() or z == "UTC"]
    return list(dict.fromkeys([*local, *COMMON_TIMEZONES, *valid]))


_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.I)


def parse_time(text: str) -> tuple[int, int]:
    """"14:30", "9.05", "2:30 pm", "9am" -> (hour, minute); ValueError with a plain message."""
    m = _TIME_RE.match(text or "")
    if not m:
        raise ValueError("Write the time like 14:30 or 2:30 pm.")
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise ValueError("With am or pm, the hour goes from 1 to 12.")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("That time does not exist; write it like 14:30.")
    return hour, minute


def starts_at(day: Any, time_text: str, zone: str) -> datetime:
    """A timezone-aware start from a date, a time as typed and a zone name.

    A time that does not exist on that day (skipped by a daylight-saving change) is
    refused rather than silently moved.
    """
    if day is None:
        raise ValueError("Pick the date of the meeting.")
    hour, minute = parse_time(time_text)
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{zone}' is not a timezone this computer knows.") from None
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    # A wall time in a spring-forward gap does not survive a round trip through UTC.
    back = local.astimezone(ZoneInfo("UTC")).astimezone(tz)
    if (back.hour, back.minute) != (hour, minute):
        raise ValueError(
            f"{hour:02d}:{minute:02d} does not exist on {day:%d %b %Y} in {zone} "
            "(the clocks change that night); pick another time."
        )
    return local


# -- rehearsal ------------------------------------------------------------------------------


class RehearsalStep(NamedTuple):
    index: int
    text: str
    seconds: int


def rehearsal_plan(budget: Budget) -> list[RehearsalStep]:
    """One step per planned question, each with its share of the budget in seconds."""
    return [
        RehearsalStep(i, item.text, max(1, round(item.minutes * 60)))
        for i, item in enumerate(budget.questions)
    ]


@dataclass(frozen=True)
class RehearsalStatus:
    running: bool
    finished: bool
    index: int
    total: int
    text: str
    question_left: int
    meeting_left: int
    question_over: bool
    meeting_over: bool
    wrap_up: bool


class Rehearsal:
    """Practise the questions against the clock; time comes from the caller (testable).

    The meeting clock counts down what is left for questions and the close once the
    opening is done, so "0:00 left" means the meeting is at its agreed end.
    """

    def __init__(self, steps: Sequence[RehearsalStep], budget: Budget) -> None:
        self.steps = list(steps)
        self.meeting_seconds = round((budget.length - budget.opening) * 60)
        self.close_seconds = round(budget.close * 60)
        self.running = False
        self.finished = False
        self.index = 0
        self._started = 0.0
        self._question_started = 0.0
        self._stopped_at: float | None = None

    def start(self, now: float) -> RehearsalStatus:
        if not self.steps:
            raise ValueError("Add questions to the plan before rehearsing.")
        self.running, self.finished, self.index = True, False, 0
        self._started = self._question_started = now
        self._stopped_at = None
        return self.status(now)

    def next(self, now: float) -> RehearsalStatus:
        if not self.running:
            return self.status(now)
        if self.index + 1 >= len(self.steps):
            return self.stop(now, finished=True)
        self.index += 1
        self._question_started = now
        return self.status(now)

    def stop(self, now: float, *, finished: bool = False) -> RehearsalStatus:
        if self.running:
            self._stopped_at = now
        self.running = False
        self.finished = finished
        return self.status(now)

    def status(self, now: float) -> RehearsalStatus:
        at = now if self.running or self._stopped_at is None else self._stopped_at
        step = self.steps[self.index] if self.steps else RehearsalStep(0, "", 0)
        started = self.running or self._stopped_at is not None
        question_left = step.seconds - int(at - self._question_started) if started else step.seconds
        meeting_left = (
            self.meeting_seconds - int(at - self._started) if started else self.meeting_seconds
        )
        return RehearsalStatus(
            running=self.running,
            finished=self.finished,
            index=self.index,
            total=len(self.steps),
            text=step.text,
            question_left=question_left,
            meeting_left=meeting_left,
            question_over=question_left < 0,
            meeting_over=meeting_left < 0,
            wrap_up=meeting_left <= self.close_seconds,
        )


def clock_text(seconds: int) -> str:
    """"4:05", or "-0:12" when over time."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"
