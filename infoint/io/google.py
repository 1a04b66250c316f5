"""Google Contacts CSV, in the current layout and the older ("Google CSV"/Outlook-like) one.

Current: ``First Name,Middle Name,Last Name,...,Organization Name,Organization Title,...,
E-mail 1 - Label,E-mail 1 - Value,...,Phone 1 - Label,Phone 1 - Value,...,Notes,...``.
Older: ``Name,Given Name,Additional Name,Family Name,...,Notes,...,E-mail 1 - Type,
E-mail 1 - Value,...,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,...``.
A cell can hold several values separated by `` ::: ``; the first is taken.

Address-book people become ``relationship="other"``, except those labelled Family or
Friends in Google (the "Labels" / "Group Membership" column).
"""

from __future__ import annotations

from collections.abc import Iterable

from infoint.contacts import guess_field
from infoint.io.importing import ParseResult, SkippedRow, cell, contacts_from_rows, first_value

__all__ = ["is_header", "is_legacy_header", "parse_google_rows"]


def is_legacy_header(columns: dict[str, int]) -> bool:
    """The older layout: Name, Given Name, Family Name, ..."""
    return "given name" in columns and "family name" in columns


def is_header(columns: dict[str, int]) -> bool:
    """The current layout: First Name, Middle Name, Last Name, Organization Name, ..."""
    if "first name" not in columns or "last name" not in columns:
        return False
    return any(
        key == "middle name" or key.startswith(("e-mail 1", "organization", "phone 1"))
        for key in columns
    )


def _numbered(
    row: list[str], columns: dict[str, int], prefix: str, suffix: str, prefer: str = ""
) -> str:
    """First non-empty value of '<prefix> N - <suffix>' columns, N = 1, 2, ...

    With ``prefer``, the first value containing it wins (an email with '@' over a typo).
    """
    found = []
    n = 1
    while f"{prefix} {n} - {suffix}" in columns:
        value = first_value(cell(row, columns, f"{prefix} {n} - {suffix}"))
        if value:
            if not prefer or prefer in value:
                return value
            found.append(value)
        n += 1
    return found[0] if found else ""


def _relationship(labels: str) -> str:
    words = {w.strip(" *").casefold() for w in labels.split(":::")}
    if "family" in words:
        return "family"
    if "friends" in words or "friend" in words:
        return "friend"
    return "other"


def parse_google_rows(
    rows: Iterable[tuple[int, list[str]]], columns: dict[str, int], *, legacy: bool
) -> ParseResult:
    """Contacts from the data rows that follow a Google Contacts header."""

    def values(_line: int, row: list[str], _warnings: list[SkippedRow]) -> dict[str, object]:
        if legacy:
            name = cell(row, columns, "name") or " ".join(
                p
                for p in (
                    cell(row, columns, "given name"),
                    cell(row, columns, "additional name"),
                    cell(row, columns, "family name"),
                )
                if p
            )
            org = first_value(cell(row, columns, "organization 1 - name"))
            title = first_value(cell(row, columns, "organization 1 - title"))
            labels = cell(row, columns, "group membership")
        else:
            name = " ".join(
                p
                for p in (
                    cell(row, columns, "first name"),
                    cell(row, columns, "middle name"),
                    cell(row, columns, "last name"),
                )
                if p
            )
            org = first_value(cell(row, columns, "organization name"))
            title = first_value(cell(row, columns, "organization title"))
            labels = cell(row, columns, "labels")
        if not name:
            name = cell(row, columns, "nickname") or cell(row, columns, "file as")
        url = _numbered(row, columns, "website", "value")
        return {
            "name": name,
            "organisation": org,
            "role": title,
            "field": guess_field(title) or guess_field(org),
            "email": _numbered(row, columns, "e-mail", "value", prefer="@"),
            "phone": _numbered(row, columns, "phone", "value"),
            "url": url if "://" in url or not url else f"https://{url}",
            "relationship": _relationship(labels),
            "notes": cell(row, columns, "notes"),
            "source": "google",
        }

    return contacts_from_rows(rows, values, "google-legacy" if legacy else "google")
