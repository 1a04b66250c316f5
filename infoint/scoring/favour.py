"""The ``asks-a-favour`` signal: a thank-you asks for nothing new in return.

A thank-you that also asks the contact to read a draft, to become a mentor, to set up
regular calls, to write a recommendation or fill in a survey, or that comes with an
unrequested résumé, turns thanks into a new demand on
someone who has already given their time. Counsellors call this out even when the rest of
the note is good. Asking for a job or a referral is the ``asks-for-job`` rule's business
and is not repeated here; keeping the door open ("may I write again?") is welcome.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import is_negated, sentence_of, sentences

if TYPE_CHECKING:
    pass

__all__ = ["find_favour"]

_I = re.I
_DOC = r"(?:r.sum.s?|resumes?|cvs?|portfolio|draft|report|essay|paper|proposal|application)"

_FAVOURS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Asking them to review or work on something.
    (re.compile(
        r"\b(?:would|could|can|will)\s+you\s+(?:\w+\s+){0,2}?(?:read|review|look\s+(?:over|at"
        r"|through)|proofread|edit|critique|check|go\s+over|comment\s+on|give\s+me\s+feedback)\b"
        r"(?!\s+(?:in|up)\b)"
        # "would you be willing to give it a quick read?", "take a look at my draft"
        r"|(?<!\bfor\s)\b(?:give|take)\s+(?:it|this|them|my\s+[\w-]+(?:\s+[\w-]+)?)\s+a\s+"
        r"(?:quick\s+|brief\s+|final\s+)?(?:read|look|once-over|glance|skim)\b"
        r"|(?<!\bfor\s)\btake\s+a\s+(?:quick\s+|brief\s+)?look\s+(?:at|over)\s+my\b"
        r"|\b(?:would|do)\s+you\s+mind\s+(?:reading|reviewing|looking|checking|editing"
        r"|proofreading|commenting|going\s+over|filling|answering|sharing|sending)\b"
        # ("your feedback on my CV", "the comments on my draft" were given: thanked, not asked)
        r"|(?<!\byour\s)(?<!\bthe\s)\b(?:feedback|comments|thoughts)\s+on\s+(?:my|our)\s+"
        + _DOC +
        # Feedback wished for, on something of theirs: "the repository is here; I'd be
        # grateful for any feedback you have on it" (round 13). Thanks for feedback given
        # ("I appreciated your feedback") is past and passes.
        r"|\b(?:i'd|i\s+would|i'll|i\s+will)\s+(?:also\s+)?(?:be\s+)?(?:very\s+|really\s+|so\s+)?"
        r"(?:grateful|thankful|appreciate|welcome|love|value)\s+(?:for\s+)?(?:any|your|some)\s+"
        r"(?:\w+\s+)?(?:feedback|comments|input|critique)\b",
        _I,
    ), "review"),
    # Asking for ongoing mentoring or standing meetings.
    (re.compile(
        r"\b(?:be|become|act\s+as)\s+my\s+mentor\b|\bmentor\s+me\b"
        r"|\b(?:weekly|monthly|fortnightly|regular|recurring|standing)\s+(?:call|calls|meeting"
        r"|meetings|check-ins?|chats?|sessions?)\b",
        _I,
    ), "mentor"),
    # Sending documents nobody asked for.
    (re.compile(
        r"\battach(?:ed|ing)?\s+(?:is\s+|are\s+)?(?:my|our)\b|\b(?:find|enclosed?)\s+(?:attached\s+)?"
        r"my\s+" + _DOC + r"|\bmy\s+" + _DOC + r"\s+(?:is\s+)?(?:attached|enclosed)\b"
        r"|\b(?:send|forward|share|email)\s+(?:you\s+)?my\s+(?:r.sum.|resume|cv)\b"
        # the short form of a postscript: "CV attached." (round 23's probes)
        r"|(?:^|[.!?;:]\s+|\n)[ \t]*(?:my\s+)?(?:r.sum.s?|resumes?|cvs?|portfolio)\s+"
        r"(?:is\s+|are\s+)?(?:attached|enclosed)\b",
        _I | re.M,
    ), "attachment"),
    # Asking for another new favour (round 23's probes): a recommendation or an endorsement
    # written for them, a survey filled in, a day's shadowing, their name as a reference, a
    # post of theirs shared, a form signed. Only as a request: "thank you for writing me a
    # recommendation" thanks for one given.
    (re.compile(
        r"\b(?:(?:would|could|can|will)\s+you|(?:if|whether)\s+you\s+(?:could|would|might|can)"
        r"|(?:could|can|may|might)\s+i)\s+(?:[\w-]+\s+){0,4}?(?:"
        r"(?:write|give|leave|provide)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+)?"
        r"(?:linkedin\s+)?(?:recommendation|testimonial|endorsement|letter\s+of\s+(?:recommendation"
        r"|support|reference)|reference\s+letter)"
        r"|endorse\s+(?:me|my)\b"
        r"|(?:fill\s+(?:in|out)|complete|take|answer)\s+(?:a|my|this|our|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:survey|questionnaire|poll)"
        r"|shadow\s+you"
        r"|(?:be|being|act\s+as|serve\s+as)\s+(?:a|my|one\s+of\s+my)\s+(?:reference|referee|sponsor)s?"
        r"|(?:share|repost|forward|circulate|pass\s+along|pass\s+on)\s+my\s+(?:[\w-]+\s+){0,2}?"
        r"(?:post|article|survey|petition|fundraiser|campaign|page|video)"
        r"|sign\s+(?:off\s+on\s+)?my\s+(?:[\w-]+\s+){0,2}?(?:form|sheet|log|timesheet))\b"
        # another meeting to go over something of theirs: "would you have time to meet
        # again next week to go over my portfolio?"
        r"|\b(?:would|could|can)\s+you\s+(?:have|find|spare)\s+(?:[\w-]+\s+){0,6}?to\s+(?:go\s+over"
        r"|look\s+(?:over|at|through)|review|read|check)\s+my\b",
        _I,
    ), "help"),
)


# A document they asked for is no favour: "As you suggested, I've attached my résumé",
# "here is my CV, as requested".
_REQUESTED = re.compile(
    r"\b(?:as\s+you\s+(?:\w+\s+)?(?:suggested|asked|requested|recommended|advised|mentioned)"
    r"|as\s+(?:requested|promised|discussed|agreed)|at\s+your\s+(?:request|suggestion)"
    r"|you\s+(?:asked|wanted)\s+(?:for|to\s+see|me\s+to))\b",
    _I,
)


def _asked_for(folded: str, start: int) -> bool:
    """Whether the sentence holding ``start`` says they asked for the document."""
    first, last = sentence_of(sentences(folded), start)
    return _REQUESTED.search(folded, first, last) is not None


def find_favour(folded: str) -> tuple[tuple[int, int], str] | None:
    """The first favour asked in ``folded`` (a folded note) and its kind, or None."""
    best: tuple[tuple[int, int], str] | None = None
    for pattern, key in _FAVOURS:
        for m in pattern.finditer(folded):
            if is_negated(folded, m.start(), m.end()):
                continue  # "I won't send my résumé": not an ask
            if key == "attachment" and _asked_for(folded, m.start()):
                continue
            if best is None or m.start() < best[0][0]:
                best = ((m.start(), m.end()), key)
            break
    return best
