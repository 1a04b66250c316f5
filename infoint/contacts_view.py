"""What the contacts step computes without widgets or markup: circles, table pages, options.

Everything here is pure and fast enough to run on every keystroke with 2,000 contacts:
ranking happens once per data change (:func:`infoint.contacts.rank_contacts`), and a filter
change only walks a precomputed search index and cuts out one page of rows. The markup of
every panel lives in :mod:`infoint.ui.contacts_html`; the step's state and actions in
:class:`infoint.steps.contacts.ContactsModel`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from infoint.contacts import ContactTimeline, Ranked, normalise
from infoint.matching import Match, org_key
from infoint.model import PIPELINE, Contact
from infoint.pipeline import REPLIED_STAGES, STATUS_EVENTS, next_stage

__all__ = [
    "ALL",
    "CIRCLES",
    "NO_FIELD",
    "PAGE_SIZE",
    "SORTS",
    "STATUS_EVENTS",
    "Circle",
    "OrgGroup",
    "TablePage",
    "TableQuery",
    "contact_label",
    "field_options",
    "likely_label",
    "next_stage",
    "organisation_groups",
    "query_table",
    "search_index",
    "status_options",
    "timelines",
]

ALL = ""  # the "no filter" value of the status and field filters
NO_FIELD = "\x00none"  # the field filter's value for contacts with no field yet
PAGE_SIZE = 25  # rows are controls (one button each): a page a learner can scan
SORTS = (
    ("Priority (ask first)", "priority"),
    ("Name", "name"),
    ("Organisation", "organisation"),
    ("Status", "status"),
)

# --------------------------------------------------------------------------------------
# Who could help: the circles, warmest first


@dataclass(frozen=True)
class Circle:
    relationship: str
    title: str
    prompt: str


CIRCLES: tuple[Circle, ...] = (
    Circle(
        "professor",
        "Professors and teachers",
        "Which lecturer, tutor or supervisor knows your work, or worked in the field "
        "before teaching it?",
    ),
    Circle(
        "family",
        "Family",
        "Who in your family, or your family's friends, works in or near the field? "
        "Think of aunts, cousins and neighbours too.",
    ),
    Circle(
        "friend",
        "Friends",
        "Which friends, or their parents and partners, have a job you are curious about?",
    ),
    Circle(
        "career centre",
        "Career centre",
        "Who at your career centre or advising office could point you to people in the field?",
    ),
    Circle(
        "alumni",
        "Alumni of your school",
        "Who studied where you study and now works in the field? Alumni networks and "
        "LinkedIn's alumni search help here.",
    ),
    Circle(
        "former colleague",
        "Former colleagues",
        "Who have you worked or volunteered with, including managers from part-time jobs?",
    ),
    Circle(
        "local professional",
        "Local professionals",
        "Only now go cold: which organisations near you do this work, and who there "
        "could you write to?",
    ),
)


# --------------------------------------------------------------------------------------
# Filters and options


def contact_label(contact: Contact) -> str:
    """One plain-text line naming a contact (for dropdowns: not HTML, never markup)."""
    parts = [contact.name]
    if contact.organisation:
        parts.append(contact.organisation)
    return " · ".join(parts)


def status_options(contacts: Iterable[Contact]) -> list[tuple[str, str]]:
    """(label, value) pairs for the status filter, in pipeline order, with counts."""
    counts = Counter(c.status for c in contacts)
    total = sum(counts.values())
    options = [(f"All statuses ({total:,})", ALL)]
    options += [(f"{s} ({counts[s]:,})", s) for s in PIPELINE if counts[s]]
    return options


def field_options(contacts: Iterable[Contact]) -> list[tuple[str, str]]:
    """(label, value) pairs for the field filter: every field in use, most common first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    blank = 0
    total = 0
    for c in contacts:
        total += 1
        if not c.field:
            blank += 1
            continue
        key = normalise(c.field)
        counts[key] += 1
        shown.setdefault(key, c.field)
    options = [(f"All fields ({total:,})", ALL)]
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    options += [(f"{shown[key]} ({n:,})", key) for key, n in ordered]
    if blank:
        options.append((f"No field yet ({blank:,})", NO_FIELD))
    return options


def search_index(contacts: Iterable[Contact]) -> dict[int, str]:
    """Normalised text per contact id, so a search is one substring test per contact."""
    return {
        id(c): normalise(
            " ".join((c.name, c.organisation, c.role, c.field, c.email, c.referred_by, c.notes))
        )
        for c in contacts
    }


# --------------------------------------------------------------------------------------
# The table


@dataclass(frozen=True)
class TableQuery:
    search: str = ""
    status: str = ALL
    field: str = ALL
    sort: str = "priority"
    page: int = 0
    page_size: int = PAGE_SIZE


@dataclass
class TablePage:
    """One page of the filtered, sorted table. ``rows`` are (priority rank, Ranked)."""

    rows: list[tuple[int, Ranked]]
    page: int
    pages: int
    matched: int
    total: int
    page_size: int = PAGE_SIZE

    @property
    def first(self) -> int:
        return self.page * self.page_size + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0

    def caption(self) -> str:
        if not self.total:
            return "No contacts yet."
        if not self.matched:
            return f"No contacts match (of {self.total:,})."
        of = f" of {self.total:,}" if self.matched != self.total else ""
        return (
            f"Showing {self.first:,}–{self.last:,} of {self.matched:,} contacts{of}"
            f" · page {self.page + 1} of {self.pages}"
        )


def _sort_key(sort: str):  # noqa: ANN202 - a key function for list.sort
    if sort == "name":
        return lambda item: (normalise(item[1].contact.name), item[0])
    if sort == "organisation":
        # Contacts without an organisation go last, not first.
        return lambda item: (
            not item[1].contact.organisation,
            normalise(item[1].contact.organisation),
            item[0],
        )
    if sort == "status":
        return lambda item: (PIPELINE.index(item[1].contact.status), item[0])
    return lambda item: item[0]


def query_table(
    ranked: Sequence[Ranked], index: dict[int, str], query: TableQuery
) -> TablePage:
    """Filter ``ranked`` (already in priority order) by ``query`` and cut out one page.

    ``index`` comes from :func:`search_index` over the same contacts. A page number past
    the end is clamped to the last page, so a filter that shrinks the list never shows an
    empty page.
    """
    words = normalise(query.search).split()
    rows: list[tuple[int, Ranked]] = []
    for rank, item in enumerate(ranked, start=1):
        c = item.contact
        if query.status and c.status != query.status:
            continue
        if query.field:
            if query.field == NO_FIELD:
                if c.field:
                    continue
            elif normalise(c.field) != query.field:
                continue
        if words:
            text = index.get(id(c))
            if text is None:
                text = normalise(f"{c.name} {c.organisation} {c.role} {c.field} {c.email}")
            if not all(word in text for word in words):
                continue
        rows.append((rank, item))
    if query.sort != "priority":
        rows.sort(key=_sort_key(query.sort))
    size = max(1, query.page_size)
    pages = max(1, -(-len(rows) // size))
    page = min(max(0, query.page), pages - 1)
    return TablePage(
        rows=rows[page * size : (page + 1) * size],
        page=page,
        pages=pages,
        matched=len(rows),
        total=len(ranked),
        page_size=size,
    )


@dataclass(frozen=True)
class OrgGroup:
    """Everyone the learner has at one organisation, and whom they already talked to."""

    name: str
    people: int
    talked_to: tuple[str, ...]


_TALKED = frozenset({"met", "thanked", "keeping in touch"})


def organisation_groups(contacts: Iterable[Contact]) -> dict[str, OrgGroup]:
    """Folded organisation name -> its group ("Acme Inc." and "ACME" are one)."""
    names: dict[str, str] = {}
    people: dict[str, int] = {}
    talked: dict[str, list[str]] = {}
    for c in contacts:
        key = org_key(c.organisation)
        if not key:
            continue
        names.setdefault(key, c.organisation)
        people[key] = people.get(key, 0) + 1
        if c.status in _TALKED:
            talked.setdefault(key, []).append(c.name)
    return {k: OrgGroup(names[k], people[k], tuple(talked.get(k, ()))) for k in names}


# --------------------------------------------------------------------------------------
# Timelines and import matches


def timelines(
    contacts: Iterable[Contact], events: Iterable[dict[str, Any]]
) -> list[ContactTimeline]:
    """Each contact with the dates of its latest sent, follow-up, meeting and thank-you.

    A reply counts from a "replied" event, or from a status that cannot be reached without
    one (a meeting scheduled or later, except declined).
    """
    by_contact: dict[int, list[dict[str, Any]]] = {}
    for e in events:
        by_contact.setdefault(e["contact_id"], []).append(e)
    out = []
    for c in contacts:
        latest: dict[str, date] = {}
        for e in by_contact.get(c.id, []) if c.id is not None else []:
            day = e["on_date"]
            if isinstance(day, str):
                day = date.fromisoformat(day[:10])
            kind = e["kind"]
            if kind not in latest or day >= latest[kind]:
                latest[kind] = day
        out.append(
            ContactTimeline(
                contact=c,
                sent_on=latest.get("sent"),
                followed_up_on=latest.get("followed up"),
                met_on=latest.get("met"),
                thanked_on=latest.get("thanked"),
                replied="replied" in latest or c.status in REPLIED_STAGES,
                # A snooze event is dated with the day the reminders come back.
                snoozed_until=latest.get("snoozed"),
            )
        )
    return out


def likely_label(match: Match) -> str:
    """'Ana García (Acme) may be Ana Garcia (Acme Inc.): a name spelled alike at ...'."""
    return (
        f"{contact_label(match.incoming)} may be {contact_label(match.existing)}: "
        f"{match.reason}"
    )
