"""Highlighting, counts, follow-up dates, state keys and the worked examples."""

from __future__ import annotations

import html
import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from infoint.model import Contact
from infoint.outreach import contact_key, counts_text, examples, explain_example, follow_up_lines
from infoint.scoring import Finding, check_outreach
from infoint.ui.findings import band, highlight_html, score_label


def _f(level, span, rule="r"):
    return Finding(rule=rule, level=level, message="m", span=span, guideline="G <b>")


def test_marks_wrap_spans_and_escape_text():
    text = "Hi <b>you</b> & any job?"
    out = highlight_html(text, [_f("fail", (text.index("any"), text.index("?")))])
    assert '<mark class="ii-fail" title="G &lt;b&gt;">any job</mark>' in out
    assert "&lt;b&gt;you&lt;/b&gt; &amp;" in out
    assert "<b>" not in out


def test_overlaps_take_the_worst_level():
    out = highlight_html("abcdef", [_f("warn", (0, 4)), _f("fail", (2, 6))])
    assert out == (
        '<mark class="ii-warn" title="G &lt;b&gt;">ab</mark>'
        '<mark class="ii-fail" title="G &lt;b&gt;">cd</mark>'
        '<mark class="ii-fail" title="G &lt;b&gt;">ef</mark>'
    )


def test_levels_filter_and_out_of_range_spans():
    findings = [_f("pass", (0, 2)), _f("fail", (50, 60)), _f("warn", None), _f("warn", (3, 99))]
    out = highlight_html("hello", findings, levels=("warn", "fail"))
    assert out == 'hel<mark class="ii-warn" title="G &lt;b&gt;">lo</mark>'


_TAG = re.compile(r"</?mark[^>]*>")


@given(
    st.text(alphabet=st.sampled_from("ab<>&\"' \n"), max_size=60),
    st.lists(st.tuples(st.sampled_from(["pass", "warn", "fail"]),
                       st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_highlight_never_lets_markup_through(text, spans):
    findings = [_f(level, (a, b)) for level, a, b in spans]
    out = highlight_html(text, findings)
    plain = _TAG.sub("", out)
    assert "<" not in plain and ">" not in plain
    assert html.unescape(plain) == text
    assert out.count("<mark") == out.count("</mark>")


def test_counts_text_by_channel():
    text = "word " * 30
    assert counts_text(check_outreach(text, "email"), "email") == "30 words · 149 characters"
    assert "of 300 characters" in counts_text(check_outreach(text, "linkedin"), "linkedin")
    assert "about 12 seconds to say" in counts_text(check_outreach(text, "phone"), "phone")
    assert counts_text(check_outreach("one", "email"), "email").startswith("1 word ·")


def test_score_labels_and_colours_come_from_one_set_of_bands():
    assert score_label(100) == "Ready to send" and band(100) == "pass"
    assert score_label(72) == "Nearly there" and band(72) == "warn"
    # One list of bands: the word and the colour agree (no red "Getting there").
    assert score_label(55) == "Getting there" and band(55) == "warn"
    assert score_label(10) == "Needs work" and band(10) == "fail"


def test_follow_up_from_a_friday_lands_in_the_next_weeks():
    contact = Contact(name="Jane Green", organisation="Green & Co", id=3)
    lines = follow_up_lines(date(2026, 1, 9), contact)  # a Friday
    assert [d for d, _ in lines] == [date(2026, 1, 14), date(2026, 1, 20)]
    assert all(d.weekday() < 5 for d, _ in lines)
    assert "Jane Green" in lines[0][1] and "Green & Co" in lines[0][1]


def test_follow_up_skips_holidays():
    lines = follow_up_lines(date(2026, 1, 9), holidays=[date(2026, 1, 12)])
    assert lines[0][0] == date(2026, 1, 15)


def test_contact_keys():
    assert contact_key(12) == "c12"
    assert contact_key(None, "  Ruth  OKAFOR ") == "n:ruth okafor"
    assert contact_key(None, "") == ""


def test_worked_examples_score_well_and_say_why():
    assert len(examples()) == 2
    assert {e.channel for e in examples()} == {"email", "phone"}
    for example in examples():
        explained = explain_example(example)
        assert explained.report.score >= 90
        assert len(explained.reasons) >= 10
        passed = {f.message for f in explained.report.findings if f.level == "pass"}
        assert {message for _, message in explained.reasons} == passed
