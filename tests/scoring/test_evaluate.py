"""The evaluation command on a small corpus made up for this test (never the real one)."""

import math
import textwrap

from infoint.scoring.cli import evaluate_main
from infoint.scoring.evaluate import (
    KeywordBaseline,
    Tally,
    auc,
    evaluate_part,
    format_part,
    label_score,
    load_cases,
    run_rules,
    subset_aucs,
)

OUTREACH = textwrap.dedent('''
    [[case]]
    id = "t-good"
    source = "https://example.org/a"
    channel = "email"
    verdict = "good"
    complete = true
    text = """Dear Ms. Lee,

    Professor Ito suggested I contact you. I'm a third-year nursing student and I'd love to
    hear how you moved into community care. Would you have 20 minutes next week?

    Thank you,
    Sam"""
    [case.labels]
    asks-for-job = "pass"
    introduces-sender = "pass"

    [[case]]
    id = "t-bad"
    source = "https://example.org/b"
    channel = "email"
    verdict = "bad"
    complete = true
    text = "Are you hiring? I need a job. My CV is attached."
    [case.labels]
    asks-for-job = "fail"
    introduces-sender = "pass"

    [[case]]
    id = "t-fr"
    source = "https://example.org/c"
    channel = "email"
    verdict = "none"
    language = "fr"
    text = """Bonjour Madame, je suis étudiante et je voudrais vous poser quelques
    questions sur votre parcours. Merci."""
''')


def _corpus(tmp_path, part="dev"):
    folder = tmp_path / part
    folder.mkdir()
    (folder / "outreach.toml").write_text(OUTREACH, encoding="utf-8")
    return tmp_path


def test_tally_counts_agreement_and_problem_confusion():
    t = Tally()
    for label, got in [("pass", "pass"), ("fail", "warn"), ("fail", "pass"), ("pass", "fail")]:
        t.add(label, got)
    assert (t.n, t.agree, t.exact, t.tp, t.fp, t.fn) == (4, 2, 1, 1, 1, 1)
    assert t.precision == 0.5 and t.recall == 0.5


def test_auc_counts_ties_half():
    assert auc([(90, "good"), (10, "bad")]) == 1.0
    assert auc([(50, "good"), (50, "bad")]) == 0.5
    assert math.isnan(auc([(50, "good")]))


def test_evaluate_part_scores_rules_language_and_the_baseline(tmp_path):
    cases = load_cases([_corpus(tmp_path)], "dev")
    assert [c.id for c in cases] == ["t-good", "t-bad", "t-fr"]
    result = evaluate_part(cases, "dev")
    job = result.ours[("outreach", "asks-for-job")]
    assert job.n == 2 and job.agree == 2
    language = result.ours[("outreach", "language")]
    assert language.n == 3 and language.agree == 3  # the French case is recognised
    assert result.base[("outreach", "language")].agree == 2  # a keyword list cannot tell
    # the bad message asks for a job and has no introduction: a miss for the label "pass"
    assert any(m.startswith("MISS t-bad introduces-sender") for m in result.misses)
    assert auc([(row[0], row[2]) for row in result.scores["outreach"]]) == 1.0
    assert KeywordBaseline().levels(cases[1])["asks-for-job"] == "fail"


#: A job inquiry its source praises as one, and one praised line: neither is what the score
#: ranks, so they count in the complete and all columns but not in scope.
OUT_OF_SCOPE = textwrap.dedent('''
    [[case]]
    id = "t-inquiry"
    source = "https://example.org/d"
    channel = "email"
    verdict = "good"
    complete = true
    scope = "other"
    text = "Are you hiring? I need a job. My CV is attached."

    [[case]]
    id = "t-line"
    source = "https://example.org/e"
    channel = "email"
    verdict = "good"
    complete = true
    scope = "excerpt"
    text = "Any time on Thursday works for me."
''')


def test_the_auc_in_scope_ranks_only_complete_requests_to_learn(tmp_path):
    root = _corpus(tmp_path)
    (tmp_path / "dev" / "outreach-later.toml").write_text(OUT_OF_SCOPE, encoding="utf-8")
    cases = load_cases([root], "dev")
    scopes = {c.id: (c.scope, c.in_scope) for c in cases}
    assert scopes["t-good"] == ("informational", True)  # the default
    assert scopes["t-inquiry"] == ("other", False) and scopes["t-line"] == ("excerpt", False)
    result = evaluate_part(cases, "dev")
    rows = result.scores["outreach"]
    in_scope, complete, every = subset_aucs(rows, 0)
    assert in_scope == 1.0  # the one request to learn above the one bad message
    # the praised job inquiry scores as low as the bad message it resembles
    assert complete < 1.0 and every == complete
    table = format_part(result, show_misses=False)
    head = next(line for line in table.splitlines() if line.startswith("AUC good vs bad"))
    assert head.index("in scope") < head.index("complete") < head.index("all")
    line = next(line for line in table.splitlines()[table.splitlines().index(head):]
                if line.startswith("outreach "))
    assert line.split()[1] == "1.00" and line.endswith("(1/1, 3/1)")


def test_the_labels_own_score_is_the_rules_score_where_they_agree(tmp_path):
    cases = load_cases([_corpus(tmp_path)], "dev")
    good = cases[0]
    report = run_rules(good)
    assert round(label_score(good, report)) == report.score  # every label agrees
    # a label the rules disagree with moves the labels' score, not the rules' one
    bad = cases[1]
    report = run_rules(bad)
    assert report.level("introduces-sender") == "fail"
    assert label_score(bad, report) > report.score


def test_the_table_shows_the_labels_own_auc(tmp_path):
    result = evaluate_part(load_cases([_corpus(tmp_path)], "dev"), "dev")
    assert [row[2] for row in result.ceiling["outreach"]] == ["good", "bad"]
    lines = format_part(result, show_misses=False).splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("AUC, labels' own score"))
    assert "in scope" in lines[head]
    assert next(line for line in lines[head:] if line.startswith("outreach ")).split()[1] == "1.00"


def test_the_command_shows_misses_for_dev_only(tmp_path, capsys):
    root = _corpus(tmp_path)
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "outreach.toml").write_text(OUTREACH.replace('id = "t-', 'id = "u-'),
                                                     encoding="utf-8")
    assert evaluate_main(["--part", "all", "--corpus", str(root)]) == 0
    out = capsys.readouterr().out
    assert "== part dev" in out and "== part test" in out
    dev, test = out.split("== part test")
    assert "MISS t-bad" in dev
    assert "u-bad" not in test and "MISS" not in test and "Disagreements" not in test
    assert "AUC" in test


def test_the_command_refuses_a_missing_folder(tmp_path, capsys):
    assert evaluate_main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
