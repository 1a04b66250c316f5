"""The job-words reading of asks-for-job (infoint/scoring/job_words.py): the shipped model is
what training on the dev part gives, it reads hinted asks no pattern knows, and it keeps
quiet on job words that are the topic of a question or of what the sender wants to learn."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.scoring import check_outreach
from infoint.scoring import job_words as jw

CORPUS = Path(__file__).parent / "corpus"


def _job(text: str):
    return next(f for f in check_outreach(text).findings if f.rule == "asks-for-job")


def test_shipped_model_is_a_fresh_training_run(tmp_path: Path) -> None:
    out = tmp_path / "job_words.toml"
    assert jw.main(["--corpus", str(CORPUS), "--out", str(out)]) == 0
    shipped = jw.SHIPPED_MODEL.read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped, (
        "data/rules/job_words.toml is stale: run `python -m infoint.scoring.job_words`")


def test_training_is_deterministic() -> None:
    examples = [("i'd love to join your team; my cv is attached", True),
                ("how did you find your first internship?", False),
                ("i read your paper on clinic staffing", False)] * 3
    a, b = jw.train(examples), jw.train(examples)
    assert a == b
    assert a.weights["my cv"] > 0 > a.bias


def test_features_skip_questions_and_what_the_sender_wants_to_learn() -> None:
    text = ("what skills does your team look for? i'd love to hear how you found your first "
            "internship. my cv is attached and i'd like to join your team.")
    found = jw.features(text)
    assert "internship" not in found
    assert found["your team"] == (text.rindex("your team"), text.rindex("your team") + 9)
    assert {"cv", "my cv", "join", "to join"} <= set(found)


# Hinted asks in our own words, in shapes no asks-for-job pattern reads.
HINTED = [
    "Dear Ms Park, I'm finishing my MBA and I'm keen to join a company like yours in brand "
    "strategy. My CV is attached. Could we find 20 minutes to talk about how I might "
    "contribute?",
]


@pytest.mark.parametrize("text", HINTED)
def test_hinted_asks_read_as_job_requests(text: str) -> None:
    f = _job(text)
    assert f.level == "warn"
    assert f.message.startswith("Taken together, words such as “")
    assert f.span is not None and text[f.span[0]:f.span[1]].lower() in f.message.lower()


# Controls: job words as the topic, not the request. These passed before the model and must
# keep passing.
TOPIC = [
    "Hi Dana, I'm a junior at Marlow studying chemistry. I read your post on moving from the "
    "lab into science policy, and I'd love to hear how you made that switch. Would you have "
    "20 minutes for a call in the next few weeks?",
    "Dear Mr Ochoa, I'm a second-year nursing student. I'm curious what skills matter most in "
    "your role and how you found your first internship. Could I ask you a few questions over "
    "a 15-minute call?",
    "Hello Priya, your position as head of data at Norland caught my eye because you came "
    "from teaching. I'm weighing the same move and would value 20 minutes of your time to "
    "hear how you made it.",
    "Hi Tom, I'm a designer finishing a bootcamp. What does the job market look like for new "
    "designers, and which skills does your team look for in juniors? I'd be grateful for a "
    "short call.",
    "Dear Ms Lin, I'm not looking for a job; I'd just like to learn what your team does day "
    "to day. Would a 15-minute call next week suit you?",
    "Dear Mr Ade, I'm a history graduate considering a career in archives. How did you land "
    "your first role, and what would you tell someone starting out? I'd be glad of 20 "
    "minutes whenever suits you.",
    "Hi Leo, I'm researching careers in renewable energy. I know your company has grown "
    "fast, and I'm curious how the engineering team's work has changed with it. Would you be "
    "open to a 15-minute chat?",
]


@pytest.mark.parametrize("text", TOPIC)
def test_job_words_as_the_topic_are_no_ask(text: str) -> None:
    assert _job(text).level == "pass"


def test_a_pattern_ask_or_a_denial_comes_first() -> None:
    asked = "Hi Sam, are you hiring? My CV is attached and I'd love to join your team."
    assert _job(asked).level == "fail"
    denied = ("Hi Sam, I'm not asking for a job. My CV is attached only so you know my "
              "background, and I'd love to hear about your team.")
    f = _job(denied)
    assert f.level == "pass" and "not asking" in f.message


def test_an_instructors_model_replaces_the_shipped_one(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "rules").mkdir()
    own = jw.to_toml(jw.JobWords(bias=-50.0, weights={"cv": 1.0}, threshold=0.5), 1)
    (tmp_path / "rules" / "job_words.toml").write_text(own, encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert jw.load_job_words().bias == -50.0
    assert _job(HINTED[0]).level == "pass"
    shipped = jw.load_job_words()
    off = jw.to_toml(jw.JobWords(shipped.bias, shipped.weights, threshold=1), 1)
    (tmp_path / "rules" / "job_words.toml").write_text(off, encoding="utf-8")
    jw._load.cache_clear()  # same path, new contents
    assert _job(HINTED[0]).level == "pass"  # a threshold of 1 turns the reading off
    monkeypatch.delenv("INFOINT_DATA_DIR")
    assert _job(HINTED[0]).level == "warn"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_reads_in_range_with_spans_inside(text: str) -> None:
    lower = jw.message_lower(text)
    read = jw.reading(lower)
    assert 0.0 <= read.probability <= 1.0
    for words, (s, e) in read.evidence:
        assert 0 <= s < e <= len(lower) and lower[s:e] == words
    for s, e in jw.hinted_job_request(lower):
        assert 0 <= s < e <= len(lower)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted(jw.LEXICON) + ["your", "my", "the", "i", "?", "."]),
                max_size=60))
def test_job_word_soup_never_breaks_the_check(words: list[str]) -> None:
    text = " ".join(words)
    report = check_outreach(text)
    f = next(f for f in report.findings if f.rule == "asks-for-job")
    if f.span is not None:
        assert 0 <= f.span[0] < f.span[1] <= len(text)
    assert 0 <= report.score <= 100


def test_evidence_shows_the_job_word_and_counts_shared_words_once() -> None:
    model = jw.JobWords(bias=0.0, weights={"to join": 2.0, "join your": 2.0, "my cv": 3.0},
                        threshold=0.5)
    text = "i'd love to join your studio. my cv is attached."
    read = model.read(text)
    # "to join" shows as "join", which "join your" already holds: one piece, not two.
    assert [words for words, _ in read.evidence] == ["my cv", "join your"]
    one = model.read("i'd love to join your studio.")
    assert [words for words, _ in one.evidence] == ["join your"]
