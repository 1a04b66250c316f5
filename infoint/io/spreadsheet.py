"""A contacts list the learner keeps themselves: any CSV with a name column and a few others.

Career centres hand out tracking sheets and learners make their own, so the columns vary:
"Name" or "First name"/"Surname", "Email", "Company", "Job title", "How we know each other".
Columns are matched by :mod:`infoint.io.columns`; the preview shows which cell fed which.
"""

from __future__ import annotations

from collections.abc import Iterable

from infoint.contacts import guess_field, normalise
from infoint.io.importing import ParseResult, SkippedRow, cell, contacts_from_rows
from infoint.io.linkedin import connected_date
from infoint.model import RELATIONSHIPS

__all__ = ["is_header", "parse_spreadsheet_rows"]

# Besides a name, at least one of these: a single "Name" column alone is a list of words.
_DETAIL_COLUMNS = ("email address", "company", "position", "phone", "url", "relationship")

# Words people write in a "relationship" column, to infoint's relationship choices.
_RELATION_WORDS: dict[str, str] = {
    "prof": "professor", "lecturer": "professor", "teacher": "professor", "tutor": "professor",
    "mum": "family", "mom": "family", "dad": "family", "aunt": "family", "uncle": "family",
    "cousin": "family", "mother": "family", "father": "family", "sister": "family",
    "brother": "family", "relative": "family",
    "parent": "family", "family friend": "friend", "neighbour": "friend", "neighbor": "friend",
    "alum": "alumni", "alumnus": "alumni", "alumna": "alumni", "classmate": "alumni",
    "colleague": "former colleague", "coworker": "former colleague",
    "co-worker": "former colleague",
    "manager": "former colleague", "boss": "former colleague", "referred": "referral",
    "introduced": "referral", "career advisor": "career centre", "careers": "career centre",
    "linkedin": "local professional",
}

# Longest first, so that "family friend" is a friend and "former colleague" not a colleague.
_WORDS_LONGEST_FIRST = sorted(
    {**_RELATION_WORDS, **{r: r for r in RELATIONSHIPS}}.items(), key=lambda kv: -len(kv[0])
)


def is_header(columns: dict[str, int]) -> bool:
    """A name (one column, or first and last) and at least one detail column."""
    has_name = "name" in columns or ("first name" in columns and "last name" in columns)
    return has_name and any(c in columns for c in _DETAIL_COLUMNS)


def relationship_from(text: str) -> str:
    """'My aunt' -> 'family', 'Former colleague at Acme' -> 'former colleague', else 'other'."""
    folded = normalise(text)
    for word, choice in _WORDS_LONGEST_FIRST:
        if word in folded:
            return choice
    return "other"

def parse_spreadsheet_rows(
    rows: Iterable[tuple[int, list[str]]], columns: dict[str, int]
) -> ParseResult:
    """Contacts from the data rows that follow a recognised spreadsheet header."""

    def values(line: int, row: list[str], warnings: list[SkippedRow]) -> dict[str, object]:
        name = cell(row, columns, "name") or " ".join(
            p for p in (cell(row, columns, "first name"), cell(row, columns, "last name")) if p
        )
        role = cell(row, columns, "position")
        org = cell(row, columns, "company")
        url = cell(row, columns, "url")
        return {
            "name": name,
            "organisation": org,
            "role": role,
            "field": guess_field(role) or guess_field(org),
            "email": cell(row, columns, "email address"),
            "phone": cell(row, columns, "phone"),
            "url": url if "://" in url or not url else f"https://{url}",
            "relationship": relationship_from(cell(row, columns, "relationship")),
            "notes": cell(row, columns, "notes"),
            "source": "csv",
            "connected_on": connected_date(row, columns, line, warnings),
        }

    return contacts_from_rows(rows, values, "csv")
