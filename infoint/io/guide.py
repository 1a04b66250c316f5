"""The printable interview guide: one page per meeting, as HTML and as PDF.

Each page holds who the learner is meeting and why, the agenda with timings from the time
budget, the questions in order with room for notes, and the meeting-day checklist.

- :func:`guide_html` returns a self-contained HTML document (inline CSS, print rules, no
  scripts); every learner string is escaped.
- :func:`guide_pdf` returns PDF bytes written with fpdf2 (pure Python). It uses DejaVu Sans
  (Debian ``fonts-dejavu-core``) when installed, so any language prints; without it, it
  falls back to the built-in Helvetica and replaces characters Latin-1 cannot hold.
"""

from __future__ import annotations

import dataclasses
import html
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from infoint.prepare import (
    NOTE_SECTIONS,
    AgendaRow,
    Budget,
    agenda,
    checklist_items,
    content,
    default_purpose,
    split_notes,
    time_budget,
)

__all__ = [
    "MeetingGuide",
    "font_path",
    "guide_filename",
    "guide_html",
    "guide_pdf",
    "guide_pdf_and_pages",
]

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)


@dataclass
class MeetingGuide:
    """Everything one page of the guide shows."""

    contact_name: str = ""
    contact_role: str = ""
    organisation: str = ""
    field: str = ""
    learner_name: str = ""
    purpose: str = ""
    starts_at: datetime | None = None
    place: str = ""
    minutes: int = 20
    questions: list[str] = dataclasses.field(default_factory=list)
    research_notes: str = ""
    checklist: list[str] = dataclasses.field(default_factory=checklist_items)
    budget: Budget | None = None

    def __post_init__(self) -> None:
        if self.budget is None:
            self.budget = time_budget(self.questions, self.minutes)
        if not self.purpose:
            self.purpose = default_purpose(self.field, self.organisation, self.contact_name)

    @property
    def title(self) -> str:
        who = self.contact_name or "a professional"
        return f"Informational interview with {who}"

    @property
    def with_line(self) -> str:
        parts = [p for p in (self.contact_role, self.organisation) if p]
        return ", ".join(parts)

    @property
    def facts(self) -> list[tuple[str, str]]:
        """The labelled lines at the top of the page, the same in HTML and PDF."""
        facts = [("Who", self.contact_name or "Not chosen yet")]
        if self.with_line:
            facts.append(("Role", self.with_line))
        if self.field:
            facts.append(("Field", self.field))
        facts.append(("When", self.when))
        if self.place:
            facts.append(("Where", self.place))
        if self.learner_name:
            facts.append(("Me", self.learner_name))
        return facts

    @property
    def when(self) -> str:
        if self.starts_at is None:
            return "Date and time not set yet"
        tz = getattr(self.starts_at.tzinfo, "key", None) or self.starts_at.strftime("%Z")
        return f"{self.starts_at:%A %d %B %Y, %H:%M} ({tz}), {self.minutes} minutes"


def guide_filename(guide: MeetingGuide, ext: str) -> str:
    """A tidy file name like ``guide-jane-doe.pdf``."""
    import re
    import unicodedata

    name = unicodedata.normalize("NFKD", guide.contact_name or "meeting")
    ascii_name = name.encode("ascii", "ignore").decode("ascii").casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return f"interview-guide-{slug[:40] or 'meeting'}.{ext}"


def _pages(guides: MeetingGuide | Iterable[MeetingGuide]) -> list[MeetingGuide]:
    return [guides] if isinstance(guides, MeetingGuide) else list(guides)


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2933; margin: 0; background: #eef1f4; font-size: 11pt; line-height: 1.4; }
.page { background: #fff; max-width: 190mm; margin: 12px auto; padding: 14mm 15mm;
  box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 17pt; margin: 0 0 2pt; }
h3 { font-size: 10pt; margin: 6pt 0 1pt; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; border-bottom: 1px solid #d5dbe1; padding-bottom: 2pt; }
.sub { color: #52606d; margin: 0 0 6pt; }
.facts { display: grid; grid-template-columns: 8em 1fr; gap: 2pt 8pt; margin: 6pt 0; }
.facts dt { font-weight: bold; } .facts dd { margin: 0; }
table.agenda { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.agenda td { padding: 2pt 4pt; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
table.agenda td.t { white-space: nowrap; width: 7.5em; color: #52606d; }
tr.over td, ol.questions li.over { color: #b42318; }
ol.questions .at { color: #52606d; font-size: 9pt; font-variant-numeric: tabular-nums; }
ol.questions { padding-left: 1.4em; margin: 0; }
ol.questions li { margin: 0 0 4pt; break-inside: avoid; page-break-inside: avoid; }
.mins { color: #52606d; font-size: 9pt; }
.notes { border-bottom: 1px dotted #9aa5b1; height: 1.5em; }
.notes + .notes { margin-top: 0; }
ul.checklist { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 14pt;
  font-size: 10pt; }
ul.checklist li { padding-left: 1.3em; text-indent: -1.3em; margin: 0 0 3pt;
  break-inside: avoid; }
ul.checklist li::before { content: "\\2610  "; }
.research { white-space: pre-wrap; font-size: 9.5pt; color: #323f4b; }
.warn { color: #b42318; font-weight: bold; }
@page { size: A4; margin: 12mm; }
@media print {
  body { background: #fff; }
  .page { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  .page + .page { break-before: page; page-break-before: always; }
  /* Sized like the PDF so a 20-minute plan prints on one A4 page. */
  body { font-size: 10pt; line-height: 1.3; }
  h1 { font-size: 15pt; } h2 { font-size: 11pt; margin: 7pt 0 3pt; }
  .facts { gap: 0 8pt; margin: 3pt 0; }
  table.agenda { font-size: 9pt; } table.agenda td { padding: 1pt 4pt; }
  ol.questions li { margin: 0 0 2pt; } .notes { height: 1.25em; }
  ul.checklist { font-size: 8.5pt; } ul.checklist li { margin: 0 0 1.5pt; }
  .research { font-size: 8.5pt; } h3 { font-size: 9pt; margin: 3pt 0 0; }
}
@media (max-width: 600px) {
  .page { padding: 6mm 5mm; margin: 0; }
  ul.checklist { columns: 1; }
  .facts { grid-template-columns: 1fr; }
}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _note_sections(notes: str) -> list[tuple[str, str]]:
    sections = split_notes(notes)
    return [(heading, sections[key]) for key, heading in NOTE_SECTIONS if sections[key]]


def _page_html(g: MeetingGuide) -> str:
    assert g.budget is not None
    facts = g.facts
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts)
    timed = agenda(g.budget, g.starts_at)
    # The same layout as the PDF: the agenda summarises, each question carries its time.
    rows = "".join(
        f'<tr class="{"" if r.fits else "over"}"><td class="t">{_e(r.start)}&ndash;{_e(r.end)}'
        f"</td><td>{_e(r.title)}</td></tr>"
        for r in _agenda_summary(timed)
    )
    over = ""
    if not g.budget.fits:
        over = (
            f'<p class="warn">The plan runs {g.budget.overflow:g} minutes over; the questions '
            "in red are the ones to skip if time runs short.</p>"
        )
    questions = "".join(
        f'<li class="{"" if item.fits else "over"}"><span class="at">{_e(row.start)}</span> '
        f'<span class="q">{_e(item.text)}</span> <span class="mins">'
        f'({item.minutes:g} min)</span><div class="notes"></div></li>'
        for item, row in zip(g.budget.questions, timed[1:-1], strict=True)
    ) or "<li>No questions planned yet.</li>"
    checklist = "".join(f"<li>{_e(item)}</li>" for item in g.checklist)
    research = "".join(
        f'<h3>{_e(heading)}</h3><div class="research">{_e(text)}</div>'
        for heading, text in _note_sections(g.research_notes)
    )
    words = content().guide
    if research:
        research = f"<h2>{_e(words['research'])}</h2>{research}"
    return (
        '<section class="page">'
        f"<h1>{_e(g.title)}</h1>"
        f'<p class="sub">{_e(g.purpose)}</p>'
        f'<dl class="facts">{dl}</dl>'
        f'<h2>{_e(words["agenda"])}</h2><table class="agenda">{rows}</table>{over}'
        f'<h2>{_e(words["questions"])}</h2><ol class="questions">{questions}</ol>'
        f"{research}"
        f'<h2>{_e(words["checklist"])}</h2><ul class="checklist">{checklist}</ul>'
        "</section>"
    )


def guide_html(guides: MeetingGuide | Iterable[MeetingGuide]) -> str:
    """A complete HTML document, one page per guide, ready to print."""
    pages = _pages(guides)
    title = pages[0].title if len(pages) == 1 else "Informational interview guides"
    body = "".join(_page_html(g) for g in pages)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>{body}</body></html>"
    )


# -- PDF ------------------------------------------------------------------------------------


def font_path(bold: bool = False) -> Path | None:
    """DejaVu Sans (or its bold) when installed; ``INFOINT_PDF_FONT`` overrides the regular."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    override = os.environ.get("INFOINT_PDF_FONT", "")
    if override and not bold and Path(override).is_file():
        return Path(override)
    for folder in _FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


class _Writer:
    """Small helpers over FPDF: one place knows the font and how to make text printable."""

    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.set_margins(15, 14, 15)
        self.pdf.set_auto_page_break(True, margin=14)
        self.pdf.set_title("Informational interview guide")
        self.pdf.set_creator("infoint")
        regular, bold = font_path(), font_path(bold=True)
        if regular is not None:
            self.family = "DejaVu"
            self.pdf.add_font(self.family, "", str(regular))
            self.pdf.add_font(self.family, "B", str(bold or regular))
            self.unicode = True
        else:
            self.family = "Helvetica"
            self.unicode = False

    def text(self, value: str) -> str:
        value = " ".join(str(value).split()) if "\n" not in str(value) else str(value)
        if self.unicode:
            return value
        value = (
            value.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
            .replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2026", "...")
        )
        return value.encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False, grey: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.set_text_color(82, 96, 109) if grey else self.pdf.set_text_color(31, 41, 51)

    def para(self, value: str, size: float = 10.5, *, bold: bool = False, grey: bool = False,
             h: float = 5.2) -> None:
        self.font(size, bold, grey)
        self.pdf.multi_cell(0, h, self.text(value), new_x="LMARGIN", new_y="NEXT")

    def heading(self, value: str) -> None:
        self.pdf.ln(2.5)
        self.para(value, 12.5, bold=True, h=6.5)
        y = self.pdf.get_y()
        self.pdf.set_draw_color(213, 219, 225)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.ln(1.5)


RED = (180, 35, 24)


def _pdf_page(out: _Writer, g: MeetingGuide) -> None:
    """One meeting on one A4 page for a typical plan (a 20-minute meeting).

    The agenda names the opening, the span of questions and the close; each question then
    carries its own clock time, so no question is printed twice. Questions that do not fit
    the time are red, the close never is: it is the part of the meeting that is kept."""
    assert g.budget is not None
    pdf = out.pdf
    pdf.add_page()
    out.para(g.title, 16, bold=True, h=7.5)
    out.para(g.purpose, 9.5, grey=True, h=4.6)
    pdf.ln(1)
    for label, value in g.facts:
        out.font(10, bold=True)
        pdf.cell(18, 5, out.text(label))
        out.font(10)
        pdf.multi_cell(0, 5, out.text(value), new_x="LMARGIN", new_y="NEXT")

    rows = agenda(g.budget, g.starts_at)
    words = content().guide
    out.heading(words["agenda"])
    for row in _agenda_summary(rows):
        out.font(9.5, grey=True)
        if not row.fits:
            pdf.set_text_color(*RED)
        pdf.cell(26, 4.6, out.text(f"{row.start}-{row.end}"))
        out.font(9.5)
        if not row.fits:
            pdf.set_text_color(*RED)
        pdf.multi_cell(0, 4.6, out.text(row.title), new_x="LMARGIN", new_y="NEXT")
    if not g.budget.fits:
        out.font(9.5, bold=True)
        pdf.set_text_color(*RED)
        pdf.multi_cell(
            0, 4.6,
            out.text(f"The plan runs {g.budget.overflow:g} minutes over: skip the questions "
                     "in red if time runs short."),
            new_x="LMARGIN", new_y="NEXT",
        )

    out.heading(words["questions"])
    # One line for notes under each question: the notebook on the day holds the rest.
    if not g.budget.questions:
        out.para("No questions planned yet.")
    pdf.set_draw_color(154, 165, 177)
    pdf.set_line_width(0.2)
    for n, (item, row) in enumerate(zip(g.budget.questions, rows[1:-1], strict=True), 1):
        out.font(8.5, grey=True)
        if not item.fits:
            pdf.set_text_color(*RED)
        pdf.cell(12, 5, out.text(row.start))
        out.font(10, bold=True)
        if not item.fits:
            pdf.set_text_color(*RED)
        pdf.cell(6, 5, f"{n}.")
        out.font(10)
        if not item.fits:
            pdf.set_text_color(*RED)
        pdf.multi_cell(0, 5, out.text(f"{item.text}  ({item.minutes:g} min)"),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4.6)
        y = pdf.get_y()
        pdf.set_dash_pattern(dash=0.6, gap=0.8)
        pdf.line(pdf.l_margin + 18, y, pdf.w - pdf.r_margin, y)
        pdf.set_dash_pattern()
        pdf.ln(1.2)

    sections = _note_sections(g.research_notes)
    if sections:
        out.heading(words["research"])
        for heading, text in sections:
            out.para(heading, 9, bold=True, h=4.4)
            out.para(text, 8.5, h=4)

    out.heading(words["checklist"])
    _checklist_columns(out, g.checklist)


def _agenda_summary(rows: Sequence[AgendaRow]) -> list[AgendaRow]:
    """Opening, the questions that fit, those that do not (red), and the close."""
    opening, questions, close = rows[0], rows[1:-1], rows[-1]
    summary = [opening]
    for fits in (True, False):
        part = [(n, r) for n, r in enumerate(questions, 1) if r.fits is fits]
        if not part:
            continue
        first, last = part[0][0], part[-1][0]
        span = f"Question {first}" if first == last else f"Questions {first} to {last}"
        title = f"{span}, below" if fits else f"{span}, only if time allows"
        summary.append(AgendaRow(part[0][1].start, part[-1][1].end, title, fits))
    return [*summary, close]


def _checklist_columns(out: _Writer, items: Sequence[str]) -> None:
    """The checklist in two columns, filled top to bottom like the HTML guide."""
    pdf = out.pdf
    box = "[ ]" if not out.unicode else "\u2610"
    gutter = 5
    width = (pdf.w - pdf.l_margin - pdf.r_margin - gutter) / 2
    half = (len(items) + 1) // 2
    out.font(8.5)

    def height(part: Sequence[str]) -> float:
        lines = sum(
            len(pdf.multi_cell(width - 5, 4.2, out.text(i), dry_run=True, output="LINES"))
            for i in part
        )
        return lines * 4.2

    # Columns cannot flow across a page break: start a page when they would not fit.
    tallest = max(height(items[:half]), height(items[half:]))
    if pdf.get_y() + tallest > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y()
    bottoms = []
    for column, part in enumerate((items[:half], items[half:])):
        x = pdf.l_margin + column * (width + gutter)
        pdf.set_xy(x, top)
        for item in part:
            out.font(8.5)
            pdf.set_x(x)
            pdf.cell(5, 4.2, box)
            pdf.multi_cell(width - 5, 4.2, out.text(item), new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
        bottoms.append(pdf.get_y())
    pdf.set_xy(pdf.l_margin, max(bottoms))


def guide_pdf(guides: MeetingGuide | Sequence[MeetingGuide]) -> bytes:
    """The guide as PDF bytes: one A4 page per meeting for a plan of up to 20 minutes
    (seven questions, notes in every section), two for a longer plan."""
    return guide_pdf_and_pages(guides)[0]


def guide_pdf_and_pages(guides: MeetingGuide | Sequence[MeetingGuide]) -> tuple[bytes, int]:
    """The PDF and how many pages it has: what the app tells the learner, rather than
    promising one page for a plan that needs two."""
    out = _Writer()
    for g in _pages(guides):
        _pdf_page(out, g)
    data = bytes(out.pdf.output())
    return data, out.pdf.pages_count
