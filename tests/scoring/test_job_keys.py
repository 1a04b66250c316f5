"""The job patterns skip themselves when none of their words is in the text: that must never
change a verdict. Checked on every dev corpus text, every labelled example and random text."""


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.scoring.patterns import _scan_job_asks
from infoint.scoring.text import fold, sentences
from tests.scoring.corpus_texts import texts


def _same(text):
    folded = fold(text)
    spans = sentences(folded)
    assert _scan_job_asks(folded, spans, keyed=True) == _scan_job_asks(folded, spans, keyed=False)


def test_the_keyed_scan_agrees_on_every_real_and_example_text():
    every = list(texts())
    assert len(every) > 150
    for text in every:
        _same(text)


words = st.sampled_from(
    ["a job", "the position", "hiring", "hire me", "openings", "refer me", "join your team",
     "work for you", "interested in the role", "opportunities at your firm", "get hired here",
     "pass my resume to", "not", "I'm", "a referral", "roles that fit", "about opportunities",
     " ", ".", "\n", "you", "your company", "Dear Ana,", "if anything opens up", "hear of anything",
     "room for a junior analyst", "foot in the door at your", "guidance or a referral",
     "in this role", "looking for", "consider me for anything", "reschedule", "takes interns",
     "thank you for", "thanks in advance for", "considering me for the", "passing my cv along",
     "joining your team"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(words, st.text(max_size=8)), max_size=30).map(" ".join))
def test_the_keyed_scan_agrees_on_any_text(text):
    _same(text)
