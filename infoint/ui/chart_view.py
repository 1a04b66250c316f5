"""A chart on the page that everyone can read: the picture, what it shows in words, its numbers.

ipywidgets' ``Image`` draws an ``<img>`` with no ``alt``, so a screen reader announces
nothing, or the file name (axe-core's ``image-alt``, critical). :class:`ChartView` shows the
PNG in an ``<img>`` whose ``alt`` says what the chart shows, and puts the exact figures in
a table behind "Show the numbers". The sentence builders below write those words from the
same frames the charts are drawn from; learner text (field names) in them is escaped when
it is written into the page, never before, so the public ``alt`` reads as plain text.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from infoint.ui.common import esc, scroll_table, with_classes

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ChartView", "fit_alt", "fit_table", "funnel_alt", "funnel_table", "meetings_alt",
           "numbers_html"]

#: How many fields an alt text names one by one; past this it counts the rest.
ALT_FIELDS = 6


class ChartView(w.HTML):
    """One chart: ``<img alt=...>`` and, when given, a "Show the numbers" table under it.

    The public state (``png``, ``alt``, ``table_html``, ``visible``) is what the page shows,
    so a test reads it without decoding markup.
    """

    def __init__(self, css: str = "") -> None:
        super().__init__(layout=w.Layout(display="none", width="100%"),
                         **with_classes({}, ("ii-chart", css)))
        self.png = b""
        self.alt = ""
        self.table_html = ""

    @property
    def visible(self) -> bool:
        return self.layout.display != "none"

    def show(self, png: bytes, alt: str, table_html: str = "") -> None:
        if not alt.strip():
            raise ValueError("a chart needs a text alternative")
        self.png, self.alt, self.table_html = png, alt, table_html
        src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        self.value = f'<img src="{src}" alt="{esc(alt)}">{table_html}'
        self.layout.display = ""

    def hide(self) -> None:
        self.png, self.alt, self.table_html, self.value = b"", "", "", ""
        self.layout.display = "none"


def numbers_html(label: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                 numeric_from: int = 1) -> str:
    """The figures of a chart as a table behind "Show the numbers" (columns from
    ``numeric_from`` on are numbers, right-aligned). Every cell is escaped."""

    def cell(tag: str, i: int, value: object) -> str:
        cls = ' class="ii-num"' if i >= numeric_from else ""
        return f"<{tag}{cls}>{esc(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    # More than four columns do not fit a phone: say that the box scrolls sideways.
    hint = ('<p class="infoint-hint ii-phone-only">Swipe the table sideways for the other '
            "columns.</p>" if len(headers) > 4 else "")
    return (f'<details class="ii-numbers"><summary>Show the numbers</summary>{hint}'
            f"{scroll_table(table, label)}</details>")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _names(items: list[str]) -> str:
    shown = items[:ALT_FIELDS]
    rest = len(items) - len(shown)
    return "; ".join(shown) + (f"; and {rest} more" if rest > 0 else "")


def funnel_alt(funnel: pd.DataFrame) -> str:
    parts = []
    for i, row in enumerate(funnel.itertuples(index=False)):
        count = int(row.count)
        parts.append(f"{count} {row.stage}" if i == 0 else f"{count} {row.stage} "
                     f"({float(row.share):.0%})")
    return "Bar chart of how far your contacts have got: " + ", ".join(parts) + "."


def funnel_table(funnel: pd.DataFrame) -> str:
    rows = [(str(r.stage).capitalize(), int(r.count), f"{float(r.share):.0%}")
            for r in funnel.itertuples(index=False)]
    return numbers_html("From contacts to thank-yous, in numbers",
                        ("Stage", "People", "Share of contacts"), rows)


def meetings_alt(per_field: pd.DataFrame, limit: int = 12) -> str:
    items = [
        f"{r.field}: {_plural(int(r.meetings), 'meeting', 'meetings')} with "
        f"{_plural(int(r.informants), 'person', 'people')}"
        for r in per_field.head(limit).itertuples(index=False)
    ]
    return ("Bar chart of your meetings per field and how many different people they were "
            f"with: {_names(items)}. The table below gives the same figures.")


def fit_alt(matrix: pd.DataFrame, whose: str = "your",
            where: str = "in the table under Show the numbers") -> str:
    """What the fit heatmap shows: its size, scale, best and worst cell."""
    stacked = matrix.stack().dropna()
    rows, cols = matrix.shape
    text = (f"Heatmap of {whose} average fit rating, from 1 (poor fit) to 5 (great fit), "
            f"for {_plural(rows, 'field', 'fields')} and "
            f"{_plural(cols, 'part of the work', 'parts of the work')}.")
    if not stacked.empty:
        (hi_field, hi_dim), hi = stacked.idxmax(), stacked.max()
        (lo_field, lo_dim), lo = stacked.idxmin(), stacked.min()
        text += (f" Highest: {hi_field}, {hi_dim}, {hi:.1f}. "
                 f"Lowest: {lo_field}, {lo_dim}, {lo:.1f}.")
    return text + f" Every rating is {where}."


def fit_table(matrix: pd.DataFrame, extra: dict[str, Any] | None = None) -> str:
    """The heatmap's cells as a table (``extra``: a column put after the field, by field)."""
    extra_label, extra_values = next(iter((extra or {}).items()), ("", {}))
    headers = ["Field", *([extra_label] if extra_label else []),
               *(str(c).capitalize() for c in matrix.columns)]
    rows = []
    for field, values in matrix.iterrows():
        cells = ["\u2013" if v != v else f"{float(v):.1f}" for v in values]
        lead = [extra_values.get(field, "")] if extra_label else []
        rows.append([str(field), *lead, *cells])
    return numbers_html("Fit ratings by field, in numbers", headers, rows)
