"""JourneyApp without a browser: empty state, charts, sentences, exports, refresh."""

from __future__ import annotations

import asyncio
import base64
import io
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from infoint.model import Contact, Reflection
from infoint.ui.journey import DRAWING, JourneyApp

TODAY = date(2026, 3, 10)
PNG = b"\x89PNG"


def decode(link_html: str) -> bytes:
    return base64.b64decode(link_html.split("base64,", 1)[1].split('"', 1)[0])


def test_empty_learner_gets_an_explanation_not_empty_plots(store):
    app = JourneyApp(store, today=TODAY)
    shown = app.shown()
    assert "first conversation" in shown["empty"]
    assert not {"funnel", "per_field", "fit", "agreement", "exports"} & set(shown)
    assert all(not chart.visible and chart.png == b"" for chart in app.charts.values())


def test_contacts_without_meetings_show_the_funnel_and_the_explanation(store):
    store.add_contact(Contact("Ana", status="contacted"))
    app = JourneyApp(store, today=TODAY)
    shown = app.shown()
    assert "funnel" in shown and app.charts["funnel"].png.startswith(PNG)
    assert "contacts lined up" in shown["empty"]
    assert "fit" not in shown


def seed(store):
    grace = store.add_contact(Contact("Grace Ho", field="nursing", status="thanked"))
    ivan = store.add_contact(Contact("Ivan <b>Roy</b>", field="nursing", status="met"))
    store.add_contact(Contact("Lena Park", status="contacted"))
    store.add_contact(Contact("Omar Said"))
    store.save_reflection(Reflection(
        field="nursing", met_on=date(2026, 3, 2), contact_id=grace.id, tone="negative",
        ratings={"daily work": 1, "lifestyle": 4}, learned={"advice": "Shadow first."},
        thank_you="Thanks", thank_you_sent_on=date(2026, 3, 3)))
    store.save_reflection(Reflection(
        field="nursing", met_on=date(2026, 3, 4), contact_id=ivan.id, tone="positive",
        ratings={"daily work": 5, "lifestyle": 4}, suggested_people=["Zoe Ng"]))
    store.save_reflection(Reflection(
        field="<script>alert(1)</script>", met_on=date(2026, 3, 5), ratings={"lifestyle": 2}))


def test_dashboard_draws_from_the_analysis_frames(store):
    seed(store)
    app = JourneyApp(store, today=TODAY)
    shown = app.shown()
    assert "empty" not in shown
    assert list(app.frames["funnel"]["count"]) == [4, 3, 2, 1]
    assert 'data-stage="met"><b>2</b>met' in shown["funnel"]
    for chart in app.charts.values():
        assert chart.visible and chart.png.startswith(PNG)
    assert "<td>nursing</td>" in shown["per_field"]
    assert app.notice.text == "3 reflections across 2 fields; 2 contacts met."


def test_agreement_sentences_and_next_actions_are_escaped(store):
    seed(store)
    app = JourneyApp(store, today=TODAY)
    shown = app.shown()
    notes = shown["agreement"]
    assert "disagree on daily work" in notes
    assert "&lt;script&gt;" in notes and "<script>" not in notes
    nxt = shown["next"]
    assert "Ivan &lt;b&gt;Roy&lt;/b&gt;" in nxt and "<b>Roy" not in nxt
    assert "overdue" in nxt and "Zoe Ng" in nxt
    assert "Not asked about yet" in shown["fit"]


def test_csv_and_parquet_exports_round_trip(store):
    seed(store)
    app = JourneyApp(store, today=TODAY)
    assert app.export_links == {"csv": "", "parquet": ""}  # made only when asked for
    app.export_button.click()
    links = app.export_links
    assert 'download="my-reflections-2026-03-10.csv"' in links["csv"]
    csv = pd.read_csv(io.BytesIO(decode(links["csv"])), encoding="utf-8-sig")
    assert len(csv) == 3 and "learned_advice" in csv.columns
    parquet = pd.read_parquet(io.BytesIO(decode(links["parquet"])))
    assert len(parquet) == 3
    assert str(parquet["rating_daily_work"].dtype) == "Int64"
    assert set(parquet["field"]) == {"nursing", "<script>alert(1)</script>"}


def test_csv_defuses_spreadsheet_formulas(store):
    store.save_reflection(Reflection(field="law", met_on=date(2026, 3, 1),
                                     surprises="=HYPERLINK(\"http://x\")"))
    app = JourneyApp(store, today=TODAY)
    app.export_button.click()
    text = decode(app.export_links["csv"]).decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def test_refresh_picks_up_a_new_reflection(store):
    app = JourneyApp(store, today=TODAY)
    assert "per_field" not in app.shown()
    store.save_reflection(Reflection(field="geology", met_on=date(2026, 3, 1)))
    app.refresh_button.click()
    shown = app.shown()
    assert "<td>geology</td>" in shown["per_field"]
    assert "No ratings yet" in shown["fit"]
    assert not app.charts["fit"].visible and "<img" not in shown["fit"]


PAYLOADS = ["$x^{$", "<script>alert(1)</script>", "\\", "a\\b $$ \\frac{1}{0} ^_",
            "x" * 200, "very long field name " * 9]


def _hostile(store, payload):
    c = store.add_contact(Contact("Ana", field=payload, status="met"))
    store.add_contact(Contact("Bo", field=payload, status="contacted"))
    store.save_reflection(Reflection(
        field=payload, met_on=date(2026, 3, 2), contact_id=c.id, surprises=payload,
        ratings={"daily work": 3, "lifestyle": 5}, learned={"advice": payload}))
    store.save_reflection(Reflection(
        field="nursing", met_on=date(2026, 3, 3), ratings={"daily work": 1}))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_field_names_draw_every_section(store, payload):
    _hostile(store, payload)
    app = JourneyApp(store, today=TODAY)
    assert app.notice.level == "info", app.notice.text
    assert [t for t, s in app.sections.items() if s.failed] == []
    for chart in app.charts.values():
        assert chart.png.startswith(PNG) and chart.alt
    shown = app.shown()
    assert set(shown) == {"funnel", "next", "per_field", "fit", "agreement", "exports"}
    assert "<script>" not in "".join(shown.values())
    app.export_button.click()
    assert "Download CSV" in app.export_links["csv"]


def test_charts_draw_text_literally():
    import matplotlib

    from infoint.ui import charts

    matrix = pd.DataFrame({"daily work": [3.0]}, index=["$x^{$"])
    assert charts.fit_heatmap_png(matrix).startswith(PNG)
    # The switch is local: the caller's matplotlib settings are left as they were.
    assert matplotlib.rcParams["text.parse_math"] is True


def test_one_failing_section_leaves_the_others(store, monkeypatch, caplog):
    from infoint.ui import charts

    seed(store)

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(charts, "meetings_png", broken)
    charts._CACHE.clear()
    app = JourneyApp(store, today=TODAY)
    failed = [t for t, s in app.sections.items() if s.failed]
    assert failed == ["Meetings per field"]
    message = app.sections["Meetings per field"].message
    assert "This part could not be drawn: Meetings per field" in message
    assert "boom" not in message
    assert app.notice.level == "info"  # the page itself is fine
    assert app.charts["fit"].png.startswith(PNG)
    shown = app.shown()
    assert "could not be drawn" in shown["per_field"] and "<img" not in shown["per_field"]
    assert "<table>" in shown["next"]
    app.export_button.click()
    assert "Download CSV" in app.export_links["csv"]
    assert "could not draw the part" in caplog.text


def test_meetings_per_field_labels_never_overlap():
    from infoint.ui import charts

    names = ["accounting", "nursing and health care", "marketing and communications",
             "a very long field name about environmental policy and sustainability consulting",
             "x" * 60, "teaching"]
    per_field = pd.DataFrame({"field": names, "meetings": [5, 4, 3, 2, 1, 1],
                              "informants": [3, 2, 2, 1, 1, 1]})
    fig = charts.meetings_figure(per_field)
    renderer = fig.canvas.get_renderer()
    labels = [t for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert len(labels) == len(names)
    assert all(t.get_text().count("\n") < charts.FIELD_LABEL_LINES for t in labels)
    boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.y0)
    for lower, upper in zip(boxes, boxes[1:], strict=False):
        assert lower.y1 <= upper.y0, "two field labels overlap"
    # And every label stays inside the picture.
    width, height = fig.get_size_inches() * fig.dpi
    assert all(b.x0 >= 0 and b.y0 >= 0 and b.y1 <= height for b in boxes)


def test_on_a_phone_charts_fit_the_screen_and_say_so(store):
    from importlib import resources

    from infoint.ui import journey

    css = resources.files("infoint.ui").joinpath("style.css").read_text(encoding="utf-8")
    store.add_contact(Contact("Grace Ho", field="nursing"))
    store.save_reflection(Reflection(field="nursing", met_on=date(2026, 3, 2),
                                     ratings={"daily work": 4}))
    app = JourneyApp(store, today=TODAY)
    shown = app.shown()
    # No sideways-scrolling chart box a phone user has to discover: a chart is scaled to
    # the column (max-width 100%), and under each chart a line says where the figures are.
    assert ".ii-chart img { display: block; max-width: 100%; height: auto; }" in css
    assert "min-width: 36rem" not in journey._LOCAL_CSS and "ii-scroll" not in css
    for part in ("per_field", "fit"):
        assert "scaled to fit your screen" in shown[part]
    assert ".infoint-journey .ii-phone-hint { display: block; }" in journey._LOCAL_CSS


def test_every_chart_says_what_it_shows_and_gives_its_numbers(store):
    seed(store)
    app = JourneyApp(store, today=TODAY)
    charts = app.charts
    assert charts["funnel"].alt == ("Bar chart of how far your contacts have got: 4 contacts, "
                                    "3 asked (75%), 2 met (50%), 1 thanked (25%).")
    assert "<td>Thanked</td><td class=\"ii-num\">1</td>" in charts["funnel"].table_html
    meetings = charts["per_field"].alt
    assert "nursing: 2 meetings with 2 people" in meetings
    assert "<script>alert(1)</script>: 1 meeting with 1 person" in meetings
    assert "table below" in meetings
    fit = charts["fit"].alt
    assert fit.startswith("Heatmap of your average fit rating, from 1 (poor fit) to 5")
    assert "2 fields and 6 parts of the work" in fit
    assert "Highest: nursing, lifestyle, 4.0." in fit and "Lowest:" in fit
    table = charts["fit"].table_html
    assert "<summary>Show the numbers</summary>" in table
    assert 'tabindex="0" role="region"' in table
    assert "ii-phone-only" in table and "Swipe the table sideways" in table  # 7 columns
    assert "ii-phone-only" not in charts["funnel"].table_html  # 3 columns fit a phone
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in table
    # In the page every alt is an attribute with learner text escaped.
    page = "".join(app.shown().values())
    assert page.count("<img ") == 3 and page.count(' alt="') == 3
    assert "<script>" not in page and 'alt="Bar chart of your meetings' in page


def test_tables_are_reachable_by_keyboard_when_they_scroll(store):
    seed(store)
    shown = JourneyApp(store, today=TODAY).shown()
    for part, label in (("per_field", "Meetings per field, in numbers"),
                        ("next", "Next actions")):
        assert f'class="infoint-table" tabindex="0" role="region" aria-label="{label}"' \
            in shown[part]


def test_exports_are_made_from_the_notes_as_they_are_then(store):
    seed(store)
    app = JourneyApp(store, today=TODAY)
    app.export_button.click()
    assert len(pd.read_csv(io.BytesIO(decode(app.export_links["csv"])))) == 3
    store.save_reflection(Reflection(field="law", met_on=date(2026, 3, 6)))
    app.refresh_button.click()
    # A refresh takes the old links away rather than offer out-of-date files.
    assert app.export_links == {"csv": "", "parquet": ""}
    assert app.export_button.description.startswith("Make my download files")
    app.export_button.click()
    assert len(pd.read_csv(io.BytesIO(decode(app.export_links["csv"])))) == 4


def test_an_empty_learner_loads_no_pandas_or_matplotlib(tmp_path):
    code = (
        "import sys\n"
        "from infoint.store import Store\n"
        "from infoint.ui.journey import JourneyApp\n"
        f"app = JourneyApp(Store.open('sqlite:///{tmp_path / 'e.db'}', learner_id='e'))\n"
        "assert 'empty' in app.shown()\n"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'pyarrow') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


async def until_drawn(app):
    """Let the loop run the drawing's turns until the notice no longer says it is drawing."""
    for _ in range(200):
        if app.notice.text != DRAWING:
            break
        await asyncio.sleep(0.02)
    return app


@pytest.fixture
def from_the_page(monkeypatch):
    """As if the page asked (a click on Refresh, the workshop's switch to this step)."""
    from infoint.ui import turns

    monkeypatch.setattr(turns, "answering_the_page", lambda: True)


def test_started_from_a_cell_everything_is_drawn_at_once_even_on_a_loop(store):
    # Voila runs the notebook's cell before the page has its widgets: an update sent in
    # that window can be lost, so the first drawing is not spread over turns.
    seed(store)

    async def main():
        return JourneyApp(store, today=TODAY)

    app = asyncio.run(main())
    assert app.notice.text == "3 reflections across 2 fields; 2 contacts met."
    assert all(chart.png.startswith(PNG) for chart in app.charts.values())


def test_on_a_running_loop_the_page_paints_before_the_charts(store, from_the_page):
    seed(store)

    async def main():
        app = JourneyApp(store, today=TODAY)
        # Built, not drawn: the first paint is the shell and a notice saying what comes.
        assert app.notice.text == DRAWING
        assert all(s.layout.display == "none" for s in app.sections.values())
        assert app.charts["fit"].png == b""
        return await until_drawn(app)

    app = asyncio.run(main())
    assert app.notice.text == "3 reflections across 2 fields; 2 contacts met."
    for chart in app.charts.values():
        assert chart.png.startswith(PNG)
    assert all(s.layout.display == "" for s in app.sections.values())


def test_a_newer_refresh_stops_the_drawing_of_an_older_one(store, monkeypatch, from_the_page):
    seed(store)
    drawn = []
    draw = JourneyApp._draw_per_field
    monkeypatch.setattr(JourneyApp, "_draw_per_field",
                        lambda self, per_field: drawn.append(set(per_field["field"]))
                        or draw(self, per_field))

    async def main():
        app = JourneyApp(store, today=TODAY)
        store.save_reflection(Reflection(field="law", met_on=date(2026, 3, 6)))
        app.refresh()  # before the first drawing has begun
        return await until_drawn(app)

    app = asyncio.run(main())
    assert app.notice.text == "4 reflections across 3 fields; 2 contacts met."
    assert "law" in app.shown()["per_field"]
    assert drawn == [{"nursing", "<script>alert(1)</script>", "law"}]  # the older run stopped


def test_a_failing_analysis_is_a_notice_not_a_traceback(store, monkeypatch, caplog):
    from infoint import analysis

    seed(store)

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis, "journey", broken)
    app = JourneyApp(store, today=TODAY)
    assert app.notice.level == "error"
    assert "boom" not in app.notice.text and "nothing was changed" in app.notice.text
    assert "drawing stopped" in caplog.text


def test_outside_a_kernel_nothing_is_taken_for_the_page():
    from infoint.ui import turns

    assert turns.answering_the_page() is False


def _page_models(make):
    """How many widget models building the page made (each is a message before the paint)."""
    import ipywidgets as w

    before = set(w.Widget._active_widgets)
    app = make()
    return app, [m for k, m in w.Widget._active_widgets.items() if k not in before]


def test_an_empty_learners_page_makes_no_cards(store):
    # Nothing to draw, so none of the six cards (about 70 models) is made or sent.
    app, made = _page_models(lambda: JourneyApp(store, today=TODAY))
    assert len(made) <= 25, len(made)
    assert "first conversation" in app.shown()["empty"]
    assert not any(type(m).__name__ == "Section" for m in made)


def test_the_cards_come_once_between_the_actions_and_the_next_step(store, from_the_page):
    seed(store)

    async def main():
        app = JourneyApp(store, today=TODAY)
        assert not any(type(c).__name__ == "Section" for c in app.children)
        await until_drawn(app)
        first = list(app.children)
        app.refresh()
        await until_drawn(app)
        assert list(app.children) == first  # a refresh redraws the same cards
        return app

    app = asyncio.run(main())
    names = [type(c).__name__ for c in app.children]
    assert names.count("Section") == 6
    sections = [i for i, n in enumerate(names) if n == "Section"]
    assert sections == list(range(sections[0], sections[0] + 6))
    assert "step 1, find contacts" in app.children[-1].value
    assert {"funnel", "next", "per_field", "fit", "agreement", "exports"} <= set(app.shown())
