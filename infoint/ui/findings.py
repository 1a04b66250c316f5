"""FindingsPanel: a rules-engine report as a score, a list of findings and a marked-up text.

Shared by the apps that coach a piece of writing (outreach, questions, thank-you notes).
The whole public surface::

    panel = FindingsPanel("infoint-outreach")   # CSS prefix of the host app
    panel.show(report)                           # score + every finding
    panel.show(report, text=draft)               # ... plus the text with spans marked
    panel.clear("Start typing to see feedback.")

Parts carry stable classes ``<prefix>-score``, ``<prefix>-findings`` and
``<prefix>-preview``. Every finding is an ``li.ii-pass`` / ``li.ii-warn`` /
``li.ii-fail`` holding its message and guideline. All text is escaped: the findings
quote learner words, and the preview *is* learner text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import ipywidgets as w

from infoint.outreach import highlight_html, score_label
from infoint.scoring import Finding, Report
from infoint.scoring.language import LANGUAGE_RULE
from infoint.ui.common import esc

__all__ = ["FindingsPanel", "findings_list_html"]

_GROUPS = (
    ("fail", "To fix"),
    ("warn", "Could be better"),
    ("pass", "Done well"),
)


def band(score: int) -> str:
    """``pass``/``warn``/``fail``: the colour a score is shown in."""
    return "pass" if score >= 85 else "warn" if score >= 60 else "fail"


def score_html(report: Report, ready: str = "") -> str:
    """The score line; ``ready`` replaces the top band's "Ready to send" where nothing is
    sent (a question plan is ready for the meeting, not for sending).

    Text the coach cannot read (not English) gets no score at all: a 0 would read as a
    verdict on the learner's writing.
    """
    if report.rules == (LANGUAGE_RULE,):
        return (
            '<div class="ii-scoreline ii-unscored" role="status" aria-live="polite">'
            '<span class="ii-verdict">No score: the coach reads English only</span></div>'
        )
    band_ = band(report.score)
    verdict = score_label(report.score)
    if ready and verdict == score_label(100):
        verdict = ready
    counts = report.counts
    summary = (
        f"{counts.get('fail', 0)} to fix · {counts.get('warn', 0)} could be better · "
        f"{counts.get('pass', 0)} done well"
    )
    return (
        f'<div class="ii-scoreline ii-{band_}" role="status" aria-live="polite">'
        f'<span class="ii-score">{report.score}</span><span class="ii-outof">/100</span> '
        f'<span class="ii-verdict">{esc(verdict)}</span>'
        f'<div class="ii-meter"><span style="width:{report.score}%"></span></div>'
        f'<div class="ii-summary">{esc(summary)}</div></div>'
    )


def _item(f: Finding) -> str:
    # The guideline leads as a short label; the message says what to change.
    guideline = f'<span class="ii-guideline">{esc(f.guideline)}</span> ' if f.guideline else ""
    return (
        f'<li class="ii-{esc(f.level)}" data-rule="{esc(f.rule)}">'
        f'{guideline}<span class="ii-message">{esc(f.message)}</span></li>'
    )


def findings_html(report: Report) -> str:
    parts = []
    for level, title in _GROUPS:
        items = [f for f in report.findings if f.level == level]
        if not items:
            continue
        parts.append(
            f'<h4 class="ii-group ii-group-{level}">{esc(title)} ({len(items)})</h4>'
            f"<ul>{''.join(_item(f) for f in items)}</ul>"
        )
    return "".join(parts)


def findings_list_html(
    report: Report,
    questions: Sequence[str] = (),
    *,
    hints: Mapping[str, str] | None = None,
    ready: str = "",
) -> str:
    """The score line and the findings grouped like :class:`FindingsPanel`, for a report on
    a list (a question plan): a finding that points at an item names it ("Q3 ..."), and
    ``hints`` (rule id -> advice) add what to do about a warn or fail in the host app."""
    hints = hints or {}
    parts = [score_html(report, ready=ready)]
    for level, title in _GROUPS:
        items = []
        for f in (f for f in report.findings if f.level == level):
            where = ""
            qi = getattr(f, "question_index", None)
            if qi is not None and 0 <= qi < len(questions):
                where = f'<b class="ii-qref">Q{qi + 1}</b> &ldquo;{esc(questions[qi])}&rdquo;: '
            hint = hints.get(f.rule, "") if f.level != "pass" else ""
            extra = f' <span class="ii-muted">{esc(hint)}</span>' if hint else ""
            guideline = (
                f'<span class="ii-guideline">{esc(f.guideline)}</span>' if f.guideline else ""
            )
            items.append(
                f'<li class="ii-{esc(f.level)}" data-rule="{esc(f.rule)}">{guideline} {where}'
                f'<span class="ii-message">{esc(f.message)}</span>{extra}</li>'
            )
        if items:
            parts.append(
                f'<h4 class="ii-group ii-group-{level}">{esc(title)} ({len(items)})</h4>'
                f"<ul>{''.join(items)}</ul>"
            )
    return f'<div class="infoint-findings">{"".join(parts)}</div>'


class FindingsPanel(w.VBox):
    """Score, findings (fail, warn, pass, in that order) and an optional marked-up text."""

    def __init__(self, css_prefix: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.report: Report | None = None
        self.score = w.HTML()
        self.findings = w.HTML()
        self.preview = w.HTML(layout=w.Layout(display="none"))
        self.score.add_class(f"{css_prefix}-score")
        self.findings.add_class(f"{css_prefix}-findings")
        self.preview.add_class(f"{css_prefix}-preview")
        self.add_class("infoint-findings")
        self.children = (self.score, self.findings, self.preview)

    def show(self, report: Report, text: str | None = None) -> None:
        """Show ``report``; with ``text`` (the checked text) also mark where each finding is."""
        self.report = report
        _set(self.score, score_html(report))
        _set(self.findings, findings_html(report))
        if text is None:
            self.preview.layout.display = "none"
            return
        marked = highlight_html(text, report.findings, levels=("warn", "fail"))
        _set(
            self.preview,
            '<div class="ii-preview-title">Where to look: problems are marked</div>'
            f'<div class="ii-preview-text">{marked}</div>',
        )
        # Nothing marked: a second copy of the text under "problems are marked" only
        # makes the learner hunt for a problem that is not there.
        self.preview.layout.display = "" if "<mark" in marked else "none"

    def clear(self, message: str = "") -> None:
        """Empty the panel, optionally with a one-line hint in place of the score."""
        self.report = None
        _set(self.score, f'<div class="infoint-hint">{esc(message)}</div>' if message else "")
        _set(self.findings, "")
        self.preview.layout.display = "none"


def _set(widget: w.HTML, value: str) -> None:
    # Skip identical updates: each one is a message to the browser and a re-render.
    if widget.value != value:
        widget.value = value
