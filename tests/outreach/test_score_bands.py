"""Score bands are data (data/scores.toml), shown by the one findings renderer."""

from __future__ import annotations

import pytest

from infoint.score_bands import band_for, bands
from infoint.scoring import Finding, Report
from infoint.ui.findings import FindingsPanel, findings_list_html, report_html, score_html


def _report(score: int) -> Report:
    findings = [Finding(rule="length", level="warn", message="Cut <b>it</b>", guideline="Short"),
                Finding(rule="polite", level="pass", message="Thanks", guideline="Polite")]
    return Report("questions", score, findings, {}, ("length", "polite"))


def test_every_score_has_one_band():
    assert bands()[-1].start == 0
    for score in range(101):
        assert band_for(score).level in ("pass", "warn", "fail")


def test_an_instructor_can_move_the_bands(tmp_path, monkeypatch):
    (tmp_path / "scores.toml").write_text(
        '[[bands]]\nfrom = 90\nlevel = "pass"\nlabel = "Send it"\n'
        '[[bands]]\nfrom = 0\nlevel = "fail"\nlabel = "Keep going"\n')
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert band_for(89).label == "Keep going" and band_for(90).label == "Send it"
    assert "Send it" in score_html(_report(95))


def test_bands_out_of_order_are_refused(tmp_path, monkeypatch):
    (tmp_path / "scores.toml").write_text(
        '[[bands]]\nfrom = 0\nlevel = "fail"\nlabel = "A"\n'
        '[[bands]]\nfrom = 50\nlevel = "pass"\nlabel = "B"\n')
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="the last from 0"):
        bands()


def test_one_renderer_with_the_options_prepare_needs():
    html = report_html(_report(90), ready="Ready for the meeting",
                       where=lambda f: ("Q2", "What <do> you do?") if f.rule == "length" else None,
                       note=lambda f: "Try one question.")
    assert html.startswith('<div class="infoint-findings">')
    assert "Ready for the meeting" in html and "Ready to send" not in html
    assert '<b class="ii-qref">Q2</b> &ldquo;What &lt;do&gt; you do?&rdquo;' in html
    assert html.count("Try one question.") == 1  # hints only where something is to improve
    assert "Cut &lt;b&gt;it&lt;/b&gt;" in html and "<b>it" not in html
    assert html.index("Could be better") < html.index("Done well")


def test_panel_and_list_share_the_item_markup():
    panel = FindingsPanel("infoint-x", ready="Ready for the meeting")
    panel.show(_report(90))
    item = '<li class="ii-pass" data-rule="polite"><span class="ii-guideline">Polite</span> '
    assert item in panel.findings.value
    assert item in findings_list_html(_report(90).findings)
    assert "Ready for the meeting" in panel.score.value


def test_a_high_score_with_something_to_fix_is_never_ready():
    failing = Report("outreach", 89, [Finding(rule="introduces-sender", level="fail",
                                              message="Say who you are", guideline="Intro")],
                     {}, ("introduces-sender",))
    html = score_html(failing, ready="Ready for the meeting")
    assert "Ready to send" not in html and "Ready for the meeting" not in html
    assert bands()[1].label in html and f"ii-{bands()[1].level}" in html
    assert "Ready to send" in score_html(_report(89))  # a warn alone does not hold it back
