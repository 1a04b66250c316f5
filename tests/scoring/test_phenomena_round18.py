"""Round 18 (issue #12): phenomena the dev part showed the rules reading wrongly, each
written in our own words from the shape of real messages, not copied from a case: where
someone works, noticed, read as a reason for choosing them (five sources label it no
reason); what their team works with, and the way they explain things in a piece of
theirs, not read as one."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


# why-you: their employer or field alone is shared by everyone there.
@pytest.mark.parametrize(
    "sentence",
    [
        "I see that you work at Harlow Foods.",
        "Saw you're at {company}.",
        "I noticed you work in local government.",
        "I see you're now at [Company].",
        "I saw that you work at Brightline, a firm I admire.",
    ],
)
def test_their_employer_alone_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# ... but what they do there, or what their team works with, is theirs.
@pytest.mark.parametrize(
    "sentence",
    [
        "I noticed you're a team lead there.",
        "I saw that you work at Harlow Foods as its head of sourcing.",
        "I noticed you work on the payments team.",
        "I see you're now [title] at [Company].",
        "I see your team uses dbt for its reporting.",
        "I noticed you recruit for the graduate scheme.",
        "I enjoyed the way you explain pricing models in your newsletter.",
        "I was struck by the way you discussed rural broadband.",
    ],
)
def test_what_they_do_there_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"
