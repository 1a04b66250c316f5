"""Import contacts from LinkedIn, Google Contacts or vCard files: the public entry point.

>>> result = parse_contacts(data, "Connections.csv")      # sniffs the format
>>> preview = preview_import(result, existing_contacts)  # nothing is written
>>> preview.summary()
'12 new contacts, 3 already in your list, 2 rows skipped'

A broken file raises :class:`ContactImportError` with a message meant for the learner;
anything wrong with a single row only skips that row (see ``infoint.io.importing``).
"""

from __future__ import annotations

from infoint.io import google, linkedin, spreadsheet, vcard
from infoint.io.columns import ColumnMap, map_columns
from infoint.io.encoding import DecodedText
from infoint.io.importing import (
    MAX_BYTES,
    ContactImportError,
    ImportPreview,
    ParseResult,
    SkippedRow,
    csv_rows,
    decode_file,
    header_index,
    preview_import,
)

__all__ = [
    "DELIMITERS",
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


DELIMITERS: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def parse_contacts(
    data: bytes,
    filename: str = "",
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ParseResult:
    """Read contacts from a LinkedIn CSV, Google Contacts CSV (either layout), a spreadsheet
    of one's own with close column names, or a vCard file.

    The encoding and the CSV delimiter are detected unless given (the learner's correction
    after a wrong guess); the result says what was assumed. Raises ContactImportError for a
    file that cannot be imported at all: too big (over 10 MB, refused before parsing), empty,
    binary, unreadable text, or no recognisable header.
    """
    if delimiter is not None and delimiter not in DELIMITERS:
        raise ContactImportError(f"{delimiter!r} is not a CSV separator infoint reads")
    decoded = decode_file(data, filename, encoding)
    text = decoded.text
    if vcard.is_vcard(text):
        return _stamp(vcard.parse_vcards(text), decoded, "")
    if filename.lower().endswith((".vcf", ".vcard")):
        raise ContactImportError(
            f"'{filename}' is named like a vCard but does not start with BEGIN:VCARD"
        )
    first_cells: list[str] = []
    first_error: ContactImportError | None = None
    for sep in [delimiter] if delimiter else _likely_delimiters(text):
        try:
            result = _parse_csv(text, sep, first_cells)
        except ContactImportError as error:  # a wrong separator can make quoting fail
            first_error = first_error or error
            continue
        if result is not None:
            return _stamp(result, decoded, sep)
    if first_error is not None and not first_cells:
        raise first_error
    seen = ", ".join(first_cells[:8])[:200]
    found = f" The first row has: {seen}." if seen else ""
    raise ContactImportError(
        f"{'this file' if not filename else repr(filename)} does not have the columns of a "
        f"contacts export. Expected {_EXPECTED}.{found}"
    )


def _likely_delimiters(text: str) -> list[str]:
    """Every separator, the most frequent in the first lines first (comma on a tie)."""
    head = text[:20_000]
    order = list(DELIMITERS)
    return sorted(order, key=lambda sep: (-head.count(sep), order.index(sep)))


def _parse_csv(text: str, sep: str, first_cells: list[str]) -> ParseResult | None:
    rows = csv_rows(text, sep)
    for count, (_line, row) in enumerate(rows):
        if count >= _MAX_PREAMBLE_ROWS:
            break
        columns = header_index(row)
        if not columns:
            continue
        if not first_cells and sep == ",":
            first_cells.extend(c.strip() for c in row if c.strip())
        if google.is_legacy_header(columns):
            return google.parse_google_rows(rows, columns, legacy=True)
        if google.is_header(columns):
            return google.parse_google_rows(rows, columns, legacy=False)
        mapped = map_columns(row)
        # Only LinkedIn's own header (or its telltale "Connected On") makes a file LinkedIn
        # connections: a spreadsheet with First name / Company / Title is not.
        if linkedin.is_header(columns) or (
            linkedin.is_header(mapped.index) and "connected on" in mapped.index
        ):
            return _with_columns(linkedin.parse_linkedin_rows(rows, mapped.index), mapped)
        if spreadsheet.is_header(mapped.index):
            return _with_columns(spreadsheet.parse_spreadsheet_rows(rows, mapped.index), mapped)
    return None


def _with_columns(result: ParseResult, mapped: ColumnMap) -> ParseResult:
    result.columns = mapped.close_matches()
    return result


def _stamp(result: ParseResult, decoded: DecodedText, sep: str) -> ParseResult:
    result.encoding = decoded.encoding
    result.encoding_detected = decoded.detected
    result.delimiter = sep
    return result
