"""Is this still the app's starting draft? The ``personalised`` rule's reading.

A starting draft filled from the profile has no gaps and ticks every box, yet it is the
same message every learner sends. The sentences that make it theirs (why this person,
what they hope to learn) must differ from the template. Each sentence of the templates
becomes a pattern in which the filled-in facts (names, school, field, minutes) are
wildcards; a message whose own sentences all match those patterns is unchanged.
"""

from __future__ import annotations

import functools
import re

from .text import WORD_RE, fold, sentences

__all__ = ["template_sentences", "unchanged_template"]

_GAP = re.compile(r"\[[^\[\]\n]{0,40}\]")
_FILLED = r"[^!?\n]{0,80}?"  # a filled-in fact may hold a full stop ("Ms. Green")


def _skeleton(sentence: str) -> re.Pattern[str] | None:
    """A pattern for one template sentence, or None when it is little but gaps."""
    fixed = _GAP.sub(" ", sentence)
    if sum(1 for _ in WORD_RE.finditer(fixed)) < 4:
        return None
    parts = []
    pos = 0
    for m in _GAP.finditer(sentence):
        parts.append(_literal(sentence[pos:m.start()]))
        parts.append(_FILLED)
        pos = m.end()
    parts.append(_literal(sentence[pos:]))
    return re.compile("".join(parts).strip(), re.I)


def _literal(chunk: str) -> str:
    out = re.escape(chunk)
    out = re.sub(r"(?:\\\s|\s)+", r"\\s+", out)  # any run of spaces or line breaks
    return re.sub(r"\d+", r"\\d+", out)  # the minutes asked for come from the profile


@functools.lru_cache(maxsize=1)
def template_sentences() -> tuple[re.Pattern[str], ...]:
    """Patterns for every sentence of the app's starting drafts (all channels)."""
    # Imported here: infoint.outreach itself imports this package.
    from infoint.model import Contact, Learner
    from infoint.outreach import CHANNEL_LABELS, starting_draft

    # Profiles whose every fact is a gap, short and long: a LinkedIn draft picks a shorter
    # wording when the facts are long, so each wording is seen once.
    profiles: list[tuple[Learner | None, Contact | None]] = [(None, None)]
    for size in (1, 14, 38):
        n, s, f, c = ("[" + ch * size + "]" for ch in "nsfc")
        profiles.append((Learner(name=n, school=s, fields=[f]), Contact(name=c)))
    patterns: dict[str, re.Pattern[str]] = {}
    for learner, contact in profiles:
        for channel in CHANNEL_LABELS:
            body = fold(starting_draft(channel, learner, contact).body)
            for start, end in sentences(body):
                pattern = _skeleton(body[start:end])
                if pattern is not None:
                    patterns.setdefault(pattern.pattern, pattern)
    return tuple(patterns.values())


def _counts_as_own(chunk: str) -> bool:
    """A sentence of the learner's own: four words or more, and not a signature block
    (a name, an address, a phone number: short lines without a full stop)."""
    words = sum(1 for _ in WORD_RE.finditer(chunk))
    if words < 4:
        return False
    return not (words <= 8 and not chunk.rstrip().endswith((".", "!", "?")))


def unchanged_template(folded: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the message is the starting draft with only the facts filled in.

    True when at least three of its sentences are template sentences and at most one
    sentence of four words or more (the "how I found you" line, which the app fills from
    the contact) is the learner's own.
    """
    patterns = template_sentences()
    matched = own = 0
    for start, end in spans:
        chunk = folded[start:end]
        if any(p.fullmatch(chunk) for p in patterns):
            matched += 1
        elif _counts_as_own(chunk):
            own += 1
    return matched >= 3 and own <= 1
