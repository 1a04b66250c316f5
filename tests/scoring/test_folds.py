"""K-fold by source inside the dev part (small made-up reports, never the real corpus)."""

import dataclasses

from infoint.scoring.cli import evaluate_main
from infoint.scoring.evaluate import Case
from infoint.scoring.folds import fit_weights, fold_aucs, fold_of, format_folds, kfold, rescore
from infoint.scoring.report import Finding, Report

RULES = ("introduces-sender", "asks-for-job", "subject-line")


def _report(intro: str, job: str, subject: str = "pass", skipped: tuple[str, ...] = ()) -> Report:
    findings = [Finding("introduces-sender", intro, ""), Finding("asks-for-job", job, ""),  # type: ignore[arg-type]
                Finding("subject-line", subject, "")]  # type: ignore[arg-type]
    return Report("outreach", 0, findings, {}, RULES, (), skipped)


def test_a_source_always_lands_in_one_fold():
    assert fold_of("https://example.org/a", 5) == fold_of("https://example.org/a", 5)
    assert {fold_of(f"https://example.org/{i}", 3) for i in range(60)} == {0, 1, 2}


def test_fit_weights_weighs_what_separates_good_from_bad():
    rows = [(_report("pass", "pass"), "good"), (_report("pass", "pass"), "good"),
            (_report("pass", "fail"), "bad"), (_report("pass", "fail"), "bad")]
    w = fit_weights(rows)
    assert w["asks-for-job"] > 0.4  # every good one passes, every bad one fails
    assert w["introduces-sender"] == 0  # all pass: tells nothing
    # a rule that fails more often on good messages gets no weight, never a negative one
    assert fit_weights([(_report("fail", "pass"), "good"), (_report("pass", "pass"), "bad")])[
        "introduces-sender"] == 0


def test_rescore_leaves_skipped_rules_out_and_keeps_the_caps():
    weights = {"introduces-sender": 0.3, "asks-for-job": 0.0, "subject-line": 0.3}
    assert rescore(_report("pass", "pass", "fail", skipped=("subject-line",)), weights) == 100
    # shipped method (penalty): a share of 0.3 is a weight of 30, so a fail keeps 70
    assert rescore(_report("pass", "pass", "fail"), weights) == 70
    assert rescore(_report("pass", "fail"), weights) <= 60  # the job ask still caps


def test_kfold_reports_every_fold_and_held_out_scores():
    cases = [
        Case("outreach", f"c{i}", {"source": f"https://example.org/{i}", "verdict": v},
             {"asks-for-job": "pass" if v == "good" else "fail"})
        for i, v in enumerate(["good", "bad"] * 6)
    ]

    def runner(case: Case) -> Report:
        good = case.verdict == "good"
        return dataclasses.replace(_report("pass", "pass" if good else "fail"),
                                   score=90 if good else 40)

    result = kfold(cases, 3, runner)
    folds = result.tallies[("outreach", "asks-for-job")]
    assert len(folds) == 3 and sum(t.n for t in folds) == 12 and all(t.agree == t.n for t in folds)
    assert len(result.scores["outreach"]) == 12  # every case scored once, on its held-out fold
    assert sorted(result.folds["outreach"]) == sorted(
        fold_of(f"https://example.org/{i}", 3) for i in range(12))
    per = fold_aucs(result.scores["outreach"], result.folds["outreach"], 3)
    assert len(per) == 3 and all(a == 1.0 for a in per if a == a)  # NaN: a fold lacks a side
    text = format_folds(result)
    assert "in scope" in text and "per fold" in text


def test_the_command_refuses_folds_on_the_test_part(capsys):
    assert evaluate_main(["--part", "test", "--folds", "5"]) == 2
    assert "dev" in capsys.readouterr().err
