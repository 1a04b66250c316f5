"""The ``greets-by-name`` signal: a first message is written to one person, by name.

"Dear Sir or Madam", "To whom it may concern" or "Dear Professor," tell the reader the
sender did not find out who they are; "I've emailed all four of you" tells them they are
one of a batch. Either makes a request to learn from *this* person hard to believe, so it
fails. A greeting with no name at all ("Hi.", "Hey, I'm ...") is a smaller slip and warns
(not on the phone, where whoever answers is greeted, nor to someone the sender knows).
No greeting at all is the ``polite`` rule's business, not this one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report import Finding
    from .rules import RuleSet

__all__ = ["find_impersonal", "find_nameless_greeting", "greeting_finding"]

_I = re.I

# A salutation to a title or a group instead of a person, at the start of a line.
_IMPERSONAL = re.compile(
    r"^[ \t]*(?:(?:dear|hello|hi|greetings|good\s+(?:morning|afternoon|evening)|respected)[ \t,]+"
    r"(?:sir(?:\s*(?:or|/)\s*madam)?|madam(?:\s*(?:or|/)\s*sir)?|sirs|all|everyone|team"
    # "Dear Ma'am," and "Respected Sir," write to a title, as Indian English letters do
    r"|ma'?am|sir\s*/\s*ma'?am"
    r"|hiring\s+(?:manager|team)|recruiter|professor|prof|doctor|dr|colleague|colleagues"
    r"|friend|friends|mr|ms|mrs|miss"
    # a firm's whole team: "Dear Quillmark Team," "Hi [Company] hiring team" (round 26)
    r"|(?:(?:(?-i:[A-Z])[\w&'.-]*|\[[^\]\n]{1,30}\])[ \t]+){1,3}"
    r"(?:(?:hiring|recruiting|recruitment|talent|careers)[ \t]+)?team)\.?(?=[ \t]*(?:[,:;!]|$))"
    r"|to\s+whom\s+it\s+may\s+concern\b)",
    _I | re.M,
)
# Saying the message went to several people at once.
_MASS = re.compile(
    r"\b(?:all|each)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?of\s+you\b"
    # (moving the one who introduced them to bcc is the courtesy of a reply to an
    # introduction, not a mass mailing: "I'll shift you to bcc", round 19)
    r"|(?<!\bto\s)\b(?:bcc|bcc'd|mass\s+e-?mail)\b",
    _I,
)
_GREETING = re.compile(
    r"\A\s*\W{0,3}(hi+|hey+|hello+|hiya|greetings|good\s+(?:morning|afternoon|evening)|dear)\b"
    r"[ \t]*[,.!?…:;-]*[ \t\n]*",
    _I,
)
# Capitalised words that start a sentence rather than name the reader.
_NOT_A_NAME = frozenset({
    "i", "i'm", "i've", "i'd", "i'll", "im", "my", "me", "so", "just", "we", "this", "it",
    "hope", "hoping", "thanks", "thank", "quick", "long", "happy", "sorry", "the", "a", "an",
    "is", "are", "would", "could", "can", "do", "let", "please", "hello", "hi", "hey", "there",
    "all", "everyone", "team", "how", "what", "when", "any", "anyway", "fancy", "got", "heard",
    "saw", "permit", "allow", "sir", "madam",
})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def find_impersonal(folded: str) -> tuple[int, int] | None:
    """The span of an impersonal salutation or a word that it went to many, or None."""
    m = _IMPERSONAL.search(folded[:400]) or _MASS.search(folded)
    return m.span() if m else None


def find_nameless_greeting(folded: str) -> tuple[int, int] | None:
    """The span of an opening greeting followed by no name ("Hi. I'm ..."), or None."""
    m = _GREETING.match(folded)
    if not m:
        return None
    rest = folded[m.end():]
    if not rest or not (rest[0].isalpha()):
        return None  # "Hi [Name]", "Hey {name}", an @handle: not this rule's to judge
    word = _WORD.match(rest)
    if word is None:
        return None
    token = word.group().casefold().rstrip(".,")
    if rest[0].isupper() and token not in _NOT_A_NAME:
        return None  # "Hi Tunde", "Hello, Ms. Moreau"
    return m.start(1), m.end(1)


def greeting_finding(
    rules: RuleSet, text: str, folded: str, channel: str, knows_recipient: bool
) -> Finding:
    """The ``greets-by-name`` finding of a first message."""
    span = find_impersonal(folded)
    if span is not None:
        return rules.finding("greets-by-name", "fail", span=span,
                             values={"phrase": text[span[0]:span[1]].strip()})
    if channel != "phone" and not knows_recipient:
        span = find_nameless_greeting(folded)
        if span is not None:
            return rules.finding("greets-by-name", "warn", span=span,
                                 values={"phrase": text[span[0]:span[1]].strip()})
    return rules.finding("greets-by-name", "pass")
