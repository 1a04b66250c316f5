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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from infoint.contacts import normalise
from infoint.model import MAX_TEXT, Contact, ValidationError

__all__ = [
    "MAX_BYTES",
    "ContactImportError",
    "ImportPreview",
    "ParseResult",
    "SkippedRow",
    "build_contact",
    "cell",
    "csv_rows",
    "decode",
    "duplicate_keys",
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


@dataclass
class ImportPreview:
    """What importing would do, before anything is written."""

    new: list[Contact]
    duplicates: list[tuple[Contact, Contact]]  # (incoming, already known)
    skipped: list[SkippedRow]
    warnings: list[SkippedRow] = field(default_factory=list)
    in_file_duplicates: int = 0  # how many of ``duplicates`` repeat an earlier row of the file

    def summary(self) -> str:
        """One line for the learner: '12 new contacts, 3 already in your list, 2 rows skipped'."""

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        parts = [count(len(self.new), "new contact", "new contacts")]
        known = len(self.duplicates) - self.in_file_duplicates
        parts.append(f"{known} already in your list")
        if self.in_file_duplicates:
            parts.append(
                count(self.in_file_duplicates, "repeated in the file", "repeated in the file")
            )
        parts.append(count(len(self.skipped), "row skipped", "rows skipped"))
        if self.warnings:
            parts.append(count(len(self.warnings), "value left out", "values left out"))
        return ", ".join(parts)


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


def decode(data: bytes, filename: str = "") -> str:
    """Turn file bytes into text, or raise ContactImportError saying what went wrong.

    Tries UTF-8 (with or without BOM), UTF-16 when the file starts with a UTF-16 BOM, then
    Windows-1252 (what older Excel writes).
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
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ContactImportError(
                f"{name}starts like UTF-16 text but could not be read as UTF-16"
            ) from None
    else:
        if b"\x00" in data:
            raise ContactImportError(
                f"{name}looks like a binary file, not a contacts export "
                "(CSV from LinkedIn or Google, or a .vcf vCard)"
            )
        text = None
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            raise ContactImportError(
                f"{name}could not be read as text: tried UTF-8, UTF-16 (with BOM) and "
                "Windows-1252. Save it again as 'CSV UTF-8' and retry"
            )
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise ContactImportError(f"{name}looks like a binary file, not a contacts export")
    if not text.strip():
        raise ContactImportError(f"{name}is empty: export your contacts again and retry")
    return text


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


def _email_key(contact: Contact) -> str:
    return contact.email.strip().casefold()


def _name_key(contact: Contact) -> str:
    return normalise(contact.name) + "|" + normalise(contact.organisation)


def duplicate_keys(contact: Contact) -> list[str]:
    """The keys under which two contacts count as the same person.

    Same email (case ignored), or same name and organisation (case, accents and spacing
    ignored).
    """
    keys = ["n:" + _name_key(contact)]
    email = _email_key(contact)
    if email:
        keys.insert(0, "e:" + email)
    return keys


def preview_import(parsed: ParseResult, existing: Iterable[Contact]) -> ImportPreview:
    """Split parsed contacts into new ones and duplicates; nothing is written.

    A duplicate is paired with the contact it matches: an existing one when there is one,
    otherwise the earlier row of the same file.
    """
    known: dict[str, Contact] = {}
    for contact in existing:
        for key in duplicate_keys(contact):
            known.setdefault(key, contact)
    seen: dict[str, Contact] = {}
    new: list[Contact] = []
    duplicates: list[tuple[Contact, Contact]] = []
    in_file = 0
    for contact in parsed.contacts:
        keys = duplicate_keys(contact)
        match = next((known[k] for k in keys if k in known), None)
        if match is None:
            match = next((seen[k] for k in keys if k in seen), None)
            if match is not None:
                in_file += 1
        if match is not None:
            duplicates.append((contact, match))
            continue
        new.append(contact)
        for key in keys:
            seen.setdefault(key, contact)
    return ImportPreview(
        new=new,
        duplicates=duplicates,
        skipped=list(parsed.skipped),
        warnings=list(parsed.warnings),
        in_file_duplicates=in_file,
    )


# --------------------------------------------------------------------------------------
# CSV reading shared by the LinkedIn and Google importers


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, cells) for each CSV record; quoted newlines are kept.

    Raises ContactImportError when the csv module cannot read a record.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
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
