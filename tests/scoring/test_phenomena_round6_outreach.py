"""Outreach phenomena from the round-6 corpus (real messages, retold in our own words): a name
shouted down the phone, a signature with a P.S. under it, a contact who passed the résumé on,
"talk about what you do" as a purpose, advice for one's own job hunt (no opening asked for),
and a voicemail that opens on a filler before its greeting."""

from __future__ import annotations

from infoint.scoring import check_outreach


def test_a_shouted_name_on_the_phone_introduces():
    script = (
        "Um, HI! It's MARTA KOWAL and, uh, I'm calling about your studio. Could you ring "
        "me back on 0161 555 0102? Thanks!"
    )
    assert check_outreach(script, channel="phone").level("introduces-sender") == "pass"


def test_a_signature_above_a_postscript_still_signs():
    email = (
        "Hi Arjun,\n\nI'd love to hear how you built the partner team at Corvel. Could you "
        "spare 15 minutes next week?\n\nBest,\nNiamh Doyle\nniamh.doyle@example.com\n\n"
        "P.S. We share a dozen connections, so a warm introduction is easy if you prefer."
    )
    assert check_outreach(email).level("introduces-sender") == "pass"


def test_a_contact_who_forwarded_the_resume_is_a_connection():
    script = (
        "Hello, it's Tom Reyes. Priya Shah said she'd forwarded my CV to you last week. "
        "Could you call me back? Thank you."
    )
    report = check_outreach(script, channel="phone")
    assert report.level("states-connection") == "pass"
    assert report.level("connection-first") == "pass"


def test_talking_about_what_they_do_is_a_purpose():
    email = (
        "Dear Ms. Park, I'm a design student at Lowry. Would you meet me to talk about what "
        "you do and how a newcomer gets into the field? Thank you, Jo"
    )
    assert check_outreach(email).level("informational-purpose") == "pass"


def test_advice_for_ones_own_job_hunt_is_a_purpose_not_a_job_ask():
    email = (
        "Hi Rafael, I'm in the second module of the back-end course. I'd love to talk about "
        "the tech community in Leeds and hear any advice you have for my job hunt. Would "
        "20 minutes on Thursday suit you? Thanks, Lucia"
    )
    report = check_outreach(email)
    assert report.level("informational-purpose") == "pass"
    assert report.level("asks-for-job") == "pass"


def test_a_filler_before_the_greeting_is_still_the_greeting():
    script = (
        "Um, HELLO! This is Ana Ruiz. Mark Ode suggested I call you. Could we talk for "
        "15 minutes about your work? Thanks."
    )
    assert check_outreach(script, channel="phone").level("connection-first") == "pass"


def test_a_hasty_or_casual_question_is_still_a_question():
    for text in (
        "Do have a little time to meet up with me this week?",
        "Hi Dolores, how about meeting up sometime to talk about your studio?",
        "Hi Ken, would you be up for a quick chat about your move into nursing?",
    ):
        assert check_outreach(text).level("asks-as-question") == "pass", text
