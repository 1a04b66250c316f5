"""After-meeting coaching: one test (or more) per rule, plus the thank-you draft."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoint import coaching as c
from infoint.model import CATEGORIES, Contact, Learner, Reflection

MET = date(2026, 3, 2)  # a Monday


def make(**kw) -> Reflection:
    base = dict(field="nursing", met_on=MET, contact_id=1, id=1, tone="positive")
    base.update(kw)
    return Reflection(**base)


def by_id(suggestions, rule):
    found = [s for s in suggestions if s.id == rule]
    assert len(found) <= 1
    return found[0] if found else None


def everything_learned() -> dict[str, str]:
    return {cat: "Noted." for cat in CATEGORIES}


@pytest.mark.parametrize("tone", ["negative", "mixed"])
def test_negative_or_mixed_tone_suggests_another_person(tone):
    s = by_id(c.coach(make(tone=tone), today=MET), c.TALK_TO_ANOTHER)
    assert s is not None and s.level == "warn"
    assert "at least one more person" in s.message and "nursing" in s.message


def test_positive_tone_needs_no_second_opinion_for_tone():
    assert by_id(c.coach(make(tone="positive"), today=MET), c.TALK_TO_ANOTHER) is None


def test_single_interview_in_field_suggests_more_people():
    s = by_id(c.coach(make(), today=MET), c.ONE_INTERVIEW)
    assert s.level == "warn" and "only person" in s.message


def test_second_informant_in_same_field_passes_and_ignores_case():
    other = make(id=2, contact_id=2, field="Nursing")
    s = by_id(c.coach(make(), others=[other], today=MET), c.ONE_INTERVIEW)
    assert s.level == "pass" and "2 people" in s.message


def test_same_person_twice_is_still_one_informant():
    again = make(id=2, contact_id=1)
    other_field = make(id=3, contact_id=3, field="law")
    s = by_id(c.coach(make(), others=[again, other_field], today=MET), c.ONE_INTERVIEW)
    assert s.level == "warn"
    assert c.informants_in_field(make(), [again, other_field]) == 1


def test_strong_pitch_contradicted_by_low_ratings_warns_against_pressure():
    r = make(pitch_strength=4, ratings={"overall interest": 2, "lifestyle": 5})
    s = by_id(c.coach(r, today=MET), c.PITCH_CONTRADICTED)
    assert s.level == "warn" and "pressured" in s.message and "overall interest" in s.message


@pytest.mark.parametrize(
    "pitch, ratings",
    [(3, {"daily work": 1}), (5, {"daily work": 3}), (None, {"daily work": 1}), (5, {})],
)
def test_no_pressure_warning_without_both_a_hard_sell_and_a_low_rating(pitch, ratings):
    r = make(pitch_strength=pitch, ratings=ratings)
    assert by_id(c.coach(r, today=MET), c.PITCH_CONTRADICTED) is None


def test_missing_categories_come_with_questions_for_next_time():
    r = make(learned={"advice": "Volunteer first.", "lifestyle": "Shifts."})
    s = by_id(c.coach(r, today=MET), c.ASK_NEXT_TIME)
    assert s.level == "warn"
    assert len(s.questions) == len(CATEGORIES) - 2
    assert all(q.endswith("?") for q in s.questions)
    assert "daily workload" in s.message and "advice" not in s.message


def test_questions_fall_back_when_the_bank_is_unavailable(monkeypatch):
    import infoint.bank

    def broken(*_a, **_k):
        raise infoint.bank.BankError("bad file")

    monkeypatch.setattr(infoint.bank, "load_bank", broken)
    from infoint.reflect_content import reflect_content

    assert c.questions_for("lifestyle") == reflect_content().category("lifestyle", "question")
    assert c.questions_for("lifestyle").endswith("?")


def test_every_category_noted_passes():
    s = by_id(c.coach(make(learned=everything_learned()), today=MET), c.ASK_NEXT_TIME)
    assert s.level == "pass"


def test_suggested_people_become_referral_contacts():
    met = Contact("Grace Ho", id=1, organisation="City Hospital")
    r = make(suggested_people=["Lena Park", "Ivan Roy"])
    existing = [met, Contact("ivan  ROY", id=2)]
    s = by_id(c.coach(r, contacts=existing, today=MET), c.ADD_PEOPLE)
    assert s.level == "warn" and s.people == ("Lena Park",)
    new = c.suggested_contacts(r, met, existing)
    assert [p.name for p in new] == ["Lena Park"]
    lena = new[0]
    assert lena.relationship == "referral" and lena.referred_by == "Grace Ho"
    assert lena.status == "identified" and lena.field == "nursing"
    assert "City Hospital" in lena.notes


def test_all_suggested_people_known_passes_and_none_suggested_is_silent():
    r = make(suggested_people=["Lena Park"])
    s = by_id(c.coach(r, contacts=[Contact("Lena Park")], today=MET), c.ADD_PEOPLE)
    assert s.level == "pass"
    assert by_id(c.coach(make(), today=MET), c.ADD_PEOPLE) is None


def test_thank_you_not_sent_is_due_within_a_day_then_overdue():
    on_time = by_id(c.coach(make(), today=MET), c.SEND_THANKS)
    assert on_time.level == "warn" and on_time.due == date(2026, 3, 3)
    late = by_id(c.coach(make(), today=date(2026, 3, 5)), c.SEND_THANKS)
    assert late.level == "fail" and "today" in late.message
    assert c.coach(make(), today=date(2026, 3, 5))[0].id == c.SEND_THANKS  # most urgent first


def test_thanked_gives_a_keep_in_touch_date_instead():
    r = make(thank_you_sent_on=date(2026, 3, 3))
    out = c.coach(r, today=MET)
    assert by_id(out, c.SEND_THANKS) is None
    keep = by_id(out, c.KEEP_IN_TOUCH)
    assert keep.level == "pass" and keep.due > date(2026, 4, 10)
    assert keep.due.weekday() < 5


def test_ids_are_stable_and_known():
    r = make(tone="negative", pitch_strength=5, ratings={"daily work": 1},
             suggested_people=["A B"])
    assert {s.id for s in c.coach(r, today=MET)} <= set(c.RULE_IDS)


def test_thank_you_draft_has_thanks_a_specific_takeaway_an_ask_and_contact_details():
    r = make(learned={"advice": "Shadow a night shift before you apply. It shows the job."})
    me = Learner(name="Amara Nwosu", email="amara@example.org", phone="+44 20 7946 0000")
    text = c.draft_thank_you(r, "Grace Ho", me)
    assert text.startswith("Dear Grace,")
    assert "Thank you" in text
    assert "shared: shadow a night shift before you apply." in text
    assert "It shows the job" not in text  # one sentence only
    assert "get in touch again" in text
    assert "amara@example.org" in text and "+44 20 7946 0000" in text


def test_thank_you_draft_without_notes_leaves_a_clear_gap():
    text = c.draft_thank_you(make(), "", None)
    assert text.startswith("Hello,")
    assert "[Name one specific thing" in text and "[Your name]" in text


def test_specific_takeaway_prefers_advice_then_surprises():
    r = make(learned={"lifestyle": "Long shifts."}, surprises="Nurses write a lot of code!")
    assert c.specific_takeaway(r) == ("surprises", "Nurses write a lot of code")
    assert c.specific_takeaway(make()) == ("", "")


def test_thank_you_draft_reads_naturally_for_advice_and_surprises():
    from datetime import date

    from infoint.coaching import draft_thank_you
    from infoint.model import Reflection

    advice = Reflection(field="x", met_on=date(2026, 1, 5), learned={"advice": "Take the audit."})
    from infoint.scoring import check_thank_you

    text = draft_thank_you(advice, "Ana Lee")
    assert "the advice you shared: take the audit." in text
    assert "about your advice" not in text
    surprise = Reflection(field="x", met_on=date(2026, 1, 5), surprises="Night shifts are calm.")
    assert "surprised me: night shifts are calm." in draft_thank_you(surprise)
    # The drafts model what the thank-you check asks for: a specific takeaway.
    for r in (advice, surprise):
        assert check_thank_you(draft_thank_you(r)).level("specific-takeaway") == "pass"


@pytest.mark.parametrize(
    ("note", "quoted"),
    [
        ("Get a VITA certificate first", "get a VITA certificate first"),
        ("VITA volunteers get hired", "VITA volunteers get hired"),
        ("I wish I had started sooner", "I wish I had started sooner"),
        ("I'd shadow someone", "I'd shadow someone"),
        ("Grace Ho can introduce you", "Grace Ho can introduce you"),
        ("Marta knows the hiring manager", "Marta knows the hiring manager"),
        ("McKinsey hires from here", "McKinsey hires from here"),
        ("already lower case", "already lower case"),
        ("", ""),
    ],
)
def test_a_quoted_note_loses_its_capital_but_acronyms_and_names_keep_theirs(note, quoted):
    assert c.quote_mid_sentence(note, names=["Marta Ruiz"]) == quoted


def test_the_drafted_note_has_no_capital_after_the_colon():
    r = make(learned={"advice": "Get a VITA certificate before tax season."})
    text = c.draft_thank_you(r, "Grace Ho")
    assert "the advice you shared: get a VITA certificate before tax season." in text


@given(st.text(max_size=40))
def test_quoting_changes_at_most_the_first_letters_case(note):
    quoted = c.quote_mid_sentence(note)
    assert len(quoted) == len(note) and quoted[1:] == note[1:]
    assert quoted[:1] in (note[:1], note[:1].lower())


def test_a_meeting_date_after_today_is_refused_with_a_reason():
    today = date(2026, 3, 2)
    assert c.meeting_date_problem(today, today) is None
    assert c.meeting_date_problem(date(2026, 3, 1), today) is None
    assert "future" in c.meeting_date_problem(date(2026, 3, 3), today)
    assert "required" in c.meeting_date_problem(None, today)
