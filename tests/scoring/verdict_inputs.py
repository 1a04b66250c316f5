"""The calls a pure speed-up must answer exactly as before: every dev corpus case (never the
test part), every labelled example and a fixed set of random texts built from the words the
rules look for. Each call is ``(kind, args, kwargs)``, JSON-friendly and deterministic, so
two versions of the code can be run on the same list and their reports compared."""

from __future__ import annotations

import random
import tomllib
from typing import Any

from tests.scoring.corpus_texts import DEV, examples

Call = tuple[str, list[Any], dict[str, Any]]

# Words and phrases the rules key on, plus the awkward characters folding must survive.
_PIECES = [
    "I'm", "Ana", "a student", "referred", "alumni", "we met", "learn", "hear about", "your",
    "article", "stood out", "since you", "job", "hiring", "salary", "earn", "take home",
    "résumé", "attached", "[Name]", "20 minutes", "half an hour", "an hour", "Thank you",
    "Dear", "Hi", "Best,\nAna Ruiz", "KİM", "ſalary", "ı", " ", ".", "\n", "?", "!", "you",
    "Would you have", "15-20 minutes", "for a call", "coffee", "chat", "your advice", "pay",
    "internship", "opening", "position", "my professor", "suggested I contact you", "LOL",
    "u", "pls", "ASAP", "I am not asking for a job", "what your day looks like", "career",
    "How did you", "What do you", "Do you", "advice", "next steps", "connect", "LinkedIn",
    "Sincerely,", "Thanks again", "your time", "I signed up", "May I", "follow up", "e-mail",
]
_ODD = "aZé .,?!'\n-[]İı0123"
_CHANNELS = ["email", "letter", "phone", "linkedin"]


def _toml_cases(kind: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in [DEV / f"{kind}.toml", *sorted(DEV.glob(f"{kind}-*.toml"))]:
        with path.open("rb") as fh:
            cases.extend(tomllib.load(fh).get("case", []))
    return cases


def _outreach(case: dict[str, Any]) -> Call:
    return ("outreach", [str(case.get("text", ""))], {
        "channel": str(case.get("channel", "email")),
        "subject": case.get("subject"),
        "knows_recipient": bool(case.get("knows_recipient", False)),
    })


def _thank_you(case: dict[str, Any]) -> Call:
    kwargs: dict[str, Any] = {"channel": case.get("channel")}
    for key in ("met_on", "sent_on"):  # ISO strings here (JSON-friendly); dates when run
        if case.get(key):
            kwargs[key] = str(case[key])[:10]
    return ("thank_you", [str(case.get("text", ""))], kwargs)


def _questions(case: dict[str, Any]) -> Call:
    kwargs: dict[str, Any] = {"minutes": int(case.get("minutes", 20) or 20)}
    for key in ("field", "research_notes"):
        if case.get(key):
            kwargs[key] = str(case[key])
    return ("questions", [[str(q) for q in case.get("questions", [])]], kwargs)


def _random_text(rng: random.Random, sources: list[str]) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(0, 40)):
        roll = rng.random()
        if roll < 0.6:
            parts.append(rng.choice(_PIECES))
        elif roll < 0.85 and sources:
            words = rng.choice(sources).split()
            start = rng.randrange(len(words)) if words else 0
            parts.append(" ".join(words[start:start + rng.randint(1, 12)]))
        else:
            parts.append("".join(rng.choice(_ODD) for _ in range(rng.randint(1, 6))))
    text = " ".join(parts)
    return text.upper() if rng.random() < 0.05 else text


def calls(randoms: int = 300, seed: int = 12) -> list[Call]:
    """Every call, in a stable order."""
    out: list[Call] = []
    out += [_outreach(c) for c in _toml_cases("outreach")]
    out += [_outreach(c) for c in examples("outreach_cases")]
    out += [_thank_you(c) for c in _toml_cases("thank_you")]
    out += [_thank_you(c) for c in examples("thank_you_cases")]
    out += [_questions(c) for c in _toml_cases("questions")]
    out += [_questions(c) for c in examples("questions_cases")]
    sources = [str(args[0]) for kind, args, _ in out if kind != "questions"]
    rng = random.Random(seed)
    for _ in range(randoms):
        text = _random_text(rng, sources)
        out.append(("outreach", [text], {
            "channel": rng.choice(_CHANNELS),
            "subject": rng.choice([None, "", "Quick question", text[:40]]),
            "knows_recipient": rng.random() < 0.2,
        }))
        out.append(("thank_you", [text], {"channel": rng.choice([None, "email", "linkedin"])}))
        if rng.random() < 0.4:
            lines = [p for p in text.replace("?", "?\n").splitlines() if p.strip()][:25]
            out.append(("questions", [lines], {"minutes": rng.choice([15, 20, 30, 45])}))
    return out
