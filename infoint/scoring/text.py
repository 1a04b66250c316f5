"""Shared text helpers for the coaching rules.

Everything here keeps character offsets intact: :func:`fold` maps curly quotes, dashes and
odd spaces to plain ones *one character for one character*, so a match on the folded
text is a valid span on the learner's original text. Rules match case-insensitively
instead of lower-casing (lower-casing can change a string's length).

All patterns are written without nested unbounded repeats so that even a megabyte of
pasted text is scanned in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "SCAN_LIMIT",
    "WORD_RE",
    "fold",
    "first",
    "for_rules",
    "is_negated",
    "normalise_question",
    "sentence_of",
    "sentences",
    "strip_headers",
    "untitle",
    "unquote",
    "unwrap",
    "word_count",
    "content_words",
]

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u2028": "\n",
        "\u2029": "\n",
        "\r": "\n",
        "\u00ad": "-",
        "\uff1f": "?",
    }
)


def fold(text: str) -> str:
    """Plain quotes, hyphens and spaces; same length as ``text``."""
    return text.translate(_FOLD)


#: A line this long that ends mid-sentence was wrapped, not ended (see :func:`unwrap`).
WRAP_WIDTH = 50
_SENTENCE_END = frozenset(".!?:;")
# What starts a line of its own: a bullet, a number, a quoted reply.
_LINE_START = re.compile(r"[ \t]*(?:[-*\u2022\u00b7>]|\d{1,2}[.)]\s)")


def unwrap(folded: str) -> str:
    """``folded`` with the line breaks of hard-wrapped text turned into spaces; same length.

    Email clients and web pages wrap long lines at about 72 characters, and a learner who
    pastes such a message breaks its sentences in the middle. The rules read a line break as
    the end of a sentence or clause (a greeting line, a signature, a list), so a break is
    joined only where the line before it is long and stops mid-sentence and the next line
    goes on with text: short lines (greetings, sign-offs, signatures) and lists stay as
    they are."""
    if "\n" not in folded:
        return folded
    lines = folded.split("\n")
    out = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        end = before.rstrip()
        wrapped = (
            len(end) >= WRAP_WIDTH
            and end[-1] not in _SENTENCE_END
            and line.strip() != ""
            and not _LINE_START.match(line)
        )
        out.append(" " if wrapped else "\n")
        out.append(line)
    return "".join(out)


# Header lines pasted above a message: "Subject: ...", "To: dana@...". Only at the very
# start, and only the header names an email shows.
_HEADERS = re.compile(
    r"\A(?:[ \t]*\n)*(?:[ \t]*(?:subject(?:[ \t]+line)?|to|from|cc|bcc|date|sent)[ \t]*:[^\n]*"
    r"(?:\n|\Z)(?:[ \t]*\n)*)+",
    re.I,
)
_SUBJECT_LINE = re.compile(r"^[ \t]*subject(?:[ \t]+line)?[ \t]*:[ \t]*([^\n]*)", re.I | re.M)


def strip_headers(text: str) -> tuple[str, str | None]:
    """``text`` with header lines pasted above the message ("Subject: ...", "To: ...")
    blanked out (same length, so spans still point into it), and the subject they give.

    Learners paste a whole draft, subject line and all, into the message box; read as
    part of the message, "Subject: A question about your work" is a purpose, and the
    greeting under it is no longer where a greeting goes."""
    m = _HEADERS.match(text)
    if not m or not m.group().strip():
        return text, None
    block = m.group()
    found = _SUBJECT_LINE.search(block)
    blank = "".join(c if c == "\n" else " " for c in block)
    return blank + text[m.end():], (found.group(1).strip() if found else None)


_QUOTE_MARKS = re.compile(r"^([ \t]*>[> \t]*)", re.M)


def unquote(folded: str) -> str:
    """``folded`` with the ">" marks of a quoted reply at line starts turned into spaces;
    same length. A draft copied out of a reply keeps them, and the rules would read each
    line as starting with a symbol instead of a word."""
    if ">" not in folded:
        return folded
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group(1)), folded)


# The full stop of a title before a name: "Dr. Osei", "Ms. Lane". Found from the stop (a
# full stop before a capital), which is rare, rather than from every word that might be a title.
_STOP_BEFORE_NAME = re.compile(r"\.(?=[ \t]+[A-Z])")
_TITLES = frozenset(
    ("mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "sen", "rep", "gen", "col", "capt",
     "lt", "sgt")
)


def untitle(folded: str) -> str:
    """``folded`` with the full stop of a title before a name turned into a space; same
    length. Rules that look for something within one sentence stop at a full stop, and
    "When I told my tutor, Dr. Osei, ..." is one sentence."""
    stops = []
    for m in _STOP_BEFORE_NAME.finditer(folded):
        i = m.start()
        j = i
        while j > 0 and i - j < 4 and folded[j - 1].isalpha():
            j -= 1
        if folded[j:i].lower() in _TITLES and (j == 0 or not folded[j - 1].isalnum()):
            stops.append(i)
    if not stops:
        return folded
    chars = list(folded)
    for i in stops:
        chars[i] = " "
    return "".join(chars)


def for_rules(text: str) -> str:
    """``text`` as the rules read a message: folded, the quote marks of a reply off, hard
    wraps joined and titles' full stops ignored; same length, so every span found in it
    points into ``text``."""
    return untitle(unwrap(unquote(fold(text))))


#: Pattern rules read at most this many characters. Length is still measured on the whole
#: text; no real message is longer (the model refuses bodies over 20,000 characters), and
#: the cap keeps a pasted megabyte to a fraction of a second.
SCAN_LIMIT = 20_000

WORD_RE = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def word_count(folded: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(folded))


def first(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The earliest match of any of ``patterns`` in ``text``."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


# --- sentences ---------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    (
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "rev", "hon", "sen", "rep",
        "gen", "col", "capt", "lt", "sgt", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
        "univ", "no", "fig", "approx", "e.g", "i.e", "e", "g", "i", "a.m", "p.m", "am",
        "pm", "ph.d", "phd",
    )
)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n")
_LAST_TOKEN = re.compile(r"([\w.]{1,12})[.!?]*[\"')\]]*$")


def sentences(folded: str) -> list[tuple[int, int]]:
    """Spans of the sentences in ``folded`` (trimmed, none empty).

    A full stop after a title or an initial ("Dr.", "J.") does not end a sentence; a line
    break does, unless it looks like a hard wrap (a word, a newline, then a lower-case word).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(folded)
    for m in _BOUNDARY.finditer(folded):
        end = m.end()
        if m.group() == "\n":
            before = folded[m.start() - 1] if m.start() else ""
            after = folded[end : end + 1]
            if before.isalnum() and after.islower():
                continue
        elif m.group()[0] == "." and len(m.group()) == 1:
            tail = _LAST_TOKEN.search(folded, max(start, m.start() - 13), m.end())
            if tail:
                token = tail.group(1).lower().rstrip(".")
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                    continue
        _add_span(folded, start, end, spans)
        start = end
    if start < n:
        _add_span(folded, start, n, spans)
    return spans


def _add_span(folded: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span containing ``pos`` (or the nearest one before it)."""
    lo, hi = 0, len(spans) - 1
    best = (0, 0)
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= pos:
            best = spans[mid]
            lo = mid + 1
        else:
            hi = mid - 1
    return best


# --- negation ----------------------------------------------------------------------------

_NEGATOR = re.compile(
    r"\b(?:not|no|never|nor|without|neither|rather\s+than|instead\s+of)\b|n't\b", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:but|however|although|though|yet|still|whereas)\b|[.!?](?=\s)"
    # A comma before a new subject or a request opens a clause the negation does not reach:
    # "Although I'm not asking for a role, could you refer me to your recruiter?"
    r"|,\s*(?=(?:could|would|can|will|may|might|please|i|i'd|i'm|i've|do|does|is|are|if|so"
    r"|and|you|we)\b)",
    re.I,
)
_NEGATED_AFTER = re.compile(
    r"\s{0,3}(?:request\s|requests\s|ask\s|is\s|are\s)?\s{0,3}"
    r"(?:is\s+not|isn't|is\s+never|are\s+not|aren't|'s\s+not)\b",
    re.I,
)


# A negated verb of knowing opens a new clause that the negation does not reach: in "I
# don't know if you have any openings" the openings are asked about, not denied.
_OPENS_CLAUSE = re.compile(
    r"\b(?:know|sure|certain|aware|wonder(?:ing)?)\b", re.I
)


def is_negated(folded: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the phrase at ``start:end`` is negated ("I'm not asking for a job").

    Looks back up to 70 characters (not past ``floor``, a clause break or a sentence end)
    for a negating word whose scope reaches the phrase, and just after the phrase for
    "... is not what I'm asking".
    """
    lo = max(floor, start - 70)
    window = folded[lo:start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(window):
        cut = m.end()
    negators = list(_NEGATOR.finditer(window, cut))
    negator = negators[-1] if negators else None
    if negator is not None and not _OPENS_CLAUSE.search(window, negator.end()):
        return True
    return bool(_NEGATED_AFTER.match(folded, end, min(len(folded), end + 30)))


# --- questions ---------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def normalise_question(text: str) -> str:
    """Lower-case, plain punctuation-free, single-spaced form used to compare questions."""
    text = fold(text).casefold()
    text = _NON_WORD.sub(" ", text.replace("'", ""))
    return _SPACES.sub(" ", text).strip()


_STOP = frozenset(
    (
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "about",
        "your", "you", "i", "me", "my", "is", "are", "was", "were", "do", "does", "did",
        "be", "been", "it", "this", "that", "what", "how", "why", "when", "where", "which",
        "who", "whom", "there", "their", "they", "them", "we", "our", "can", "could",
        "would", "will", "should", "so", "as", "if", "any", "some", "much", "many", "most",
        "more", "very", "really", "just", "tell", "like",
    )
)


# Words that ask the same thing in other words ("What drew you to X?" / "What attracted you
# to X?"), each mapped to one stand-in; and words too general to tell questions apart.
_SAME = {
    **dict.fromkeys(("attracted", "attract", "drew", "draw", "drawn", "pulled", "brought",
                     "led", "lead", "appeal", "appealed"), "draw"),
    **dict.fromkeys(("enjoy", "enjoyed", "love", "favourite", "favorite", "best"), "enjoy"),
    **dict.fromkeys(("hardest", "challenging", "challenge", "difficult", "hard", "toughest"),
                    "hard"),
    **dict.fromkeys(("firm", "organisation", "organization", "employer", "company"), "company"),
    **dict.fromkeys(("started", "start", "begin", "began", "beginning", "starting"), "start"),
    **dict.fromkeys(("advice", "advise", "tip", "tips", "suggestion", "suggestions"), "advice"),
    # "What inspires you?" / "What motivates you?" / "What drives you?"
    **dict.fromkeys(("inspire", "inspired", "inspiring", "inspiration", "motivate", "motivated",
                     "motivating", "motivation", "drive", "driven"), "motivate"),
    # "What is the culture like at your firm?" / "... the atmosphere ...", and (see
    # content_words) "What is it like to work at your firm?"
    **dict.fromkeys(("culture", "atmosphere", "environment", "vibe"), "culture"),
}
# What working somewhere is like is its culture: "what is it like to work at your company".
_LIKE_TO_WORK = re.compile(r"\blike (?:to work|working)\b")
_GENERIC = frozenset(
    ("specifically", "particular", "particularly", "thing", "things", "part", "first",
     "actually", "usually", "currently", "now", "here", "there")
)


def content_words(text: str) -> frozenset[str]:
    """The meaningful words of a question, crudely stemmed and with synonyms merged, for
    near-duplicate checks."""
    out = set()
    norm = normalise_question(text)
    if "like" in norm:
        norm = _LIKE_TO_WORK.sub("culture", norm)
    for word in norm.split():
        if word in _STOP or word in _GENERIC:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(_SAME.get(word, word))
    return frozenset(out)
