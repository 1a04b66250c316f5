"""Coaching rules for an outreach message (email, letter, phone script, LinkedIn note)."""

from __future__ import annotations

import re

from .patterns import find_pay, job_ask_finding
from .report import Finding, Report
from .rules import load_rules, weighted_score
from .text import SCAN_LIMIT, fold, is_negated, sentence_of, sentences, word_count

__all__ = ["OUTREACH_RULES", "check_outreach"]

OUTREACH_RULES = (
    "introduces-sender",
    "states-connection",
    "connection-first",
    "informational-purpose",
    "asks-for-job",
    "mentions-pay",
    "time-request",
    "asks-as-question",
    "length",
    "attaches-resume",
    "placeholders",
    "polite",
)
CHANNELS = ("email", "letter", "phone", "linkedin")

_I = re.I

_ROLE = (
    r"(?:student|graduate|grad|major|minor|junior|senior|sophomore|freshman|first-year"
    r"|second-year|third-year|fourth-year|final-year|alum|alumna|alumnus|nurse|teacher|engineer"
    r"|developer|accountant|analyst|professional|candidate|changer|researcher|designer|intern"
    r"|volunteer|assistant|apprentice|learner|postdoc|trainee|parent|veteran|manager|specialist"
    r"|coordinator|technician|scientist|writer|programmer|marketer|bookkeeper|tutor)s?"
)
_INTRO = [
    re.compile(r"\bmy\s+name(?:'s|\s+is)\b", _I),
    re.compile(r"\b(?:[Tt]his\s+is|[Ii]t's|I\s+am|I'm)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"),
    re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+here\b[,;.:!-]"),
    re.compile(
        rf"\b(?:i\s+am|i'm|i've\s+been|as)\s+(?:currently\s+|now\s+|also\s+)?(?:a|an)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?{_ROLE}\b",
        _I,
    ),
    re.compile(
        r"\bi(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:studying|majoring|completing|finishing"
        r"|pursuing|enrolled|in\s+my\s+(?:first|second|third|fourth|final|last)\s+year)\b",
        _I,
    ),
    re.compile(
        r"\bi\s+(?:recently\s+|just\s+|currently\s+)?(?:graduated|study|studied|major\s+in"
        r"|work\s+as|worked\s+as|teach|will\s+graduate|am\s+graduating|completed)\b",
        _I,
    ),
]

_CONNECTION = [
    re.compile(
        r"\b(?:referred|recommended|suggested|directed|pointed|encouraged|advised|urged)\s+"
        r"(?:me\s+)?(?:to\s+you\b|you\b|your\s+name\b|that\s+i\b|i\b|me\b|(?:reaching|contacting"
        r"|speaking|talking|getting|writing|connecting|meeting|calling)\b)",
        _I,
    ),
    re.compile(
        r"\b(?:referred\s+by|at\s+the\s+suggestion\s+of|on\s+the\s+(?:advice|recommendation)\s+of"
        r"|referral\s+from|recommendation\s+from|suggestion\s+from)\b",
        _I,
    ),
    re.compile(
        r"\b(?:gave|passed|sent|shared|forwarded|provided|offered|give|pass)\s+(?:me\s+)?"
        r"(?:along\s+|on\s+)?(?:your|his|her|their)\s+(?:name|contact|email|e-mail|details"
        r"|information|info|number|address)\b",
        _I,
    ),
    re.compile(
        r"\b(?:got|received|obtained|have|had|found)\s+your\s+(?:name|contact\s+details|contact"
        r"|email|e-mail|details|number)\s+(?:from|through|via|on|in|at)\b",
        _I,
    ),
    re.compile(r"\b(?:put|get|got)\s+(?:me\s+)?in\s+touch\s+with\s+you\b", _I),
    re.compile(r"\bintroduced\s+(?:me|us)\b|\bintroduction\s+(?:from|through)\b", _I),
    re.compile(
        r"\b(?:mentioned|speaks?\s+highly\s+of|spoke\s+highly\s+of|told\s+me\s+about"
        r"|thought\s+of|thinks\s+highly\s+of)\s+you\b",
        _I,
    ),
    re.compile(
        r"\balumn(?:i|us|a|ae)\b|\balums?\b|\bfellow\s+(?:[\w-]+\s+){0,2}?(?:alum|alumna|alumnus"
        r"|graduate|grad|member|student|volunteer)s?\b",
        _I,
    ),
    re.compile(
        r"\bwe\s+both\s+(?:studied|went|attended|graduated|belong)\b|\bsame\s+(?:university"
        r"|school|college|program|programme|class|department)\b",
        _I,
    ),
    re.compile(r"\b(?:we|i)\s+met\b|\bmet\s+you\b|\bmeeting\s+you\s+(?:at|during|last)\b", _I),
    re.compile(
        r"\b(?:found|saw|came\s+across|discovered|read|heard|noticed)\s+(?:about\s+)?(?:you"
        r"|your\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:through|via|on|in|at|from|during)\b",
        _I,
    ),
    re.compile(
        r"\b(?:heard|saw|watched)\s+you\s+(?:speak|talk|present)\b|\b(?:attended|enjoyed)\s+"
        r"your\s+(?:talk|presentation|panel|workshop|lecture|session|webinar|class)\b",
        _I,
    ),
    re.compile(
        r"\b(?:our|a)\s+mutual\s+(?:friend|colleague|connection|contact|acquaintance)\b", _I
    ),
]

_PURPOSE = [
    re.compile(r"\binformational\s+(?:interview|meeting|chat|conversation|call)", _I),
    re.compile(r"\blearn\s+(?:more\s+|a\s+bit\s+|a\s+little\s+)?(?:about|from|how|what)\b", _I),
    re.compile(
        r"\b(?:your|some|any)\s+(?:advice|insights?|perspective|experiences?|story|path|journey"
        r"|thoughts|career\s+path)\b",
        _I,
    ),
    re.compile(r"\b(?:hear|hearing)\s+(?:more\s+|a\s+bit\s+)?(?:about|how|what|your)\b", _I),
    re.compile(
        r"\bask\s+(?:you\s+)?(?:a\s+few|some|several|a\s+couple\s+of|a\s+handful\s+of)\s+"
        r"(?:\w+\s+)?questions\b",
        _I,
    ),
    re.compile(
        r"\bpick\s+your\s+brain\b|\bfor\s+(?:your\s+)?advice\b|\b(?:any|your)\s+(?:guidance"
        r"|tips)\b|\badvice\s+(?:on|about|for|you)\b",
        _I,
    ),
    re.compile(
        r"\b(?:discuss|talk\s+about|chat\s+about|ask\s+about)\s+(?:your|the)\s+(?:career|work"
        r"|field|job|role|experience|industry|profession)\b",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:it's|it\s+is)\s+(?:really\s+)?like\b|\bunderstand\s+(?:more\s+about|how"
        r"|what|the)\b",
        _I,
    ),
]

_NUM = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "forty five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUMWORD = (
    r"(?:\d{1,3}|twenty[- ]five|forty[- ]five|five|ten|fifteen|twenty|thirty|forty|sixty"
    r"|ninety)"
)
_MIN = r"(?:minutes?|mins?)\b"
_RANGE = re.compile(rf"\b({_NUMWORD})\s*(?:-|to|or)\s*({_NUMWORD})[\s-]{{0,3}}{_MIN}", _I)
_SINGLE = re.compile(rf"\b({_NUMWORD})[\s-]{{0,3}}{_MIN}", _I)
_HALF = re.compile(r"\bhalf(?:\s+an|\s+a)?[\s-]{0,3}hour\b|\bthirty[- ]minute\b", _I)
_QUARTER = re.compile(r"\bquarter(?:\s+of\s+an|-)\s*hour\b", _I)
_HOURS = re.compile(
    r"\b(?:an|one|1|a\s+full|a\s+whole|an\s+entire)[\s-]{1,3}hours?\b"
    r"|\b(?:\d{1,2}|two|three|a\s+couple\s+of|couple\s+of|several|a\s+few)\s+hours\b"
    r"|\bhour-long\b|\ban\s+hour\b",
    _I,
)
_VAGUE = [
    re.compile(
        r"\b(?:short|brief|quick|small|little)\s+(?:[\w-]+\s+)?(?:meeting|chat|call|conversation"
        r"|talk|visit|coffee|zoom|catch-up)\b",
        _I,
    ),
    re.compile(r"\b(?:a\s+)?coffee\b", _I),
    re.compile(r"\ba\s+(?:few|couple\s+of)\s+minutes\b", _I),
    re.compile(r"\b(?:some|a\s+little|a\s+bit)\s+(?:of\s+)?your\s+time\b", _I),
]

_REQUEST = re.compile(
    r"\b(?:would|could|can|might|may)\s+(?:you|we|i)\b|\bwould\s+it\s+be\b"
    r"|\b(?:are|were)\s+you\s+(?:available|free|open|willing|able)\b"
    r"|\bdo\s+you\s+have\s+(?:time|\d|a\s+few|some|any\s+time|[a-z]+\s+minutes)"
    r"|\bi(?:'d|\s+would)\s+(?:love|like|appreciate|welcome|be\s+grateful)\b"
    r"|\bwondering\s+(?:if|whether)\b|\blet\s+me\s+know\s+(?:if|whether|when)\b"
    r"|\bhoping\s+(?:to|you)\b|\bwilling\s+to\b|\bis\s+there\s+a\s+(?:good\s+)?time\b",
    _I,
)
_ENDS_QUESTION = re.compile(r"\?[\"')\]]*\s*$")

_RESUME = r"(?:resume|r.sum.|resum.|cv\b|curriculum\s+vitae)"
_ATTACH = [
    re.compile(
        rf"\b(?:attached|attaching|attach|enclosed|enclosing|enclose|included|including|include"
        rf"|sending|forwarding)\s+(?:is\s+|are\s+|please\s+find\s+|here\s+)?(?:you\s+)?"
        rf"(?:a\s+copy\s+of\s+)?(?:my|a)\s+(?:updated\s+|current\s+|latest\s+|recent\s+)?{_RESUME}",
        _I,
    ),
    re.compile(
        rf"\bmy\s+(?:updated\s+|current\s+|latest\s+)?{_RESUME}\s+(?:is\s+|has\s+been\s+)?"
        rf"(?:attached|enclosed|included|below)\b",
        _I,
    ),
    re.compile(rf"\bplease\s+find\s+(?:attached\s+|enclosed\s+)?(?:my\s+)?{_RESUME}", _I),
    re.compile(rf"\b{_RESUME}\s*\((?:attached|enclosed)\)", _I),
]
_OFFER = re.compile(
    r"\bif\s+(?:you(?:'d|\s+would)?\s+(?:like|want|wish|ask|prefer)|it(?:'s|\s+is|\s+would\s+be)"
    r"\s+(?:helpful|useful)|asked|helpful|useful)\b|\b(?:upon|on)\s+request\b",
    _I,
)

_PLACEHOLDERS = [
    re.compile(r"\[[^\[\]\n]{0,40}\]"),
    re.compile(r"_{3,}"),
    re.compile(r"<[A-Za-z][^<>@\n:/]{0,40}>"),
    re.compile(r"\{[^{}\n]{0,40}\}"),
    re.compile(r"\bX{2,}\b"),
    re.compile(
        r"\b(?:INSERT|YOUR)\s+(?:NAME|COMPANY|FIELD|SCHOOL|TITLE)\b"
        r"|\b(?:LASTNAME|FIRSTNAME|FIRST\s+NAME|LAST\s+NAME|NAME\s+HERE|COMPANY\s+NAME)\b"
    ),
    re.compile(
        r"\((?:name|company|school|field|title|date|your\s+name|contact\s+name|their\s+name"
        r"|firm|organi[sz]ation|job\s+title)\)",
        _I,
    ),
]

_POLITE = re.compile(
    r"\b(?:please|thank\s+you|thanks|thank|appreciate|appreciated|appreciation|grateful"
    r"|gratitude|kindly|would\s+mean\s+a\s+lot)\b",
    _I,
)

_GREETING = re.compile(
    r"^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings|to\s+whom"
    r"|subject|re)\b",
    _I,
)


def _content_sentences(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences minus greeting and subject lines ("Dear Ms. Green,", "Subject: ...")."""
    out = []
    for start, end in spans:
        chunk = folded[start:end]
        if (
            _GREETING.match(chunk)
            and word_count(chunk) <= 6
            and not _REQUEST.search(chunk)
            or chunk.lower().startswith("subject:")
        ):
            continue
        out.append((start, end))
    return out


def _minutes(value: str) -> int:
    value = value.lower().replace(" ", "-")
    return int(value) if value.isdigit() else _NUM.get(value, _NUM.get(value.replace("-", " "), 0))


def _durations(folded: str) -> list[tuple[int, int, int]]:
    """``(minutes, start, end)`` for every explicit length of time asked for."""
    found: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _RANGE.finditer(folded):
        found.append((max(_minutes(m.group(1)), _minutes(m.group(2))), *m.span()))
        taken.append(m.span())
    for m in _SINGLE.finditer(folded):
        if free(*m.span()):
            found.append((_minutes(m.group(1)), *m.span()))
            taken.append(m.span())
    for pattern, value in ((_HALF, 30), (_QUARTER, 15)):
        for m in pattern.finditer(folded):
            if free(*m.span()):
                found.append((value, *m.span()))
                taken.append(m.span())
    for m in _HOURS.finditer(folded):
        if free(*m.span()):
            found.append((60, *m.span()))
            taken.append(m.span())
    found.sort(key=lambda t: t[1])
    return found


def check_outreach(text: str, channel: str = "email") -> Report:
    """Check a first message asking for an informational interview.

    ``channel`` is one of ``email``, ``letter``, ``phone`` or ``linkedin`` (any other value
    raises ValueError); it sets how length is judged.
    """
    if not isinstance(channel, str) or channel.strip().lower() not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    channel = channel.strip().lower()
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    rules = load_rules("outreach")
    th = rules.thresholds
    words = word_count(fold(text))
    folded = fold(text[:SCAN_LIMIT])
    spans = sentences(folded)
    content = _content_sentences(folded, spans)
    characters = len(text.strip())
    wpm = float(th.get("words_per_minute", 150)) or 150.0
    seconds = round(words / wpm * 60, 1)
    findings: list[Finding] = []
    add = findings.append

    # introduces-sender
    m = _first(_INTRO, folded)
    add(rules.finding("introduces-sender", "pass", span=m.span()) if m else
        rules.finding("introduces-sender", "fail"))

    # states-connection, connection-first
    m = _first(_CONNECTION, folded)
    if m:
        add(rules.finding("states-connection", "pass", span=m.span(),
                          values={"phrase": _quote(text, sentence_of(spans, m.start()))}))
        index = next((i for i, (s, e) in enumerate(content) if s <= m.start() < e), None)
        if index is None:
            index = sum(1 for s, _ in content if s <= m.start()) - 1
        if index < 2:
            add(rules.finding("connection-first", "pass", span=m.span()))
        else:
            add(rules.finding("connection-first", "warn", span=m.span(),
                              values={"number": index + 1}))
    else:
        add(rules.finding("states-connection", "fail"))
        add(rules.finding("connection-first", "warn", "missing"))

    # informational-purpose
    m = _first(_PURPOSE, folded)
    add(rules.finding("informational-purpose", "pass", span=m.span()) if m else
        rules.finding("informational-purpose", "fail"))

    # asks-for-job
    add(job_ask_finding(rules, text, folded, spans))

    # mentions-pay
    pay = find_pay(folded, spans)
    add(rules.finding("mentions-pay", "fail", span=pay, values={"phrase": text[pay[0]:pay[1]]})
        if pay else rules.finding("mentions-pay", "pass"))

    # time-request
    durations = _durations(folded)
    low, high = int(th.get("min_minutes", 10)), int(th.get("max_minutes", 30))
    too_long = [d for d in durations if d[0] > high]
    good = [d for d in durations if low <= d[0] <= high]
    short = [d for d in durations if 0 < d[0] < low]
    time_span: tuple[int, int] | None = None
    if too_long:
        d = too_long[0]
        time_span = d[1:]
        add(rules.finding("time-request", "fail", span=time_span,
                          values={"phrase": text[d[1]:d[2]], "minutes": d[0]}))
    elif good or short:
        d = (good or short)[0]
        time_span = d[1:]
        add(rules.finding("time-request", "pass" if good else "warn",
                          "pass" if good else "short", span=time_span,
                          values={"phrase": text[d[1]:d[2]], "minutes": d[0]}))
    else:
        m = _first(_VAGUE, folded)
        if m:
            time_span = m.span()
            add(rules.finding("time-request", "warn", "vague", span=m.span(),
                              values={"phrase": text[m.start():m.end()]}))
        else:
            add(rules.finding("time-request", "warn", "missing"))

    # asks-as-question
    requests = [
        (s, e) for s, e in content
        if _REQUEST.search(folded, s, e) or (time_span and s <= time_span[0] < e)
    ]
    asked = next((sp for sp in requests if _ENDS_QUESTION.search(folded, sp[0], sp[1])), None)
    if asked:
        add(rules.finding("asks-as-question", "pass", span=asked))
    elif requests:
        add(rules.finding("asks-as-question", "warn", span=requests[-1]))
    else:
        add(rules.finding("asks-as-question", "fail"))

    # length
    values = {"words": words, "characters": characters, "seconds": round(seconds)}
    if channel == "linkedin":
        warn_at, fail_at = int(th.get("linkedin_chars_warn", 251)), int(
            th.get("linkedin_chars_fail", 301))
        level = "fail" if characters >= fail_at else "warn" if characters >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_chars", values=values))
    elif channel == "phone":
        warn_at, fail_at = float(th.get("phone_seconds_warn", 45.5)), float(
            th.get("phone_seconds_fail", 60.5))
        level = "fail" if seconds >= fail_at else "warn" if seconds >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_seconds", values=values))
    else:
        warn_at = int(th.get(f"{channel}_words_warn", 100))
        fail_at = int(th.get(f"{channel}_words_fail", 151))
        level = "fail" if words >= fail_at else "warn" if words >= warn_at else "pass"
        add(rules.finding("length", level, f"{level}_words", values={**values, "limit": warn_at}))

    # attaches-resume
    attached = None
    for pattern in _ATTACH:
        for m in pattern.finditer(folded):
            s, e = sentence_of(spans, m.start())
            if _OFFER.search(folded, s, max(e, m.end())):
                continue
            if is_negated(folded, m.start(), m.end(), s):
                continue
            if attached is None or m.start() < attached[0]:
                attached = m.span()
            break
    add(rules.finding("attaches-resume", "warn", span=attached) if attached else
        rules.finding("attaches-resume", "pass"))

    # placeholders
    holes = sorted(m.span() for p in _PLACEHOLDERS for m in p.finditer(folded))
    if holes:
        s, e = holes[0]
        add(rules.finding("placeholders", "fail", span=(s, e),
                          values={"phrase": text[s:e], "count": len(holes)}))
    else:
        add(rules.finding("placeholders", "pass"))

    # polite
    m = _POLITE.search(folded)
    add(rules.finding("polite", "pass", span=m.span()) if m else rules.finding("polite", "warn"))

    score, capped = weighted_score(rules, OUTREACH_RULES, findings)
    stats = {
        "channel": channel,
        "words": words,
        "characters": characters,
        "sentences": len(content),
        "speaking_seconds": seconds,
    }
    return Report("outreach", score, findings, stats, OUTREACH_RULES, capped)


def _quote(text: str, span: tuple[int, int], limit: int = 70) -> str:
    # Trailing full stops are dropped: the message around the quote brings its own.
    chunk = " ".join(text[span[0]:span[1]].split()).rstrip(".")
    return chunk if len(chunk) <= limit else chunk[: limit - 1].rstrip() + "…"


def _first(patterns: list[re.Pattern[str]], folded: str) -> re.Match[str] | None:
    best = None
    for pattern in patterns:
        m = pattern.search(folded)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best
