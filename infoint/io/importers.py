"""Import contacts from LinkedIn, Google Contacts or vCard files: the public entry point.

>>> result = parse_contacts(data, "Connections.csv")      # sniffs the format
>>> preview = preview_import(result, existing_contacts)  # nothing is written
>>> preview.summary()
'12 new contacts, 3 already in your list, 2 rows skipped'

A broken file raises :class:`ContactImportError` with a message meant for the learner;
anything wrong with a single row only skips that row (see ``infoint.io.importing``).
"""

from __future__ import annotations

from infoint.io import google, linkedin, vcard
from infoint.io.importing import (
    MAX_BYTES,
    ContactImportError,
    ImportPreview,
    ParseResult,
    SkippedRow,
    csv_rows,
    decode,
    header_index,
    preview_import,
)

__all__ = [
    "MAX_BYTES",
    "ContactImportError",
    "ImportPreview",
    "ParseResult",
    "SkippedRow",
    "parse_contacts",
    "preview_import",
]

# How many records may come before the header (LinkedIn's Notes preamble is 2-3).
_MAX_PREAMBLE_ROWS = 20

_EXPECTED = (
    "a LinkedIn Connections.csv (columns: " + ", ".join(linkedin.COLUMNS) + "), "
    "a Google Contacts CSV (columns: First Name, Middle Name, Last Name, Organization Name, "
    "E-mail 1 - Value, ... or the older Name, Given Name, Family Name, E-mail 1 - Value, ...), "
    "or a vCard file (.vcf)"
)


def parse_contacts(data: bytes, filename: str = "") -> ParseResult:
    """Read contacts from a LinkedIn CSV, Google Contacts CSV (either layout) or vCard file.

    Raises ContactImportError for a file that cannot be imported at all: too big (over
    10 MB, refused before parsing), empty, binary, unreadable text, or no recognisable
    header.
    """
    text = decode(data, filename)
    if vcard.is_vcard(text):
        return vcard.parse_vcards(text)
    if filename.lower().endswith((".vcf", ".vcard")):
        raise ContactImportError(
            f"'{filename}' is named like a vCard but does not start with BEGIN:VCARD"
        )
    rows = csv_rows(text)
    first_cells: list[str] = []
    for count, (_line, row) in enumerate(rows):
        if count >= _MAX_PREAMBLE_ROWS:
            break
        columns = header_index(row)
        if not columns:
            continue
        if not first_cells:
            first_cells = [c.strip() for c in row if c.strip()]
        if google.is_legacy_header(columns):
            return google.parse_google_rows(rows, columns, legacy=True)
        if google.is_header(columns):
            return google.parse_google_rows(rows, columns, legacy=False)
        if linkedin.is_header(columns):
            return linkedin.parse_linkedin_rows(rows, columns)
    seen = ", ".join(first_cells[:8])[:200]
    found = f" The first row has: {seen}." if seen else ""
    raise ContactImportError(
        f"{'this file' if not filename else repr(filename)} does not have the columns of a "
        f"contacts export. Expected {_EXPECTED}.{found}"
    )
