"""Shared pieces of the contact importers: results, errors, decoding and the import preview.

Decisions a learner will notice:

- A row with no usable name is *skipped* (``ParseResult.skipped``) with a reason.
- A row with a bad email, phone or web address is *kept*: the bad value is left out and a
  note goes to ``ParseResult.warnings`` (not ``skipped``, since the person was imported).
  Notes longer than the model allows are shortened, with a warning.
- Duplicates are not dropped while parsing; :func:`preview_import` finds them, both against
  the learner's existing contacts and within the file, so nothing is written twice.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from infoint.io.encoding import DecodedText, UnreadableText, decode_bytes
from infoint.matching import Match, find_match, index_of, keys_of, merge_into
from infoint.model import MAX_TEXT, Contact, ValidationError

__all__ = [
    "MAX_BYTES",
    "ContactImportError",
    "ImportPreview",
    "ParseResult",
    "SkippedRow",
    "build_contact",
    "contacts_from_rows",
    "cell",
    "csv_rows",
    "decode",
    "decode_file",
    "ImportPlan",
    "first_value",
    "header_index",
    "preview_import",
]

MAX_BYTES = 10 * 1024 * 1024  # 10 MB: far above any real contacts export


class ContactImportError(ValueError):
    """The whole file cannot be imported; ``str(error)`` is a message for the learner."""


@dataclass(frozen=True)
class SkippedRow:
    """A row (or card) that was left out, or a value that was dropped, and why.

    ``line`` is the 1-based line in the file where the row or card starts.
    """

    line: int
    reason: str


@dataclass
class ParseResult:
    """What a file held: the contacts, the rows left out, and the format detected.

    ``format`` is one of "linkedin", "google", "google-legacy", "vcard". ``warnings`` lists
    values dropped from contacts that were kept (for example an invalid email).
    """

    contacts: list[Contact]
    skipped: list[SkippedRow]
    format: str
    warnings: list[SkippedRow] = field(default_factory=list)
    # What was assumed while reading, for the preview: the codec, whether it was detected
    # (not certain from a BOM or valid UTF-8), the CSV separator ("" for vCard), and the
    # columns read from a header that is close to, but not, the export's own names.
    encoding: str = "utf-8"
    encoding_detected: bool = False
    delimiter: str = ","
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportPreview:
    """What importing would do, before anything is written.

    ``duplicates`` are certain matches (same email, or same name at the same organisation):
    they add no new contact, but fill what the existing one lacks. ``likely`` are near
    matches for the learner to decide (merge or keep both); see :meth:`plan`.
    """

    new: list[Contact]
    duplicates: list[tuple[Contact, Contact]]  # (incoming, already known)
    skipped: list[SkippedRow]
    warnings: list[SkippedRow] = field(default_factory=list)
    in_file_duplicates: int = 0  # how many of ``duplicates`` repeat an earlier row of the file
    likely: list[Match] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the learner: '12 new contacts, 3 already in your list, 2 rows skipped'."""

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        parts = [count(len(self.new), "new contact", "new contacts")]
        known = len(self.duplicates) - self.in_file_duplicates
        parts.append(f"{known} already in your list")
        if self.likely:
            parts.append(count(len(self.likely), "possible match", "possible matches"))
        if self.in_file_duplicates:
            parts.append(
                count(self.in_file_duplicates, "repeated in the file", "repeated in the file")
            )
        parts.append(count(len(self.skipped), "row skipped", "rows skipped"))
        if self.warnings:
            parts.append(count(len(self.warnings), "value left out", "values left out"))
        return ", ".join(parts)

    def plan(self, keep_both: Iterable[int] = ()) -> ImportPlan:
        """What to write: new contacts, and existing ones with their gaps filled.

        ``keep_both`` holds the positions in ``likely`` that the learner wants as a second
        person; every other likely match is merged, like the certain ones.
        """
        separate = set(keep_both)
        new = list(self.new)
        merging = [(inc, old) for inc, old in self.duplicates]
        for i, match in enumerate(self.likely):
            if i in separate:
                new.append(match.incoming)
            else:
                merging.append((match.incoming, match.existing))
        position = {id(c): i for i, c in enumerate(new)}
        updates: dict[int, Contact] = {}
        filled: dict[int, list[str]] = {}
        for incoming, old in merging:
            if id(old) in position:  # repeated in the file: fill the earlier row instead
                i = position[id(old)]
                new[i], _fields = merge_into(new[i], incoming)
                position[id(new[i])] = i
                continue
            if old.id is None:
                continue
            current = updates.get(old.id, old)
            merged, fields = merge_into(current, incoming)
            if fields:
                updates[old.id] = merged
                filled[old.id] = sorted({*filled.get(old.id, []), *fields})
        return ImportPlan(new=new, updates=list(updates.values()), filled=filled)


@dataclass
class ImportPlan:
    """The rows one import transaction writes: inserts, and updates that fill gaps."""

    new: list[Contact]
    updates: list[Contact]
    filled: dict[int, list[str]] = field(default_factory=dict)  # contact id -> fields filled

    def summary(self) -> str:
        n, u = len(self.new), len(self.updates)
        added = f"Imported {n:,} contact{'s' if n != 1 else ''}"
        return added + (f" and filled in details for {u:,} already in your list" if u else "")


# --------------------------------------------------------------------------------------
# Bytes to text

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip or Excel (.xlsx) file; export or save it as CSV"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) file; save it as CSV"),
    (b"%PDF", "a PDF; download the contacts as CSV or vCard instead"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\x1f\x8b", "a compressed (.gz) file; unpack it first"),
    (b"SQLite format", "a database file"),
)


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def decode(data: bytes, filename: str = "", encoding: str | None = None) -> str:
    """Turn file bytes into text, or raise ContactImportError saying what went wrong."""
    return decode_file(data, filename, encoding).text


def decode_file(data: bytes, filename: str = "", encoding: str | None = None) -> DecodedText:
    """File bytes to text and the encoding used, or ContactImportError saying what went wrong.

    A byte-order mark or valid UTF-8 is certain; anything else is detected (see
    ``infoint.io.encoding``) and the preview says what was assumed. ``encoding`` forces a
    codec: the learner's choice after a wrong guess.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ContactImportError("the import needs the file's bytes")
    data = bytes(data)
    name = f"'{filename}' " if filename else "the file "
    if len(data) > MAX_BYTES:
        raise ContactImportError(
            f"{name}is too big to import: the file is {_size_text(len(data))}; "
            f"the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    if not data.strip():
        raise ContactImportError(f"{name}is empty: export your contacts again and retry")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise ContactImportError(f"{name}looks like {what}, not a contacts export")
    try:
        decoded = decode_bytes(data, encoding)
    except UnreadableText as error:
        raise ContactImportError(f"{name}could not be read: {error}") from None
    text = decoded.text
    if "\x00" in text:
        raise ContactImportError(
            f"{name}looks like a binary file, not a contacts export "
            "(CSV from LinkedIn or Google, or a .vcf vCard)"
        )
    if not text.strip():
        raise ContactImportError(f"{name}is empty: export your contacts again and retry")
    return decoded


# --------------------------------------------------------------------------------------
# Building contacts from raw values

_LABELS = {
    "email": "email",
    "phone": "phone number",
    "url": "web address",
    "organisation": "organisation",
    "role": "job title",
    "field": "field",
    "referred_by": "referrer",
    "connected_on": "date",
}


def first_value(cell: str | None) -> str:
    """Google puts several values in one cell, separated by ' ::: '; take the first."""
    if not cell:
        return ""
    return cell.split(":::")[0].strip()


def build_contact(
    values: dict[str, object],
    line: int,
    skipped: list[SkippedRow],
    warnings: list[SkippedRow],
) -> Contact | None:
    """Make a Contact from ``values``, or record why not.

    A missing or unusable name skips the row. Any other invalid value is dropped with a
    warning and the contact is kept; over-long notes are shortened.
    """
    values = dict(values)
    name = values.get("name")
    if not isinstance(name, str) or not " ".join(name.split()):
        skipped.append(SkippedRow(line, "no name"))
        return None
    notes = values.get("notes")
    if isinstance(notes, str) and len(notes) > MAX_TEXT:
        values["notes"] = notes[: MAX_TEXT - 1].rstrip() + "…"
        warnings.append(SkippedRow(line, f"notes shortened to {MAX_TEXT:,} characters"))
    for _ in range(len(values) + 1):
        try:
            return Contact(**values)
        except ValidationError as error:
            bad = error.field
            if bad == "name" or bad not in values:
                skipped.append(SkippedRow(line, f"name {error.message}"))
                return None
            label = _LABELS.get(bad, bad)
            shown = str(values[bad])
            if len(shown) > 60:
                shown = shown[:57] + "..."
            if shown in error.message:
                reason = f"{label} left out: {error.message}"
            else:
                reason = f"{label} '{shown}' left out: {error.message}"
            warnings.append(SkippedRow(line, reason))
            del values[bad]
    skipped.append(SkippedRow(line, "could not make a contact from this row"))
    return None


def preview_import(parsed: ParseResult, existing: Iterable[Contact]) -> ImportPreview:
    """Split parsed contacts into new ones, certain duplicates and likely matches; nothing
    is written.

    A duplicate is paired with the contact it matches: an existing one when there is one,
    otherwise the earlier row of the same file. Near matches (see :mod:`infoint.matching`)
    go to ``likely`` for the learner to decide.
    """
    known = index_of(existing)
    in_file_index = index_of([])
    new: list[Contact] = []
    duplicates: list[tuple[Contact, Contact]] = []
    likely: list[Match] = []
    in_file = 0
    for contact in parsed.contacts:
        keys = keys_of(contact)  # folded once, compared with every candidate
        match = find_match(keys, known)
        if match is None or not match.certain:
            earlier = find_match(keys, in_file_index)
            if earlier is not None and earlier.certain:
                in_file += 1
                duplicates.append((contact, earlier.existing))
                continue
        if match is not None and match.certain:
            duplicates.append((contact, match.existing))
            continue
        if match is not None:
            likely.append(match)
            continue
        new.append(contact)
        in_file_index.add(keys)
    return ImportPreview(
        new=new,
        duplicates=duplicates,
        skipped=list(parsed.skipped),
        warnings=list(parsed.warnings),
        in_file_duplicates=in_file,
        likely=likely,
    )


# Each CSV importer maps one data row to Contact fields (adding warnings as it goes).
RowValues = Callable[[int, list[str], list[SkippedRow]], dict[str, object]]


def contacts_from_rows(
    rows: Iterable[tuple[int, list[str]]], values_of: RowValues, fmt: str
) -> ParseResult:
    """The loop every CSV importer shares: blank rows are passed over, every other row
    becomes a contact or a skipped row with its reason."""
    contacts: list[Contact] = []
    skipped: list[SkippedRow] = []
    warnings: list[SkippedRow] = []
    for line, row in rows:
        if not any(c.strip() for c in row):
            continue
        contact = build_contact(values_of(line, row, warnings), line, skipped, warnings)
        if contact is not None:
            contacts.append(contact)
    return ParseResult(contacts=contacts, skipped=skipped, format=fmt, warnings=warnings)


# --------------------------------------------------------------------------------------
# CSV reading shared by the LinkedIn and Google importers


def csv_rows(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, cells) for each CSV record; quoted newlines are kept.

    Raises ContactImportError when the csv module cannot read a record.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ContactImportError(
                f"line {reader.line_num} could not be read as CSV ({error})"
            ) from None
        yield previous + 1, row
        previous = reader.line_num


def header_index(row: list[str]) -> dict[str, int]:
    """Map casefolded, trimmed column names to their position (first occurrence wins)."""
    index: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = " ".join(cell.replace("\ufeff", "").split()).casefold()
        if key and key not in index:
            index[key] = i
    return index


def cell(row: list[str], columns: dict[str, int], name: str) -> str:
    """The trimmed value of column ``name`` in ``row``, or "" when absent."""
    i = columns.get(name)
    if i is None or i >= len(row):
        return ""
    return row[i].strip()
