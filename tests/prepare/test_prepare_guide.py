"""The printable guide: HTML parsed with html.parser, PDF text extracted with pypdf."""

from __future__ import annotations

import io
from datetime import datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pypdf
import pytest

from infoint.io import guide as guide_mod
from infoint.io.guide import MeetingGuide, guide_filename, guide_html, guide_pdf
from infoint.prepare import checklist, join_notes

HOSTILE = "<script>alert(1)</script>"
QUESTIONS = [
    "How did you first get started in this line of work?",
    "What does a typical day look like for you?",
    f"What do you make of {HOSTILE} in résumés?",
]


class Page(HTMLParser):
    """Collects tags and visible text per element class."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.li_by_list: dict[str, list[str]] = {}
        self.open_lists: list[str] = []
        self.item: list[str] | None = None
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        cls = dict(attrs).get("class", "") or ""
        if tag in {"style", "title"}:
            self.skipping += 1
        if tag in {"ol", "ul"}:
            self.open_lists.append(cls)
        if tag == "li":
            self.item = []

    def handle_endtag(self, tag):
        if tag in {"style", "title"}:
            self.skipping -= 1
        if tag in {"ol", "ul"} and self.open_lists:
            self.open_lists.pop()
        if tag == "li" and self.item is not None:
            item = " ".join("".join(self.item).split())
            self.li_by_list.setdefault(self.open_lists[-1], []).append(item)
            self.item = None

    def handle_data(self, data):
        if self.skipping:
            return
        self.text.append(data)
        if self.item is not None:
            self.item.append(data)


def make_guide(**overrides) -> MeetingGuide:
    values = dict(
        contact_name=f"Dr Zoë Ng {HOSTILE}",
        contact_role="Charge nurse",
        organisation="City Hospital",
        field="nursing",
        learner_name="Amara",
        starts_at=datetime(2026, 3, 8, 14, 30, tzinfo=ZoneInfo("America/New_York")),
        place="Café Lumen",
        minutes=20,
        questions=QUESTIONS,
        research_notes=join_notes({"field": "Nurses work shifts.", "found": "Pay is public."}),
    )
    values.update(overrides)
    return MeetingGuide(**values)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    return p


def test_html_has_contact_purpose_agenda_questions_and_checklist():
    page = parse(guide_html(make_guide()))
    text = " ".join(" ".join(page.text).split())
    assert "Informational interview with Dr Zoë Ng" in text
    assert "Charge nurse, City Hospital" in text
    assert "Sunday 08 March 2026, 14:30 (America/New_York), 20 minutes" in text
    assert "Not to ask for a job" in text
    assert "14:30–14:33 Opening" in text
    assert "Close: ask who else to talk to" in text
    questions = page.li_by_list["questions"]
    # Each question carries its clock time, as in the PDF.
    assert [q.split(" ", 1)[0] for q in questions] == ["14:33", "14:36", "14:38"]
    assert [q.split(" ", 1)[1].rsplit(" (", 1)[0] for q in questions] == QUESTIONS
    assert "Questions 1 to 3, below" in text
    assert page.li_by_list["checklist"] == [t for _k, t in checklist()]
    assert "What the field is" in text and "Nurses work shifts." in text


def test_html_escapes_learner_text():
    html = guide_html(make_guide())
    page = parse(html)
    assert "script" not in page.tags
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert HOSTILE in "".join(page.text)  # shown as text


def test_html_prints_one_page_per_meeting():
    html = guide_html([make_guide(), make_guide(contact_name="Sam Lee")])
    assert html.count('<section class="page">') == 2
    assert "break-before: page" in html and "@media print" in html
    assert "<script" not in html.lower().replace("&lt;script", "")


def test_overflow_is_flagged_in_the_guide():
    many = [f"Question number {i}?" for i in range(9)]
    page = parse(guide_html(make_guide(questions=many, minutes=15)))
    text = "".join(page.text)
    assert "minutes over" in text


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def test_pdf_text_holds_contact_questions_and_checklist():
    data = guide_pdf(make_guide())
    assert data.startswith(b"%PDF")
    text, pages = pdf_text(data)
    assert pages == 1
    assert "Dr Zoë Ng" in text
    assert HOSTILE in text  # printed literally, it is only text
    for q in QUESTIONS:
        assert " ".join(q.split()) in text
    for _key, item in checklist():
        assert item in text
    assert "14:30-14:33" in text


def test_pdf_one_page_per_meeting():
    _text, pages = pdf_text(guide_pdf([make_guide(), make_guide(contact_name="Sam Lee")]))
    assert pages == 2


def test_pdf_without_dejavu_falls_back_to_helvetica(monkeypatch):
    monkeypatch.setattr(guide_mod, "font_path", lambda bold=False: None)
    data = guide_pdf(make_guide(contact_name="Li 李 Wei", questions=["What is 🐉 like?"]))
    text, _pages = pdf_text(data)
    assert "Li ? Wei" in text  # not Latin-1: replaced, never a crash
    assert "Dress as you would" in text


@pytest.mark.skipif(guide_mod.font_path() is None, reason="DejaVu (fonts-dejavu-core) missing")
def test_pdf_with_dejavu_keeps_any_script():
    text, _ = pdf_text(guide_pdf(make_guide(contact_name="Ζωή Иванова")))
    assert "Ζωή Иванова" in text


def test_guide_without_meeting_or_questions_still_reads():
    g = MeetingGuide()
    html = guide_html(g)
    text = "".join(parse(html).text)
    assert "Date and time not set yet" in text
    assert "No questions planned yet." in text
    assert pdf_text(guide_pdf(g))[0]


def test_filename_is_tidy():
    assert guide_filename(make_guide(contact_name="Dr Zoë / Ng"), "pdf") == (
        "interview-guide-dr-zoe-ng.pdf"
    )


@pytest.mark.parametrize("minutes", [15, 20])
def test_a_typical_plan_prints_on_one_page(minutes):
    from infoint.prepare import NOTE_SECTIONS, suggest_questions

    note = ("A couple of lines on what I found out, where I read it and what surprised me "
            "about it, as a learner would write them.")
    plan = make_guide(
        minutes=minutes,
        questions=[q.text for q in suggest_questions(minutes, "nursing")],
        research_notes=join_notes({key: note for key, _heading in NOTE_SECTIONS}),
    )
    assert len(plan.questions) >= 5
    _text, pages = pdf_text(guide_pdf(plan))
    assert pages == 1


def test_a_long_plan_keeps_every_question_and_the_whole_checklist():
    from infoint.prepare import suggest_questions

    many = [q.text for q in suggest_questions(60, "nursing")]
    text, pages = pdf_text(guide_pdf(make_guide(minutes=60, questions=many)))
    assert pages >= 2
    for q in many:
        assert " ".join(q.split()) in text
    for _key, item in checklist():
        assert item in text


def test_the_close_is_never_marked_as_a_part_to_skip():
    from infoint.prepare import agenda

    over = make_guide(questions=[f"Question number {i}?" for i in range(9)], minutes=15)
    rows = agenda(over.budget, over.starts_at)
    assert not over.budget.fits and not all(r.fits for r in rows[1:-1])
    assert rows[-1].title.startswith("Close") and rows[-1].fits
    html = guide_html(over)
    start = html.rindex("<tr")
    close_row = html[start:html.index("</tr>", start)]
    assert "Close: ask who else" in close_row and 'class="over"' not in close_row
