"""The job patterns skip themselves when none of their words is in the text: that must never
change a verdict. Checked on every dev corpus text, every labelled example and random text."""

import importlib.util
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.scoring.patterns import _scan_job_asks
from infoint.scoring.text import fold, sentences

HERE = Path(__file__).parent
DEV = HERE / "corpus" / "dev"


def _examples(name):
    spec = importlib.util.spec_from_file_location(name, HERE / "examples" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def _texts():
    for name in ("outreach", "thank_you"):
        with (DEV / f"{name}.toml").open("rb") as fh:
            yield from (str(c.get("text", "")) for c in tomllib.load(fh).get("case", []))
    for name in ("outreach_cases", "thank_you_cases"):
        yield from (str(case.get("text", "")) for case in _examples(name))


def _same(text):
    folded = fold(text)
    spans = sentences(folded)
    assert _scan_job_asks(folded, spans, keyed=True) == _scan_job_asks(folded, spans, keyed=False)


def test_the_keyed_scan_agrees_on_every_real_and_example_text():
    texts = list(_texts())
    assert len(texts) > 150
    for text in texts:
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
