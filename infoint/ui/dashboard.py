"""The class dashboard: how the whole class is doing, for the instructor only.

Everything shown comes from :mod:`infoint.classview`, which applies the privacy rules
(shared reflections only, groups of at least five learners, no contact details). This
module only lays the figures out; every learner-written string goes through ``esc``.

Who may see it is decided by the server's environment (:func:`viewer_role`), never by
a widget: on JupyterHub only a server started with ``INFOINT_ROLE=instructor`` shows
class data; a learner's server gets a polite refusal and reads nothing.
"""

from __future__ import annotations

import base64
import time
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from infoint import classview
from infoint.classview import INSTRUCTOR, viewer_role
from infoint.store import Store
from infoint.ui import charts
from infoint.ui.chart_view import ChartView, fit_alt, fit_table
from infoint.ui.common import App, button, esc, guarded, scroll_table
from infoint.ui.sections import Section, shown_html

if TYPE_CHECKING:
    import pandas as pd

# Those who sent nothing come first; past this many rows the list stops being a to-do list.
STUCK_ROWS = 15

# Scoped to the dashboard, so the shared stylesheet stays untouched.
DASHBOARD_CSS = """
<style>
.infoint-dashboard .ii-kpis { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.3rem 0; }
.infoint-dashboard .ii-kpi { border: 1px solid var(--ii-line); border-radius: 6px;
  padding: 0.35rem 0.7rem; min-width: 7.5rem; background: var(--ii-soft); }
.infoint-dashboard .ii-kpi b { display: block; font-size: 1.3rem; line-height: 1.2; }
.infoint-dashboard .ii-withheld b { font-size: 1rem; color: var(--ii-muted); }
.infoint-dashboard .ii-kpi span { color: var(--ii-muted); font-size: 0.85rem; }
.infoint-dashboard .ii-bar { background: var(--ii-accent); height: 0.8rem; border-radius: 2px;
  min-width: 2px; }
.infoint-dashboard .ii-barcell { width: 40%; min-width: 5rem; }
.infoint-dashboard .ii-muted { color: var(--ii-muted); font-size: 0.9rem; }
.infoint-dashboard .ii-num { text-align: right; white-space: nowrap; }
.infoint-dashboard .ii-quote { margin: 0.25rem 0; padding-left: 0.6rem;
  border-left: 3px solid var(--ii-line); }
.infoint-dashboard .infoint-card h3 { margin-top: 0.2rem; }
.infoint-dashboard .ii-promise { margin: 0.2rem 0; }
.infoint-dashboard .infoint-actions { align-items: center; }
@media (max-width: 600px) {
  .infoint-dashboard .ii-kpi { min-width: 45%; }
  .infoint-dashboard .ii-barcell { display: none; }
  /* On a phone the nudge list keeps who, how many sent, and why. */
  .infoint-dashboard-stuck .ii-col-days-in,
  .infoint-dashboard-stuck .ii-col-contacts { display: none; }
  .infoint-dashboard .infoint-table table { font-size: 0.8rem; }
  .infoint-dashboard .infoint-table th, .infoint-dashboard .infoint-table td {
    padding: 0.25rem 0.3rem; }
}
</style>
"""


def _table(frame: pd.DataFrame, columns: dict[str, str], numeric: tuple[str, ...] = (),
           label: str = "") -> str:
    def cls(c: str) -> str:
        return f'ii-col-{c.replace("_", "-")}' + (" ii-num" if c in numeric else "")

    head = "".join(f'<th class="{cls(c)}">{esc(label)}</th>' for c, label in columns.items())
    rows = []
    for record in frame.to_dict("records"):
        cells = "".join(
            f'<td class="{cls(c)}">{esc(_fmt(record.get(c)))}</td>'
            for c in columns
        )
        rows.append(f"<tr>{cells}</tr>")
    return scroll_table(f'<table><thead><tr>{head}</tr></thead>'
                        f'<tbody>{"".join(rows)}</tbody></table>', label)


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else f"{value:.1f}"
    return str(value)


def funnel_html(funnel: pd.DataFrame) -> str:
    rows = []
    for r in funnel.to_dict("records"):
        share = r["share"]
        bar = (
            f'<div class="ii-bar" style="width:{max(0.0, min(1.0, float(share))) * 100:.0f}%">'
            "</div>"
            if isinstance(share, float) and share == share
            else ""
        )
        pct = f"{share:.0%}" if isinstance(share, float) and share == share else ""
        rows.append(
            f"<tr><td>{esc(r['label'])}</td><td class='ii-num'>{esc(r['learners'])}</td>"
            f"<td class='ii-num'>{esc(pct)}</td><td class='ii-barcell'>{bar}</td>"
            f"<td class='ii-num'>{esc(r['contacts'])}</td></tr>"
        )
    return scroll_table(
        '<table><thead><tr><th>Stage</th>'
        '<th class="ii-num">Learners</th><th class="ii-num">of class</th>'
        '<th class="ii-barcell"><span class="ii-sr-only">Share of the class</span></th>'
        '<th class="ii-num">Contacts</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>", "Pipeline"
    )


def stuck_html(stuck: pd.DataFrame, days: int) -> str:
    if stuck.empty:
        return "<p>Nobody looks stuck: everyone has sent a message, and no follow-up is " \
               "overdue.</p>"
    intro = (
        f"<p class='ii-muted'>Nothing sent {days} or more days after starting, or a follow-up "
        "overdue (no answer 7 working days after a message). Learner ids only: check in "
        "with them in person.</p>"
    )
    more = ""
    if len(stuck) > STUCK_ROWS:
        more = (f"<p class='ii-muted'>and {len(stuck) - STUCK_ROWS} more, who have sent "
                "messages but have follow-ups waiting.</p>")
        stuck = stuck.head(STUCK_ROWS)
    return intro + _table(
        stuck,
        {"learner_id": "Learner", "days_in": "Days in", "contacts": "Contacts",
         "sent": "Sent", "reason": "Why"},
        numeric=("days_in", "contacts", "sent"), label="Who may need a nudge",
    ) + more


def meetings_html(meetings: pd.DataFrame) -> str:
    if meetings.empty:
        return "<p>No meetings planned yet.</p>"
    return _table(
        meetings,
        {"field": "Field", "learners": "Learners", "held": "Held", "upcoming": "Upcoming"},
        numeric=("learners", "held", "upcoming"), label="Meetings per field",
    )


def surprises_html(surprises: pd.DataFrame) -> str:
    if surprises.empty:
        return (
            "<p>No field has shared surprises from 5 or more learners yet.</p>"
        )
    parts = []
    for fld, group in surprises.groupby("field", sort=True):
        quotes = "".join(
            f"<li class='ii-quote'>{esc(r.surprise)}"
            + (f" <span class='ii-badge'>{int(r.mentions)}&times;</span>"
               if int(r.mentions) > 1 else "")
            + "</li>"
            for r in group.itertuples(index=False)
        )
        parts.append(f"<h4>{esc(fld)}</h4><ul style='list-style:none;padding:0'>{quotes}</ul>")
    return "".join(parts)


#: The class's fit heatmap is the very chart My journey draws for one learner (cividis,
#: colour-blind safe, the rating written in each cell), so both read the same way.
heatmap_png = charts.fit_heatmap_png


class ClassDashboard(App):
    """Funnel, stuck learners, meetings per field, fit heatmap, common surprises."""

    name = "dashboard"

    def __init__(self, store: Store | None = None, *, stuck_days: int = classview.STUCK_DAYS,
                 today: date | None = None, **kwargs: Any) -> None:
        super().__init__(store, **kwargs)
        self.stuck_days = stuck_days
        self.today = today
        self.role = viewer_role()
        self.data: classview.ClassData | None = None
        self.last_refresh_seconds = 0.0
        self._heat_key = ""
        # The notebook carries the page title; the app states its privacy promise once.
        self._heading = w.HTML(
            "<p class='ii-muted ii-promise'>Shared reflections only &middot; groups of fewer "
            "than 5 learners hidden &middot; no contact details, ever.</p>"
        )
        if self.role != INSTRUCTOR:
            self.notice.error(
                "This dashboard is for instructors. Your own progress is on the Journey "
                "page; ask your instructor if you think you should see the class view."
            )
            self.compose(w.HTML(DASHBOARD_CSS), self._heading, self.notice)
            return
        self._summary = self._part(w.HTML(), "summary")
        self._refresh = button("Refresh", self.css("refresh"), icon="refresh")
        self._refresh.on_click(lambda _b: self.refresh())
        self._updated = self._part(w.HTML(layout=w.Layout(width="auto")), "updated")
        self._funnel = self._part(w.HTML(), "funnel")
        self._stuck = self._part(w.HTML(), "stuck")
        self._meetings = self._part(w.HTML(), "meetings")
        self._heatmap = ChartView(self.css("heatmap-image"))
        self._fit_note = self._part(w.HTML(), "fit")
        self._surprises = self._part(w.HTML(), "surprises")
        heat = w.VBox([self._heatmap], _dom_classes=(self.css("heatmap"),))
        self._parts = {
            "funnel": Section(self.css("part-funnel"), "Pipeline", self._funnel,
                              lead="How far learners have got with their contacts."),
            "stuck": Section(self.css("part-stuck"), "Who may need a nudge", self._stuck),
            "meetings": Section(self.css("part-meetings"), "Meetings per field",
                                self._meetings),
            "fit": Section(self.css("part-fit"), "Fit by field", heat, self._fit_note,
                           lead="Average ratings from shared reflections, 1 (poor fit) to "
                           "5 (great fit)."),
            "surprises": Section(self.css("part-surprises"), "Common surprises",
                                 self._surprises,
                                 lead="What learners did not expect, in their words."),
        }
        self._sections = w.VBox(list(self._parts.values()))
        self.compose(
            w.HTML(DASHBOARD_CSS), self._heading,
            w.HBox([self._refresh, self._updated], _dom_classes=("infoint-actions",)),
            self.notice, self._summary, self._sections,
        )
        self.refresh()

    def _part(self, widget: w.Widget, part: str) -> w.Widget:
        widget.add_class(self.css(part))
        return widget

    @property
    def sections(self) -> dict[str, Section]:
        """The dashboard's parts by key (funnel, stuck, meetings, fit, surprises)."""
        return dict(getattr(self, "_parts", {}))

    def shown(self) -> dict[str, str]:
        """What the page shows, part by part ("summary", "updated", "funnel", "stuck",
        "meetings", "fit", "surprises"): each shown part's markup; hidden parts absent.
        A learner's refused page shows none of them (its message is ``notice``)."""
        if self.role != INSTRUCTOR:
            return {}
        parts: dict[str, w.Widget] = {"summary": self._summary, "updated": self._updated}
        if self._sections.layout.display != "none":
            parts.update(self._parts)
        return {key: html for key, part in parts.items() if (html := shown_html(part))}

    @property
    def heatmap(self) -> ChartView | None:
        """The fit heatmap (None on a learner's refused page)."""
        return getattr(self, "_heatmap", None)

    @property
    def refresh_button(self) -> w.Button | None:
        return getattr(self, "_refresh", None)

    @guarded
    def refresh(self) -> None:
        """Read the class again and redraw every section."""
        if self.role != INSTRUCTOR:
            return
        started = time.perf_counter()
        data = classview.load_class(self.store.engine)
        self.data = data
        today = self.today or date.today()
        summary = classview.class_summary(data)
        self._updated.value = (
            f"<span class='ii-muted'>Updated {datetime.now().strftime('%H:%M:%S')}</span>"
        )
        if summary["learners"] == 0:
            self._summary.value = ""
            self._sections.layout.display = "none"
            self.notice.info(
                "No learners have saved any work in this store yet. Figures appear here as "
                "soon as they start; to try the dashboard now, run: infoint demo"
            )
            return
        self._sections.layout.display = ""
        self._summary.value = self._kpis(data)
        # Each part draws alone: one that fails shows its own message, the rest still draw.
        parts = self._parts
        parts["funnel"].draw(lambda: setattr(
            self._funnel, "value", funnel_html(classview.class_funnel(data))))
        parts["stuck"].draw(lambda: setattr(self._stuck, "value", stuck_html(
            classview.stuck_learners(data, today=today, days=self.stuck_days),
            self.stuck_days)))
        parts["meetings"].draw(lambda: setattr(
            self._meetings, "value",
            meetings_html(classview.meetings_by_field(data, today=today))))
        parts["fit"].draw(lambda: self._draw_fit(data))
        parts["surprises"].draw(lambda: setattr(
            self._surprises, "value", surprises_html(classview.common_surprises(data))))
        self.last_refresh_seconds = time.perf_counter() - started
        if classview.class_too_small(data):
            self.notice.info(
                f"Fewer than {classview.K_MIN} learners have saved work yet. Class figures "
                f"appear once at least {classview.K_MIN} learners are behind each one."
            )
        else:
            self.notice.clear()

    def _kpis(self, data: classview.ClassData) -> str:
        cells = "".join(
            f"<div class='ii-kpi{' ii-withheld' if f.withheld else ''}'>"
            f"<b>{esc(f.value)}</b><span>{esc(f.label)}</span></div>"
            for f in classview.class_headline(data)
        )
        return f"<div class='ii-kpis'>{cells}</div>"

    def _draw_fit(self, data: classview.ClassData) -> None:
        fit = classview.fit_by_field(data)
        hidden = fit.attrs.get("suppressed", [])
        note = ""
        if hidden:
            note = (
                f"<p class='ii-muted'>{len(hidden)} field{'s' if len(hidden) > 1 else ''} with "
                f"shared reflections from fewer than {classview.K_MIN} learners "
                f"{'are' if len(hidden) > 1 else 'is'} not shown.</p>"
            )
        if fit.empty:
            self._heatmap.hide()
            self._heat_key = ""
            self._fit_note.value = (
                "<p>No field has shared reflections from 5 or more learners yet.</p>" + note
            )
            return
        matrix = classview.fit_matrix(fit)
        key = matrix.round(2).to_json()
        if key != self._heat_key:  # drawing is the slowest part; skip it when nothing moved
            learners = fit.groupby("field")["learners"].first()
            self._heatmap.show(
                charts.cached((matrix,), charts.fit_heatmap_png, matrix),
                fit_alt(matrix, whose="the class's"),
                fit_table(matrix, extra={"Learners": learners.to_dict()}),
            )
            self._heat_key = key
        self._fit_note.value = note

    def heatmap_data_url(self) -> str:
        """The current heatmap as a data URL (for reports and tests)."""
        return "data:image/png;base64," + base64.b64encode(self._heatmap.png).decode()
