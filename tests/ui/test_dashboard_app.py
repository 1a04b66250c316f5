"""The class dashboard without a browser: role from the environment, privacy, empty class."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.demo import generate_demo
from infoint.model import Contact, Reflection
from infoint.store import Store
from infoint.ui import ClassDashboard
from infoint.ui.common import esc
from infoint.ui.dashboard import viewer_role

TODAY = date(2026, 4, 20)
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def instructor(monkeypatch):
    monkeypatch.setenv("INFOINT_ROLE", "instructor")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)


@pytest.fixture
def demo_store(sqlite_url) -> Store:
    generate_demo(sqlite_url, seed=7, learners=40, today=TODAY)
    return Store.open(sqlite_url, learner_id="instructor")


def _html(app: ClassDashboard) -> str:
    parts = []

    def walk(widget):
        value = getattr(widget, "value", None)
        if isinstance(value, str):
            parts.append(value)
        for child in getattr(widget, "children", ()):
            walk(child)

    walk(app)
    return "\n".join(parts)


def test_role_comes_from_the_environment_only():
    assert viewer_role({"INFOINT_ROLE": "instructor", "JUPYTERHUB_USER": "t"}) == "instructor"
    assert viewer_role({"JUPYTERHUB_USER": "maya"}) == "learner"
    assert viewer_role({"INFOINT_ROLE": "learner"}) == "learner"
    assert viewer_role({"INFOINT_ROLE": "Instructor "}) == "instructor"
    assert viewer_role({}) == "instructor"  # a single-user install owns its own database


def test_learner_on_jupyterhub_is_refused_and_nothing_is_read(monkeypatch, demo_store):
    monkeypatch.delenv("INFOINT_ROLE", raising=False)
    monkeypatch.setenv("JUPYTERHUB_USER", "maya")
    app = ClassDashboard(demo_store)
    assert app.notice.level == "error" and "for instructors" in app.notice.text
    assert app.data is None
    html = _html(app)
    assert "demo-0" not in html and "Pipeline" not in html
    app.refresh()  # even a stray call reads nothing
    assert app.data is None


def test_instructor_sees_every_section(instructor, demo_store):
    app = ClassDashboard(demo_store, today=TODAY)
    html = _html(app)
    for title in ("Pipeline", "Who may need a nudge", "Meetings per field", "Fit by field",
                  "Common surprises"):
        assert title in html
    shown = app.shown()
    assert shown["summary"].count("ii-kpi") >= 5 and ">40<" in shown["summary"]
    assert "Met" in shown["funnel"]
    assert "demo-0" in shown["stuck"]  # stuck learners by id
    assert "nursing and health care" in shown["meetings"]
    assert app.heatmap.png.startswith(b"\x89PNG") and app.heatmap.visible
    assert app.heatmap_data_url().startswith("data:image/png;base64,")
    assert "Values and culture" in app.heatmap.table_html
    assert shown["surprises"].count("<li") >= 6
    assert app.last_refresh_seconds > 0


def test_no_contact_details_anywhere_in_the_page(instructor, demo_store):
    engine = demo_store.engine
    from sqlalchemy import select

    from infoint import schema

    c = schema.contacts
    with engine.connect() as conn:
        details = conn.execute(select(c.c.name, c.c.email, c.c.phone, c.c.organisation)).all()
    html = _html(ClassDashboard(demo_store, today=TODAY))
    for row in details:
        for value in row:
            if value:
                assert value not in html, value


def test_learner_text_is_escaped_and_unshared_text_absent(instructor, sqlite_url):
    for i in range(6):
        s = Store.open(sqlite_url, learner_id=f"l{i}")
        (c,) = s.add_contacts([Contact(name=f"Person {i}", field="teaching")])
        s.save_reflection(Reflection(field="teaching", met_on=TODAY, contact_id=c.id,
                                     surprises=HOSTILE, ratings={"daily work": 4},
                                     consent=True))
    private = Store.open(sqlite_url, learner_id="private")
    private.save_reflection(Reflection(field="teaching", met_on=TODAY,
                                       surprises="MY-PRIVATE-THOUGHT", consent=False))
    app = ClassDashboard(Store.open(sqlite_url, learner_id="teacher"), today=TODAY)
    surprises = app.shown()["surprises"]
    assert HOSTILE not in surprises
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in surprises
    assert "MY-PRIVATE-THOUGHT" not in _html(app)


def test_empty_class_says_so(instructor, store):
    app = ClassDashboard(store)
    assert app.notice.level == "info" and "infoint demo" in app.notice.text
    assert set(app.shown()) == {"updated"}  # no section, no figure


def test_small_class_withholds_group_figures(instructor, sqlite_url):
    for i in range(3):
        s = Store.open(sqlite_url, learner_id=f"s{i}")
        (c,) = s.add_contacts([Contact(name=f"Someone {i}", field="teaching")])
        s.save_reflection(Reflection(field="teaching", met_on=TODAY, contact_id=c.id,
                                     surprises=f"Only me {i}", ratings={"lifestyle": 2},
                                     consent=True))
    app = ClassDashboard(Store.open(sqlite_url, learner_id="teacher"), today=TODAY)
    shown = app.shown()
    assert "Fewer than 5 learners" in app.notice.text
    assert "3" not in app.notice.text and "3" not in shown["summary"]
    assert "fewer than 5" in shown["funnel"]
    assert not app.heatmap.visible and "<img" not in shown["fit"]
    assert "1 field with shared reflections from fewer than 5" in shown["fit"]
    assert "Only me" not in shown["surprises"]


def test_refresh_picks_up_new_work(instructor, demo_store):
    app = ClassDashboard(demo_store, today=TODAY)
    before = app.data.n_learners
    Store.open(demo_store.engine.url.render_as_string(hide_password=False),
               learner_id="newcomer").add_contacts([Contact(name="X Y")])
    app.refresh_button.click()
    assert app.data.n_learners == before + 1
    assert "Updated" in app.shown()["updated"]


def _tiny_class(url: str, n: int) -> None:
    """``n`` learners, each with 2 contacts, a sent message, a meeting and a shared
    reflection in the same field."""
    from datetime import UTC, datetime, timedelta

    from infoint.model import Meeting, Outreach

    for i in range(n):
        s = Store.open(url, learner_id=f"tiny-{i}")
        c1, _c2 = s.add_contacts([Contact(name=f"Person {i}a", field="teaching"),
                                  Contact(name=f"Person {i}b", field="teaching")])
        draft = s.save_outreach(Outreach(contact_id=c1.id, channel="email", body="Hi, 20 min?"))
        s.mark_sent(draft.id, TODAY - timedelta(days=9))
        s.save_meeting(Meeting(contact_id=c1.id, starts_at=datetime(2026, 4, 1, 10, tzinfo=UTC)))
        s.save_reflection(Reflection(field="teaching", met_on=TODAY, contact_id=c1.id,
                                     surprises=f"Surprise number {i}", ratings={"lifestyle": 3},
                                     consent=True))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_tiny_class_headline_has_no_exact_figure_below_five(instructor, sqlite_url, n):
    _tiny_class(sqlite_url, n)
    app = ClassDashboard(Store.open(sqlite_url, learner_id="teacher"), today=TODAY)
    shown = app.shown()
    kpis = shown["summary"]
    if n < 5:
        # Every figure (learners n, contacts 2n, messages n, meetings n, shared n) is
        # withheld; the boxes say so in words.
        for figure in {n, 2 * n}:
            assert f"<b>{figure}</b>" not in kpis
        assert "shared by" not in kpis
        assert "fewer than 5 learners have shared yet" in kpis
        assert kpis.count("<b>hidden</b>") == 5
        assert "Fewer than 5 learners have saved work yet" in app.notice.text
        assert str(n) not in app.notice.text
        assert "Surprise number" not in shown["surprises"]
        assert not app.heatmap.visible
        assert f">{n}<" not in shown["funnel"] and f">{2 * n}<" not in shown["funnel"]
        assert f">{n}<" not in shown["meetings"]
    else:
        assert f"<b>{n}</b><span>learners</span>" in kpis
        assert f"<b>{2 * n}</b><span>contacts listed</span>" in kpis
        assert f"reflections shared by {n} learners" in kpis
        assert "hidden" not in kpis
        assert app.notice.text == ""
        assert app.heatmap.visible
    # Stuck learners are the one per-learner list, by id: the instructor must know whom to
    # help even in a class of one (documented in classview and docs/privacy.md).
    assert all(not part.failed for part in app.sections.values())


def test_a_class_of_five_with_three_sharing_hides_the_sharing_figures(instructor, sqlite_url):
    _tiny_class(sqlite_url, 3)
    for i in range(2):
        Store.open(sqlite_url, learner_id=f"quiet-{i}").add_contacts(
            [Contact(name=f"Q {i}", field="teaching")])
    app = ClassDashboard(Store.open(sqlite_url, learner_id="teacher"), today=TODAY)
    kpis = app.shown()["summary"]
    assert "<b>5</b><span>learners</span>" in kpis
    assert "<b>8</b><span>contacts listed</span>" in kpis  # 5 learners listed contacts
    assert "fewer than 5 learners have shared yet" in kpis
    assert "messages: fewer than 5 learners have sent any" in kpis
    assert "<b>3</b>" not in kpis


PAYLOADS = ["$x^{$", "<script>alert(1)</script>", "\\", "a\\b $$ \\frac{1}{0} ^_",
            "x" * 200, "very long field name " * 9, "\u202eevil \u0000 \ud7ff"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_field_names_draw_every_section(instructor, sqlite_url, payload):
    from infoint.ui.dashboard import heatmap_png

    for i in range(6):
        s = Store.open(sqlite_url, learner_id=f"p{i}")
        (c,) = s.add_contacts([Contact(name=f"P {i}", field=payload)])
        s.save_reflection(Reflection(field=payload, met_on=TODAY, contact_id=c.id,
                                     surprises=payload, ratings={"lifestyle": 4},
                                     consent=True))
    app = ClassDashboard(Store.open(sqlite_url, learner_id="teacher"), today=TODAY)
    assert app.notice.level != "error", app.notice.text
    assert [k for k, part in app.sections.items() if part.failed] == []
    assert app.heatmap.png.startswith(b"\x89PNG")
    html = _html(app)
    assert "<script>" not in html
    import pandas as pd

    assert heatmap_png(pd.DataFrame({"lifestyle": [4.0]}, index=[payload])).startswith(b"\x89")


def test_one_failing_section_leaves_the_others(instructor, demo_store, monkeypatch, caplog):
    from infoint import classview

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(classview, "meetings_by_field", broken)
    app = ClassDashboard(demo_store, today=TODAY)
    failed = {k for k, part in app.sections.items() if part.failed}
    assert failed == {"meetings"}
    message = app.sections["meetings"].message
    assert "This part could not be drawn: Meetings per field" in message
    assert "boom" not in message and "Traceback" not in message
    shown = app.shown()
    assert "Met" in shown["funnel"] and shown["surprises"].count("<li") >= 6
    assert "could not be drawn" in shown["meetings"] and "<table>" not in shown["meetings"]
    assert app.heatmap.png.startswith(b"\x89PNG")
    assert app.notice.level != "error"
    assert "could not draw the part 'Meetings per field'" in caplog.text
    monkeypatch.undo()
    monkeypatch.setenv("INFOINT_ROLE", "instructor")
    app.refresh()  # fixed: the part draws again and its message goes away
    assert not app.sections["meetings"].failed and app.sections["meetings"].message == ""


def test_class_heatmap_is_the_learners_chart_in_a_colour_blind_safe_map(instructor, demo_store):
    import base64
    import io

    import numpy as np
    from matplotlib import colormaps
    from PIL import Image

    from infoint import classview
    from infoint.ui import charts

    app = ClassDashboard(demo_store, today=TODAY)
    png = base64.b64decode(app.heatmap_data_url().split(",", 1)[1])
    matrix = classview.fit_matrix(classview.fit_by_field(classview.load_class(demo_store)))
    # One function draws both: the class chart is byte for byte My journey's chart.
    assert png == charts.fit_heatmap_png(matrix)
    assert charts.HEATMAP_CMAP == "cividis"
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=float)
    # cividis holds no red: nothing like RdYlGn's red end (about 165, 0, 38) is drawn.
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    assert not ((r > 140) & (g < 60) & (b < 80)).any()
    # Its ends differ in lightness, so a poor and a great fit differ without colour.
    lo, hi = colormaps["cividis"](0.0), colormaps["cividis"](1.0)

    def luminance(c):
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    assert luminance(hi) - luminance(lo) > 0.6


def test_class_heatmap_says_what_it_shows_and_gives_its_numbers(instructor, demo_store):
    app = ClassDashboard(demo_store, today=TODAY)
    heatmap = app.heatmap
    assert heatmap.alt.startswith("Heatmap of the class's average fit rating, from 1 (poor "
                                  "fit) to 5 (great fit), for ")
    assert "Highest: " in heatmap.alt and "Lowest: " in heatmap.alt
    table = heatmap.table_html
    assert "<summary>Show the numbers</summary>" in table
    assert "<th>Field</th><th class=\"ii-num\">Learners</th>" in table
    fit = app.shown()["fit"]
    assert fit.count("<img ") == 1 and f'alt="{esc(heatmap.alt)}"' in fit
    # Every table sits in a box a keyboard can focus and scroll, named for a screen reader.
    shown = app.shown()
    for part, label in (("funnel", "Pipeline"), ("stuck", "Who may need a nudge"),
                        ("meetings", "Meetings per field")):
        assert f'tabindex="0" role="region" aria-label="{label}"' in shown[part]
    # The bar column has a heading a screen reader reads, and it hides with its cells.
    assert '<th class="ii-barcell"><span class="ii-sr-only">' in shown["funnel"]
