"""New signals on fresh texts in our own words: professional-tone and asks-a-favour (thank-you),
greets-by-name (outreach)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.scoring import check_outreach, check_thank_you
from infoint.scoring.favour import find_favour
from infoint.scoring.greeting import find_impersonal, find_nameless_greeting
from infoint.scoring.text import fold
from infoint.scoring.tone import find_casual

GOOD = """Dear Mr. Abara,

Thank you for walking me through the night shift at the water treatment plant on Thursday.
Your point that the control-room operators spend more time on paperwork than on pumps changed
what I expected, and I have signed up for the operator-in-training evening course you named.

I will let you know how the first module goes.

Kind regards,
Selin Yildiz"""


def _finding(report, rule):
    (finding,) = [f for f in report.findings if f.rule == rule]
    return finding


def test_a_careful_note_passes_both():
    report = check_thank_you(GOOD, channel="email")
    assert _finding(report, "professional-tone").level == "pass"
    assert _finding(report, "asks-a-favour").level == "pass"


@pytest.mark.parametrize("note, phrase", [
    ("Hi Dana, thx for the chat about grant writing, it really helped.", "thx"),
    ("Thanks so much for yesterday, u were a huge help with my portfolio plans.", "u"),
    ("Thank you for the tour of the bakery :) I learned a lot about early shifts.", ":)"),
    ("Thank you for meeting me!! The tip about food-safety courses was great.", "!!"),
    ("Thank you for the call about nursing night shifts.\n\nSent from my iPhone",
     "Sent from my iPhone"),
    ("Dear Ms. Ortiz,\n\nThank you for explaining how court interpreters get certified.\n\n"
     "Love,\nMaya", "Love,"),
    ("Dear Paolo,\n\nThanks for the chat about bike mechanics.\n\nPeace\nRiley", "Peace"),
])
def test_casual_register_fails_and_points_at_the_phrase(note, phrase):
    finding = _finding(check_thank_you(note, channel="email"), "professional-tone")
    assert finding.level == "fail"
    start, end = finding.span
    assert note[start:end].strip().startswith(phrase.split()[0])


def test_a_note_in_lower_case_reads_rushed():
    note = ("thank you for showing me around the print shop, seeing the presses run changed "
            "my mind about the apprenticeship")
    assert _finding(check_thank_you(note), "professional-tone").level == "fail"


@pytest.mark.parametrize("note", [
    "Hi Tomas, thank you for your time today! The advice on apprenticeships was great.",
    "Dear Dr. Lee, thank you for the U.S. visa overview. Best wishes, Ana",
    "Thank you for the meeting at 10:30 (in the library). Warm regards, Jo",
    "Dear Sam,\n\nThank you for the call.\n\nCheers,\nKim",
])
def test_friendly_but_professional_notes_pass(note):
    assert find_casual(fold(note)) is None


@pytest.mark.parametrize("note, kind", [
    ("Thank you for the talk. Would you mind reading my cover letter before I send it?", "review"),
    ("Thanks again. Could you look over my portfolio this week and tell me what to change?",
     "review"),
    ("Thank you for your time. I'd love for you to be my mentor going forward.", "mentor"),
    ("Thank you! Could we set up a monthly call to keep going?", "mentor"),
    ("Thank you for the chat about payroll. I've attached my CV in case it helps.", "attachment"),
    ("Thanks for meeting. Please find attached my résumé.", "attachment"),
])
def test_new_favours_fail(note, kind):
    hit = find_favour(fold(note))
    assert hit is not None and hit[1] == kind
    assert _finding(check_thank_you(note), "asks-a-favour").level == "fail"


@pytest.mark.parametrize("note", [
    GOOD,
    "Thank you for the advice. May I write to you again once I have started the course?",
    "Thanks for the chat. I won't send my résumé, I only wanted to say thank you.",
    "Thank you for suggesting I read the union's training guide; I will read it this week.",
    "Thank you. I hope we can keep in touch, and I'll let you know how the interview goes.",
])
def test_keeping_in_touch_is_no_favour(note):
    assert _finding(check_thank_you(note), "asks-a-favour").level == "pass"


def test_the_signals_lower_the_score():
    casual = GOOD.replace("Kind regards,", "Love,")
    favour = GOOD.replace("I will let you know how the first module goes.",
                          "Would you mind reviewing my application before Friday?")
    base = check_thank_you(GOOD, channel="email").score
    assert check_thank_you(casual, channel="email").score < base
    assert check_thank_you(favour, channel="email").score < base


texty = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(list(" \n\t.,?!:;()'’\"-<3xX")),
        st.sampled_from(["thx ", "u ", "Love,\n", "attached my ", "be my mentor ", "would you ",
                         "review ", "Sent from my phone", ":)", "not "]),
    ),
    max_size=200,
).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texty)
def test_any_text_gives_spans_inside_it(text):
    for finder in (find_casual, find_favour):
        hit = finder(fold(text))
        if hit is not None:
            start, end = hit[0]
            assert 0 <= start <= end <= len(text)
    report = check_thank_you(text)
    for f in report.findings:
        if f.rule in ("professional-tone", "asks-a-favour") and f.span is not None:
            assert 0 <= f.span[0] <= f.span[1] <= len(text)


# --- greets-by-name (outreach) -------------------------------------------------------------

BODY = ("I'm a second-year nursing student at Eastvale. Your talk on rural clinics made me want "
        "to learn how you built that service. Could we talk for 15 minutes next week? "
        "Thank you, Ana Ruiz")


def _greets(text, **kw):
    return _finding(check_outreach(text, **kw), "greets-by-name")


@pytest.mark.parametrize("opening", [
    "Dear Sir or Madam,\n\n", "To whom it may concern,\n\n", "Dear Professor,\n\n",
    "Hi all,\n\n", "Dear Hiring Manager,\n\n",
])
def test_a_salutation_to_a_title_fails(opening):
    finding = _greets(opening + BODY)
    assert finding.level == "fail"
    start, end = finding.span
    assert (opening + BODY)[start:end].strip(" ,\n") == opening.strip(" ,\n")


def test_a_batch_sent_to_several_fails():
    text = "Dear Dr. Moss,\n\n" + BODY + " I have emailed all three of you to save time."
    assert _greets(text).level == "fail"


@pytest.mark.parametrize("opening", ["Hi. ", "Hey, ", "Hello, my name is Ana. ", "hi so "])
def test_a_greeting_without_a_name_warns(opening):
    assert _greets(opening + BODY).level == "warn"


@pytest.mark.parametrize("text, kw", [
    ("Dear Ms. Okafor,\n\n" + BODY, {}),
    ("Hello, Dr. Lee. " + BODY, {}),
    ("Hi Tunde, " + BODY, {}),
    (BODY, {}),  # no greeting at all is the polite rule's business
    ("Hi [Name], " + BODY, {}),  # a gap is the placeholders rule's
    ("Dear Dr. ______, " + BODY, {}),
    ("Hi, this is Ana Ruiz calling. " + BODY, {"channel": "phone"}),
    ("Hey! " + BODY, {"knows_recipient": True}),
])
def test_written_to_them_passes(text, kw):
    assert _greets(text, **kw).level == "pass"


def test_the_greeting_weighs_in_the_score():
    named = check_outreach("Dear Ms. Okafor,\n\n" + BODY).score
    assert check_outreach("Dear Sir or Madam,\n\n" + BODY).score < named


@FAST
@given(texty)
def test_any_text_gives_greeting_spans_inside_it(text):
    folded = fold(text)
    for hit in (find_impersonal(folded), find_nameless_greeting(folded)):
        if hit is not None:
            assert 0 <= hit[0] <= hit[1] <= len(text)
    for channel in ("email", "phone"):
        finding = _greets(text, channel=channel)
        if finding.span is not None:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text)
