"""The contacts step's pure helpers (table queries, timelines, stages) and its escaped panels."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.contacts import Introduction, Reminder, rank_contacts
from infoint.contacts_view import (
    ALL,
    CIRCLES,
    NO_FIELD,
    PAGE_SIZE,
    TableQuery,
    field_options,
    next_stage,
    query_table,
    search_index,
    status_options,
    timelines,
)
from infoint.io.importing import ImportPreview, SkippedRow
from infoint.model import PIPELINE, RELATIONSHIPS, Contact
from infoint.ui.contacts_html import (
    ask_first_html,
    cells_html,
    introductions_html,
    preview_html,
    reminders_html,
    table_caption_html,
)

XSS = "<img src=x onerror=alert(1)>"


def people(n: int) -> list[Contact]:
    return [
        Contact(
            name=f"Person {i:03d}",
            organisation="" if i % 5 == 0 else f"Org {i % 4}",
            field=["accounting", "Accounting ", "nursing", ""][i % 4],
            status=PIPELINE[i % len(PIPELINE)],
            id=i + 1,
        )
        for i in range(n)
    ]


def test_circles_go_warm_first_and_end_with_local_professionals():
    order = [c.relationship for c in CIRCLES]
    assert order == [
        "professor",
        "family",
        "friend",
        "career centre",
        "alumni",
        "former colleague",
        "local professional",
    ]
    assert all(c.relationship in RELATIONSHIPS and c.prompt.endswith(("?", ".")) for c in CIRCLES)


def test_next_stage_walks_the_happy_path():
    path, status = ["identified"], "identified"
    while (status := next_stage(status)) is not None:
        path.append(status)
    assert path == [
        "identified",
        "contacted",
        "meeting scheduled",
        "met",
        "thanked",
        "keeping in touch",
    ]
    assert next_stage("declined / no reply") is None
    assert next_stage("asked for intro") == "contacted"
    assert next_stage("nonsense") is None


def test_options_count_and_merge_fields_case_insensitively():
    contacts = people(8)
    fields = field_options(contacts)
    assert fields[0] == ("All fields (8)", ALL)
    assert ("accounting (4)", "accounting") in fields
    assert fields[-1] == ("No field yet (2)", NO_FIELD)
    statuses = status_options(contacts)
    assert statuses[0] == ("All statuses (8)", ALL)
    assert [v for _l, v in statuses[1:]] == list(PIPELINE[:8])


def test_query_filters_search_sort_and_clamps_the_page():
    contacts = people(130)
    ranked = rank_contacts(contacts, ["accounting"])
    index = search_index(contacts)
    page = query_table(ranked, index, TableQuery(page_size=50))
    assert (page.matched, page.pages, len(page.rows)) == (130, 3, 50)
    assert [rank for rank, _r in page.rows] == list(range(1, 51))
    assert query_table(ranked, index, TableQuery()).pages == -(-130 // PAGE_SIZE)

    page = query_table(ranked, index, TableQuery(page=99, page_size=50))
    assert page.page == 2 and len(page.rows) == 30
    assert page.caption() == "Showing 101–130 of 130 contacts · page 3 of 3"

    page = query_table(ranked, index, TableQuery(field="accounting", status="identified"))
    assert page.matched and all(
        r.contact.field.strip().lower() == "accounting" and r.contact.status == "identified"
        for _rank, r in page.rows
    )
    page = query_table(ranked, index, TableQuery(search="  PERSON   007 org "))
    assert [r.contact.name for _rank, r in page.rows] == ["Person 007"]

    page = query_table(ranked, index, TableQuery(sort="organisation", page_size=500))
    orgs = [r.contact.organisation for _rank, r in page.rows]
    assert orgs[-1] == "" and orgs.index("") > orgs.index("Org 3")
    page = query_table(ranked, index, TableQuery(sort="status", page_size=500))
    stages = [PIPELINE.index(r.contact.status) for _rank, r in page.rows]
    assert stages == sorted(stages)

    empty = query_table(ranked, index, TableQuery(search="zzz"))
    assert empty.rows == [] and "No contacts match (of 130)" in table_caption_html(empty)
    assert "No contacts yet" in table_caption_html(query_table([], {}, TableQuery()))


@settings(max_examples=40, deadline=None)
@given(
    search=st.text(max_size=6),
    status=st.sampled_from((ALL, *PIPELINE)),
    page=st.integers(-3, 10),
    sort=st.sampled_from(("priority", "name", "organisation", "status")),
)
def test_any_query_gives_a_valid_page_of_matching_rows(search, status, page, sort):
    contacts = people(60)
    ranked = rank_contacts(contacts, ["nursing"])
    query = TableQuery(search, status, ALL, sort, page)
    result = query_table(ranked, search_index(contacts), query)
    assert 0 <= result.page < result.pages
    assert len(result.rows) <= PAGE_SIZE
    assert all(status in (ALL, r.contact.status) for _rank, r in result.rows)
    assert len({r.contact.id for _rank, r in result.rows}) == len(result.rows)


def test_every_panel_escapes_learner_text():
    bad = Contact(
        name=XSS, organisation="<script>x()</script>", role="Senior Accountant",
        referred_by='"><b>', notes=XSS, id=7,
    )
    ranked = rank_contacts([bad], ["accounting"])
    page = query_table(ranked, search_index([bad]), TableQuery())
    preview = ImportPreview(
        new=[bad], duplicates=[(bad, bad)], skipped=[SkippedRow(3, XSS)], warnings=[]
    )
    reminder = Reminder(due=date(2026, 3, 2), kind="follow-up", contact_name=XSS, text=XSS)
    intro = Introduction(contact=bad, text=f"Ask {XSS} for an introduction")
    for html in (
        "".join(cells_html(item) for _rank, item in page.rows) + table_caption_html(page),
        ask_first_html(ranked),
        preview_html(preview, "linkedin"),
        reminders_html([reminder], date(2026, 3, 3), [intro]),
        introductions_html([intro]),
    ):
        assert "<img" not in html and "<script" not in html and "<b>" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html or "&lt;script&gt;" in html


def test_ask_first_tells_an_empty_list_from_one_where_everyone_was_asked():
    assert "Add a few people" in ask_first_html([])
    thanked = Contact(name="Grace Adeyemi", field="accounting", status="thanked", id=1)
    ranked = rank_contacts([thanked], ["accounting"])
    assert not any(r.ask_first for r in ranked)
    html = ask_first_html(ranked)
    assert "Add a few people" not in html and "asked everyone on your list" in html


def test_timelines_take_the_latest_dates_and_infer_replies():
    a = Contact(name="A", id=1, status="contacted")
    b = Contact(name="B", id=2, status="met")
    c = Contact(name="C", id=3)
    events = [
        {"contact_id": 1, "kind": "sent", "on_date": date(2026, 3, 2)},
        {"contact_id": 1, "kind": "sent", "on_date": date(2026, 3, 9)},
        {"contact_id": 1, "kind": "followed up", "on_date": "2026-03-18"},
        {"contact_id": 2, "kind": "met", "on_date": date(2026, 3, 4)},
        {"contact_id": 2, "kind": "thanked", "on_date": date(2026, 3, 5)},
    ]
    ta, tb, tc = timelines([a, b, c], events)
    assert (ta.sent_on, ta.followed_up_on) == (date(2026, 3, 9), date(2026, 3, 18))
    assert not ta.replied
    assert (tb.met_on, tb.thanked_on, tb.replied) == (date(2026, 3, 4), date(2026, 3, 5), True)
    assert (tc.sent_on, tc.replied) == (None, False)


def test_reminders_panel_says_what_is_overdue_and_what_comes_next():
    today = date(2026, 3, 4)
    late = Reminder(due=date(2026, 3, 2), kind="thank-you", contact_name="A", text="Thank A")
    html = reminders_html([late], today)
    assert "overdue by 2 days" in html and "ii-overdue" in html
    later = Reminder(due=date(2026, 3, 12), kind="follow-up", contact_name="B", text="Nudge B")
    html = reminders_html([], today, upcoming=later)
    assert "Nothing due this week" in html and "Thu 12 Mar" in html and "Nudge B" in html


def test_preview_counts_and_limits_rows():
    new = [Contact(name=f"N{i}") for i in range(7)]
    preview = ImportPreview(
        new=new,
        duplicates=[(Contact(name="D"), Contact(name="D", organisation="X"))] * 2,
        skipped=[SkippedRow(4, "no name")],
        in_file_duplicates=1,
    )
    html = preview_html(preview, "google", limit=5)
    assert "<strong>7</strong> new" in html
    assert "<strong>1</strong> already in your list" in html
    assert "<strong>1</strong> repeated in the file" in html
    assert "<strong>1</strong> row skipped" in html
    assert "First 5 new contacts (and 2 more)" in html
    assert "line 4: no name" in html and "Google Contacts" in html
    assert "D matches D · X" in html
