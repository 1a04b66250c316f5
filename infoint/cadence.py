"""When to act after outreach: the timings (data, not code) and the learner's public holidays.

The numbers live in ``data/rules/cadence.toml`` so an instructor can change them. Public
holidays come from the maintained ``holidays`` package for the country (and region) the
learner gives in Start here; a follow-up that would land on one moves to the next working
day, and the reminder says so. Working them out loads every country's module (about 0.1 s),
so each country's days are kept in a small file in the user's cache folder, per version of
the package: a page that dates a follow-up reads that file instead.
"""

from __future__ import annotations

import json
import locale
import os
import re
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from infoint.content import data_file

__all__ = [
    "Cadence",
    "HolidayError",
    "HolidaysOnUse",
    "SnoozeChoice",
    "cadence",
    "country_choices",
    "default_country",
    "holiday_cache_folder",
    "is_known_country",
    "keep_holidays",
    "learner_holidays",
    "locale_country",
    "public_holidays",
    "read_kept_holidays",
    "region_choices",
]


class HolidayError(ValueError):
    """A country or region the holiday calendar does not know; the message is for the learner."""


@dataclass(frozen=True)
class SnoozeChoice:
    label: str
    days: int


@dataclass(frozen=True)
class Cadence:
    second_contact_after: int
    follow_up_after: int
    keep_in_touch_weeks: int
    thank_you_within_hours: int
    snooze_choices: tuple[SnoozeChoice, ...]
    snooze_max_days: int


@cache
def cadence() -> Cadence:
    """The timings from ``cadence.toml`` (the instructor's copy when there is one)."""
    path = data_file("rules", "cadence.toml")
    with path.open("rb") as f:
        raw = tomllib.load(f)
    c, s = raw.get("cadence", {}), raw.get("snooze", {})
    values = {
        "second_contact_after": c.get("second_contact_after", 3),
        "follow_up_after": c.get("follow_up_after", 7),
        "keep_in_touch_weeks": c.get("keep_in_touch_weeks", 6),
        "thank_you_within_hours": c.get("thank_you_within_hours", 24),
        "snooze_max_days": s.get("max_days", 90),
    }
    for name, value in values.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 400:
            raise ValueError(f"{path}: {name} must be a whole number from 1 to 400, not {value!r}")
    if values["second_contact_after"] >= values["follow_up_after"]:
        raise ValueError(f"{path}: second_contact_after must come before follow_up_after")
    choices = tuple(
        SnoozeChoice(str(item["label"]), int(item["days"])) for item in s.get("choices", ())
    )
    return Cadence(snooze_choices=choices, **values)


def locale_country() -> str:
    """The country code the server's locale names ('en_GB' -> 'GB'), or '', unchecked:
    reading it loads no calendar."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return name.split(".")[0].split("_")[-1].upper() if "_" in name else ""


def default_country() -> str:
    """The country of the server's locale, or '' when it names none the calendar knows."""
    code = locale_country()
    return code if is_known_country(code) else ""


def is_known_country(code: str) -> bool:
    """Whether the holiday calendar has ``code`` (an ISO 3166 alpha-2 code)."""
    return code in _country_names()


@cache
def _country_names() -> dict[str, str]:
    """ISO code -> English name, from the package's registry: no country module is loaded
    (loading all 250 takes most of a second; a profile page must not wait for that)."""
    from holidays.registry import COUNTRIES  # module name -> (class, alpha-2, alpha-3, ...)

    return {code: module.replace("_", " ").title() for module, (_c, code, *_r) in COUNTRIES.items()}


@cache
def _regions(country: str) -> tuple[str, ...]:
    import holidays

    return tuple(getattr(holidays, country).subdivisions)


def country_choices() -> list[tuple[str, str]]:
    """(label, code) pairs for a dropdown, by name, with "No public holidays" first."""
    return list(_country_choices())


@cache
def _country_choices() -> tuple[tuple[str, str], ...]:
    # Cached: the profile page compares its list with this one on every change it shows.
    named = sorted(
        ((f"{name} ({code})", code) for code, name in _country_names().items()),
        key=lambda pair: pair[0].casefold(),
    )
    return (("No public holidays", ""), *named)


def region_choices(country: str) -> list[tuple[str, str]]:
    """(label, code) pairs of the regions the calendar knows for ``country``."""
    if not country or country.upper() not in _country_names():
        return [("Whole country", "")]
    return [("Whole country", ""), *((r, r) for r in _regions(country.upper()))]


def public_holidays(country: str, region: str = "", years: tuple[int, ...] = ()) -> dict[date, str]:
    """Date -> holiday name for ``country`` (ISO 3166 code) and optional ``region``.

    Empty for no country. Raises HolidayError for a code the calendar does not know.
    """
    if not country:
        return {}
    if not years:
        this = date.today().year
        years = (this - 1, this, this + 1)
    return dict(_holidays(country.upper(), region.upper(), tuple(sorted(set(years)))))


@cache
def _holidays(country: str, region: str, years: tuple[int, ...]) -> tuple[tuple[date, str], ...]:
    kept = read_kept_holidays(country, region, years)
    if kept is not None:  # written by this version of the calendar: the codes were known
        return kept
    if country not in _country_names():
        raise HolidayError(f"no public-holiday calendar for the country code '{country}'")
    if region and region not in _regions(country):
        raise HolidayError(f"'{region}' is not a region of {country} in the holiday calendar")
    import holidays

    found = tuple(sorted(
        holidays.country_holidays(country, subdiv=region or None, years=years).items()
    ))
    keep_holidays(country, region, years, found)
    return found


# -- the kept copies ---------------------------------------------------------------------------

_CODE = re.compile(r"[A-Z0-9]{1,8}")


def holiday_cache_folder() -> Path | None:
    """Where the worked-out holidays are kept: ``INFOINT_CACHE_DIR`` (empty: nowhere),
    else the user's cache folder."""
    named = os.environ.get("INFOINT_CACHE_DIR")
    if named is not None:
        return Path(named) if named.strip() else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("infoint", appauthor=False))


@cache
def _calendar_version() -> str:
    # From the installed metadata (a few ms), not holidays.__version__: importing the
    # package is part of what a kept copy saves.
    from importlib.metadata import version

    return version("holidays")


def _kept_path(country: str, region: str, years: tuple[int, ...]) -> Path | None:
    folder = holiday_cache_folder()
    if folder is None or not _CODE.fullmatch(country) or not (
        region == "" or _CODE.fullmatch(region)
    ) or not years:
        return None  # a code that could not be a file name part is never kept
    span = "-".join(str(y) for y in years)
    return folder / f"holidays-{country}-{region or 'all'}-{span}.json"


def read_kept_holidays(country: str, region: str,
                       years: tuple[int, ...]) -> tuple[tuple[date, str], ...] | None:
    """The kept days for these codes and years, or None when there is no copy written by
    the installed calendar version (a missing, damaged or older file is worked out again)."""
    path = _kept_path(country, region, years)
    if path is None:
        return None
    try:
        raw = json.loads(path.read_bytes())
        if raw.get("holidays") != _calendar_version() or raw.get("country") != country or \
                raw.get("region") != region or raw.get("years") != list(years):
            return None
        days = tuple((date.fromisoformat(day), name) for day, name in raw["days"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if any(not isinstance(name, str) or day.year not in years for day, name in days):
        return None
    return tuple(sorted(days))


def keep_holidays(country: str, region: str, years: tuple[int, ...],
                  days: tuple[tuple[date, str], ...]) -> None:
    """Write the days for the next page to read; a folder that cannot be written only
    means they are worked out again."""
    path = _kept_path(country, region, years)
    if path is None:
        return
    body = json.dumps({
        "holidays": _calendar_version(), "country": country, "region": region,
        "years": list(years), "days": [[d.isoformat(), name] for d, name in days],
    }, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".holidays-")
    except OSError:
        return
    try:
        # Written whole, then renamed: a page reading at the same moment sees the old
        # file or the new one, never half of one.
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)


class HolidaysOnUse(Mapping[date, str]):
    """:func:`learner_holidays`, worked out the first time a date is looked up.

    Loading one country's calendar loads every country's module (about 0.1 s): a page
    that may need the holidays (only for a date it might show) passes this instead, so a
    page that shows no date never loads them.
    """

    def __init__(self, country: str, region: str, today: date | None = None) -> None:
        self._args = (country, region, today)
        self._days: dict[date, str] | None = None

    def _loaded(self) -> dict[date, str]:
        if self._days is None:
            self._days = learner_holidays(*self._args)
        return self._days

    def __getitem__(self, day: date) -> str:
        return self._loaded()[day]

    def __iter__(self) -> Iterator[date]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, day: object) -> bool:
        return day in self._loaded()

    def __repr__(self) -> str:
        state = "not loaded" if self._days is None else f"{len(self._days)} days"
        return f"HolidaysOnUse{self._args[:2]!r} ({state})"


def learner_holidays(country: str, region: str, today: date | None = None) -> dict[date, str]:
    """The learner's public holidays around ``today`` (last, this and next year), or none
    when no country is set or the calendar no longer knows the code saved."""
    if not country:
        return {}
    year = (today or date.today()).year
    try:
        return public_holidays(country, region, (year - 1, year, year + 1))
    except HolidayError:
        return {}
