"""LinkedIn ``Connections.csv``.

Real exports start with an optional UTF-8 BOM, then a ``Notes:`` paragraph (quoted, may span
lines and hold commas), a blank line, and only then the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``. Lines end in CRLF,
most emails are empty (people choose whether to share them), and dates look like
``12 Mar 2024``.

LinkedIn connections become ``relationship="local professional"``: being connected is not
yet a personal connection, and the learner can warm a contact up by editing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from infoint.contacts import guess_field
from infoint.io.importing import ParseResult, SkippedRow, build_contact, cell

__all__ = ["COLUMNS", "is_header", "parse_connections_date", "parse_linkedin_rows"]

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_DATE = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$")


def is_header(columns: dict[str, int]) -> bool:
    """True for a LinkedIn connections header (casefolded column names)."""
    has_name = "first name" in columns and "last name" in columns
    return has_name and ("connected on" in columns or {"company", "position"} <= set(columns))


def parse_connections_date(text: str) -> date | None:
    """'12 Mar 2024' (or '12-Mar-2024', or ISO '2024-03-12') -> date; None if unreadable."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.match(text)
    if m:
        month = _MONTHS.get(m.group(2)[:3].casefold())
        if month is None:
            return None
        try:
            return date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_linkedin_rows(
    rows: Iterable[tuple[int, list[str]]], columns: dict[str, int]
) -> ParseResult:
    """Contacts from the data rows that follow a LinkedIn header."""
    contacts = []
    skipped: list[SkippedRow] = []
    warnings: list[SkippedRow] = []
    for line, row in rows:
        if not any(c.strip() for c in row):
            continue
        name = " ".join(
            part for part in (cell(row, columns, "first name"), cell(row, columns, "last name"))
            if part
        )
        position = cell(row, columns, "position")
        company = cell(row, columns, "company")
        raw_date = cell(row, columns, "connected on")
        connected = parse_connections_date(raw_date)
        if raw_date and connected is None:
            warnings.append(SkippedRow(line, f"date '{raw_date[:40]}' left out: not a date"))
        contact = build_contact(
            {
                "name": name,
                "organisation": company,
                "role": position,
                "field": guess_field(position) or guess_field(company),
                "email": cell(row, columns, "email address"),
                "url": cell(row, columns, "url"),
                "relationship": "local professional",
                "source": "linkedin",
                "connected_on": connected,
            },
            line,
            skipped,
            warnings,
        )
        if contact is not None:
            contacts.append(contact)
    return ParseResult(contacts=contacts, skipped=skipped, format="linkedin", warnings=warnings)
