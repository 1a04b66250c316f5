"""Coaching rules for the thank-you note after a meeting."""

from __future__ import annotations

import re
from datetime import date

from infoint.model import THANK_YOU_CHANNELS, optional_date

from .language import detect_language, not_english_report
from .own_job_ask import own_job_ask
from .patterns import find_job_ask
from .report import Finding, Report
from .rules import load_rules, weighted_score
from .signals import thank_you_signals
from .takeaway import find_door_open, find_takeaway
from .text import SCAN_LIMIT, fold, for_rules, sentences, strip_headers, word_count

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


# How a note can travel: THANK_YOU_CHANNELS (infoint.model). A reply by email or LinkedIn
# message already carries the way back.
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
    text, _subject = strip_headers(text)  # a pasted "Subject: ..." line is not the note
    language = detect_language(text)
    if language != "en":
        return not_english_report("thank-you", language, {
            "words": word_count(fold(text)), "characters": len(text.strip()),
            "days_after_meeting": None,
        })
    rules = load_rules("thank_you")
    th = rules.thresholds
    words = word_count(fold(text))
    folded = for_rules(text[:SCAN_LIMIT])
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
    takeaway = find_takeaway(folded)
    if takeaway:
        add(rules.finding("specific-takeaway", "pass", span=takeaway))
    else:
        add(rules.finding("specific-takeaway", "fail", "warn"))

    # asks-to-stay-in-touch
    door = find_door_open(folded)
    add(rules.finding("asks-to-stay-in-touch", "pass", span=door) if door else
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
    ask = own_job_ask(folded)
    if ask:
        add(rules.finding("asks-for-job", "fail", span=ask,
                          values={"phrase": text[ask[0]:ask[1]]}))
    elif (denied := find_job_ask(folded, spans)[1]):
        add(rules.finding("asks-for-job", "pass", "negated", span=denied))
    else:
        add(rules.finding("asks-for-job", "pass"))

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
