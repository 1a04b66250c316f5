"""Reasons for writing to this person that the why-you rule missed (round 6, in our own
words): a piece of their work with words of its own before it ("your TEDx talk on ..."),
something of theirs listened to or watched, what they did told by a referrer or as a fact,
their project called by its name; and what stays a warn: where they were found, a school in
common, "your work at the company"."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach

_HELLO = "Dear Ms. Ode, I'm Sam Lee, a second-year geography student at Harwick. "
_ASK = " I'd love to hear how you got started. Would you have 20 minutes next week? Thank you, Sam"


@pytest.mark.parametrize(
    "reason",
    [
        "I listened to your episode on the Planning Matters podcast and wanted to ask you more.",
        "Professor Hale told me you built the council's cycling network plan.",
        "You wrote the report on bus deregulation that we studied in class.",
        "Your TEDx talk on walkable towns changed how I think about my degree.",
        "Your open-source tool for zoning maps is one I use every week.",
        "I gather you mentor new graduates at Arup, so you'd know what they struggle with.",
        "I've been poking around your project FloodLens on GitHub.",
        "Since you moved from architecture into planning, you'd know what that switch takes.",
    ],
)
def test_a_reason_that_is_theirs_passes(reason):
    assert check_outreach(_HELLO + reason + _ASK).level("why-you") == "pass"


@pytest.mark.parametrize(
    "source",
    [
        "I found your profile on LinkedIn.",
        "We both went to Harwick.",
        "I'd love to hear about your work at the company.",
        "I'm reaching out to professionals in planning.",
        "You have an impressive background.",
    ],
)
def test_a_source_or_a_topic_is_no_reason(source):
    assert check_outreach(_HELLO + source + _ASK).level("why-you") == "warn"
