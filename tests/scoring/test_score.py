"""How rule levels make a score (infoint.scoring.rules.combine and the shipped weights)."""

from hypothesis import given
from hypothesis import strategies as st

from infoint.scoring import check_outreach, check_questions, check_thank_you
from infoint.scoring.rules import combine, load_rules

RULES = [f"r{i}" for i in range(6)]
LEVEL = st.sampled_from([1.0, 0.5, 0.0])


def test_each_problem_takes_its_share_of_what_is_left():
    weights = {"a": 30, "b": 30, "c": 0}
    assert combine({"a": 1.0, "b": 1.0, "c": 0.0}, weights) == 100  # weight 0 costs nothing
    assert combine({"a": 0.0, "b": 1.0}, weights) == 70
    assert combine({"a": 0.5, "b": 1.0}, weights) == 85  # a warn takes half
    assert round(combine({"a": 0.0, "b": 0.0}, weights), 6) == 49  # not 40: 70 % of 70


def test_one_serious_problem_outweighs_many_small_strengths():
    # the mean (purpose weighing three times any other rule) lets ten passes hide the missing
    # purpose; the penalty (a fail on it takes 60 %) does not
    levels = {f"r{i}": 1.0 for i in range(10)} | {"purpose": 0.0}
    assert combine(levels, {f"r{i}": 1 for i in range(10)} | {"purpose": 3}, "mean") > 75
    assert combine(levels, {f"r{i}": 10 for i in range(10)} | {"purpose": 60}) == 40


def test_a_capping_fail_holds_the_score_down_whatever_the_method():
    for method in ("penalty", "mean"):
        assert combine({"job": 0.0, "x": 1.0}, {"job": 0, "x": 1}, method, {"job": 60}) == 60
        assert combine({"job": 1.0, "x": 1.0}, {"job": 0, "x": 1}, method, {"job": 60}) == 100


@given(st.dictionaries(st.sampled_from(RULES), LEVEL, min_size=1),
       st.dictionaries(st.sampled_from(RULES), st.integers(-10, 150)),
       st.integers(0, 5), st.sampled_from(["penalty", "mean"]))
def test_scores_stay_in_range_and_a_worse_level_never_scores_higher(levels, weights, pick,
                                                                  method):
    score = combine(levels, weights, method, {"r0": 60})
    assert 0 <= score <= 100
    rule = sorted(levels)[pick % len(levels)]
    worse = dict(levels)
    worse[rule] = max(0.0, worse[rule] - 0.5)
    assert combine(worse, weights, method, {"r0": 60}) <= score + 1e-9
    if method == "penalty":  # the order of the rules does not matter
        backwards = dict(reversed(list(levels.items())))
        assert abs(combine(backwards, weights, method) - combine(levels, weights, method)) < 1e-9


def test_shipped_rule_files_use_round_penalty_weights():
    for name in ("outreach", "questions", "thank_you"):
        rules = load_rules(name)
        assert rules.method == "penalty", name
        weights = [rules.weight(r) for r in rules.rules]
        assert all(w in (0, 10, 20, 30, 40, 50, 60) for w in weights), (name, weights)


def test_a_rule_file_without_a_method_keeps_the_weighted_mean(tmp_path, monkeypatch):
    # an instructor's copy of an older outreach.toml: weights as relative shares
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "thank_you.toml").write_text(
        '[score]\ncap = 60\ncap_rules = ["asks-for-job"]\n'
        '[rules.specific-takeaway]\nweight = 1\n[rules.asks-to-stay-in-touch]\nweight = 1\n'
        '[rules.includes-contact-info]\nweight = 0\n[rules.asks-for-job]\nweight = 0\n'
        '[rules.length]\nweight = 0\n[rules.sent-within-24h]\nweight = 0\n')
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert load_rules("thank_you").method == "mean"
    note = "Dear Ms. Lee,\n\nThank you for meeting me.\n\nBest,\nSam"
    r = check_thank_you(note)
    assert r.level("specific-takeaway") != "pass" and r.level("asks-to-stay-in-touch") != "pass"
    assert r.score <= 50  # two of two weighted rules missed: the mean, not a penalty


def test_shipped_scores_keep_the_bands_meaningful():
    model = (
        "Dear Mrs. Green,\n\nProfessor Wilson suggested I contact you. I'm Dana, a final-year "
        "accounting student at State University, and since you moved from audit into forensic "
        "work yourself, I'd love to hear how you made that switch. Would you have 20 minutes "
        "for a call next week?\n\nThank you for considering it,\nDana"
    )
    assert check_outreach(model).score >= 85  # ready to send
    resume = model.replace("?\n\n", "? I've attached my résumé.\n\n")
    assert 50 <= check_outreach(resume).score < 85  # one real problem: no longer ready
    job = model.replace("to hear how you made that switch", "to know if you have any openings")
    assert check_outreach(job).score <= 60  # a job ask caps
    assert check_questions(["Do you like your job?"]).score < 50  # thin and closed
