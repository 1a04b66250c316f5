"""Coaching rules for the thank-you note after a meeting."""

from __future__ import annotations

import re
from datetime import date

from infoint.model import optional_date

from .language import detect_language, not_english_report
from .patterns import job_ask_finding
from .report import Finding, Report
from .rules import load_rules, weighted_score
from .signals import thank_you_signals
from .text import SCAN_LIMIT, fold, sentences, word_count

__all__ = ["THANK_YOU_CHANNELS", "THANK_YOU_RULES", "check_thank_you"]

THANK_YOU_RULES = (
    "sent-within-24h",
    "specific-takeaway",
    "asks-to-stay-in-touch",
    "includes-contact-info",
    "asks-for-job",
    "length",
    "professional-tone",
    "asks-a-favour",
)

_I = re.I

_TAKEAWAY = [
    re.compile(
        r"\bi(?:'ve|\s+have)?\s+(?:really\s+|also\s+)?learn(?:ed|t)\b|\blearning\s+(?:that|about"
        r"|how|what)\b",
        _I,
    ),
    re.compile(
        r"\byour\s+(?:advice|point|points|suggestion|suggestions|tip|tips|comment|comments|story"
        r"|stories|insight|insights|description|explanation|perspective|recommendation"
        r"|recommendations|idea|example|examples)\s+(?:about|on|to|that|of|regarding|for)\b",
        _I,
    ),
    re.compile(r"\b(?:especially|in\s+particular|particularly|specifically)\b", _I),
    re.compile(
        r"\b(?:it\s+was|was)\s+(?:so\s+|really\s+|very\s+|especially\s+|truly\s+)?(?:helpful"
        r"|useful|interesting|eye-opening|valuable|insightful|enlightening|fascinating"
        r"|reassuring|good)\s+to\s+(?:hear|learn|know|understand|see|find\s+out)\b",
        _I,
    ),
    re.compile(r"\bhearing\s+(?:about|how|that|what|your)\b", _I),
    re.compile(
        r"\byou\s+(?:mentioned|suggested|explained|described|said|pointed\s+out|told\s+me"
        r"|recommended|shared)\b|\bwhen\s+you\s+(?:said|talked|described|explained|mentioned)\b",
        _I,
    ),
    re.compile(
        r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to|'ve\s+already"
        r"|\s+have\s+already)\s+(?:definitely\s+|certainly\s+|now\s+|also\s+)?(?:follow|take"
        r"|look\s+into|check\s+out|read|try|join|sign\s+up|apply\s+your|contact|reach\s+out"
        r"|start|register|enrol|enroll|signed|joined|started|ordered|looked)\b",
        _I,
    ),
    re.compile(r"\"[^\"\n]{3,120}\""),
    # Something they now know: "knowing where to find that data", "catching me up on ...".
    re.compile(
        r"\b(?:knowing|finding\s+out|understanding|seeing)\s+(?:where|how|what|which|why|that)\b"
        r"|\b(?:catch|catching|bring|bringing|brought|caught|get|getting)\s+me\s+up\s+(?:to\s+"
        r"(?:speed|date)\s+)?on\b|\bexactly\s+what\s+i\s+needed\b",
        _I,
    ),
    # Advice taken or named, a story retold, a view they shared, a change of mind.
    re.compile(
        r"\b(?:took|taken|take|followed|acted\s+on|applied|used)\s+your\s+(?:advice|suggestion|tip"
        r"|push|idea|recommendation)|\b(?:advice|tips?|suggestions?|ideas?|pointers?|insights?)\s+"
        r"(?:about|on|to|regarding)\b|\b(?:the\s+)?stor(?:y|ies)\s+(?:of|about)\s+(?:how|when|your)\b"
        r"|\b(?:shared|gave|offered|explained)\s+(?:me\s+)?(?:her|his|their|your)\s+(?:view|perspective"
        r"|insights?|take|thoughts|experience)\b|\b(?:convinced|persuaded|encouraged|inspired)\s+me"
        r"\s+to\b|\bmade\s+me\s+(?:realise|realize|rethink|reconsider|see)\b|\bhelped\s+me\s+"
        r"(?:see|understand|decide|realise|realize)\b|\b(?:idea|thing|point|lesson)\s+i(?:'m|\s+am"
        r"|'ll|\s+will)\s+(?:leaving|taking|walking)\s+(?:away\s+)?with\b",
        _I,
    ),
]

_STAY = re.compile(
    r"\b(?:stay|keep|remain)\s+in\s+touch\b|\b(?:keep|stay)\s+(?:you\s+)?(?:posted|updated"
    r"|informed)\b|\bkeep\s+in\s+contact\b"
    r"|\b(?:may|might|can|could)\s+i\s+(?:\w+\s+)?(?:contact|reach\s+out|follow\s+up|get\s+in"
    r"\s+touch|write|email|e-mail|call|check\s+in|ask)\b"
    r"|\bwould\s+it\s+be\s+(?:ok|okay|alright|all\s+right|possible|fine)\s+(?:if\s+i|to)\s+"
    r"(?:\w+\s+)?(?:contact|reach|follow|write|email|get|check|keep|ask)\b"
    r"|\b(?:contact|reach\s+out\s+to|write\s+to|email)\s+you\s+again\b|\breach\s+out\s+again\b"
    r"|\blet\s+you\s+know\s+how\b|\bupdate\s+you\b|\bin\s+touch\b"
    r"|\blook(?:ing)?\s+forward\s+to\s+(?:seeing|meeting|talking|speaking|catching|staying"
    r"|keeping|working|running\s+into|crossing)\b|\b(?:write|reach\s+out|check\s+in)\s+(?:to\s+you\s+)?"
    r"again\b|\b(?:come|get|circle|check)\s+back\s+(?:to|with)\s+you\b|\bquick\s+update\b"
    r"|\b(?:could|should|might|let's|love\s+to|like\s+to)\s+(?:get|grab|have)\s+(?:a\s+)?(?:coffee"
    r"|drink|lunch)\b|\bcatch\s+up\s+(?:again|soon|sometime|later)\b"
    r"|\bhope\s+to\s+(?:see|stay|keep|talk|speak|meet|catch\s+up)\b|\bsee\s+you\s+(?:at|again"
    r"|soon|there)\b"
    # The door held open from either side: an offer to help, a line sent later, the next step.
    r"|\b(?:don't|do\s+not|never)\s+hesitate\s+to\s+(?:reach|contact|get\s+in|call|email|ask)\b"
    r"|\bif\s+(?:there's|there\s+is|i\s+can)\s+(?:ever\s+)?(?:anything|any\s+way|help)\b"
    r"|\b(?:drop|send|shoot)\s+you\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:line|note|email|e-mail"
    r"|message|update)\b|\bpaths\s+(?:cross|will\s+cross)\b|\bconnect\s+(?:with\s+you\s+)?on"
    r"\s+linkedin\b|\bcontinue\s+(?:our|the|this)\s+conversation\b|\bin\s+the\s+loop\b"
    r"|\btouch\s+base\b|\breport\s+back\b|\bfollow\s+up\s+with\s+you\b|\bi(?:'ll|\s+will)\s+let"
    r"\s+you\s+know\b|\bnext\s+steps?\b",
    _I,
)

_ADMITS_LATE = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies)\b[^.!?\n]{0,40}\b(?:late|delay|delayed|slow|long)\b"
    r"|\bbelated\b|\bmeant\s+to\s+(?:write|send|thank|reach\s+out)\b"
    r"|\b(?:took|taken)\s+(?:me\s+)?(?:so\s+)?long\s+to\s+(?:write|reply|send|thank)",
    _I,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?<![\w])\+?\(?\d{1,4}\)?(?:[\s.-]{0,2}\d{2,5}){2,5}(?![\w])")
_REACH = re.compile(
    r"\b(?:reach|contact|call|email|text)\s+me\s+(?:at|on|via|by)\b|\bmy\s+(?:email|e-mail"
    r"|number|phone|cell|mobile)(?:\s+address)?\s+is\b|\bmy\s+linkedin\b",
    _I,
)


#: How a note can travel. A reply by email or LinkedIn message already carries the way back.
THANK_YOU_CHANNELS = ("email", "letter", "card", "linkedin")
_REPLY_CHANNELS = frozenset({"email", "linkedin"})


def check_thank_you(
    text: str,
    met_on: date | None = None,
    sent_on: date | None = None,
    channel: str | None = None,
    reply: bool | None = None,
) -> Report:
    """Check a thank-you note; ``met_on`` and ``sent_on`` time it (dates or ISO strings).

    ``channel`` is how it is sent (``email``, ``letter``, ``card`` or ``linkedin``; None:
    not known). ``reply`` says the note answers in a thread the contact can reply to (by
    default: an email or LinkedIn message); then it needs no contact details.
    """
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if channel is not None:
        if not isinstance(channel, str) or channel.strip().lower() not in THANK_YOU_CHANNELS:
            raise ValueError(
                f"channel must be one of {', '.join(THANK_YOU_CHANNELS)}, not {channel!r}"
            )
        channel = channel.strip().lower()
    if reply is None:
        reply = channel in _REPLY_CHANNELS
    met = optional_date(met_on, "met_on")
    sent = optional_date(sent_on, "sent_on")
    language = detect_language(text)
    if language != "en":
        return not_english_report("thank-you", language, {
            "words": word_count(fold(text)), "characters": len(text.strip()),
            "days_after_meeting": None,
        })
    rules = load_rules("thank_you")
    th = rules.thresholds
    words = word_count(fold(text))
    folded = fold(text[:SCAN_LIMIT])
    spans = sentences(folded)
    findings: list[Finding] = []
    add = findings.append
    skip: set[str] = set()

    # sent-within-24h: without both dates there is nothing to judge, only advice to give
    days: int | None = None
    late = _ADMITS_LATE.search(folded)
    if (met is None or sent is None) and late:
        # No dates, but the note itself says it is late ("sorry this is so late").
        add(rules.finding("sent-within-24h", "fail", "late_text", span=late.span()))
    elif met is None or sent is None:
        add(rules.finding("sent-within-24h", "warn", "unknown"))
        skip.add("sent-within-24h")
    else:
        days = (sent - met).days
        if days < 0:
            add(rules.finding("sent-within-24h", "warn", "before", values={"days": days}))
        elif days <= int(th.get("max_days", 1)):
            add(rules.finding("sent-within-24h", "pass", values={"days": days}))
        else:
            add(rules.finding("sent-within-24h", "fail", values={"days": days}))

    # specific-takeaway
    hits = [m for p in _TAKEAWAY if (m := p.search(folded))]
    if hits:
        first = min(hits, key=lambda m: m.start())
        add(rules.finding("specific-takeaway", "pass", span=first.span()))
    else:
        add(rules.finding("specific-takeaway", "fail", "warn"))

    # asks-to-stay-in-touch
    m = _STAY.search(folded)
    add(rules.finding("asks-to-stay-in-touch", "pass", span=m.span()) if m else
        rules.finding("asks-to-stay-in-touch", "fail", "warn"))

    # includes-contact-info
    hits = [m for p in (_EMAIL, _PHONE, _REACH) if (m := p.search(folded))]
    if hits:
        first = min(hits, key=lambda m: m.start())
        add(rules.finding("includes-contact-info", "pass", span=first.span()))
    elif reply:
        add(rules.finding("includes-contact-info", "pass", "reply"))
    else:
        add(rules.finding("includes-contact-info", "fail", "warn"))

    # asks-for-job
    add(job_ask_finding(rules, text, folded, spans))

    # length
    low, high = int(th.get("words_pass_min", 20)), int(th.get("words_pass_max", 150))
    floor, ceiling = int(th.get("words_fail_under", 8)), int(th.get("words_fail_over", 250))
    values = {"words": words}
    if words < floor:
        add(rules.finding("length", "fail", "fail_short", values=values))
    elif words > ceiling:
        add(rules.finding("length", "fail", "fail_long", values=values))
    elif words < low:
        add(rules.finding("length", "warn", "warn_short", values=values))
    elif words > high:
        add(rules.finding("length", "warn", "warn_long", values=values))
    else:
        add(rules.finding("length", "pass", values=values))

    findings.extend(thank_you_signals(rules, text, folded))  # professional-tone, asks-a-favour

    score, capped = weighted_score(rules, THANK_YOU_RULES, findings, skip)
    stats = {
        "words": words,
        "characters": len(text.strip()),
        "days_after_meeting": days,
    }
    return Report("thank-you", score, findings, stats, THANK_YOU_RULES, capped,
                  tuple(sorted(skip)))
