"""HTML pieces of the Prepare app: its stylesheet, the time budget bar and the plan as a list.

Pure string builders (no widgets), so they are tested directly; every learner string goes
through :func:`esc`.
"""

from __future__ import annotations

from infoint.prepare import Budget
from infoint.ui.common import esc

#: Rules only the Prepare app needs; scoped under .infoint-prepare so they touch nothing else.
PREPARE_CSS = """
.infoint-prepare .ii-step { display: flex; align-items: baseline; gap: .5rem; }
.infoint-prepare .ii-step b { display: inline-block; min-width: 1.6rem; height: 1.6rem;
  border-radius: 50%; background: var(--ii-accent); color: #fff; text-align: center;
  line-height: 1.6rem; font-size: .9rem; }
.infoint-prepare .ii-budget-bar { display: flex; width: 100%; height: 2.1rem; border-radius: 4px;
  overflow: hidden; border: 1px solid var(--ii-line); background: var(--ii-soft);
  position: relative; }
.infoint-prepare .ii-seg { display: flex; align-items: center; justify-content: center;
  font-size: .8rem; color: #fff; white-space: nowrap; overflow: hidden; min-width: 0;
  border-right: 1px solid rgba(255,255,255,.7); }
.infoint-prepare .ii-seg-open, .infoint-prepare .ii-seg-close { background: #52606d; }
.infoint-prepare .ii-seg-q { background: var(--ii-accent); }
.infoint-prepare .ii-seg-q:nth-child(even) { background: #2f74c0; }
.infoint-prepare .ii-seg-over { background: var(--ii-fail) !important; }
.infoint-prepare .ii-seg-spare { background: repeating-linear-gradient(45deg, #eef1f4, #eef1f4 6px,
  #e1e6eb 6px, #e1e6eb 12px); color: var(--ii-muted); }
.infoint-prepare .ii-budget-end { position: absolute; top: -2px; bottom: -2px; width: 3px;
  background: var(--ii-ink); }
.infoint-prepare .ii-budget-legend { font-size: .9rem; margin: .35rem 0 0; }
.infoint-prepare .ii-budget-legend.ii-over { color: var(--ii-fail); font-weight: 600; }
.infoint-prepare .ii-budget-legend.ii-ok { color: var(--ii-pass); }
/* Wider than the other apps: on a desktop the plan and its check sit side by side. */
.infoint-app.infoint-prepare { max-width: 84rem; }
.infoint-prepare .ii-cols { display: flex; flex-wrap: wrap; gap: 0 2rem; width: 100%;
  align-items: flex-start; height: auto; }
.infoint-prepare .ii-cols > .ii-col { flex: 1 1 24rem; min-width: 0; max-width: 46rem; }
.infoint-prepare .ii-plan-list { border: 1px solid var(--ii-line); border-radius: 4px;
  padding: 0 .4rem; }
.infoint-prepare .ii-plan-row { display: flex; flex-wrap: wrap; align-items: center;
  gap: .25rem .5rem; width: 100%; flex: 0 0 auto; height: auto;
  border-bottom: 1px solid var(--ii-line); padding: .3rem 0; }
.infoint-prepare .ii-plan-row:last-child { border-bottom: 0; }
.infoint-prepare .ii-plan-row .ii-plan-text { flex: 1 1 16rem; min-width: 0; height: auto; }
.infoint-prepare .ii-plan-row .ii-plan-text .widget-html-content { white-space: normal;
  overflow-wrap: break-word; line-height: 1.35; height: auto; }
.infoint-prepare .ii-plan-row .ii-plan-text .ii-nofit { color: var(--ii-fail); }
.infoint-prepare .ii-plan-buttons { flex: 0 0 auto; gap: .25rem; height: auto; }
.infoint-prepare .ii-plan-buttons .widget-button { width: auto; min-width: 2.4rem;
  margin: 0; }
.infoint-prepare .ii-plan-n { font-weight: 700; }
.infoint-prepare .infoint-prepare-mode { max-width: 24rem; }
/* A desktop has room for the checklist in two columns; a phone keeps one. */
@media (min-width: 900px) {
  .infoint-prepare .infoint-prepare-checklist { display: block; columns: 2; column-gap: 2rem; }
  .infoint-prepare .infoint-prepare-checklist .widget-checkbox { break-inside: avoid; }
}
.infoint-prepare .ii-suggest-row { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center;
  margin: .2rem 0 .4rem; }
.infoint-prepare .ii-suggest-row .ii-was { text-decoration: line-through; color: var(--ii-muted); }
.infoint-prepare .ii-download a { display: inline-block; padding: .4rem .8rem;
  margin: .2rem .4rem .2rem 0;
  border: 1px solid var(--ii-accent); border-radius: 4px; color: var(--ii-accent);
  text-decoration: none; font-weight: 600; }
.infoint-prepare .ii-download a:hover { background: var(--ii-soft); }
.infoint-prepare .ii-muted { color: var(--ii-muted); }
.infoint-prepare .infoint-prepare-notice { position: sticky; top: 0; z-index: 20; }
.infoint-prepare .ii-clock { font-variant-numeric: tabular-nums; }
.infoint-prepare .ii-clock .ii-big { font-size: 2.2rem; font-weight: 700; line-height: 1.1; }
.infoint-prepare .ii-clock .ii-late { color: var(--ii-fail); }
.infoint-prepare .ii-clock .ii-q { font-size: 1.1rem; margin: .3rem 0; }
.infoint-prepare .ii-clock-grid { display: flex; gap: 2rem; flex-wrap: wrap; }
.infoint-prepare .widget-checkbox { width: 100%; height: auto; margin: .15rem 0; }
.infoint-prepare .widget-checkbox label { white-space: normal; line-height: 1.35; }
.infoint-prepare .ii-row { display: flex; flex-wrap: wrap; gap: 0 1rem; height: auto; }
.infoint-prepare .ii-row > .widget-text, .infoint-prepare .ii-row > .widget-dropdown,
.infoint-prepare .ii-row > .widget-datepicker { flex: 1 1 12rem; max-width: 19rem; }
@media (max-width: 600px) {
  .infoint-prepare .ii-seg { font-size: 0; }
  .infoint-prepare .ii-row > .widget-text, .infoint-prepare .ii-row > .widget-dropdown,
  .infoint-prepare .ii-row > .widget-datepicker { max-width: 100%; }
}
"""


def _fmt(minutes: float) -> str:
    return f"{minutes:g}"


def budget_bar_html(budget: Budget) -> str:
    """Opening | each question | close, widths proportional to minutes; overflow in red."""
    scale = max(budget.total, budget.length) or 1.0

    def pct(minutes: float) -> str:
        return f"{100 * minutes / scale:.3f}%"

    segs = [
        f'<span class="ii-seg ii-seg-open" style="width:{pct(budget.opening)}" '
        f'title="Opening, {_fmt(budget.opening)} min">Opening</span>'
    ]
    for n, item in enumerate(budget.questions, 1):
        over = "" if item.fits else " ii-seg-over"
        segs.append(
            f'<span class="ii-seg ii-seg-q{over}" style="width:{pct(item.minutes)}" '
            f'title="Q{n}, {_fmt(item.minutes)} min: {esc(item.text)}">Q{n}</span>'
        )
    # The close is never a part to skip (questions give way to it), so it is never red.
    segs.append(
        f'<span class="ii-seg ii-seg-close" style="width:{pct(budget.close)}" '
        f'title="Close, {_fmt(budget.close)} min">Close</span>'
    )
    if budget.spare > 0:
        segs.append(
            f'<span class="ii-seg ii-seg-spare" style="width:{pct(budget.spare)}" '
            f'title="{_fmt(budget.spare)} min to spare">spare</span>'
        )
    marker = ""
    if not budget.fits:
        marker = f'<span class="ii-budget-end" style="left:{pct(budget.length)}"></span>'
    n = len(budget.questions)
    if not n:
        legend = (
            f'<p class="ii-budget-legend">{budget.length} minutes: {_fmt(budget.opening)} to open, '
            f"{_fmt(budget.close)} to close, room for about "
            f"{_fmt(budget.length - budget.opening - budget.close)} minutes of questions.</p>"
        )
    elif budget.fits:
        legend = (
            f'<p class="ii-budget-legend ii-ok">All {n} question{"s" if n != 1 else ""} fit in '
            f"{budget.length} minutes ({_fmt(budget.total)} planned, "
            f"{_fmt(budget.spare)} to spare).</p>"
        )
    else:
        cut = n - budget.n_fitting
        legend = (
            f'<p class="ii-budget-legend ii-over">{_fmt(budget.total)} minutes planned for a '
            f"{budget.length}-minute meeting: {_fmt(budget.overflow)} over. The last {cut} "
            f"question{'s' if cut != 1 else ''} (in red) will not fit; remove some or keep them "
            "as spares.</p>"
        )
    label = esc(legend.split(">", 1)[1].rsplit("<", 1)[0])
    return (
        f'<div class="ii-budget" role="img" aria-label="{label}">'
        f'<div class="ii-budget-bar">{"".join(segs)}{marker}</div>{legend}</div>'
    )

