"""Is this the same person? Near-duplicate contacts, and merging one into another.

An export rarely spells a person the way the learner typed them: "Ana García, Acme" and
"Ana Garcia, Acme Inc." are one person; "Chris Lee" at Acme and "Christine Lee" at Bolt are
two. Names and organisations are folded (case, accents, titles, punctuation, legal
suffixes such as Inc., LLC or GmbH) and compared with rapidfuzz, a maintained fuzzy
matcher. Only candidates that share an email or a surname are compared,
so 2,000 rows against 2,000 contacts stay well under a second.

A *certain* match (same email, or the same folded name at the same organisation) is merged
without asking; a *likely* one (a name spelled alike at the same organisation, or the same
name where one side has no organisation) is shown to the learner, who chooses merge or keep
both. Merging only fills what the existing contact lacks: the learner's edits are kept.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infoint.contacts import normalise
from infoint.model import MAX_TEXT, Contact

__all__ = [
    "Match",
    "find_match",
    "index_of",
    "keys_of",
    "merge_into",
    "name_key",
    "org_key",
    "possible_duplicates",
]

# Words that say what kind of company it is, not which: dropped before comparing.
_LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation",
    "co", "company", "gmbh", "ag", "kg", "ug", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
    "oy", "ab", "as", "asa", "aps", "pty", "pte", "kk", "gk", "the",
})
_TITLES = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "phd", "md"}
)
_PUNCT = re.compile(r"[^\w\s]")

# rapidfuzz ratios (0-100). A name must be this close to be the same person at the same
# organisation: "Ana Garcia" / "Ana García" is 100 after folding, "Jon Smith" / "John
# Smith" is 95, "Chris Lee" / "Christine Lee" is 82 and stays two people.
_NAME_SCORE = 90.0
# Organisations this close are the same one: "Acme Widgets" / "ACME Widgets Ltd" after
# folding, "Saint Mary's Hospital" / "St Mary's Hospital".
_ORG_SCORE = 88.0


def _fold(text: str, drop: frozenset[str]) -> str:
    words = _PUNCT.sub(" ", normalise(text)).split()
    return " ".join(w for w in words if w not in drop)


def name_key(name: str) -> str:
    """'Dr. Ana  García' -> 'ana garcia'."""
    return _fold(name, _TITLES)


def org_key(organisation: str) -> str:
    """'Acme, Inc.' -> 'acme'; 'The Bakery GmbH' -> 'bakery'."""
    return _fold(organisation.replace("&", " and "), _LEGAL_SUFFIXES)


@dataclass(frozen=True)
class Match:
    """``incoming`` looks like ``existing``; ``certain`` ones are merged without asking."""

    incoming: Contact
    existing: Contact
    reason: str
    certain: bool


def _same_org(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= _ORG_SCORE


@dataclass(frozen=True)
class _Keys:
    """A contact with its folded email, name and organisation, folded once."""

    contact: Contact
    email: str
    name: str
    org: str

    @classmethod
    def of(cls, contact: Contact) -> _Keys:
        return cls(
            contact,
            contact.email.strip().casefold(),
            name_key(contact.name),
            org_key(contact.organisation),
        )


def _compare(a: _Keys, b: _Keys) -> Match | None:
    incoming, existing = a.contact, b.contact
    if a.email and a.email == b.email:
        return Match(incoming, existing, "the same email address", certain=True)
    if not a.name or not b.name:
        return None
    from rapidfuzz import fuzz

    same_name = a.name == b.name
    close_name = same_name or (
        a.name.split()[-1] == b.name.split()[-1] and fuzz.ratio(a.name, b.name) >= _NAME_SCORE
    )
    if not close_name:
        return None
    # Two different addresses: a namesake, or one person at two jobs; never certain.
    differing_emails = bool(a.email and b.email)
    if _same_org(a.org, b.org):
        if same_name and not differing_emails:
            return Match(incoming, existing, "the same name at the same organisation", True)
        what = "the same name" if same_name else "a name spelled alike"
        return Match(incoming, existing, f"{what} at the same organisation", certain=False)
    if same_name and (not a.org or not b.org) and not differing_emails:
        return Match(
            incoming, existing, "the same name; one of them has no organisation", certain=False
        )
    return None


class _Index:
    """Contacts by email and surname: who is worth comparing with whom.

    Every match but a shared email needs the same surname (see ``_compare``), so these two
    keys find every candidate; blocking by organisation would compare a 2,000-person
    export's 400 colleagues at one firm with each other for nothing.
    """

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self.by_email: dict[str, list[_Keys]] = defaultdict(list)
        self.by_surname: dict[str, list[_Keys]] = defaultdict(list)
        for contact in contacts:
            self.add(contact)

    def add(self, contact: Contact | _Keys) -> None:
        keys = contact if isinstance(contact, _Keys) else _Keys.of(contact)
        if keys.email:
            self.by_email[keys.email].append(keys)
        if keys.name:
            self.by_surname[keys.name.split()[-1]].append(keys)

    def candidates(self, keys: _Keys) -> list[_Keys]:
        groups = []
        if keys.email:
            groups.append(self.by_email.get(keys.email, ()))
        if keys.name:
            groups.append(self.by_surname.get(keys.name.split()[-1], ()))
        seen: dict[int, _Keys] = {}
        for group in groups:
            for other in group:
                seen.setdefault(id(other.contact), other)
        return list(seen.values())


def find_match(contact: Contact | _Keys, index: _Index) -> Match | None:
    """The best match for ``contact`` among the indexed ones: certain before likely."""
    keys = contact if isinstance(contact, _Keys) else _Keys.of(contact)
    best: Match | None = None
    for other in index.candidates(keys):
        if other.contact is keys.contact:
            continue
        found = _compare(keys, other)
        if found is None:
            continue
        if found.certain:
            return found
        best = best or found
    return best


def index_of(contacts: Iterable[Contact]) -> _Index:
    """An index to match against; add to it as contacts are accepted."""
    return _Index(contacts)


def keys_of(contact: Contact) -> _Keys:
    """``contact`` with its comparison keys folded once, for repeated matching."""
    return _Keys.of(contact)


def possible_duplicates(contacts: Sequence[Contact]) -> list[Match]:
    """Pairs in the learner's own list that look like one person (each pair once)."""
    index = _Index([])
    out: list[Match] = []
    for contact in contacts:
        keys = _Keys.of(contact)
        found = find_match(keys, index)
        if found is not None:
            out.append(found)
        index.add(keys)
    return out


# Fields an import may fill; status, relationship and notes the learner has set stay.
_FILLABLE = ("organisation", "role", "field", "email", "phone", "url", "referred_by",
             "connected_on")


def merge_into(existing: Contact, incoming: Contact) -> tuple[Contact, list[str]]:
    """``existing`` with the gaps that ``incoming`` can fill, and the names of those fields.

    Nothing the learner wrote is overwritten. A relationship still at a default
    ("local professional" or "other") takes a warmer one from the file, and notes from the
    file are added below the learner's when they say something new.
    """
    changes: dict[str, object] = {}
    for name in _FILLABLE:
        if not getattr(existing, name) and getattr(incoming, name):
            changes[name] = getattr(incoming, name)
    defaults = ("local professional", "other")
    if existing.relationship in defaults and incoming.relationship not in defaults:
        changes["relationship"] = incoming.relationship
    new_notes = incoming.notes.strip()
    if new_notes and normalise(new_notes) not in normalise(existing.notes):
        combined = f"{existing.notes.rstrip()}\n{new_notes}".strip()
        if len(combined) <= MAX_TEXT:  # never shorten what the learner wrote
            changes["notes"] = combined
    if not changes:
        return existing, []
    return dataclasses.replace(existing, **changes), sorted(changes)
