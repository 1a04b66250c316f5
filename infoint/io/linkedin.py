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
from infoint.io.importing import ParseResult, SkippedRow, cell, contacts_from_rows

__all__ = [
    "COLUMNS", "connected_date", "is_header", "parse_connections_date", "parse_linkedin_rows",
]

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
# "12 Mar 2024", "12-Mar-2024", "7-Feb-22" (a real variant: Excel re-saves it so) and
# "Mar 12, 2024". A two-digit year is 20yy: LinkedIn started in 2003.
_DAY_FIRST = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2})$")
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")

def is_header(columns: dict[str, int]) -> bool:
    """True for a LinkedIn connections header (casefolded column names)."""
    has_name = "first name" in columns and "last name" in columns
    return has_name and ("connected on" in columns or {"company", "position"} <= set(columns))


def parse_connections_date(text: str) -> date | None:
    """'12 Mar 2024', '12-Mar-2024', '7-Feb-22', 'Mar 12, 2024' or ISO '2024-03-12' -> date;
    None if unreadable."""
    text = text.strip()
    if not text:
        return None
    day_first = _DAY_FIRST.match(text)
    month_first = None if day_first else _MONTH_FIRST.match(text)
    if day_first:
        day, month_name, year = day_first.groups()
    elif month_first:
        month_name, day, year = month_first.groups()
    else:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    month = _MONTHS.get(month_name[:3].casefold())
    if month is None:
        return None
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        return date(full_year, month, int(day))
    except ValueError:
        return None


def connected_date(
    row: list[str], columns: dict[str, int], line: int, warnings: list[SkippedRow]
) -> date | None:
    """The "Connected On" cell as a date; an unreadable one is left out with a warning."""
    raw = cell(row, columns, "connected on")
    connected = parse_connections_date(raw)
    if raw and connected is None:
        warnings.append(SkippedRow(line, f"date '{raw[:40]}' left out: not a date"))
    return connected


def parse_linkedin_rows(
    rows: Iterable[tuple[int, list[str]]], columns: dict[str, int]
) -> ParseResult:
    """Contacts from the data rows that follow a LinkedIn header."""

    def values(line: int, row: list[str], warnings: list[SkippedRow]) -> dict[str, object]:
        position = cell(row, columns, "position")
        company = cell(row, columns, "company")
        first, last = cell(row, columns, "first name"), cell(row, columns, "last name")
        return {
            "name": " ".join(part for part in (first, last) if part),
            "organisation": company,
            "role": position,
            "field": guess_field(position) or guess_field(company),
            "email": cell(row, columns, "email address"),
            "url": cell(row, columns, "url"),
            "relationship": "local professional",
            "source": "linkedin",
            "connected_on": connected_date(row, columns, line, warnings),
        }

    return contacts_from_rows(rows, values, "linkedin")
