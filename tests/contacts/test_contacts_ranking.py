"""Warm-first ranking, seniority heuristic, field keywords and introducer suggestions."""

from __future__ import annotations

import pytest

from infoint.contacts import (
    field_matches,
    guess_field,
    normalise,
    rank_contacts,
    seniority_level,
    suggest_introducers,
)
from infoint.model import Contact


def people() -> list[Contact]:
    return [
        Contact(name="Tom Reyes", role="Chief Financial Officer", organisation="Fabrikam"),
        Contact(name="Maria Green", role="Senior Accountant", organisation="Green & Co"),
        Contact(name="Alan Wilson", relationship="professor", role="Professor of Accounting"),
        Contact(name="Ravi Shah", relationship="referral", referred_by="Prof. Wilson",
                role="Audit Associate"),
        Contact(name="Helen Park", relationship="former colleague", role="Manager"),
        Contact(name="Sam Ortiz", role="Nurse", notes="Went to State University too"),
        Contact(name="Dee Friend", relationship="friend", status="met"),
        Contact(name="Nina No", relationship="family", status="declined / no reply"),
        Contact(name="Cara Lopez", relationship="career centre"),
        Contact(name="Ian Intern", role="Audit Intern", organisation="Green & Co"),
    ]


def test_warm_first_order():
    ranked = rank_contacts(people(), ["accounting"], school="State University")
    order = [r.contact.name for r in ranked]
    assert order == [
        "Alan Wilson",  # professor in the field
        "Ravi Shah",  # referral with a named referrer, in field, right seniority
        "Cara Lopez",  # career centre
        "Helen Park",  # former colleague
        "Maria Green",  # cold, but in field and right seniority
        "Ian Intern",  # cold, in field, intern
        "Sam Ortiz",  # alum by notes, other field
        "Tom Reyes",  # cold and very senior
        "Dee Friend",  # already met: not a first ask
        "Nina No",  # declined: last
    ]
    assert [r.ask_first for r in ranked][-2:] == [False, False]
    assert all(r.ask_first for r in ranked[:-2])
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)


def test_reasons_are_short_phrases():
    ranking = rank_contacts(people(), ["accounting"], "State University")
    ranked = {r.contact.name: r for r in ranking}
    assert ranked["Alan Wilson"].reasons[:2] == [
        "a personal connection (professor)",
        "works in your target field (accounting)",
    ]
    assert ranked["Ravi Shah"].reasons == [
        "referred by Prof. Wilson",
        "works in your target field (accounting)",
        "senior enough to advise, not too senior to reply",
    ]
    assert "alum of your school" in ranked["Sam Ortiz"].reasons
    assert "no personal connection yet (cold contact)" in ranked["Tom Reyes"].reasons
    assert "very senior: unlikely to reply to a first ask" in ranked["Tom Reyes"].reasons
    assert ranked["Dee Friend"].reasons[0] == "already met: not a first ask"
    assert ranked["Nina No"].reasons[0] == "declined or did not reply: give them a rest"


def test_alumni_relationship_reason():
    [r] = rank_contacts([Contact(name="Al", relationship="alumni")], [])
    assert r.reasons == ["alum of your school"]


def test_ties_are_broken_by_name_ignoring_case_and_accents():
    contacts = [Contact(name=n) for n in ("zoe", "Émile", "adam", "Eli")]
    assert [r.contact.name for r in rank_contacts(contacts, [])] == ["adam", "Eli", "Émile", "zoe"]


def test_referral_without_referrer_is_less_warm():
    named = Contact(name="B", relationship="referral", referred_by="Ms Green")
    unnamed = Contact(name="A", relationship="referral")
    ranked = rank_contacts([unnamed, named], [])
    assert [r.contact.name for r in ranked] == ["B", "A"]
    assert "a referral (add who referred you)" in ranked[1].reasons


def test_empty_input():
    assert rank_contacts([], ["accounting"]) == []


@pytest.mark.parametrize(
    ("role", "level"),
    [
        ("Audit Intern", 0),
        ("Student Nurse", 0),
        ("Junior Accountant", 1),
        ("Staff Assistant", 1),
        ("Senior Accountant", 2),
        ("Associate", 2),
        ("Tax Consultant", 2),
        ("Manager", 3),
        ("Senior Manager, Audit", 3),
        ("Associate Director", 4),
        ("Head of Finance", 4),
        ("Chief Financial Officer", 5),
        ("VP, Marketing", 5),
        ("Partner", 5),
        ("Accountant", None),
        ("", None),
    ],
)
def test_seniority_levels(role, level):
    assert seniority_level(role) == level


def test_seniority_prefers_one_or_two_levels_above_entry():
    contacts = [
        Contact(name="A intern", role="Intern"),
        Contact(name="B cfo", role="CFO"),
        Contact(name="C senior", role="Senior Accountant"),
        Contact(name="D manager", role="Manager"),
    ]
    order = [r.contact.name for r in rank_contacts(contacts, [])]
    assert order[:2] == ["C senior", "D manager"]
    assert set(order[2:]) == {"A intern", "B cfo"}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Senior Tax Associate", "accounting"),
        ("CPA", "accounting"),
        ("Bookkeeper", "accounting"),
        ("Registered Nurse", "nursing"),
        ("Software Engineer", "software"),
        ("UX Designer", "design"),
        ("Syntax Highlighter", ""),  # 'tax' only at the start of a word
        ("", ""),
    ],
)
def test_guess_field(text, field):
    assert guess_field(text) == field


def test_field_matches_by_field_alias_and_keywords():
    assert field_matches(Contact(name="a", field="Accounting"), "accounting")
    assert field_matches(Contact(name="a", field="accountancy"), "accounting")
    assert field_matches(Contact(name="a", role="Auditor"), "Accounting")
    assert field_matches(Contact(name="a", organisation="Big Four Audit LLP"), "accounting")
    assert not field_matches(Contact(name="a", role="Chef"), "accounting")
    assert field_matches(Contact(name="a", role="Beekeeper"), "beekeeping") is False
    assert field_matches(Contact(name="a", role="Urban beekeeping lead"), "beekeeping")
    assert not field_matches(Contact(name="a", role="Auditor"), "")


def test_normalise():
    assert normalise("  José \t NÚÑEZ ") == "jose nunez"


def test_suggest_introducers():
    suggestions = suggest_introducers(people(), ["accounting"])
    texts = [s.text for s in suggestions]
    assert [s.contact.name for s in suggestions] == ["Alan Wilson", "Cara Lopez", "Dee Friend"]
    assert texts[0].startswith("Ask Professor Wilson for an introduction to an accountant")
    assert "ask them directly as well" in texts[0]
    assert texts[1] == (
        "Ask Cara Lopez at the career centre whether they know alumni who work in accounting"
    )
    assert texts[2] == "Ask Dee Friend for an introduction to an accountant"


def test_suggest_introducers_unknown_field_and_titles():
    contacts = [Contact(name="Dr. Rao", relationship="professor")]
    [s] = suggest_introducers(contacts, ["beekeeping", "law"])
    assert s.text == (
        "Ask Dr. Rao for an introduction to someone working in beekeeping or a lawyer"
    )
    assert suggest_introducers([Contact(name="x")], ["law"]) == []


# --- fields the learner gave, not words alone (issue 15) ------------------------------------


def _reasons_for(contact):
    from infoint.contacts import rank_contacts

    return rank_contacts([contact], ["accounting"])[0].reasons


def test_family_friend_who_owns_a_bakery_is_not_unlikely_to_reply():
    from infoint.model import Contact

    reasons = _reasons_for(Contact(name="Rosa Diaz", role="Owner", organisation="Diaz Bakery",
                                   relationship="friend"))
    assert not any("unlikely to reply" in r for r in reasons)
    assert "a personal connection (friend)" in reasons


def test_a_business_owner_met_cold_runs_their_own_business():
    from infoint.model import Contact

    reasons = _reasons_for(Contact(name="Rosa Diaz", role="Owner", organisation="Diaz Bakery"))
    assert any("runs their own business" in r for r in reasons)


def test_linkedin_connection_is_first_degree_not_cold():
    from infoint.contacts import rank_contacts
    from infoint.model import Contact

    linked = Contact(name="Li Wei", source="linkedin", role="Analyst")
    stranger = Contact(name="Bo Chan", role="Analyst")
    ranked = rank_contacts([stranger, linked], [])
    assert [r.contact.name for r in ranked] == ["Li Wei", "Bo Chan"]
    assert ranked[0].reasons[0].startswith("a first-degree LinkedIn connection")
    assert "cold contact" not in ranked[0].reasons[0]


def test_a_senior_professor_who_knows_you_is_likely_to_make_time():
    from infoint.model import Contact

    reasons = _reasons_for(Contact(name="Omar Said", role="Dean", relationship="professor"))
    assert "senior, but knows you: likely to make time" in reasons
