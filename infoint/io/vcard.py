"""vCard 3.0 and 4.0 (``.vcf``) files, read with ``vobject``.

The file is cut into cards at ``BEGIN:VCARD`` / ``END:VCARD`` lines and each card is parsed
on its own, so one malformed card is skipped with a reason and the rest still import.
Folded lines, escaped commas and several cards per file are handled by vobject.
vCard people become ``relationship="other"``.
"""

from __future__ import annotations

import logging
import re

import vobject

from infoint.contacts import guess_field
from infoint.io.importing import ParseResult, SkippedRow, build_contact

__all__ = ["is_vcard", "parse_vcards", "split_cards"]

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I)
_END = re.compile(r"^END:VCARD\s*$", re.I)


def is_vcard(text: str) -> bool:
    """True when the first non-blank line is BEGIN:VCARD."""
    return bool(_BEGIN.match(text.lstrip().split("\n", 1)[0].strip()))


def split_cards(text: str) -> tuple[list[tuple[int, str]], list[SkippedRow]]:
    """(start line, card text) for each card, and problems with the card structure."""
    cards: list[tuple[int, str]] = []
    problems: list[SkippedRow] = []
    current: list[str] | None = None
    start = 0
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if _BEGIN.match(stripped):
            if current is None:
                current, start, depth = [line], number, 1
                continue
            depth += 1  # a card nested inside another (vCard 2.1 AGENT); kept in its parent
        elif _END.match(stripped) and current is not None:
            depth -= 1
            if depth == 0:
                current.append(line)
                cards.append((start, "\r\n".join(current) + "\r\n"))
                current = None
                continue
        if current is not None:
            current.append(line)
    if current is not None:
        problems.append(SkippedRow(start, "card not finished: END:VCARD is missing"))
    return cards, problems


def _text(card, key: str) -> str:
    items = card.contents.get(key) or []
    for item in items:
        value = item.value
        if isinstance(value, list):
            value = next((str(v) for v in value if str(v).strip()), "")
        value = str(value).strip() if value is not None else ""
        if value:
            return value
    return ""


def _name(card) -> str:
    name = _text(card, "fn")
    if name:
        return name
    for item in card.contents.get("n") or []:
        n = item.value
        parts = [
            getattr(n, attr, "") for attr in ("prefix", "given", "additional", "family", "suffix")
        ]
        flat = []
        for part in parts:
            if isinstance(part, list):
                flat.extend(str(p) for p in part)
            elif part:
                flat.append(str(part))
        joined = " ".join(p.strip() for p in flat if p and p.strip())
        if joined:
            return joined
    return ""


def parse_vcards(text: str) -> ParseResult:
    """Contacts from every readable card; unreadable cards are skipped with a reason."""
    cards, skipped = split_cards(text)
    warnings: list[SkippedRow] = []
    contacts = []
    logger = logging.getLogger("vobject.base")
    previous_level = logger.level
    logger.setLevel(logging.CRITICAL)  # vobject logs every bad line; we report it instead
    try:
        for line, card_text in cards:
            try:
                card = vobject.readOne(card_text, validate=False, ignoreUnreadable=False)
            except Exception as error:  # vobject raises many kinds; one bad card must not stop us
                reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                reason = re.sub(r"^At line \d+:\s*", "", reason)[:120]
                skipped.append(SkippedRow(line, f"card could not be read ({reason})"))
                continue
            if card.name.upper() != "VCARD":
                skipped.append(SkippedRow(line, "not a vCard"))
                continue
            try:
                values = {
                    "name": _name(card),
                    "organisation": _text(card, "org"),
                    "role": _text(card, "title"),
                    "email": _text(card, "email"),
                    "phone": _text(card, "tel").removeprefix("tel:"),
                    "url": _text(card, "url"),
                    "notes": _text(card, "note"),
                    "source": "vcard",
                    "relationship": "other",
                }
            except Exception as error:  # a value vobject parsed but cannot render
                skipped.append(SkippedRow(line, f"card could not be read ({error})"))
                continue
            values["field"] = guess_field(str(values["role"])) or guess_field(
                str(values["organisation"])
            )
            contact = build_contact(values, line, skipped, warnings)
            if contact is not None:
                contacts.append(contact)
    finally:
        logger.setLevel(previous_level)
    skipped.sort(key=lambda s: s.line)
    return ParseResult(contacts=contacts, skipped=skipped, format="vcard", warnings=warnings)
