"""Coaching rules for the list of questions a learner means to ask in a meeting."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from infoint.bank import (
    CLOSING_MINUTES,
    DEFAULT_MINUTES,
    ESSENTIALS,
    OPENING_MINUTES,
    SHORT_MEETING,
    Bank,
    Question,
    load_bank,
    required_essentials,
)

from .basics import basics_of
from .language import detect_language, not_english_report
from .own_job_ask import own_job_ask
from .patterns import find_pay
from .prefilter import search  # pattern.search, skipped or run case-free when it can be
from .report import Finding, Report
from .rewrite import rebuild_open
from .rules import load_rules, weighted_score
from .text import SCAN_LIMIT, content_words, fold, normalise_question

__all__ = [
    "BASICS",
    "QUESTION_RULES",
    "categorise",
    "check_questions",
    "open_rewrite",
    "question_range",
]

QUESTION_RULES = (
    "covers-essentials",
    "asks-pay",
    "asks-for-job",
    "closed-question",
    "web-searchable",
    "duplicate",
    "fits-time",
    "order",
)

_I = re.I

_CATEGORY_PATTERNS: dict[str, re.Pattern[str]] = {
    "getting started": re.compile(
        r"\bhow\s+did\s+you\s+(?:first\s+|originally\s+|initially\s+)?(?:get|start|begin|become"
        r"|end\s+up|decide|choose|find\s+your\s+way|come\s+to|break|enter)\b"
        r"|\bwhat\s+(?:first\s+|originally\s+|initially\s+)?(?:led|drew|attracted|brought"
        r"|inspired|made|got)\s+you\b"
        r"|\b(?:first|earliest)\s+(?:job|role|position|step\s+in\s+your)\b"
        r"|\bwhy\s+did\s+you\s+(?:choose|decide|go\s+into|pick|become|enter|get\s+into)\b"
        r"|\byour\s+(?:story|background|journey)\b|\bget\s+started\b|\bstarting\s+out\b"
        r"|\bstarted\s+out\b|\bcame\s+to\s+be\b|\bhow\s+you\s+(?:got|started|began|became)\b"
        r"|\btell\s+me\s+about\s+yourself\b",
        _I,
    ),
    "career paths": re.compile(
        r"\bcareer\s+(?:path|paths|ladder|track|progression|development|trajectory|develop)"
        r"|\bpaths?\b|\badvance(?:ment)?\b|\bpromot(?:ion|ions|ed)\b|\bprogress(?:ion)?\b"
        r"|\bmove\s+(?:up|into|on)\b|\b(?:five|ten|5|10)\s+years\b|\btrajector|\bspeciali[sz]"
        r"|\btrack\b|\bwhere\s+do\s+people\s+(?:\w+\s+)?(?:go|move|end\s+up)\b"
        r"|\byour\s+(?:own\s+)?career\s+(?:developed|grown|changed|heading)|\bbranch",
        _I,
    ),
    "daily workload": re.compile(
        r"\btypical\s+(?:day|week|shift|workday)\b|\bday[- ]to[- ]day\b|\bdaily\b|\bworkload\b"
        r"|\bworkday\b|\bspend\s+(?:most\s+of\s+)?(?:your|their)\s+(?:time|day|days|week)"
        r"|\btasks?\b|\bresponsibilit|\bin\s+a\s+(?:normal|typical|usual)\b"
        r"|\bwhat\s+do\s+you\s+(?:actually\s+)?do\b|\byour\s+(?:day|week)\b|\bshift\b"
        r"|\btime\s+(?:split|divided)|\bdivide\s+your\s+time\b|\bweek\s+goes\b",
        _I,
    ),
    "lifestyle": re.compile(
        r"\bwork[- ]life\b|\bbalance\b|\blifestyle\b|\bfamily\b|\btravel\b|\bstress|\bflexib"
        r"|\bremote\b|\bevenings?\b|\bweekends?\b|\bfree\s+time\b|\bburn-?out\b"
        r"|\boutside\s+(?:of\s+)?work\b|\bpersonal\s+(?:life|time)\b|\bwell-?being\b"
        r"|\bon\s+call\b|\bnights?\b|\bschedule\b|\bhours\b|\brest\s+of\s+your\s+life\b"
        r"|\byour\s+life\b",
        _I,
    ),
    "qualifications": re.compile(
        r"\bqualif|\bdegrees?\b|\bcertif|\blicen[cs]|\btraining\b|\bskills?\b|\beducation\b"
        r"|\bcourses?\b|\bcredential|\bmajor\b|\bgraduate\s+school\b|\bmaster'?s\b|\bphd\b"
        r"|\bdoctora|\bcpa\b|\bexams?\b|\bplacements\b|\bprepare[ds]?\b",
        _I,
    ),
    "advice": re.compile(
        r"\badvice\b|\badvise\b|\bwish\s+(?:you|someone|i)\b|\brecommend|\bsuggest"
        r"|\bdo\s+differently\b|\bif\s+you\s+were\s+(?:in\s+my|me|starting|beginning|just)"
        r"|\bmistakes?\b|\bin\s+my\s+(?:shoes|position|place)\b|\bwhat\s+would\s+you\s+tell\b"
        r"|\bshould\s+i\b|\btips?\b",
        _I,
    ),
    "breaking in": re.compile(
        r"\bbreak(?:ing)?\s+in(?:to)?\b|\bto\s+get\s+(?:into|in\s+to|started\s+in)\b"
        r"|\bfoot\s+in\s+the\s+door\b|\bentry[- ]level\b|\bentry\s+(?:routes?|points?)\b"
        r"|\bnewcomers?\b|\bnew(?:ly)?\s+(?:graduates?|graduated|hires?|qualified)\b"
        r"|\bstand\s+out\b|\bapplicants?\b|\bcandidates?\b|\bhiring\s+(?:process|managers?)\b"
        r"|\bemployers?\b|\bfirst\s+steps?\b|\bportfolio\b|\bget\s+noticed\b|\bsettle\s+in"
        r"|\bhow\s+do\s+(?:people|most\s+people|graduates|students|beginners)\s+(?:get|find|start)"
        r"|\bwhat\s+(?:would|does|do|will)\s+(?:it|i|someone|one|people|a\s+\w+)\s+(?:\w+\s+){0,2}?"
        r"(?:take|need)\s+to\s+(?:get|break|become|start)\b",
        _I,
    ),
    "next step": re.compile(
        r"\bwho\s+else\b|\bwhom\s+else\b|\banyone\s+else\b|\bother\s+people\s+(?:i|you)\b"
        r"|\bnext\s+steps?\b|\b(?:keep|stay)\s+in\s+touch\b|\bintroduce\s+me\b"
        r"|\bspeak\s+(?:to|with)\s+next\b|\bbefore\s+we\s+speak\s+again\b",
        _I,
    ),
}

#: From this length on a meeting has room for all four basics; shorter ones need three,
#: and one under 20 minutes two.
LONG_MEETING = 45

#: The basics a counsellor looks for, each met by any of its categories: how they started,
#: the daily work, the path or the skills it takes, and their advice.
BASICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("how they started", ("getting started",)),
    ("the daily work", ("daily workload", "lifestyle")),
    ("the path or skills", ("career paths", "qualifications", "breaking in")),
    ("their advice", ("advice",)),
)

_CLOSED = re.compile(
    r"^\W{0,5}(?:(?:so|and|also|but|ok|okay|well|now|then)\W{1,5})?(?:is|are|am|was|were|do|does"
    r"|did|can|could|would|will|should|shall|have|has|had|may|might|must|isn't|aren't|wasn't"
    r"|weren't|don't|doesn't|didn't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't)\b",
    _I,
)
# "With my background in X, do you think I'd be suitable?": a yes/no question after an
# opening phrase.
_CLOSED_AFTER_PHRASE = re.compile(
    r"^(?:with|given|as|since|because|for|from|in|after|if)\b[^?,]{0,120},\s*(?:do|does|did|is"
    r"|are|was|would|could|can|should|will|have|has)\s+(?:you|i|it|there|they|we|people)\b",
    _I,
)
# "Is there anyone else you'd suggest I talk to?" asks for names: the answer is a person.
_ASKS_FOR_NAMES = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|other\s+people|others|people|colleagues)\b"
    r"(?:\s+else)?[^?]{0,60}?\b(?:suggest|recommend|talk|speak|contact|reach|meet|introduce)",
    _I,
)
_OPEN_REQUEST = re.compile(
    r"^\W{0,5}(?:(?:so|and|also)\W{1,5})?(?:can|could|would|will|might)\s+you\s+(?:please\s+)?"
    r"(?:tell|describe|walk|explain|share|talk|give\s+me\s+(?:an?\s+)?(?:example|overview|sense)"
    r"|say\s+more|elaborate|help\s+me\s+understand|outline|paint|expand|go\s+through"
    r"|take\s+me\s+through|point\s+me)\b"
    # an open invitation in yes/no form: "Is there anything you wish you'd known before
    # starting?", "Is there anything else I should ask?" (round 23's probes)
    r"|^\W{0,5}(?:(?:so|and|also|finally)\W{1,5})?(?:is|was)\s+there\s+anything\s+(?:else\s+)?"
    r"(?:(?:that\s+)?(?:you|i)\b|you(?:'d|\s+would)|about)",
    _I,
)
_SEARCHABLE = [
    re.compile(
        r"\bwhat\s+(?:exactly\s+)?(?:does|do)\s+(?:(?:the|your|this)\s+(?:company|firm|organi[sz]ation"
        r"|business|agency|employer|startup|hospital|school|practice|bank)|\[[^\]\n]{1,30}\])\s+"
        r"(?:actually\s+|really\s+|exactly\s+)?(?:do|make|sell|offer)\b"
        # (what it does differently, or for its staff, is a question for someone inside)
        r"(?!\s+(?:differently|better|well|to\s+(?:support|help|train|keep|develop)|for\s+(?:its|their"
        r"|new|junior)\b|when\b|about\b|with\s+(?:new|junior)\b))"
        # the firm by its name alone: "What does Fernway do?" (round 21's probes)
        r"|^\W{0,5}(?:so\s+)?what\s+(?:exactly\s+)?does\s+(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*)"
        r"{0,3}\s+(?:actually\s+|really\s+|exactly\s+)?do\W{0,5}$"
        # Round 15: "So what is it that your company does?", and the bare "What is it that you
        # do?" / "What exactly is your job?" that their profile answers ("what do you do on a
        # typical day?" asks for more than the profile says).
        r"|\bwhat\s+is\s+it\s+(?:that\s+)?(?:the|your|this)\s+(?:company|firm|organi[sz]ation"
        r"|business|agency)\s+(?:actually\s+|really\s+)?(?:does|makes|sells|offers)\b"
        r"|^\W{0,5}(?:so\s+)?what\s+(?:is\s+it\s+(?:that\s+)?)?you\s+(?:actually\s+|really\s+"
        r"|exactly\s+)?do\W{0,5}$"
        r"|^\W{0,5}(?:so\s+)?what\s+(?:exactly\s+)?is\s+your\s+(?:job|role|title|position)\W{0,5}$",
        _I,
    ),
    re.compile(
        r"\bwhere\s+(?:is|are)\s+(?:the|your)\s+(?:company|firm|organi[sz]ation|office|offices"
        r"|headquarters|hq|business|school|hospital)(?:'s)?\s+(?:located|based|offices?"
        r"|head\s+office|headquarters|hq)\b"
        r"|\bwhere\s+are\s+you\s+(?:located|based|headquartered)\b"
        # (where it is, not "what brought you away from headquarters?")
        r"|\bwhere\s+(?:is|are)\s+[^?]{0,30}?headquarter|\bheadquartered\s+where\b",
        _I,
    ),
    re.compile(
        r"\bhow\s+many\s+(?:employees|people\s+(?:work|are\s+employed)|staff|offices|locations"
        r"|branches|stores|clients|customers|countries)\b",
        _I,
    ),
    re.compile(
        r"\bhow\s+(?:big|large|old)\s+is\s+(?:the|your|this)\s+(?:company|firm|organi[sz]ation"
        r"|business|school|hospital|agency)\b",
        _I,
    ),
    re.compile(
        r"\bwhen\s+was\s+(?:the|your|this)\s+(?:company|firm|organi[sz]ation|business|school"
        r"|hospital|agency|practice)\s+(?:founded|started|established|created|set\s+up)\b"
        r"|\bwhat\s+year\s+was\s+[^?]{0,40}?(?:founded|established)\b",
        _I,
    ),
    re.compile(
        r"\bwho(?:\s+is|'s|\s+are)\s+(?:the|your)\s+(?:company's\s+)?(?:ceo|founders?|president"
        r"|owners?|chair|chairman|chairwoman|chief\s+executive)\b"
        # "Who are your main competitors?" (round 21's probes)
        r"|\bwho\s+(?:are|is)\s+(?:your|the\s+company's|its|the\s+firm's)\s+(?:main\s+|biggest\s+"
        r"|key\s+|major\s+|top\s+)?(?:competitors?|rivals?|clients|customers)\W{0,5}$",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:kinds?\s+of\s+)?(?:products|services|brands)\s+(?:does|do)\s+(?:the|your"
        r"|you|this|they)\b",
        _I,
    ),
    re.compile(
        r"\b(?:mission\s+statement|stock\s+price|share\s+price|annual\s+revenue|market\s+cap)\b"
        r"|\bwhat\s+is\s+(?:the|your)\s+(?:company's\s+|firm's\s+)?(?:mission|website|address"
        r"|revenue)\b|\bis\s+(?:the|your)\s+company\s+(?:public|private|listed)\b",
        _I,
    ),
    re.compile(r"^\W{0,5}what\s+does\s+(?:a|an)\s+[\w -]{1,30}?\s+do\W{0,5}$", _I),
    re.compile(
        r"\b(?:your|the)\s+(?:company|firm|organi[sz]ation|business|agency|school|hospital)(?:'s)?"
        r"\s+(?:mission|history|values|vision|products|services|founding)\b"
        r"|\b(?:which|what)\s+(?:products|services|programmes|programs|brands)\s+(?:does|do)\s+"
        r"(?:the|your|this)\s+(?:\w+\s+)?(?:run|offer|make|sell|provide|have)\b"
        r"|\bwhere\s+are\s+(?:your|the)\s+offices\b|\btell\s+me\s+(?:a\s+bit\s+|a\s+little\s+)?"
        r"about\s+(?:your|the)\s+(?:firm|company|organi[sz]ation|business|agency|bank|practice"
        r"|charity|employer)\W*$",
        _I,
    ),
]

_SEARCHABLE_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _SEARCHABLE), _I)


def categorise(
    question: str, bank: Bank | None = None, match: Question | None = None
) -> set[str]:
    """The categories a question seems to be about (from the bank when it is a bank
    question, and from its wording). ``match`` saves looking the question up again."""
    folded = fold(question)
    found = {c for c, p in _CATEGORY_PATTERNS.items() if search(p, folded)}
    if match is None and bank is not None:
        match = bank.match(question)
    if match is not None:
        found.add(match.category)
    return found


def open_rewrite(question: str, bank: Bank | None = None) -> str:
    """An open version of a yes/no question, made from its own words where it can be."""
    rebuilt = rebuild_open(fold(question))
    if rebuilt:
        return rebuilt
    rules = load_rules("questions")
    rewrites = rules.data.get("rewrites", {})
    categories = categorise(question, bank)
    for category in (*ESSENTIALS, "next step"):
        if category in categories and category in rewrites:
            return str(rewrites[category])
    return str(rewrites.get("default", "What has your experience of that been like?"))


@dataclass(frozen=True)
class _Facts:
    """Everything the rules need to know about one question on its own."""

    match: Question | None
    categories: frozenset[str]
    pay: tuple[int, int] | None
    job: tuple[int, int] | None
    closed: bool
    suggestion: str
    searchable: tuple[int, int] | None
    norm: str
    words: frozenset[str]
    basics: frozenset[str]


def _is_closed(folded: str) -> bool:
    """Whether a question (or one clause of it) can be answered with a yes or no."""
    return (
        bool(_CLOSED.match(folded) or _CLOSED_AFTER_PHRASE.match(folded))
        and not _OPEN_REQUEST.match(folded)
        and not _ASKS_FOR_NAMES.search(folded)
    )


@functools.lru_cache(maxsize=4096)
def _facts(question: str, bank: Bank) -> _Facts:
    # Pure and cached: apps re-check a list on every edit, and most lines are unchanged.
    text = question[:SCAN_LIMIT]
    folded = fold(text)
    match = bank.match(question)
    closed = _is_closed(folded)
    job = own_job_ask(folded)
    searchable = search(_SEARCHABLE_ANY, folded)
    return _Facts(
        match=match,
        categories=frozenset(categorise(text, match=match)),
        pay=find_pay(folded),
        job=job,
        closed=closed,
        suggestion=open_rewrite(text, bank) if closed else "",
        searchable=searchable.span() if searchable else None,
        norm=normalise_question(text),
        words=content_words(text),
        # A job question covers no basic, whatever else it says; a bank question brings its
        # category (check_questions adds it), so its wording need not be read again.
        basics=frozenset() if job or match is not None else frozenset(
            basics_of(folded, _is_closed)
        ),
    )


def _whole(question: str) -> tuple[int, int]:
    start = len(question) - len(question.lstrip())
    end = len(question.rstrip())
    return (start, end) if end >= start else (0, 0)


def _short(question: str, limit: int = 80) -> str:
    text = " ".join(question.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_questions(
    questions: list[str],
    minutes: int = 20,
    field: str | None = None,
    research_notes: str = "",
) -> Report:
    """Check a list of questions for a meeting of ``minutes`` minutes.

    Blank entries are ignored (but keep their index, so ``question_index`` always points
    into the list given). ``field`` picks examples from that field's question pack;
    ``research_notes``, when given, turns "search for it" advice into "check your notes".
    """
    if questions is None:
        questions = []
    if isinstance(questions, str):
        questions = questions.splitlines()
    questions = ["" if q is None else str(q) for q in questions]
    try:
        minutes_f = float(minutes)
    except (TypeError, ValueError):
        raise ValueError(f"minutes must be a number, not {minutes!r}") from None
    if not minutes_f > 0 or minutes_f != minutes_f:
        raise ValueError("minutes must be more than 0")
    language = detect_language("\n".join(questions))
    if language != "en":
        count = sum(1 for q in questions if q.strip())
        return not_english_report("questions", language, {
            "questions": count, "minutes": minutes_f, "question_minutes": 0.0,
            "total_minutes": 0.0, "covered": [], "missing": [], "field": field or None,
        })
    rules = load_rules("questions")
    th = rules.thresholds
    bank = load_bank()
    notes = bool(research_notes and str(research_notes).strip())

    items = [(i, q) for i, q in enumerate(questions) if q.strip()]
    facts = {i: _facts(q, bank) for i, q in items}
    matches = {i: f.match for i, f in facts.items()}
    cats = {i: set(f.categories) for i, f in facts.items()}
    findings: list[Finding] = []
    add = findings.append

    # covers-essentials: the basics, fewer of them in a short meeting. A bank question
    # brings its category; any other question the basics its own wording asks about.
    covered = set().union(*cats.values()) if cats else set()
    asked: set[str] = set()
    for i, _q in items:
        asked |= facts[i].basics
        if matches[i] is not None:
            asked |= {name for name, group in BASICS if matches[i].category in group}
    have = [name for name, _group in BASICS if name in asked]
    lacking = [name for name, _group in BASICS if name not in asked]
    if minutes_f < SHORT_MEETING:
        need = int(th.get("basics_short", 2))
    elif minutes_f < LONG_MEETING:
        need = int(th.get("basics_medium", 3))
    else:
        need = len(BASICS)
    missing = [c for c in required_essentials(minutes_f) if c not in covered]
    if not items:
        add(rules.finding("covers-essentials", "fail", "empty"))
    elif len(have) >= need:
        key = "pass_short" if lacking else "pass"
        add(rules.finding("covers-essentials", "pass", key,
                          values={"optional": _join(lacking)}))
    else:
        groups = [dict(BASICS)[name][0] for name in lacking]
        examples = _examples(bank, groups, field)
        level = "warn" if len(have) == need - 1 and len(have) >= 2 else "fail"
        add(rules.finding("covers-essentials", level,
                          values={"missing": _join(lacking), "examples": examples}))

    # asks-pay, asks-for-job
    for rule, attr in (("asks-pay", "pay"), ("asks-for-job", "job")):
        hits = 0
        for i, q in items:
            span = getattr(facts[i], attr)
            if span:
                hits += 1
                add(rules.finding(rule, "fail", span=span, question_index=i,
                                  values={"phrase": _short(q[span[0]:span[1]])}))
        if not hits:
            add(rules.finding(rule, "pass"))

    # closed-question
    hits = 0
    for i, q in items:
        if facts[i].closed:
            hits += 1
            suggestion = facts[i].suggestion
            add(rules.finding("closed-question", "fail", "warn", span=_whole(q), question_index=i,
                              suggestion=suggestion, values={"suggestion": suggestion}))
    if not hits:
        add(rules.finding("closed-question", "pass"))

    # web-searchable
    hits = 0
    for i, _q in items:
        span = facts[i].searchable
        if span:
            hits += 1
            add(rules.finding("web-searchable", "fail", "warn_notes" if notes else "warn",
                              span=span, question_index=i))
    if not hits:
        add(rules.finding("web-searchable", "pass"))

    # duplicate
    hits = 0
    similarity = float(th.get("duplicate_similarity", 0.75))
    seen: list[tuple[int, str, frozenset[str]]] = []
    for i, q in items:
        norm, words = facts[i].norm, facts[i].words
        for j, other_norm, other_words in seen:
            union = words | other_words
            # One word each, the same once synonyms merge: "What inspires you?" / "What
            # motivates you?"
            same = norm == other_norm or (bool(words) and words == other_words) or (
                len(words) >= 2 and len(other_words) >= 2
                and len(words & other_words) / len(union) >= similarity
            )
            if same:
                hits += 1
                add(rules.finding("duplicate", "fail", "warn", span=_whole(q), question_index=i,
                                  values={"number": j + 1, "other": _short(questions[j])}))
                break
        seen.append((i, norm, words))
    if not hits:
        add(rules.finding("duplicate", "pass"))

    # fits-time
    estimates = {
        i: (matches[i].minutes if matches[i] is not None else DEFAULT_MINUTES) for i, _ in items
    }
    question_minutes = sum(estimates.values())
    total = question_minutes + OPENING_MINUTES + CLOSING_MINUTES if items else 0.0
    values = {
        "total": _num(total),
        "minutes": _num(minutes_f),
        "count": len(items),
        "excess": _num(max(0.0, total - minutes_f)),
    }
    low, high = question_range(minutes_f)
    values.update({"low": low, "high": high})
    if not items:
        add(rules.finding("fits-time", "fail", "empty", values=values))
    # The count decides; the bank's minute estimates settle the edge cases (a few more
    # questions than the range are fine when they are quick ones).
    elif len(items) > 1.5 * high and total > minutes_f + 1e-9:
        add(rules.finding("fits-time", "fail", "over", values=values))
    elif len(items) > 1.5 * high or (len(items) > high and total > minutes_f + 1e-9):
        add(rules.finding("fits-time", "warn", "over", values=values))
    elif (len(items) < low - 1 or len(items) < 3) and question_minutes < 0.6 * minutes_f:
        add(rules.finding("fits-time", "warn", "thin", values=values))
    else:
        add(rules.finding("fits-time", "pass", values=values))

    # order: a warm opening and a natural close. Advice in the middle is fine; what
    # jars is opening with a closing question or with yourself, or asking for more names
    # before the conversation is nearly over.
    kinds = {i: _kind(cats[i], matches[i]) for i, _ in items}
    order = [i for i, _ in items]
    problems: list[tuple[str, int]] = []
    if len(order) >= 3:
        first = order[0]
        if _SELF_FIRST.search(fold(questions[first][:SCAN_LIMIT])):
            problems.append(("self_first", first))
        elif kinds[first] != "opener":
            openers = [i for i in order if kinds[i] == "opener"]
            closing_first = kinds[first] == "closer" and any(
                kinds[j] != "closer" for j in order[1:]
            )
            # Opening on their own current work ("What are you working on?") is warm too.
            warm = bool(_ABOUT_THEM.search(questions[first][:SCAN_LIMIT]))
            if openers and (closing_first or (order.index(openers[0]) >= 2 and not warm)):
                problems.append(("opener_late", openers[0]))
            elif closing_first:
                problems.append(("closer_early", first))
        for i in order[:-2]:
            if _MORE_NAMES.search(fold(questions[i][:SCAN_LIMIT])) and i != first:
                problems.append(("closer_early", i))
                break
    if problems:
        key, i = problems[0]
        message = " ".join(
            rules.message("order", k, question=_short(questions[j])) for k, j in problems
        )
        add(Finding("order", "warn", message, _whole(questions[i]), rules.guideline("order"),
                    question_index=i))
    else:
        add(rules.finding("order", "pass"))

    score, capped = weighted_score(rules, QUESTION_RULES, findings)
    if not items:
        score = 0  # nothing to praise yet: an empty list never looks half done
    stats = {
        "questions": len(items),
        "minutes": minutes_f,
        "question_minutes": round(question_minutes, 1),
        "total_minutes": round(total, 1),
        "covered": [c for c in ESSENTIALS if c in covered],
        "missing": missing,
        "basics_missing": lacking,
        "field": field or None,
    }
    return Report("questions", score, findings, stats, QUESTION_RULES, capped)


def question_range(minutes: float) -> tuple[int, int]:
    """How many questions suit a meeting: about 3 to 5 for 15 minutes, 5 to 8 for 30."""
    low = max(2, math.ceil(minutes / 6))
    high = max(low + 1, math.floor(minutes / 5) + 2)
    return low, high


_ABOUT_THEM = re.compile(r"\b(?:you|your|yours|yourself)\b", _I)
_MORE_NAMES = re.compile(
    r"\b(?:who|whom|anyone|anybody|someone|somebody|other\s+people)\s+else\b|\bother\s+people"
    r"\s+(?:i|you)\b",
    _I,
)
_SELF_FIRST = re.compile(
    r"\b(?:my\s+(?:r.sum.|resume|cv|portfolio|background|application|qualifications)"
    r"|about\s+(?:me|myself))\b",
    _I,
)


def _kind(categories: set[str], match: Question | None) -> str:
    if match is not None:  # a bank question: trust its tags and category
        if "opener" in match.tags:
            return "opener"
        if "closer" in match.tags or match.category in ("advice", "next step"):
            return "closer"
        return "opener" if match.category == "getting started" else "middle"
    if categories & {"advice", "next step"}:
        return "closer"
    if "getting started" in categories:
        return "opener"
    return "middle"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _num(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _examples(bank: Bank, categories: list[str], field: str | None) -> str:
    picks = []
    for category in categories:
        candidates = []
        if field:
            candidates = bank.filter(category=category, field=field, include_general=False)
        candidates = [q for q in candidates if q.essential] or candidates
        if not candidates:
            candidates = [q for q in bank.filter(category=category, field="") if q.essential]
        if candidates:
            picks.append(f"“{candidates[0].text}”")
    return " ".join(picks)
