"""Charts with a text alternative, tables a keyboard can scroll, and a notebook's figures."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.ui.chart_view import ChartView, fit_alt, fit_table, numbers_html
from infoint.ui.common import scroll_table
from infoint.ui.notebook_output import figure_html, png_html, table_html

PNG = b"\x89PNG\r\n\x1a\nfake"


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(markup)
    return parser.tags


# Text a browser reads back unchanged from an attribute (it turns NUL and lone CRs into
# other characters whatever the escaping).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
               min_size=1).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_any_alt_text_is_one_attribute_of_one_image(alt):
    chart = ChartView()
    chart.show(PNG, alt)
    found = tags(chart.value)
    assert [t for t, _ in found] == ["img"]
    assert found[0][1]["alt"] == alt
    assert chart.visible and chart.alt == alt and chart.png == PNG


def test_a_chart_without_words_is_refused_and_hide_clears_it():
    chart = ChartView("infoint-x-chart")
    with pytest.raises(ValueError, match="text alternative"):
        chart.show(PNG, "  ")
    chart.show(PNG, "Bar chart of nothing much.", "<details></details>")
    chart.hide()
    assert (chart.png, chart.alt, chart.table_html, chart.value) == (b"", "", "", "")
    assert not chart.visible


def test_numbers_table_escapes_every_cell_and_can_be_focused():
    markup = numbers_html("Fit <ratings>", ["Field", "<b>x</b>"], [["<script>", 1.5]])
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    box = [a for t, a in tags(markup) if t == "div"][0]
    assert box == {"class": "infoint-table", "tabindex": "0", "role": "region",
                   "aria-label": "Fit <ratings>"}
    assert '<td class="ii-num">1.5</td>' in markup
    assert markup.startswith('<details class="ii-numbers"><summary>Show the numbers')


def test_scroll_table_escapes_its_label():
    assert 'aria-label="a &quot;b&quot; &lt;c&gt;"' in scroll_table("<table></table>",
                                                                    'a "b" <c>')


def test_fit_alt_and_table_say_what_the_heatmap_shows():
    matrix = pd.DataFrame({"daily work": [2.0, 4.5], "lifestyle": [float("nan"), 3.0]},
                          index=["law", "<b>nursing</b>"])
    alt = fit_alt(matrix, whose="the class's", where="in the table below")
    assert alt == ("Heatmap of the class's average fit rating, from 1 (poor fit) to 5 (great "
                   "fit), for 2 fields and 2 parts of the work. Highest: <b>nursing</b>, daily "
                   "work, 4.5. Lowest: law, daily work, 2.0. Every rating is in the table "
                   "below.")
    table = fit_table(matrix, extra={"Learners": {"law": 5, "<b>nursing</b>": 6}})
    assert "<td>law</td><td class=\"ii-num\">5</td><td class=\"ii-num\">2.0</td>" \
           "<td class=\"ii-num\">\u2013</td>" in table
    assert "&lt;b&gt;nursing&lt;/b&gt;" in table and "<b>nursing" not in table


def test_notebook_figures_carry_their_alt_text_and_are_closed():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([1, 2])
    markup = figure_html(fig, 'Line from 1 to 2 "rising"')
    assert not plt.fignum_exists(fig.number)  # inline would not show it a second time
    (img,) = tags(markup)
    assert img[0] == "img" and img[1]["alt"] == 'Line from 1 to 2 "rising"'
    assert img[1]["src"].startswith("data:image/png;base64,")
    with pytest.raises(ValueError):
        png_html(PNG, "")


def test_notebook_tables_scroll_in_a_focusable_named_box():
    frame = pd.DataFrame({"field": ["<script>x</script>"], "n": [5]})
    markup = table_html(frame, "Who is in the data")
    div = tags(markup)[0]
    assert div[0] == "div" and div[1]["tabindex"] == "0" and div[1]["role"] == "region"
    assert div[1]["aria-label"] == "Who is in the data" and "overflow-x: auto" in div[1]["style"]
    assert "<script>" not in markup
    assert "<table" in table_html(frame["n"], "A series")
