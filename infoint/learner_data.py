"""A learner's data rights: everything they stored in one download, and all of it deleted.

* :func:`export_zip` builds one zip of every row this learner has in every table, as CSV
  and as JSON, plus the printable interview guide of each plan and the calendar files
  (each meeting as a private entry, and the follow-up reminders).
* :func:`delete_learner_data` deletes every row of the learner from every table in one
  transaction.

Both go through :meth:`Store.export_rows` and :meth:`Store.delete_all`, which walk
``infoint.schema.metadata``, so a table added later is exported and deleted too (a test
checks every table). The learner app ("Your data" in Start here) and the instructor's CLI
(``infoint learner export|delete ID``) are thin layers over these functions.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from infoint import schema

if TYPE_CHECKING:
    from infoint.store import Store

__all__ = [
    "EXPORT_FORMAT",
    "TABLE_LABELS",
    "delete_learner_data",
    "describe_counts",
    "export_filename",
    "export_zip",
    "row_counts",
]

EXPORT_FORMAT = 1

# What each table holds, in the learner's words (a test checks every table has one).
TABLE_LABELS = {
    "learners": ("profile", "profiles"),
    "contacts": ("contact", "contacts"),
    "outreach": ("message draft", "message drafts"),
    "app_state": ("saved app setting", "saved app settings"),
    "contact_events": ("contact timeline entry", "contact timeline entries"),
    "plans": ("interview plan", "interview plans"),
    "meetings": ("meeting", "meetings"),
    "reflections": ("reflection", "reflections"),
}

_README = """\
Everything infoint stored about you ({learner_id}), exported {stamp}.

data/[table].csv    one file per table, for a spreadsheet (UTF-8; a cell that starts
                    with = + - @ is prefixed with ' so it stays text)
data/[table].json   the same rows as JSON, with lists and notes as they are stored
everything.json     all tables in one file
guides/             the printable interview guide of each plan (open in a browser)
calendar/           each meeting as a private calendar entry, and your reminders

Rows per table:
{counts}

That is every row infoint's store holds with your learner id. To delete all of it,
use "Delete my data" in Start here (or ask your instructor to run:
infoint learner delete {learner_id}).
"""


def row_counts(store: Store) -> dict[str, int]:
    """How many rows the learner has in each table."""
    return {name: len(rows) for name, rows in store.export_rows().items()}


def describe_counts(counts: dict[str, int]) -> str:
    """ "3 contacts, 1 profile and 2 reflections", or "nothing" (tables with rows only)."""
    parts = []
    order = [*TABLE_LABELS, *(name for name in counts if name not in TABLE_LABELS)]
    for name in order:
        n = counts.get(name, 0)
        if n:
            one, many = TABLE_LABELS.get(name, (name, name))
            parts.append(f"{n} {one if n == 1 else many}")
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def export_filename(learner_id: str, today: date | None = None) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", learner_id).strip("-")[:40] or "learner"
    return f"infoint-my-data-{slug}-{(today or date.today()).isoformat()}.zip"


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _csv_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return _json_value(value)


def _csv(table_name: str, rows: list[dict[str, Any]]) -> bytes:
    import pandas as pd

    from infoint.analysis import to_csv_bytes

    table = schema.metadata.tables[table_name]
    columns = [c.name for c in table.columns]  # the header even for an empty table
    frame = pd.DataFrame([{k: _csv_value(r.get(k)) for k in columns} for r in rows],
                         columns=columns)
    return to_csv_bytes(frame)


def export_zip(store: Store, *, today: date | None = None,
               now: datetime | None = None) -> bytes:
    """One zip of everything the learner has stored (see the module docstring)."""
    today = today or date.today()
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    rows = store.export_rows()
    counts = {name: len(r) for name, r in rows.items()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        everything = {
            "format": EXPORT_FORMAT,
            "learner_id": store.learner_id,
            "exported_at": stamp.isoformat(),
            "tables": {name: [{k: _json_value(v) for k, v in r.items()} for r in table]
                       for name, table in rows.items()},
        }
        for name, table_rows in everything["tables"].items():
            zf.writestr(f"data/{name}.json",
                        json.dumps(table_rows, indent=2, ensure_ascii=False))
            zf.writestr(f"data/{name}.csv", _csv(name, rows[name]))
        zf.writestr("everything.json", json.dumps(everything, indent=2, ensure_ascii=False))
        problems: list[str] = []
        for path, data in _guides(store, problems):
            zf.writestr(path, data)
        for path, data in _calendars(store, today, problems):
            zf.writestr(path, data)
        lines = "\n".join(f"  {name:<16}{n}" for name, n in counts.items())
        if problems:
            lines += "\n\nNot included (the data above still holds them):\n" + "\n".join(
                f"  {p}" for p in problems)
        zf.writestr("README.txt", _README.format(
            learner_id=store.learner_id, stamp=stamp.isoformat(), counts=lines))
    return buffer.getvalue()


def _guides(store: Store, problems: list[str]) -> list[tuple[str, bytes]]:
    from infoint.io.guide import MeetingGuide, guide_filename, guide_html

    profile = store.load_profile()
    contacts = {c.id: c for c in store.contacts()}
    meetings = {m.plan_id: m for m in store.meetings() if m.plan_id is not None}
    out = []
    for i, plan in enumerate(store.plans(), 1):
        contact = contacts.get(plan.contact_id)
        meeting = meetings.get(plan.id)
        try:
            guide = MeetingGuide(
                contact_name=contact.name if contact else "",
                contact_role=contact.role if contact else "",
                organisation=plan.organisation or (contact.organisation if contact else ""),
                field=plan.field,
                learner_name=profile.name if profile else "",
                starts_at=meeting.starts_at if meeting else None,
                place=meeting.place if meeting else "",
                minutes=plan.minutes,
                questions=list(plan.questions),
                research_notes=plan.research_notes,
            )
            out.append((f"guides/{i:02d}-{guide_filename(guide, 'html')}",
                        guide_html(guide).encode("utf-8")))
        except Exception as error:  # one odd plan must not cost the learner the download
            problems.append(f"the guide of plan {plan.id}: {error}")
    return out


def _calendars(store: Store, today: date, problems: list[str]) -> list[tuple[str, bytes]]:
    from infoint.contacts import reminders_for
    from infoint.contacts_view import timelines
    from infoint.io.calendar import meeting_invite_ics, reminders_to_ics

    contacts_list = store.contacts()
    contacts = {c.id: c for c in contacts_list}
    plans = {p.id: p for p in store.plans()}
    out = []
    for m in store.meetings():
        contact = contacts.get(m.contact_id)
        plan = plans.get(m.plan_id)
        questions = list(plan.questions) if plan else []
        notes = "My questions:\n" + "\n".join(
            f"{i}. {q}" for i, q in enumerate(questions, 1)) if questions else ""
        try:
            data = meeting_invite_ics(
                f"Informational interview with {contact.name}" if contact
                else "Informational interview",
                m.starts_at, m.minutes, location=m.place,
                private_notes=notes, include_private_notes=True,  # the learner's own copy
                uid=f"meeting-{m.id}-{store.learner_id}@infoint",
            )
            out.append((f"calendar/meeting-{m.id}.ics", data))
        except ValueError as error:
            problems.append(f"the calendar entry of meeting {m.id}: {error}")
    profile = store.load_profile()
    due = reminders_for(timelines(contacts_list, store.events()), today)
    out.append(("calendar/reminders.ics",
                reminders_to_ics(due, profile.name if profile else "")))
    return out


def delete_learner_data(store: Store) -> dict[str, int]:
    """Delete every row of this learner from every table, in one transaction."""
    return store.delete_all()
