"""Bytes to text for contact files, saying which encoding was assumed.

Exports arrive in whatever the learner's spreadsheet wrote: UTF-8 (with or without a BOM),
UTF-16 from Excel's "Unicode text", Windows-1252 from older Western Excel, Shift-JIS from a
Japanese one, Windows-1250 from a Polish one. A file with a byte-order mark, or valid
UTF-8, is read as such; anything else goes to charset-normalizer, a maintained detector,
and the preview tells the learner what was assumed so a wrong guess can be corrected.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass

__all__ = ["ENCODING_CHOICES", "DecodedText", "UnreadableText", "decode_bytes", "encoding_label"]

# What the preview offers when the guess was wrong: (label, Python codec name).
ENCODING_CHOICES: tuple[tuple[str, str], ...] = (
    ("UTF-8", "utf-8"),
    ("UTF-16", "utf-16"),
    ("Windows-1252 (Western Europe, older Excel)", "cp1252"),
    ("Latin-1 (ISO 8859-1)", "latin-1"),
    ("Windows-1250 (Central Europe)", "cp1250"),
    ("Windows-1251 (Cyrillic)", "cp1251"),
    ("Shift-JIS (Japanese)", "cp932"),
    ("GB 18030 (Chinese)", "gb18030"),
    ("Big5 (Traditional Chinese)", "big5"),
    ("EUC-KR (Korean)", "euc-kr"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Detection reads a sample: a contacts export is homogeneous, and a 10 MB file would
# otherwise take seconds. The whole file is then decoded strictly with the codec found.
_SAMPLE_BYTES = 256 * 1024


class UnreadableText(ValueError):
    """The bytes are not text in any encoding we can tell; the message is for the learner."""


@dataclass(frozen=True)
class DecodedText:
    """Text and the codec it was read with; ``detected`` is False when it was certain
    (a byte-order mark or valid UTF-8) or chosen by the learner."""

    text: str
    encoding: str
    detected: bool = False


def encoding_label(codec: str) -> str:
    """A name a learner recognises: 'cp1252' -> 'Windows-1252 (Western Europe, older Excel)'."""
    wanted = codecs.lookup(codec).name
    for label, name in ENCODING_CHOICES:
        if codecs.lookup(name).name == wanted:
            return label
    if wanted.startswith("utf-8"):
        return "UTF-8"
    return codec.upper().replace("_", "-")


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode ``data``; with ``encoding`` given, exactly that codec (the learner's choice)."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UnreadableText(f"'{encoding}' is not a text encoding") from None
        try:
            return DecodedText(data.decode(encoding).removeprefix("\ufeff"), encoding)
        except UnicodeDecodeError:
            raise UnreadableText(
                f"the file is not valid {encoding_label(encoding)} text: choose another encoding"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec).removeprefix("\ufeff"), codec)
            except UnicodeDecodeError:
                raise UnreadableText(
                    f"the file starts like {encoding_label(codec)} text but is not valid "
                    f"{encoding_label(codec)}"
                ) from None
    if b"\x00" in data:
        # NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or not text at all.
        codec = _detect(data)
        if codec and codecs.lookup(codec).name.startswith(("utf-16", "utf-32")):
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode(codec)
                if _looks_like_records(text):
                    return DecodedText(text, codec, detected=True)
        raise UnreadableText(
            "it looks like a binary file, not a contacts export (CSV from LinkedIn or "
            "Google, or a .vcf vCard)"
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    codec = _detect(data)
    if codec is None:
        raise UnreadableText(
            "the file could not be read as text in any common encoding. Save it again as "
            "'CSV UTF-8' and retry"
        )
    try:
        return DecodedText(data.decode(codec).removeprefix("\ufeff"), codec, detected=True)
    except UnicodeDecodeError:
        # The sample fitted but a later byte does not: say so rather than guess again.
        raise UnreadableText(
            f"the file looks like {encoding_label(codec)} text but part of it is not. Save it "
            "again as 'CSV UTF-8' and retry"
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _looks_like_records(text: str) -> bool:
    """Detectors read any even-length bytes as UTF-16; a contacts file also has separators
    or line breaks near the start, and no control characters."""
    head = text[:2000]
    return not _CONTROL.search(head) and any(sep in head for sep in ",;\t|\n")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported on first non-UTF-8 file only

    best = from_bytes(data[:_SAMPLE_BYTES]).best()
    if best is None:
        return None
    # Western European text fits several single-byte code pages equally well; Excel on
    # Windows writes Windows-1252, so prefer it whenever the detector says it fits.
    if "cp1252" in best.could_be_from_charset:
        return "cp1252"
    return best.encoding
