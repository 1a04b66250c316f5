"""Unit tests for the question-list rules, and that the bank models good questions."""

import json

import pytest

from infoint.bank import load_bank
from infoint.scoring import QUESTION_RULES, check_questions, open_rewrite

ESSENTIALS_20 = [q.text for q in load_bank().essentials_for(20)]


def test_every_rule_once_in_order_when_clean():
    r = check_questions(ESSENTIALS_20, minutes=20)
    assert [f.rule for f in r.findings] == list(QUESTION_RULES)
    assert all(f.level == "pass" for f in r.findings)
    assert r.score == 100
    assert r.stats["total_minutes"] <= 20
    json.dumps(r.to_dict())


@pytest.mark.parametrize("minutes", [15, 20, 30])
@pytest.mark.parametrize("field", [None, *load_bank().fields()])
def test_bank_essentials_pass_every_rule(minutes, field):
    picks = load_bank().essentials_for(minutes, field=field)
    r = check_questions([q.text for q in picks], minutes=minutes, field=field)
    assert {f.rule: f.level for f in r.findings} == dict.fromkeys(QUESTION_RULES, "pass")


def test_general_bank_questions_are_good_questions():
    bank = load_bank()
    general = bank.filter(field="")
    assert len(general) >= 80
    for q in bank:
        r = check_questions([q.text])
        for rule in ("closed-question", "asks-pay", "asks-for-job", "web-searchable"):
            assert r.level(rule) == "pass", (q.id, rule, r.by_rule(rule).message)


def test_closed_question_has_index_span_and_suggestion():
    qs = ["How did you get started?", "Do you like your job?"]
    r = check_questions(qs)
    f = r.by_rule("closed-question")
    assert f.level == "fail" and f.question_index == 1
    assert f.suggestion == "What do you enjoy most about your job?"
    assert f.suggestion in f.message
    assert f.span == (0, len(qs[1]))


@pytest.mark.parametrize(
    ("closed", "open_"),
    [
        ("Do you like your job?", "What do you enjoy most about your job?"),
        ("Do you have any advice for a student?", "What advice would you give to a student?"),
        ("Would you recommend this career?", "What would you tell someone who is considering"
         " this career?"),
    ],
)
def test_open_rewrites(closed, open_):
    assert open_rewrite(closed) == open_


@pytest.mark.parametrize(
    "question",
    [
        "Could you tell me about your first year?",
        "Can you walk me through a typical week?",
        "What do you enjoy most?",
        "Why did you choose this field?",
    ],
)
def test_open_questions_pass(question):
    assert check_questions([question]).level("closed-question") == "pass"


def test_web_searchable_mentions_research_notes():
    qs = ["What does the company do?"]
    plain = check_questions(qs).by_rule("web-searchable")
    noted = check_questions(qs, research_notes="They make bikes.").by_rule("web-searchable")
    assert plain.level == noted.level == "fail"
    assert "check your research notes" in noted.message
    assert "research notes" not in plain.message


def test_duplicate_points_at_the_repeat():
    qs = ["What is a typical day like?", "  what is a TYPICAL day like  "]
    f = check_questions(qs).by_rule("duplicate")
    assert f.level == "fail" and f.question_index == 1
    assert "question 1" in f.message
    assert qs[1][f.span[0] : f.span[1]] == qs[1].strip()


def test_fits_time_uses_bank_estimates():
    bank = load_bank()
    q = bank.get("gen-day-04")  # 2.5 minutes
    r = check_questions([q.text, "Some question of my own about the field?"], minutes=20)
    assert r.stats["question_minutes"] == q.minutes + 2.5
    assert r.stats["total_minutes"] == q.minutes + 2.5 + 5


def test_fits_time_levels():
    many = [f"What is lesson number {i} you learned?" for i in range(10)]
    assert check_questions(many, minutes=20).level("fits-time") == "fail"  # 10 for 20 min
    assert check_questions(many[:7], minutes=20).level("fits-time") == "warn"  # 4 to 6 suit
    assert check_questions(many[:4], minutes=20).level("fits-time") == "pass"  # 15 min
    assert check_questions(many[:2], minutes=20).level("fits-time") == "warn"  # too thin
    # 3 questions suit a 15-minute meeting (3 to 5 do).
    assert check_questions(many[:3], minutes=15).level("fits-time") == "pass"
    empty = check_questions([], minutes=20)
    assert empty.level("fits-time") == "fail" and empty.score == 0
    assert "add" in empty.by_rule("fits-time").message.lower()


def test_covers_essentials_names_what_is_missing():
    f = check_questions(["How did you get started?"], minutes=20).by_rule("covers-essentials")
    assert f.level == "fail"
    for basic in ("the daily work", "the path or skills", "their advice"):
        assert basic in f.message
    assert len(check_questions(["How did you get started?"]).all_for("covers-essentials")) == 1


def test_field_examples_come_from_the_field_pack():
    f = check_questions(["How did you get started?"], field="nursing and health care")
    assert "shift" in f.by_rule("covers-essentials").message


def test_pay_and_job_flag_each_question():
    qs = ["What's the salary?", "How did you start?", "Are you hiring?", "What do you earn?"]
    r = check_questions(qs)
    assert [f.question_index for f in r.all_for("asks-pay")] == [0, 3]  # earning is pay
    assert [f.question_index for f in r.all_for("asks-for-job")] == [2]
    assert r.score <= 60


def test_question_index_skips_blanks_but_keeps_positions():
    r = check_questions(["", "Do you like it?"])
    assert r.by_rule("closed-question").question_index == 1
    assert r.stats["questions"] == 1


@pytest.mark.parametrize("minutes", [0, -5, "abc", None])
def test_bad_minutes(minutes):
    with pytest.raises(ValueError):
        check_questions(["How?"], minutes=minutes)
