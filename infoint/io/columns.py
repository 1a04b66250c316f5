"""Reading a spreadsheet's header when its column names are close to, but not, the export's.

People tidy their exports: "Email" for LinkedIn's "Email Address", "Company Name",
"Job Title", "first_name", a typo such as "Frist Name". Each known column has a few
aliases; a header cell matches an alias after folding case, accents and punctuation,
or when it is within a small edit distance of one (rapidfuzz). The result says which
cell fed which column, so the preview can show the learner what was read from where.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["CANONICAL", "ColumnMap", "map_columns"]

# Canonical keys are the casefolded LinkedIn names the importers already read, plus a few
# that hand-made lists have (one "Name" column, a phone, notes, how they know the person).
CANONICAL: dict[str, tuple[str, ...]] = {
    "first name": ("first name", "firstname", "given name", "forename", "first"),
    "last name": ("last name", "lastname", "surname", "family name", "last"),
    "name": ("name", "full name", "fullname", "contact name", "contact", "person"),
    "email address": (
        "email address", "email", "e-mail", "e-mail address", "mail", "email 1", "work email",
    ),
    "company": (
        "company", "company name", "organisation", "organization", "organisation name",
        "organization name", "employer", "org",
    ),
    "position": ("position", "job title", "title", "role", "job", "occupation"),
    "url": ("url", "profile url", "linkedin url", "linkedin", "profile", "website"),
    "connected on": ("connected on", "connected", "date connected", "connection date"),
    "phone": ("phone", "phone number", "mobile", "telephone", "tel", "cell"),
    "notes": ("notes", "note", "comments", "comment"),
    "relationship": ("relationship", "how we know each other", "how i know them", "relation"),
}

# Edit-distance threshold (rapidfuzz ratio, 0-100) for a typo to count: "frist name" vs
# "first name" is 90; "last" vs "list" (75) or "mail" vs "email" (89) stay out.
_TYPO_SCORE = 90.0


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\ufeff", ""))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[_\-.:/()#]+", " ", plain.casefold()).split())


_ALIASES: dict[str, str] = {}
for _key, _names in CANONICAL.items():
    for _name in _names:
        _ALIASES.setdefault(_fold(_name), _key)
        _ALIASES.setdefault(_fold(_name).replace(" ", ""), _key)


@dataclass(frozen=True)
class ColumnMap:
    """Canonical column -> index, and canonical column -> the header cell as written."""

    index: dict[str, int]
    headers: dict[str, str]

    def close_matches(self) -> dict[str, str]:
        """Only the columns whose header is not already the canonical name."""
        return {k: v for k, v in self.headers.items() if _fold(v) != k}


def _canonical(cell: str) -> str | None:
    folded = _fold(cell)
    if not folded:
        return None
    hit = _ALIASES.get(folded) or _ALIASES.get(folded.replace(" ", ""))
    if hit:
        return hit
    if len(folded) < 5:  # short words are too easily one edit from another
        return None
    from rapidfuzz import fuzz, process

    found = process.extractOne(folded, _ALIASES.keys(), scorer=fuzz.ratio)
    if found and found[1] >= _TYPO_SCORE:
        return _ALIASES[found[0]]
    return None


def map_columns(row: list[str]) -> ColumnMap:
    """Which known column each header cell is; the first cell for a column wins."""
    index: dict[str, int] = {}
    headers: dict[str, str] = {}
    for i, cell in enumerate(row):
        key = _canonical(cell)
        if key and key not in index:
            index[key] = i
            headers[key] = " ".join(cell.replace("\ufeff", "").split())
    return ColumnMap(index, headers)
