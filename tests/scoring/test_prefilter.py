"""The pattern prefilter skips a pattern whose needed words are not in the text: that must
never change a verdict. Whole reports are compared with the prefilter on and off, on every
dev corpus text, every labelled example and random text."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.scoring import check_outreach, check_questions, check_thank_you, prefilter
from infoint.scoring.questions import _facts
from tests.scoring.corpus_texts import texts


def _reports(text):
    _facts.cache_clear()  # a question's reading is cached: read it afresh each time
    return (
        check_outreach(text).to_dict(),
        check_outreach(text, "linkedin", knows_recipient=True).to_dict(),
        check_thank_you(text).to_dict(),
        check_questions([line for line in text.splitlines() if line.strip()][:12]).to_dict(),
    )


def _same(text):
    fast = _reports(text)
    with prefilter.disabled():
        slow = _reports(text)
    assert fast == slow


def test_reports_agree_on_every_real_and_example_text():
    every = list(texts())
    assert len(every) > 150
    for text in every:
        _same(text)


words = st.sampled_from(
    ["I'm", "Ana", "a student", "referred", "alumni", "we met", "learn", "hear about", "your",
     "article", "stood out", "since you", "job", "hiring", "salary", "earn", "take home",
     "résumé", "attached", "[Name]", "20 minutes", "Thank you", "Dear", "KİM", "ſalary", "ı",
     " ", ".", "\n", "?", "you"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(words, st.text(max_size=8)), max_size=30).map(" ".join))
def test_reports_agree_on_any_text(text):
    _same(text)


def test_needed_words_are_read_off_the_pattern():
    assert prefilter.needed(re.compile(r"\b(?:referred|suggested)\s+me\b", re.I)) == {
        "referred", "suggested"}
    assert prefilter.needed(re.compile(r"\bsalar(?:y|ies)\b", re.I)) == {"salar"}
    # an optional part or a lookahead needs nothing; a class needs no literal
    assert prefilter.needed(re.compile(r"(?:job)?\w+(?=x)")) is None
    assert not prefilter.may_match(re.compile(r"\bhiring\b", re.I), prefilter.fold_for_keys("Hi"))
    assert prefilter.may_match(re.compile(r"\bhiring\b", re.I), prefilter.fold_for_keys("HIRING"))


def test_a_pattern_is_cut_only_at_its_top_level_bars():
    cut = prefilter._top_level_alternatives
    assert cut(r"a|b(c|d)|[|]|e\|f|g") == ["a", "b(c|d)", "[|]", r"e\|f", "g"]
    pieces = prefilter.split([re.compile(r"\bjob\b|\b(?:hire|hiring)\b", re.I)])
    assert [p.pattern for p in pieces] == [r"\bjob\b", r"\b(?:hire|hiring)\b"]
    assert all(p.flags & re.I for p in pieces)
