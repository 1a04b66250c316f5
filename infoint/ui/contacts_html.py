"""The markup of the contacts step: every panel as an HTML string, every value escaped.

Pure functions of the core's facts (:mod:`infoint.contacts_view`, the model's lists); the
one escape is :func:`infoint.ui.common.esc` and the one link builder
:func:`infoint.ui.common.download_link`. Nothing here reads the store or a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from infoint.contacts import Introduction, Ranked, Reminder, Touch
from infoint.contacts_view import Circle, OrgGroup, TablePage, contact_label, likely_label
from infoint.io.importing import ImportPreview, ParseResult
from infoint.matching import Match
from infoint.model import PIPELINE, Contact, Learner
from infoint.ui.common import esc

__all__ = [
    "ask_first_html",
    "assumptions_html",
    "cells_html",
    "chosen_file_html",
    "circle_html",
    "delete_question_html",
    "duplicates_html",
    "editor_title_html",
    "group_html",
    "import_error_html",
    "intro_html",
    "introductions_html",
    "likely_head_html",
    "likely_row_html",
    "preview_html",
    "profile_hint_html",
    "reminders_html",
    "status_badge",
    "table_caption_html",
    "table_head_html",
    "touch_log_html",
]

# The table's columns after the name: (label, what a row shows). The row's name is a
# button (the control that opens the contact); these are text beside it.
COLUMNS = ("Organisation and role", "Field", "How connected", "Status", "Why this place")


def intro_html() -> str:
    return (
        "<h2>Your contacts</h2>"
        "<p class='infoint-lead'>Add people circle by circle, or import your connections. "
        "Everything is saved as you go, and the lists of whom to ask first and what is due "
        "this week update with every change. Choose a name in the table to see and edit "
        "that person's details and timeline.</p>"
    )


def profile_hint_html(profile: Learner | None, profile_nb: str) -> str:
    if profile and profile.fields:
        school = f", school <strong>{esc(profile.school)}</strong>" if profile.school else ""
        return (
            f"<p class='infoint-hint'>Ranked for {esc(profile.name)}: target fields "
            f"<strong>{esc(', '.join(profile.fields))}</strong>{school}. "
            f"<a href='{esc(profile_nb)}' target='_self'>Change your profile</a>.</p>"
        )
    return (
        "<p class='infoint-hint'>Tip: add the fields you are exploring and your school "
        f"in <a href='{esc(profile_nb)}' target='_self'>Start here</a>, and the ranking "
        "will favour people who work in them.</p>"
    )


def circle_html(circle: Circle, position: int, count: int, already: Sequence[str]) -> str:
    """The circle being walked: 'Circle 2 of 7', its prompt, and who is in it already."""
    extra = ""
    if already:
        shown = ", ".join(already[:8]) + (
            f" and {len(already) - 8} more" if len(already) > 8 else ""
        )
        extra = f"<p class='infoint-hint'>Already added: {esc(shown)}</p>"
    return (
        f"<p class='ii-circle-count'>Circle {position + 1} of {count}</p>"
        f"<h4>{esc(circle.title)}</h4><p>{esc(circle.prompt)}</p>{extra}"
    )


def status_badge(status: str) -> str:
    slug = PIPELINE.index(status) if status in PIPELINE else 0
    return f'<span class="ii-badge ii-stage-{slug}">{esc(status)}</span>'


# -- the table ---------------------------------------------------------------------------


def table_caption_html(page: TablePage) -> str:
    role = " role='status'" if not page.rows else ""
    return f"<p class='ii-caption'{role}>{esc(page.caption())}</p>"


def table_head_html() -> str:
    """The column headings, for the eye; each row's cells carry their own label."""
    cells = "".join(f"<span>{esc(label)}</span>" for label in COLUMNS)
    return (
        "<div class='ii-row-head' aria-hidden='true'><span>Place and name</span>"
        f"<span class='ii-cells'>{cells}</span></div>"
    )


def cells_html(item: Ranked) -> str:
    """One row's text beside its name button, each cell labelled (shown on a phone)."""
    c = item.contact
    connected = c.relationship + (f" · via {c.referred_by}" if c.referred_by else "")
    values = (
        esc(" — ".join(x for x in (c.organisation, c.role) if x)),
        esc(c.field),
        esc(connected),
        status_badge(c.status),
        esc("; ".join(item.reasons)),
    )
    # Every cell is there, empty or not, so the columns line up from row to row.
    cells = "".join(
        f"<span class='ii-cell ii-col-{i}{'' if value else ' ii-empty'}'>"
        f"<span class='ii-cell-label'>{esc(label)}: </span>{value}</span>"
        for i, (label, value) in enumerate(zip(COLUMNS, values, strict=True))
    )
    return f"<div class='ii-cells'>{cells}</div>"


def group_html(group: OrgGroup | None) -> str:
    """The heading of one organisation's rows: how many people, and whom the learner met."""
    if group is None:
        return "<h4 class='ii-group'>No organisation</h4>"
    talked = (
        f" · talked to: {esc(', '.join(group.talked_to))}" if group.talked_to
        else " · nobody met yet"
    )
    people = "person" if group.people == 1 else "people"
    return (
        f"<h4 class='ii-group'>{esc(group.name)} <span class='ii-note'>"
        f"({group.people} {people}{talked})</span></h4>"
    )


# -- ask first, introductions, duplicates, this week --------------------------------------


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
        about_html = f" <span class='ii-about'>{esc(about)}</span>" if about else ""
        reasons = "".join(f"<li>{esc(reason)}</li>" for reason in r.reasons)
        items.append(
            f"<li><strong class='ii-name'>{esc(c.name)}</strong>{about_html} "
            f"{status_badge(c.status)}<ul class='ii-reasons'>{reasons}</ul></li>"
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
        items.append(f"<li>{esc(s.text)}.{done}</li>")
    return f"<ul class='ii-intros'>{''.join(items)}</ul>"


def duplicates_html(duplicates: Sequence[Match], limit: int = 20) -> str:
    items = "".join(f"<li>{esc(likely_label(m))}</li>" for m in duplicates[:limit])
    more = len(duplicates) - limit
    if more > 0:
        items += f"<li>… and {more:,} more</li>"
    return (
        "<p>These look like the same person. Merging keeps everything you wrote and "
        "fills in what one of them lacks; drafts, meetings and notes move along.</p>"
        f"<ul>{items}</ul>"
    )


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
        note = f" <span class='ii-note'>({esc(r.note)})</span>" if r.note else ""
        items.append(
            f"<li class='ii-reminder{late}'><span class='ii-badge'>{esc(_day(r.due, today))}"
            f"</span> <strong>{esc(label)}</strong>: {esc(r.text)}{note}</li>"
        )
    for s in intros:
        items.append(
            f"<li class='ii-reminder'><span class='ii-badge'>to do</span> "
            f"<strong>Introduction</strong>: {esc(s.text)}.</li>"
        )
    if not items:
        if upcoming is not None:
            note = f" ({esc(upcoming.note)})" if upcoming.note else ""
            return (
                "<p class='infoint-hint'>Nothing due this week. Next: "
                f"<strong>{esc(upcoming.due.strftime('%a %d %b'))}</strong> — "
                f"{esc(upcoming.text)}{note}</p>"
            )
        return (
            "<p class='infoint-hint'>Nothing due this week. When you contact someone, mark "
            "them as contacted and the follow-ups will appear here.</p>"
        )
    return f"<ul class='ii-week'>{''.join(items)}</ul>"


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
        f"<li><span class='ii-badge'>{esc(t.on.strftime('%a %d %b %Y'))}</span> "
        f"<strong>{esc(_TOUCH_LABELS.get(t.kind, t.kind))}</strong>"
        + (f": {esc(t.detail)}" if t.detail else "")
        + "</li>"
        for t in touches
    )
    return f"<ol class='ii-timeline' aria-label='Timeline'>{items}</ol>"


def editor_title_html(contact: Contact) -> str:
    source = ""
    if contact.source != "manual":
        source = f" <span class='ii-badge'>from {esc(contact.source)}</span>"
    return f"<h3>{esc(contact.name)}{source}</h3>"


def delete_question_html(contact: Contact) -> str:
    return (
        f"<p><strong>Delete {esc(contact.name)}</strong> and their history (messages "
        "sent, meetings)? This cannot be undone.</p>"
    )


# -- import --------------------------------------------------------------------------------


_COLUMN_LABELS = {
    "first name": "First name", "last name": "Last name", "name": "Name",
    "email address": "Email", "company": "Organisation", "position": "Role",
    "url": "Profile link", "connected on": "Connected on", "phone": "Phone", "notes": "Notes",
    "relationship": "How connected",
}


def chosen_file_html(filename: str) -> str:
    """The name of the file chosen, beside the upload button (which shows no count)."""
    if not filename:
        return "<span class='ii-chosen ii-note'>No file chosen yet.</span>"
    return f"<span class='ii-chosen'>Chosen: <strong>{esc(filename)}</strong></span>"


def assumptions_html(parsed: ParseResult) -> str:
    """What was assumed while reading the file: encoding, separator, column mapping."""
    from infoint.io.encoding import encoding_label
    from infoint.io.importers import DELIMITERS

    how = "detected" if parsed.encoding_detected else "read"
    parts = [f"Text {how} as <strong>{esc(encoding_label(parsed.encoding))}</strong>"]
    if parsed.delimiter:
        parts.append(f"columns separated by <strong>{esc(DELIMITERS[parsed.delimiter])}</strong>")
    out = "<p class='ii-assumed'>" + ", ".join(parts) + "."
    if parsed.encoding_detected:
        out += " If names look wrong, choose another encoding below."
    out += "</p>"
    if parsed.columns:
        mapped = "".join(
            f"<li>{esc(_COLUMN_LABELS.get(k, k))} ← “{esc(v)}”</li>"
            for k, v in parsed.columns.items()
        )
        out += (
            "<p class='ii-assumed'>These columns were read under a close name:</p>"
            f"<ul class='ii-columns'>{mapped}</ul>"
        )
    return out


def import_error_html(filename: str, error: str) -> str:
    return (
        f"<p class='ii-import-error' role='alert'><strong>Could not import "
        f"{esc(filename or 'this file')}.</strong> {esc(error)}</p>"
    )


def likely_head_html(count: int, listed: int) -> str:
    head = (
        "<p><strong>Possible matches</strong>: the same person, or two? Merge fills "
        "in what your contact lacks and keeps what you wrote.</p>"
    )
    if count > listed:
        head += (
            f"<p class='infoint-hint'>Only the first {listed} are listed; the "
            f"other {count - listed:,} will be merged.</p>"
        )
    return head


def likely_row_html(match: Match) -> str:
    return f"<span class='ii-likely'>{esc(likely_label(match))}</span>"


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
    parts = [f"<p>Read a file of <strong>{esc(what)}</strong>. Nothing is saved yet.</p>", counts]
    if preview.new:
        rows = "".join(
            f"<tr><td>{esc(c.name)}</td><td>{esc(c.organisation)}</td><td>{esc(c.role)}</td>"
            f"<td>{esc(c.field)}</td><td>{esc(c.email)}</td></tr>"
            for c in preview.new[:limit]
        )
        more = len(preview.new) - limit
        caption = f"First {min(limit, len(preview.new))} new contacts" + (
            f" (and {more:,} more)" if more > 0 else ""
        )
        parts.append(
            f"<div class='infoint-table'><table><caption>{esc(caption)}</caption><thead><tr>"
            "<th>Name</th><th>Organisation</th><th>Role</th><th>Field</th><th>Email</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    if preview.duplicates:
        dup = "".join(
            f"<li>{esc(new.name)} matches {esc(contact_label(old))}</li>"
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
        lines = "".join(f"<li>line {s.line}: {esc(s.reason)}</li>" for s in notes[:10])
        if len(notes) > 10:
            lines += f"<li>… and {len(notes) - 10:,} more</li>"
        parts.append(f"<p><strong>Skipped rows and values left out:</strong></p><ul>{lines}</ul>")
    return "".join(parts)
