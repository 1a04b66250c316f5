"""Asking for a job in a question list or a thank-you, read sentence by sentence.

:func:`patterns.find_job_ask` is shared with outreach. The question list and the thank-you
add what their writers say: a route into *their* team ("What's the best way for me to get
a job on your team?", "put in a word for me", "is there any chance I could intern with
your group?"), and leave alone what only names a job as a topic ("what skills should I
build to be ready for an entry-level role?", "your tips on how to search for roles").
Each sentence is judged on its own, so an exempt mention does not hide a real ask later.
"""

from __future__ import annotations

import re

from .patterns import find_job_ask, is_field_advice
from .text import is_negated, sentences

__all__ = ["own_job_ask"]

_I = re.I

_TARGET = (
    r"(?:your|the\s+same|this)\s+(?:[\w-]+\s+)?(?:company|team|firm|organi[sz]ation|office"
    r"|practice|agency|hospital|school|lab|department|group|studio|clinic|newsroom|business"
    r"|unit|division|branch|side)"
)
_JOB = (
    r"(?:jobs?|positions?|roles?|openings?|internships?|placements?|spots?|places?|offers?"
    r"|contracts?|work|employment|a\s+foot\s+in)"
)

_EXTRA = re.compile(
    # A route in for the asker: "how could I get a job at your company?"
    rf"\b(?:i|me)\b[^.?!\n]{{0,40}}?\b(?:get|land|find|secure|obtain|win|be\s+offered)\s+"
    rf"(?:a|an|the|some|any)?\s*(?:[\w-]+\s+){{0,2}}?{_JOB}\s+(?:at|with|on|in|within|for)\s+"
    rf"(?:{_TARGET}|you\b|here\b)"
    rf"|\b(?:best\s+way|easiest\s+way|quickest\s+way|way)\s+for\s+me\s+to\s+(?:get|land|find"
    rf"|join|work|be\s+hired|apply)\b"
    rf"|\bput\s+in\s+a\s+(?:good\s+)?word\b|\bspeak\s+(?:up\s+)?for\s+me\b|\bvouch\s+for\s+me\b"
    rf"|\bmy\s+chances\s+(?:of|for|at)\s+(?:\w+\s+){{0,3}}?(?:hired|{_JOB}|joining|working)\b"
    rf"|\b(?:chance|possibility|way|room)\s+(?:that\s+)?i\s+(?:could|might|can|would)\s+"
    rf"(?:\w+\s+)?(?:intern|work|join|shadow|volunteer|help\s+out|freelance|temp)\w*\s+(?:with"
    rf"|at|for|on|in)\s+(?:{_TARGET}|you\b)"
    rf"|\bapply(?:ing)?\s+to\s+(?:work\s+(?:at|for|with)|join)\s+(?:{_TARGET}|you\b)"
    rf"|\b(?:anything|something|any\s+\w+)\s+(?:available|open|going|suitable)\s+(?:at|in|on"
    rf"|with|within)\s+(?:{_TARGET}|your\s+end)"
    rf"|\b(?:mention|pass|give|put|drop)\s+(?:along\s+|on\s+)?my\s+name\s+(?:to|forward|along"
    rf"|on|with)\b"
    rf"|\b(?:opportunity|chance|love|like|eager|keen|hope|hoping|able)\s+to\s+(?:\w+\s+)?"
    rf"(?:contribute|add\s+value|bring\s+my\s+\w+)\s+to\s+{_TARGET}"
    # "If your team ever needs an extra pair of hands" (an offer to help with their
    # newsletter is a favour, not this).
    rf"|\bif\s+{_TARGET}\s+(?:ever\s+)?(?:needs?|could\s+use|is\s+looking\s+for|wants?)\s+"
    rf"(?:(?:an?\s+)?(?:extra|spare|another)\s+(?:pair\s+of\s+hands|hands|help|person)"
    rf"|(?:more\s+|new\s+)?(?:interns?|staff|juniors?|people|hands|someone\s+like\s+me))\b"
    # Leads: "Do you know anyone who is hiring?"
    rf"|\b(?:anyone|anybody|someone|companies|firms|places|people|teams|organi[sz]ations)\s+"
    rf"(?:\w+\s+)?(?:who|that|which)(?:\s+(?:is|are|might\s+be|may\s+be)|'s|'re)\s+hiring\b"
    rf"|\b(?:i'm|i\s+am)\s+your\s+(?:person|guy|girl|woman|man)\b"
    rf"|\b(?:take|taking|took|bring|bringing|have)\s+me\s+on\b"
    rf"|\b(?:love|like|happy|glad|keen|eager|thrilled)\s+to\s+join(?:\s+(?:you|in))?\s*[.!?]",
    _I,
)

# A job named as the subject of advice, for no one in particular: "ready for an
# entry-level role", "how to search for roles", "what a junior role involves".
_TOPIC_ONLY = re.compile(
    r"\b(?:ready|prepare[ds]?|preparing|qualif\w+|competitive|eligible|equipped)\s+(?:myself\s+)?"
    r"(?:for|to\s+(?:apply|compete))\b"
    r"|\bhow\s+to\s+(?:search|look|hunt|find|apply|land|get|prepare|interview)\b"
    # when to apply, and where jobs are posted: "before applying for full-time roles",
    # "associations that post job openings"
    r"|\b(?:before|after|when|while)\s+(?:i\s+)?(?:start\s+)?(?:applying|apply)\b"
    r"|\b(?:post|posts|list|lists|advertise|advertises|share|shares)\s+(?:job\s+)?(?:openings"
    r"|jobs|vacancies|positions|roles|listings|postings)\b"
    # Their own history: "How did you find out about the opening for your current role?"
    r"|^\W*(?:(?:how|when|where|why|what|which)\s+(?:did|were|was|had)|did|were|had)\s+you\b"
    # Jobs they would recommend to anyone: "Are there any internships you'd recommend?"
    r"|\b(?:you'd|you\s+would|would\s+you|do\s+you|could\s+you|can\s+you)\s+(?:\w+\s+)?"
    r"(?:recommend|suggest)\b(?!\s+(?:me|i)\b)"
    r"|\b(?:search|searching|look|looking|hunt|hunting)\s+for\s+(?:[\w-]+\s+){0,2}?(?:roles|jobs"
    r"|positions|openings|internships)\s+(?:in|across|within)\s+(?:the|this|that)\b",
    _I,
)
_ADDRESSED = re.compile(
    rf"\b{_TARGET}\b|\bhere\b|\bfor\s+me\b|\bhire\s+me\b|\brefer\s+me\b|\b(?:at|with|for)\s+you\b"
    rf"|\bmy\s+(?:application|cv|resume|r.sum.)\b|\bi\s+(?:could|can|should|might)\s+apply\b",
    _I,
)


# Gratitude for a referral they gave or offered: "I really appreciate you passing my résumé
# along to Jane", "grateful for your offer to introduce me to the hiring manager". Asking
# again in the same sentence ("... if you could", "please", a question) is still an ask.
_GRATEFUL_FOR = re.compile(
    r"\b(?:appreciate[ds]?|grateful|thankful|thanks|thank\s+you)\b[^.;!?\n]{0,40}?\b(?:you|your)\b"
    r"[^.;!?\n]{0,20}?\b(?:pass\w*|forward\w*|send\w*|sent|offer\w*|introduc\w*|referr\w*"
    r"|putting|connect\w*|agree\w*|willing\w*|mention\w*)\b",
    _I,
)
_ASKS_AGAIN = re.compile(
    r"\bif\s+you\s+(?:could|would|can|might)\b|\bplease\b|\?|\bin\s+advance\b|\bkeep\s+me\b", _I
)


def _grateful(sentence: str, start: int) -> bool:
    frame = _GRATEFUL_FOR.search(sentence)
    return bool(frame and frame.start() < start and not _ASKS_AGAIN.search(sentence))


def own_job_ask(folded: str) -> tuple[int, int] | None:
    """The span of the first sentence-level request for a job, referral or internship."""
    spans = sentences(folded) or [(0, len(folded))]
    for s_start, s_end in spans:
        sentence = folded[s_start:s_end]
        ask = find_job_ask(sentence)[0]
        if ask and not (_TOPIC_ONLY.search(sentence) and not _ADDRESSED.search(sentence)) and (
            not _grateful(sentence, ask[0])
        ):
            return (s_start + ask[0], s_start + ask[1])
        for m in _EXTRA.finditer(sentence):
            if " for me to " in m.group(0).lower() and is_field_advice(sentence):
                continue  # "the best way for me to land a job in this field": advice
            if not is_negated(sentence, m.start(), m.end()) and not _grateful(sentence, m.start()):
                return (s_start + m.start(), s_start + m.end())
    return None
