"""The one findings renderer: a rules-engine report as a score, findings and a marked-up text.

Every app that coaches a piece of writing (outreach, questions, thank-you notes) shows its
report through this module, so feedback looks and reads the same everywhere:

    html = report_html(report)                           # score line + every finding
    html = report_html(report, ready="Ready for the meeting",
                       where=lambda f: ("Q3", "What do you do?"),  # which part it is about
                       note=lambda f: "Try an open question.")     # an extra hint
    html = findings_list_html(findings)                  # only the <ul> of some findings
    panel = FindingsPanel("infoint-outreach")            # the same, as widgets
    panel.show(report, text=draft)                       # ... plus the text with spans marked
    panel.clear("Start typing to see feedback.")

Parts carry stable classes ``<prefix>-score``, ``<prefix>-findings`` and
``<prefix>-preview``. Every finding is an ``li.ii-pass`` / ``li.ii-warn`` / ``li.ii-fail``
with ``data-rule``, holding its guideline and message. All text is escaped: the findings
quote learner words, and the preview *is* learner text. A score's colour and word come from
``data/scores.toml`` (:func:`band`, :func:`score_label`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import ipywidgets as w

from infoint.score_bands import band_for, bands
from infoint.scoring import Finding, Report
from infoint.scoring.language import LANGUAGE_RULE
from infoint.ui.common import esc, fixed, with_classes

__all__ = [
    "FindingsPanel",
    "band",
    "findings_html",
    "findings_list_html",
    "highlight_html",
    "report_html",
    "score_html",
    "score_label",
]

_GROUPS = (
    ("fail", "To fix"),
    ("warn", "Could be better"),
    ("pass", "Done well"),
)
_LEVEL_RANK = {"pass": 0, "warn": 1, "fail": 2}

# Where a finding points (a label such as "Q3" and the text it quotes), and an extra hint.
Where = Callable[[Finding], "tuple[str, str] | None"]
Note = Callable[[Finding], str]


def band(score: int) -> str:
    """``pass``/``warn``/``fail``: the colour a score is shown in (data/scores.toml)."""
    return band_for(score).level


def score_label(score: int) -> str:
    """The word for a score ("Nearly there"), so the number means something at a glance."""
    return band_for(score).label


def score_html(report: Report, ready: str = "") -> str:
    """The score line; ``ready`` replaces the top band's word ("Ready to send") where
    nothing is sent (a question plan is ready for the meeting, not for sending).

    Text the coach cannot read (not English) gets no score at all: a 0 would read as a
    verdict on the learner's writing.
    """
    if report.rules == (LANGUAGE_RULE,):
        return (
            '<div class="ii-scoreline ii-unscored" role="status" aria-live="polite">'
            '<span class="ii-verdict">No score: the coach reads English only</span></div>'
        )
    counts = report.counts
    shown = band_for(report.score)
    top = bands()
    if shown == top[0] and counts.get("fail", 0) and len(top) > 1:
        # A high score with something still to fix is "nearly there", never "ready".
        shown = top[1]
    level, verdict = shown.level, shown.label
    if ready and shown == top[0]:
        verdict = ready
    summary = (
        f"{counts.get('fail', 0)} to fix · {counts.get('warn', 0)} could be better · "
        f"{counts.get('pass', 0)} done well"
    )
    return (
        f'<div class="ii-scoreline ii-{level}" role="status" aria-live="polite">'
        f'<span class="ii-score">{report.score}</span><span class="ii-outof">/100</span> '
        f'<span class="ii-verdict">{esc(verdict)}</span>'
        f'<div class="ii-meter"><span style="width:{report.score}%"></span></div>'
        f'<div class="ii-summary">{esc(summary)}</div></div>'
    )


def _item(f: Finding, where: Where | None, note: Note | None) -> str:
    # The guideline leads as a short label; the message says what to change.
    guideline = f'<span class="ii-guideline">{esc(f.guideline)}</span> ' if f.guideline else ""
    place = where(f) if where is not None else None
    located = (
        f'<b class="ii-qref">{esc(place[0])}</b> &ldquo;{esc(place[1])}&rdquo;: ' if place else ""
    )
    hint = note(f) if note is not None and f.level != "pass" else ""
    extra = f' <span class="ii-muted">{esc(hint)}</span>' if hint else ""
    return (
        f'<li class="ii-{esc(f.level)}" data-rule="{esc(f.rule)}">'
        f'{guideline}{located}<span class="ii-message">{esc(f.message)}</span>{extra}</li>'
    )


def findings_list_html(
    findings: Iterable[Finding], *, where: Where | None = None, note: Note | None = None
) -> str:
    """One ``<ul>`` of findings in the order given (e.g. a worked example's strengths)."""
    return f"<ul>{''.join(_item(f, where, note) for f in findings)}</ul>"


def findings_html(
    report: Report, *, where: Where | None = None, note: Note | None = None
) -> str:
    """Every finding, grouped: to fix, could be better, done well (empty groups left out).

    ``where`` names the part of the text a finding is about (Prepare: the question it
    concerns); ``note`` adds a hint after a finding that is not a pass.
    """
    parts = []
    for level, title in _GROUPS:
        items = [f for f in report.findings if f.level == level]
        if not items:
            continue
        parts.append(
            f'<h4 class="ii-group ii-group-{level}">{esc(title)} ({len(items)})</h4>'
            + findings_list_html(items, where=where, note=note)
        )
    return "".join(parts)


def report_html(
    report: Report, *, ready: str = "", where: Where | None = None, note: Note | None = None
) -> str:
    """Score line and grouped findings in one ``div.infoint-findings``: for an app that
    shows its feedback in a single HTML widget rather than a :class:`FindingsPanel`."""
    body = score_html(report, ready=ready) + findings_html(report, where=where, note=note)
    return f'<div class="infoint-findings">{body}</div>'


def highlight_html(
    text: str, findings: Iterable[Finding], levels: Sequence[str] = ("pass", "warn", "fail")
) -> str:
    """``text`` as escaped HTML with ``<mark class="ii-<level>">`` around finding spans.

    Each segment between span boundaries is escaped on its own *before* any markup is
    added, so no learner text can ever become a tag. Where spans overlap, the worst level
    wins; a mark's ``title`` names the rules that flagged it. Spans outside the text are
    clipped or ignored.
    """
    n = len(text)
    spans: list[tuple[int, int, str, str]] = []
    for f in findings:
        if f.span is None or f.level not in levels:
            continue
        start, end = max(0, int(f.span[0])), min(n, int(f.span[1]))
        if start < end:
            spans.append((start, end, f.level, f.guideline or f.rule))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = esc(text[a:b])
        over = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if not over:
            out.append(piece)
            continue
        level = max((sp[2] for sp in over), key=_LEVEL_RANK.__getitem__)
        titles = "; ".join(dict.fromkeys(sp[3] for sp in over))
        out.append(f'<mark class="ii-{level}" title="{esc(titles)}">{piece}</mark>')
    return "".join(out)


class FindingsPanel(w.VBox):
    """Score, findings (fail, warn, pass, in that order) and an optional marked-up text.

    ``ready``, ``where`` and ``note`` are passed on to :func:`findings_html` and
    :func:`score_html` for every report shown.
    """

    def __init__(
        self,
        css_prefix: str,
        *,
        ready: str = "",
        where: Where | None = None,
        note: Note | None = None,
        **kwargs: Any,
    ) -> None:
        self.score = fixed(w.HTML, classes=(f"{css_prefix}-score",))
        self.findings = fixed(w.HTML, classes=(f"{css_prefix}-findings",))
        self.preview = fixed(w.HTML, layout=w.Layout(display="none"),
                             classes=(f"{css_prefix}-preview",))
        super().__init__((self.score, self.findings, self.preview),
                         **with_classes(kwargs, ("infoint-findings",)))
        self.report: Report | None = None
        self.ready, self.where, self.note = ready, where, note

    def show(self, report: Report, text: str | None = None) -> None:
        """Show ``report``; with ``text`` (the checked text) also mark where each finding is."""
        self.report = report
        _set(self.score, score_html(report, ready=self.ready))
        _set(self.findings, findings_html(report, where=self.where, note=self.note))
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
