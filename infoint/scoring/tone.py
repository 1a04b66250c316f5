"""The ``professional-tone`` signal: a note to a professional reads like one.

Counsellors mark down thank-yous that read like a text to a friend: text-speak ("thx",
"u"), emoticons, stacked exclamation marks, an intimate or flippant sign-off ("Love,",
"Peace,"), a phone's "Sent from my iPhone", or a note typed all in lower case. None of the
other thank-you rules looks at register, so a note can do everything else right and still
put the contact off.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

__all__ = ["find_casual"]

_I = re.I

# (pattern, message key). Order only decides which problem is named when several occur.
_CASUAL: tuple[tuple[re.Pattern[str], str], ...] = (
    # Text-speak. The one-letter forms only in lower case, so "U.S." or "Plan U" stay clear.
    (re.compile(r"\b(?:thx|thanx|thnx|tnx|pls|plz|lol|lmao|omg|ttyl|idk|gonna|wanna)\b", _I),
     "textspeak"),
    (re.compile(r"(?<![\w.&])(?:u|ur|ya)(?![\w.&'])"), "textspeak"),
    (re.compile(r"\b(?:ha){2,}\b|(?:^|[\s(])ha[.!]|\bhehe\b", _I), "textspeak"),
    # A word stretched like speech: "soooo much", "pleeease" ("i" left out: "Part iii").
    (re.compile(r"\b[a-z]*[b-df-hj-np-tv-z][a-z]*?([aeouy])\1{2,}[a-z]*\b", _I), "textspeak"),
    # Emoticons and emoji.
    (re.compile(r"(?<![\w:])[:;]-?[)(DPp](?![\w)(])|<3"), "emoji"),
    (re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]"), "emoji"),
    (re.compile(r"[!?]{2,}"), "punctuation"),
    (re.compile(r"\bsent\s+from\s+my\s+(?:i?phone|android|mobile|ipad|galaxy|pixel|cell)\b", _I),
     "phone"),
    # A sign-off alone on its line.
    (re.compile(
        r"^[ \t]*(?:(?:lots\s+of\s+|much\s+)?love|peace(?:\s+out)?|x+o+x*o*|x{1,3}|hugs"
        r"|later|laters|cya|ciao|ttyl|yo)[ \t]*[,.!]?[ \t]*$",
        re.I | re.M,
    ), "signoff"),
)
_LETTER = re.compile(r"[^\W\d_]")


def find_casual(text: str) -> tuple[tuple[int, int], str] | None:
    """The first sign of a casual register in ``text`` and its kind, or None.

    ``text`` must keep its case (a folded copy of the same length is fine).
    """
    best: tuple[tuple[int, int], str] | None = None
    for pattern, key in _CASUAL:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0][0]):
            best = ((m.start(), m.end()), key)
    if best is None:
        letters = _LETTER.findall(text)
        # A note typed without a single capital letter reads as dashed off.
        if len(letters) >= 40 and not any(ch.isupper() for ch in letters):
            stripped = text.strip()
            start = text.find(stripped[:1]) if stripped else 0
            best = ((start, start + min(len(stripped), 40)), "lowercase")
    return best
