"""What the contacts app shows, computed without widgets: circles, table pages, HTML panels.

Everything here is pure and fast enough to run on every keystroke with 2,000 contacts:
ranking happens once per data change (:func:`infoint.contacts.rank_contacts`), and a filter
change only walks a precomputed search index and renders one page of rows as a single HTML
table. Every learner or imported string passes through :func:`html.escape` before it is
put into markup.
"""

from __future__ import annotations

import base64
import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from infoint.contacts import (
    ContactTimeline,
    Introduction,
    Ranked,
    Reminder,
    Touch,
    normalise,
)
from infoint.io.importing import ImportPreview, ParseResult
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
    "TablePage",
    "TableQuery",
    "ask_first_html",
    "contact_label",
    "download_link",
    "field_options",
    "introductions_html",
    "next_stage",
    "preview_html",
    "query_table",
    "reminders_html",
    "search_index",
    "status_options",
    "table_html",
    "timelines",
    "touch_log_html",
    "assumptions_html",
    "likely_label",
    "organisation_groups",
    "OrgGroup",
]

ALL = ""  # the "no filter" value of the status and field filters
NO_FIELD = "\x00none"  # the field filter's value for contacts with no field yet
PAGE_SIZE = 50
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

    @property
    def first(self) -> int:
        return self.page * PAGE_SIZE + 1 if self.rows else 0

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
    )


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _status_badge(status: str) -> str:
    slug = PIPELINE.index(status) if status in PIPELINE else 0
    return f'<span class="ii-badge ii-stage-{slug}">{_e(status)}</span>'


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


def _group_row(group: OrgGroup | None) -> str:
    if group is None:
        return "<tr class='ii-group'><th scope='rowgroup' colspan='7'>No organisation</th></tr>"
    talked = (
        f" · talked to: {_e(', '.join(group.talked_to))}" if group.talked_to
        else " · nobody met yet"
    )
    return (
        f"<tr class='ii-group'><th scope='rowgroup' colspan='7'>{_e(group.name)} "
        f"<span class='ii-note'>({group.people} {'person' if group.people == 1 else 'people'}"
        f"{talked})</span></th></tr>"
    )


def table_html(
    page: TablePage, selected_id: int | None = None, groups: dict[str, OrgGroup] | None = None
) -> str:
    """The page as ONE table (no widget per row), every cell escaped.

    With ``groups`` (from :func:`organisation_groups`, for a page sorted by organisation)
    each organisation starts with a heading row saying whom the learner already talked to.
    """
    if not page.rows:
        return f'<p class="infoint-hint">{_e(page.caption())}</p>'
    head = (
        "<thead><tr><th scope='col' title='Place in the ask-first order'>#</th>"
        "<th scope='col'>Name</th><th scope='col'>Organisation and role</th>"
        "<th scope='col'>Field</th><th scope='col'>How connected</th>"
        "<th scope='col'>Status</th><th scope='col'>Why this place</th></tr></thead>"
    )
    body = []
    current: str | None = None
    for rank, item in page.rows:
        c = item.contact
        if groups is not None:
            key = org_key(c.organisation)
            if key != current:
                body.append(_group_row(groups.get(key)))
                current = key
        connected = c.relationship
        if c.referred_by:
            connected += f" · via {c.referred_by}"
        org_role = " — ".join(x for x in (c.organisation, c.role) if x)
        cls = ' class="ii-selected"' if selected_id is not None and c.id == selected_id else ""
        body.append(
            f"<tr{cls}><td data-label='Ask-first place'>{rank}</td>"
            f"<td class='ii-name' data-label='Name'>{_e(c.name)}</td>"
            f"<td data-label='Organisation and role'>{_e(org_role)}</td>"
            f"<td data-label='Field'>{_e(c.field)}</td>"
            f"<td data-label='How connected'>{_e(connected)}</td>"
            f"<td data-label='Status'>{_status_badge(c.status)}</td>"
            f"<td class='ii-why' data-label='Why'>{_e('; '.join(item.reasons))}</td></tr>"
        )
    caption = f"<caption>{_e(page.caption())}</caption>"
    return f"<table>{caption}{head}<tbody>{''.join(body)}</tbody></table>"


# --------------------------------------------------------------------------------------
# Ask first, introductions, this week


def ask_first_html(ranked: Sequence[Ranked], limit: int = 5) -> str:
    """The top ``limit`` contacts still worth a first ask, each with its reasons."""
    top = [r for r in ranked if r.ask_first][:limit]
    if not top and ranked:
        # Everyone is past a first ask: "add a few people" would read as if the list
        # were empty.
        return (
            "<p class='infoint-hint'>You have asked everyone on your list. Add the next "
            "people above, such as those your contacts suggested, and whom to ask first will "
            "appear here.</p>"
        )
    if not top:
        return (
            "<p class='infoint-hint'>Add a few people above (or import your connections) and "
            "the ones to ask first will appear here.</p>"
        )
    items = []
    for r in top:
        c = r.contact
        about = " — ".join(x for x in (c.role, c.organisation) if x)
        about_html = f" <span class='ii-about'>{_e(about)}</span>" if about else ""
        reasons = "".join(f"<li>{_e(reason)}</li>" for reason in r.reasons)
        items.append(
            f"<li><strong class='ii-name'>{_e(c.name)}</strong>{about_html} "
            f"{_status_badge(c.status)}<ul class='ii-reasons'>{reasons}</ul></li>"
        )
    return f"<ol class='ii-ask-first'>{''.join(items)}</ol>"


def introductions_html(suggestions: Sequence[Introduction]) -> str:
    """The warm contacts to ask for an introduction, as an escaped list."""
    if not suggestions:
        return (
            "<p class='infoint-hint'>Add a professor, someone at the career centre, family or "
            "friends, and you will see whom to ask for an introduction.</p>"
        )
    items = []
    for s in suggestions:
        done = " <span class='ii-badge'>on your to-do list</span>" if (
            s.contact.status == "asked for intro"
        ) else ""
        items.append(f"<li>{_e(s.text)}.{done}</li>")
    return f"<ul class='ii-intros'>{''.join(items)}</ul>"


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


_KIND_LABELS = {
    "follow-up": "Follow up",
    "second-contact": "Second contact",
    "thank-you": "Thank-you",
    "keep-in-touch": "Keep in touch",
    "intro": "Introduction",
}


def _day(d: date, today: date) -> str:
    if d < today:
        days = (today - d).days
        return f"overdue by {days} day{'s' if days != 1 else ''}"
    if d == today:
        return "today"
    return d.strftime("%a %d %b")


_TOUCH_LABELS = {
    "drafted": "Drafted",
    "asked for intro": "Asked for an introduction",
    "sent": "Sent",
    "followed up": "Followed up",
    "replied": "They replied",
    "met": "Met",
    "thanked": "Thanked",
    "declined": "Declined or no reply",
    "snoozed": "Reminders snoozed until this day",
}


def touch_log_html(touches: Sequence[Touch]) -> str:
    """A contact's timeline as a list, oldest first, every value escaped."""
    if not touches:
        return "<p class='infoint-hint'>Nothing has happened with this person yet.</p>"
    items = "".join(
        f"<li><span class='ii-badge'>{_e(t.on.strftime('%a %d %b %Y'))}</span> "
        f"<strong>{_e(_TOUCH_LABELS.get(t.kind, t.kind))}</strong>"
        + (f": {_e(t.detail)}" if t.detail else "")
        + "</li>"
        for t in touches
    )
    return f"<ol class='ii-timeline' aria-label='Timeline'>{items}</ol>"


def reminders_html(
    reminders: Sequence[Reminder],
    today: date,
    intros: Sequence[Introduction] = (),
    upcoming: Reminder | None = None,
) -> str:
    """This week's reminders (overdue first) and the introductions waiting to be asked.

    ``upcoming`` is the next reminder after this week, shown when nothing is due now.
    """
    items = []
    for r in reminders:
        late = " ii-overdue" if r.due < today else ""
        label = _KIND_LABELS.get(r.kind, r.kind)
        note = f" <span class='ii-note'>({_e(r.note)})</span>" if r.note else ""
        items.append(
            f"<li class='ii-reminder{late}'><span class='ii-badge'>{_e(_day(r.due, today))}"
            f"</span> <strong>{_e(label)}</strong>: {_e(r.text)}{note}</li>"
        )
    for s in intros:
        items.append(
            f"<li class='ii-reminder'><span class='ii-badge'>to do</span> "
            f"<strong>Introduction</strong>: {_e(s.text)}.</li>"
        )
    if not items:
        if upcoming is not None:
            note = f" ({_e(upcoming.note)})" if upcoming.note else ""
            return (
                "<p class='infoint-hint'>Nothing due this week. Next: "
                f"<strong>{_e(upcoming.due.strftime('%a %d %b'))}</strong> — "
                f"{_e(upcoming.text)}{note}</p>"
            )
        return (
            "<p class='infoint-hint'>Nothing due this week. When you contact someone, mark "
            "them as contacted and the follow-ups will appear here.</p>"
        )
    return f"<ul class='ii-week'>{''.join(items)}</ul>"


# --------------------------------------------------------------------------------------
# Import preview and downloads


_COLUMN_LABELS = {
    "first name": "First name", "last name": "Last name", "name": "Name",
    "email address": "Email", "company": "Organisation", "position": "Role",
    "url": "Profile link", "connected on": "Connected on", "phone": "Phone", "notes": "Notes",
    "relationship": "How connected",
}


def assumptions_html(parsed: ParseResult) -> str:
    """What was assumed while reading the file: encoding, separator, column mapping."""
    from infoint.io.encoding import encoding_label
    from infoint.io.importers import DELIMITERS

    how = "detected" if parsed.encoding_detected else "read"
    parts = [f"Text {how} as <strong>{_e(encoding_label(parsed.encoding))}</strong>"]
    if parsed.delimiter:
        parts.append(f"columns separated by <strong>{_e(DELIMITERS[parsed.delimiter])}</strong>")
    out = "<p class='ii-assumed'>" + ", ".join(parts) + "."
    if parsed.encoding_detected:
        out += " If names look wrong, choose another encoding below."
    out += "</p>"
    if parsed.columns:
        mapped = "".join(
            f"<li>{_e(_COLUMN_LABELS.get(k, k))} ← “{_e(v)}”</li>"
            for k, v in parsed.columns.items()
        )
        out += (
            "<p class='ii-assumed'>These columns were read under a close name:</p>"
            f"<ul class='ii-columns'>{mapped}</ul>"
        )
    return out


def likely_label(match: Match) -> str:
    """'Ana García (Acme) may be Ana Garcia (Acme Inc.): a name spelled alike at ...'."""
    return (
        f"{contact_label(match.incoming)} may be {contact_label(match.existing)}: "
        f"{match.reason}"
    )


def preview_html(preview: ImportPreview, fmt: str = "", limit: int = 5) -> str:
    """What an import would do: counts, the first new rows, duplicates, skipped rows."""
    names = {
        "linkedin": "LinkedIn connections",
        "google": "Google Contacts",
        "google-legacy": "Google Contacts (older layout)",
        "vcard": "vCard contacts",
        "csv": "contacts from a spreadsheet",
    }
    what = names.get(fmt, "contacts")
    known = len(preview.duplicates) - preview.in_file_duplicates
    counts = (
        f"<ul class='ii-counts'><li><strong>{len(preview.new):,}</strong> new</li>"
        f"<li><strong>{known:,}</strong> already in your list</li>"
    )
    if preview.likely:
        counts += f"<li><strong>{len(preview.likely):,}</strong> possible matches</li>"
    if preview.in_file_duplicates:
        counts += f"<li><strong>{preview.in_file_duplicates:,}</strong> repeated in the file</li>"
    skipped = len(preview.skipped)
    counts += f"<li><strong>{skipped:,}</strong> row{'s' if skipped != 1 else ''} skipped</li></ul>"
    parts = [f"<p>Read a file of <strong>{_e(what)}</strong>. Nothing is saved yet.</p>", counts]
    if preview.new:
        rows = "".join(
            f"<tr><td>{_e(c.name)}</td><td>{_e(c.organisation)}</td><td>{_e(c.role)}</td>"
            f"<td>{_e(c.field)}</td><td>{_e(c.email)}</td></tr>"
            for c in preview.new[:limit]
        )
        more = len(preview.new) - limit
        caption = f"First {min(limit, len(preview.new))} new contacts" + (
            f" (and {more:,} more)" if more > 0 else ""
        )
        parts.append(
            f"<div class='infoint-table'><table><caption>{_e(caption)}</caption><thead><tr>"
            "<th>Name</th><th>Organisation</th><th>Role</th><th>Field</th><th>Email</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    if preview.duplicates:
        dup = "".join(
            f"<li>{_e(new.name)} matches {_e(contact_label(old))}</li>"
            for new, old in preview.duplicates[:limit]
        )
        more = len(preview.duplicates) - limit
        if more > 0:
            dup += f"<li>… and {more:,} more</li>"
        parts.append(
            "<p><strong>Already in your list</strong> (not added again; any details they "
            f"lack are filled in from the file):</p><ul>{dup}</ul>"
        )
    notes = list(preview.skipped) + list(preview.warnings)
    if notes:
        lines = "".join(f"<li>line {s.line}: {_e(s.reason)}</li>" for s in notes[:10])
        if len(notes) > 10:
            lines += f"<li>… and {len(notes) - 10:,} more</li>"
        parts.append(f"<p><strong>Skipped rows and values left out:</strong></p><ul>{lines}</ul>")
    return "".join(parts)


def download_link(content: bytes, filename: str, label: str, mime: str) -> str:
    """An ``<a download>`` with the content inline (ours, base64: nothing to escape in it)."""
    data = base64.b64encode(content).decode("ascii")
    return (
        f'<a class="ii-download" download="{_e(filename)}" '
        f'href="data:{_e(mime)};base64,{data}">{_e(label)}</a>'
    )
