"""My journey: the whole pipeline, how each field fits, where people disagree, what is due.

Draws only from :func:`infoint.analysis.journey` frames; charts are matplotlib PNGs in
``Image`` widgets (see :mod:`infoint.ui.charts`), every sentence next to them is escaped
learner-derived text.

The page paints before anything heavy: the store is read at once, while pandas (the
analysis), matplotlib (the charts) and each part's drawing follow one per turn of the
kernel's loop (:mod:`infoint.ui.turns`) under a "Drawing your charts" notice. The exports
(CSV, and Parquet through pyarrow) are built only when the learner asks for them, from the
store as it is then.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import ipywidgets as w

from infoint.store import Store
from infoint.ui import chart_view
from infoint.ui.chart_view import ChartView
from infoint.ui.common import (
    App,
    button,
    download_link,
    esc,
    fixed,
    fixed_html,
    guarded,
    next_step,
    scroll_table,
)
from infoint.ui.sections import Section, shown_html
from infoint.ui.turns import in_turns

__all__ = ["JourneyApp"]

REFLECT_NB = "04-reflect-on-fit.ipynb"
CONTACTS_NB = "01-find-contacts.ipynb"
NEXT_LIMIT = 12
DRAWING = "Drawing your charts\u2026"
EXPORT_LABEL = "Make my download files (CSV and Parquet)"

_LOCAL_CSS = """
.infoint-journey .ii-stats {
  display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.3rem 0;
}
.infoint-journey .ii-stat b { font-size: 1.35rem; display: block; line-height: 1.1; }
.infoint-journey .ii-stat { color: var(--ii-muted); font-size: 0.9rem; }
.infoint-journey .ii-overdue { background: #fdf0ef; border-color: var(--ii-fail); }
.infoint-journey .ii-field-notes h4 { margin: 0.6rem 0 0.2rem; }
.infoint-journey .ii-field-notes ul { margin: 0 0 0.4rem 1.1rem; padding: 0; }
.infoint-journey .widget-html, .infoint-journey .widget-html-content { max-width: 100%; }
/* On a phone every chart is scaled to the screen's width: nothing is cut off and there is
   no sideways scrolling to discover; a hint says where the exact figures are. */
.infoint-journey .ii-phone-hint { display: none; }
/* Short headings and the date column keep their words whole on a phone ("today", not
   "toda-y"); the long "What to do" column takes the wrapping. */
.infoint-journey .infoint-table th, .infoint-journey .infoint-table td:first-child {
  white-space: nowrap;
}
@media (max-width: 600px) {
  .infoint-journey .ii-col-wide { display: none; }
  .infoint-journey .ii-phone-hint { display: block; }
}
.infoint-journey .ii-download { display: inline-block; margin: 0.2rem 1rem 0.2rem 0;
  padding: 0.35rem 0.8rem; border: 1px solid var(--ii-line); border-radius: 4px;
  text-decoration: none; color: var(--ii-accent); font-weight: 600; }
"""


def intro_html() -> str:
    return (
        "<h2>At a glance</h2>"
        "<p class='infoint-lead'>Everything you have done so far in one place: how many "
        "people you have reached, how each field seems to fit you, where the people you "
        "met see things differently, and what to do next.</p>"
    )


def empty_html(has_contacts: bool) -> str:
    start = (
        "You have contacts lined up: once you meet one, "
        if has_contacts
        else f'Start with <a href="{CONTACTS_NB}" target="_self">step 1, find contacts</a>. '
        "After your first meeting, "
    )
    return (
        "<h3>Your journey starts with a first conversation</h3>"
        f"<p>{start}write down what you learned in "
        f'<a href="{REFLECT_NB}" target="_self">step 4, reflect on fit</a>. Your charts '
        "of how each field fits you, and the advice on what to do next, will appear "
        "here.</p>"
    )


def stats_html(funnel: Any) -> str:
    parts = []
    for row in funnel.itertuples(index=False):
        stage = str(row.stage)
        parts.append(
            f'<span class="ii-stat ii-stat-{esc(stage)}" data-stage="{esc(stage)}">'
            f"<b>{int(row.count)}</b>{esc(stage)}</span>"
        )
    return f'<div class="ii-stats">{"".join(parts)}</div>'


def per_field_html(per_field: Any) -> str:
    rows = "".join(
        f"<tr><td>{esc(r.field)}</td><td>{int(r.meetings)}</td><td>{int(r.informants)}</td>"
        f"<td class='ii-col-wide'>{r.last_met:%d %b %Y}</td></tr>"
        for r in per_field.itertuples(index=False)
    )
    return scroll_table(
        "<table><thead><tr><th>Field</th><th>Meetings</th>"
        "<th>People</th><th class='ii-col-wide'>Last met</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>", "Meetings per field, in numbers"
    )


def agreement_html(sentences: dict[str, list[str]]) -> str:
    if not sentences:
        return ""
    blocks = []
    for field, lines in sorted(sentences.items()):
        items = "".join(f"<li>{esc(line)}</li>" for line in lines)
        blocks.append(f"<h4>{esc(field)}</h4><ul>{items}</ul>")
    return f'<div class="ii-field-notes">{"".join(blocks)}</div>'


def next_html(actions: Any, today: date) -> str:
    if actions.empty:
        return "<p>Nothing is due. Well done: keep the conversations going.</p>"
    rows = []
    for r in actions.head(NEXT_LIMIT).itertuples(index=False):
        due = r.due.date()
        when = "today" if due == today else f"{due:%a %d %b}"
        badge = ' <span class="ii-badge ii-overdue">overdue</span>' if r.overdue else ""
        rows.append(
            f"<tr><td>{esc(when)}{badge}</td><td>{esc(r.action)}</td>"
            f"<td class='ii-col-wide'>{esc(r.field)}</td></tr>"
        )
    more = len(actions) - NEXT_LIMIT
    tail = f"<p class='infoint-hint'>And {more} more.</p>" if more > 0 else ""
    return scroll_table(
        "<table><thead><tr><th>When</th><th>What to do</th>"
        f"<th class='ii-col-wide'>Field</th></tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table>", "Next actions"
    ) + tail


def coverage_html(coverage: Any) -> str:
    skipped = [str(c) for c in coverage.loc[coverage["skipped"], "category"]]
    covered = [
        f"{c} ({int(m)})" for c, m, s in zip(
            coverage["category"], coverage["meetings"], coverage["skipped"], strict=True
        ) if not s
    ]
    text = ""
    if covered:
        text += f"<p><b>Topics you have notes on</b> (meetings): {esc(', '.join(covered))}.</p>"
    if skipped:
        text += (
            f"<p><b>Not asked about yet:</b> {esc(', '.join(skipped))}. Plan a question on "
            "these for your next meeting.</p>"
        )
    return text


class JourneyApp(App):
    """The learner's dashboard across every contact and meeting."""

    name = "journey"

    def __init__(
        self, store: Store | None = None, *, today: date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(store, **kwargs)
        self._today = today
        self.frames: dict[str, Any] = {}
        # Bumped by every refresh: a drawing still under way for an older one stops.
        self._run = 0
        self._refresh = button("Refresh", self.css("refresh"), icon="refresh")
        self._refresh.on_click(lambda _b: self.refresh())

        self._empty = w.HTML(_dom_classes=(self.css("empty"), "infoint-card",))  # hides

        # The cards are made when there is something to draw in them (see _build): an
        # empty learner's page is then a third of the widgets, and with data they are made
        # in the first turn after the paint, where they were hidden until drawn anyway.
        self._built = False
        self._next_link = next_step(
            CONTACTS_NB, "Next: talk to someone else, back to step 1, find contacts",
            self.css("next-step"))
        self.compose(
            fixed(w.HTML, f"<style>{_LOCAL_CSS}</style>", layout=w.Layout(display="none")),
            fixed_html(intro_html()),
            fixed(w.HBox, [self._refresh], classes=("infoint-actions",)),
            self.notice,
            self._empty,
            # The journey is a loop: one conversation is one view, so the way on is the
            # next person.
            self._next_link,
        )
        _show(self._empty, False)  # hidden until refresh says what to show
        self.refresh()

    def _build(self) -> None:
        """Make every card once, hidden, and put them on the page above the next-step link."""
        if self._built:
            return
        self._built = True
        self._funnel_stats = fixed(w.HTML)
        self._funnel_img = ChartView(self.css("funnel-chart"))
        self._funnel = _section(self.css("funnel"), "From contacts to thank-yous",
                                self._funnel_stats, self._funnel_img)
        self._per_field_img = ChartView(self.css("per-field-chart"))
        self._per_field_table = fixed(w.HTML)
        self._per_field = _section(self.css("per-field"), "Meetings per field",
                                   self._per_field_img, _phone_hint(
                                       "The chart is scaled to fit your screen; the table "
                                       "below gives the same figures."),
                                   self._per_field_table)
        self._fit_img = ChartView(self.css("fit-chart"))
        self._fit_note = fixed(w.HTML)
        self._coverage = fixed(w.HTML, classes=(self.css("coverage"),))
        self._fit = _section(self.css("fit"), "How each field fits you",
                             self._fit_note, self._fit_img,
                             _phone_hint("The chart is scaled to fit your screen: zoom "
                                         "in to read the rating written in each cell, or "
                                         "open Show the numbers."),
                             self._coverage)
        self._agreement_html = fixed(w.HTML)
        self._agreement = _section(self.css("agreement"), "Where the people you met agree or "
                                   "disagree", self._agreement_html)
        self._next_html = fixed(w.HTML)
        self._next = _section(self.css("next"), "Next actions", self._next_html)
        self._csv = fixed(w.HTML, classes=(self.css("csv"),))
        self._parquet = fixed(w.HTML, classes=(self.css("parquet"),))
        self._export_button = button(EXPORT_LABEL, self.css("make-exports"), icon="download")
        self._export_button.on_click(lambda _b: self.make_exports())
        self._exports = _section(
            self.css("exports"), "Take your notes with you",
            fixed(w.HTML, "<p class='infoint-hint'>Your reflections as a spreadsheet (CSV) or for "
                          "pandas and other data tools (Parquet). Press the button to make both "
                          "files from your notes as they are now; the links to save them appear "
                          "next to it.</p>"),
            fixed(w.HBox, [self._export_button, self._csv, self._parquet],
                  classes=("infoint-actions",)),
        )
        cards = (self._funnel, self._next, self._per_field, self._fit, self._agreement,
                 self._exports)
        for card in cards:
            _show(card, False)  # hidden until drawn: the page never shows an empty card
        *head, link = self.children
        self.children = (*head, *cards, link)

    @property
    def export_button(self) -> w.Button:
        self._build()
        return self._export_button

    @property
    def today(self) -> date:
        return self._today or date.today()

    @guarded
    def refresh(self) -> None:
        """Re-read the store and redraw every part; a part that fails says so alone.

        With the kernel's loop running (a page) the parts are drawn after this returns, one
        per turn; otherwise (a script, a test) before it returns.
        """
        reflections = self.store.reflections()
        contacts = self.store.contacts()
        events = self.store.events()
        self._run += 1
        self._clear_exports()  # links made from older notes would be out of date
        if not reflections and not contacts:
            # Nothing to analyse or chart: the explanation alone, without pandas.
            self.frames = {}
            self._empty.value = empty_html(False)
            _show(self._empty, True)
            if self._built:  # every piece of data was deleted since the last draw
                for section in self.sections.values():
                    _show(section, False)
            self.notice.clear()
            return
        self.notice.info(DRAWING)
        in_turns(self._draw(self._run, reflections, contacts, events), self.stopped)

    def _draw(self, run: int, reflections: list[Any], contacts: list[Any],
              events: list[Any]) -> Iterator[None]:
        """Every part, one per turn; stops when a newer refresh has started."""
        from infoint import analysis  # pandas: the first heavy step, after the paint

        yield
        self._build()
        frames = analysis.journey(reflections, contacts, events, today=self.today)
        if run != self._run:
            return
        self.frames = frames

        has_reflections = bool(reflections)
        self._empty.value = "" if has_reflections else empty_html(bool(contacts))
        _show(self._empty, not has_reflections)
        _show(self._next, not frames["next"].empty or has_reflections)
        self._next.draw(lambda: setattr(self._next_html, "value",
                                        next_html(frames["next"], self.today)))
        if not has_reflections:
            for section in (self._per_field, self._fit, self._agreement, self._exports):
                _show(section, False)
        yield
        # Matplotlib in a turn of its own: its import is the longest single step.
        import matplotlib.backends.backend_agg  # noqa: F401

        yield
        if run != self._run:
            return
        # Each part is shown as it is drawn: no empty card waits on the page.
        _show(self._funnel, True)
        self._funnel.draw(lambda: self._draw_funnel(frames["funnel"], bool(contacts)))
        if not has_reflections:
            self.notice.clear()
            return
        yield
        parts: list[tuple[Section, Any]] = [
            (self._per_field, lambda: self._draw_per_field(frames["per_field"])),
            (self._fit, lambda: self._draw_fit(frames)),
            (self._agreement, lambda: setattr(
                self._agreement_html, "value",
                agreement_html(analysis.agreement_sentences(frames["agreement"],
                                                            frames["tones"])),
            )),
        ]
        for section, draw in parts:
            if run != self._run:
                return
            _show(section, True)
            section.draw(draw)
            yield
        if run != self._run:
            return
        _show(self._exports, True)
        funnel = frames["funnel"]
        met = int(funnel.loc[funnel["stage"] == "met", "count"].iloc[0])
        n_fields = len(frames["per_field"])
        self.notice.info(
            f"{len(reflections)} reflection{'s' if len(reflections) != 1 else ''} across "
            f"{n_fields} field{'s' if n_fields != 1 else ''}; "
            f"{met} contact{'s' if met != 1 else ''} met."
        )

    @guarded
    def make_exports(self) -> None:
        """Build the CSV and Parquet files from the store as it is now, and show their links."""
        self._build()
        reflections = self.store.reflections()
        if not reflections:
            self._clear_exports()
            self.notice.info("There are no reflections to download yet.")
            return
        self._exports.draw(lambda: self._draw_exports(reflections))
        self._export_button.description = "Make the files again"
        self._export_button.tooltip = "Make the files again from your notes as they are now"

    @property
    def export_links(self) -> dict[str, str]:
        """The download links by format ("" until the learner has asked for them)."""
        if not self._built:
            return {"csv": "", "parquet": ""}
        return {"csv": self._csv.value, "parquet": self._parquet.value}

    def _clear_exports(self) -> None:
        if not self._built:
            return
        self._csv.value = self._parquet.value = ""
        self._export_button.description = EXPORT_LABEL
        self._export_button.tooltip = EXPORT_LABEL

    @property
    def sections(self) -> dict[str, Section]:
        """Every part of the page by its title (for tests)."""
        self._build()
        return {s.title: s for s in (self._funnel, self._next, self._per_field, self._fit,
                                     self._agreement, self._exports)}

    def _parts(self) -> dict[str, w.Widget]:
        if not self._built:
            return {"empty": self._empty}
        return {"empty": self._empty, "funnel": self._funnel, "next": self._next,
                "per_field": self._per_field, "fit": self._fit, "agreement": self._agreement,
                "exports": self._exports}

    def shown(self) -> dict[str, str]:
        """What the page shows, part by part ("empty", "funnel", "next", "per_field",
        "fit", "agreement", "exports"): each shown part's markup; hidden parts absent."""
        return {key: shown_html(part) for key, part in self._parts().items()
                if part.layout.display != "none"}

    @property
    def charts(self) -> dict[str, ChartView]:
        """The charts by part: "funnel", "per_field" and "fit"."""
        self._build()
        return {"funnel": self._funnel_img, "per_field": self._per_field_img,
                "fit": self._fit_img}

    @property
    def refresh_button(self) -> w.Button:
        return self._refresh

    def _draw_funnel(self, funnel: Any, has_contacts: bool) -> None:
        from infoint.ui import charts

        self._funnel_stats.value = stats_html(funnel) + (
            "" if has_contacts else
            f"<p class='infoint-hint'>Add the people you talk to in <a href='{CONTACTS_NB}' "
            "target='_self'>step 1</a> and this funnel tracks how far each one got.</p>"
        )
        if has_contacts:
            self._funnel_img.show(charts.cached((funnel,), charts.funnel_png, funnel),
                                  chart_view.funnel_alt(funnel), chart_view.funnel_table(funnel))
        else:
            self._funnel_img.hide()

    def _draw_per_field(self, per_field: Any) -> None:
        from infoint.ui import charts

        self._per_field_table.value = per_field_html(per_field)
        # The table under the chart is its text alternative: the alt text points to it.
        self._per_field_img.show(charts.cached((per_field,), charts.meetings_png, per_field),
                                 chart_view.meetings_alt(per_field))

    def _draw_fit(self, frames: dict[str, Any]) -> None:
        from infoint import analysis
        from infoint.ui import charts

        self._coverage.value = coverage_html(frames["coverage"])
        fit = frames["fit"]
        if fit.empty:
            self._fit_note.value = (
                "<p>No ratings yet. Rate how each part of the work suits you in step 4 and "
                "a chart comparing the fields appears here.</p>"
            )
            self._fit_img.hide()
            return
        matrix = analysis.fit_matrix(fit)
        self._fit_note.value = (
            "<p class='infoint-hint'>Your average rating per field, from 1 (poor fit, "
            "dark blue) to 5 (great fit, yellow). A dash means not rated yet. The table "
            "above says how many meetings each field rests on.</p>"
        )
        self._fit_img.show(charts.cached((matrix,), charts.fit_heatmap_png, matrix),
                           chart_view.fit_alt(matrix), chart_view.fit_table(matrix))

    def _draw_exports(self, reflections: list[Any]) -> None:
        from infoint import analysis

        export = analysis.reflections_export(reflections, learner_id=self.store.learner_id)
        stamp = self.today.isoformat()
        self._csv.value = download_link(
            analysis.to_csv_bytes(export), f"my-reflections-{stamp}.csv", "text/csv",
            "Download CSV",
        )
        self._parquet.value = download_link(
            analysis.to_parquet_bytes(export), f"my-reflections-{stamp}.parquet",
            "application/vnd.apache.parquet", "Download Parquet",
        )


def _phone_hint(text: str) -> w.HTML:
    """A line shown only on narrow screens, under a chart scaled down to fit."""
    return fixed_html(f"<p class='infoint-hint'>{esc(text)}</p>", ("ii-phone-hint",))


def _section(css: str, title: str, *children: w.Widget) -> Section:
    return Section(css, title, *children)


def _show(widget: w.Widget, visible: bool) -> None:
    widget.layout.display = "" if visible else "none"
