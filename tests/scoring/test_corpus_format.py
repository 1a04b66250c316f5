"""The corpus of real messages under tests/scoring/corpus keeps its format and its fixed split.

Checks every corpus file that exists (outreach, questions, thank_you, in dev/ and test/): each
parses, every case has the fields of corpus/README.md, ids are unique across the whole corpus,
every label names a rule of its kind with a pass/warn/fail verdict, and every case sits in the
part its source address hashes to, so no case can be moved between dev/ and test/.

Only the format is read here, never the texts' verdicts: the rules are measured on this corpus by
the evaluation command, and the test part must stay unread by anyone who changes rules.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
PARTS = ("dev", "test")
KINDS = ("outreach", "questions", "thank_you")

# The rule ids of corpus/README.md's labelling guide, kept here rather than imported from
# infoint.scoring so that the corpus format does not follow whatever the rules happen to be.
RULES = {
    "outreach": {
        "introduces-sender", "states-connection", "connection-first", "informational-purpose",
        "asks-for-job", "mentions-pay", "time-request", "asks-as-question", "length",
        "attaches-resume", "placeholders", "polite", "subject-line", "why-you", "greets-by-name",
    },
    "questions": {
        "covers-essentials", "asks-pay", "asks-for-job", "closed-question", "web-searchable",
        "duplicate", "fits-time", "order",
    },
    "thank_you": {
        "specific-takeaway", "asks-to-stay-in-touch", "includes-contact-info", "asks-for-job",
        "length", "sent-within-24h", "professional-tone", "asks-a-favour",
    },
}
CHANNELS = {
    "outreach": {"email", "letter", "linkedin", "phone"},
    "thank_you": {"email", "letter", "card", "linkedin"},
}
VERDICTS = {"good", "bad", "none"}
SCOPES = {"informational", "other", "excerpt"}
LEVELS = {"pass", "warn", "fail"}
ISO_639_1 = re.compile(r"^[a-z]{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def expected_part(source: str) -> str:
    """The README's split rule: all cases of one source address live in the same part."""
    return "test" if int(hashlib.sha256(source.encode()).hexdigest(), 16) % 3 == 0 else "dev"


# outreach.toml and any later batch of the same kind, outreach-<batch>.toml.
FILES = [
    (part, kind, path)
    for part in PARTS
    for kind in KINDS
    for path in [CORPUS / part / f"{kind}.toml", *sorted((CORPUS / part).glob(f"{kind}-*.toml"))]
    if path.exists()
]


def _cases(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    assert set(data) <= {"case"}, f"{path.name}: only [[case]] tables belong in a corpus file"
    return data.get("case", [])


ALL = [(part, kind, case) for part, kind, path in FILES for case in _cases(path)]


def test_some_corpus_file_exists():
    assert FILES, "no corpus file found under tests/scoring/corpus/{dev,test}/"
    assert ALL, "the corpus files hold no [[case]]"


def test_ids_are_unique_across_the_corpus():
    ids = [case.get("id") for _, _, case in ALL]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"ids used more than once: {duplicates}"


@pytest.mark.parametrize(
    ("part", "kind", "case"), ALL, ids=[f"{p}-{k}-{c.get('id')}" for p, k, c in ALL]
)
def test_case_format(part, kind, case):
    assert isinstance(case.get("id"), str) and case["id"], "every case needs an id"
    if kind == "outreach":
        assert case["id"].startswith("out-"), "outreach ids start with 'out-'"
    source = case.get("source")
    assert isinstance(source, str) and source.startswith(("http://", "https://")), (
        "the source must be the address the message came from"
    )
    assert case.get("verdict") in VERDICTS
    assert isinstance(case.get("complete"), bool)
    assert case.get("scope", "informational") in SCOPES, f"scope is one of {sorted(SCOPES)}"
    language = case.get("language")
    assert isinstance(language, str) and ISO_639_1.match(language), "language is ISO 639-1"
    assert isinstance(case.get("note"), str) and case["note"].strip(), "every case has a note"

    if kind == "questions":
        questions = case.get("questions")
        assert isinstance(questions, list) and questions
        assert all(isinstance(q, str) and q.strip() for q in questions)
        if "minutes" in case:
            assert isinstance(case["minutes"], int) and case["minutes"] > 0
        if "field" in case:
            assert isinstance(case["field"], str)
    else:
        assert isinstance(case.get("text"), str) and case["text"].strip()
        assert case.get("channel") in CHANNELS[kind]
    if kind == "outreach":
        assert isinstance(case.get("knows_recipient"), bool)
        if "subject" in case:
            assert isinstance(case["subject"], str)
    if kind == "thank_you":
        for key in ("met_on", "sent_on"):
            if key in case:
                assert ISO_DATE.match(str(case[key])), f"{key} is a date like 2024-03-04"

    labels = case.get("labels", {})
    assert isinstance(labels, dict)
    unknown = set(labels) - RULES[kind]
    assert not unknown, f"labels name no {kind} rule of the README: {sorted(unknown)}"
    bad_levels = {rule: level for rule, level in labels.items() if level not in LEVELS}
    assert not bad_levels, f"labels must be pass, warn or fail: {bad_levels}"
    if language != "en":
        assert not labels, "non-English cases carry no rule labels"
    if labels.get("placeholders") == "fail":
        assert case["complete"] is False, "a message with gaps is marked complete = false"
    if kind == "outreach" and "subject-line" in labels:
        assert case["channel"] == "email", "subject-line is labelled for email only"


@pytest.mark.parametrize(
    ("part", "kind", "case"), ALL, ids=[f"{p}-{k}-{c.get('id')}" for p, k, c in ALL]
)
def test_case_sits_in_the_part_its_source_hashes_to(part, kind, case):
    assert part == expected_part(case["source"]), (
        f"{case['id']} belongs in {expected_part(case['source'])}/ by the split rule"
    )


def test_split_rule_matches_the_readme():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert 'int(hashlib.sha256(source.encode()).hexdigest(), 16) % 3 == 0' in readme
    assert expected_part("https://example.edu/page") in PARTS
