"""The markup of step 2's view, from the model's facts; every piece of text escaped here.

Pure functions (facts in, HTML out) so that :mod:`infoint.ui.outreach` only builds widgets
and wires them to :class:`infoint.steps.outreach.OutreachModel`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import ipywidgets as w

from infoint.model import Contact
from infoint.outreach import CHANNEL_LABELS, WorkedExample, examples, explain_example, text
from infoint.scoring import Report
from infoint.steps.outreach import Exports, OrganisationWait, Schedule, day_text
from infoint.ui.common import download_link, esc, fixed, fixed_html, hint
from infoint.ui.exports import copy_box_html, link_html
from infoint.ui.findings import band, findings_list_html

__all__ = [
    "contact_line_html",
    "counts_html",
    "example_html",
    "examples_box",
    "exports_html",
    "outreach_style",
    "schedule_html",
]


def outreach_style() -> w.HTML:
    """This step's own stylesheet (its desktop layout), next to the shared one."""
    css = resources.files("infoint.ui").joinpath("outreach.css").read_text(encoding="utf-8")
    tag = fixed(w.HTML, f"<style>{css}</style>", layout=w.Layout(display="none"),
                classes=("infoint-style",))
    return tag


def counts_html(report: Report | None, counts: str, to_improve: int) -> str:
    """"Score 84/100 · 2 things to improve · 84 words · 512 characters"."""
    if report is None:
        return f'<span class="ii-counts">{esc(counts)}</span>'
    advice = (f"{to_improve} thing{'s' if to_improve != 1 else ''} to improve"
              if to_improve else "all good")
    return (
        f'<span class="ii-mini-score ii-{band(report.score)}">Score {report.score}/100'
        f'</span> <span class="ii-counts">· {esc(advice)} · {esc(counts)}</span>'
    )


def contact_line_html(contact: Contact | None, wait: OrganisationWait | None) -> str:
    """The line under the contact picker: status, email, referral, and any warning."""
    if contact is None:
        return f'<div class="infoint-hint">{esc(text("hints", "not_in_list"))}</div>'
    bits = [f'<span class="ii-badge">{esc(contact.status)}</span>']
    if contact.email:
        bits.append(f"<span>{esc(contact.email)}</span>")
    if contact.referred_by:
        bits.append(f"<span>referred by {esc(contact.referred_by)}</span>")
    line = f'<div class="ii-contact-line">{" · ".join(bits)}</div>'
    if wait is None:
        return line
    # The template is escaped first, then filled with escaped values: only our <strong>.
    warning = esc(text("reminders", "organisation_wait")).replace("{until}", "{until_html}")
    warning = warning.format(
        other=esc(wait.other.name), organisation=esc(wait.other.organisation),
        sent=esc(day_text(wait.sent_on)),
        until_html=f"<strong>{esc(day_text(wait.until))}</strong>",
    )
    return (f'{line}<div class="ii-msg ii-warning infoint-outreach-org-wait" '
            f'role="status">{warning}</div>')


def schedule_html(schedule: Schedule | None) -> str:
    if schedule is None:
        return ""
    items = "".join(f"<li><strong>{esc(day_text(due))}</strong>: {esc(what)}</li>"
                    for due, what in schedule.lines)
    intro = esc(text("reminders", "schedule")).format(
        day=f"<strong>{esc(day_text(schedule.sent_on))}</strong>", version=schedule.version)
    return f'<div class="ii-schedule"><p>{intro}</p><ul>{items}</ul></div>'


def exports_html(exports: Exports) -> tuple[str, str, str]:
    """(copy box, mail-app link, .eml link) for the ready exports; "" for the others."""
    if "copy" not in exports.ready:
        return (f'<div class="infoint-hint">{esc(text("hints", "nothing_to_copy"))}</div>',
                "", "")
    copy = copy_box_html(exports.copy_text)
    mailto = (link_html(exports.mailto, "Open in your mail app")
              if "mailto" in exports.ready else "")
    eml = (download_link(exports.eml, exports.file_name, "message/rfc822",
                         "Download .eml draft") if "eml" in exports.ready else "")
    return copy, mailto, eml


def example_html(example: WorkedExample) -> str:
    """One worked example and the strengths the coach finds in it."""
    explained = explain_example(example)
    passed = [f for f in explained.report.findings if f.level == "pass"]
    subject = (f"<p><strong>Subject:</strong> {esc(example.subject)}</p>"
               if example.subject else "")
    return (
        f'<p class="infoint-hint">{esc(example.note)}</p>{subject}'
        f'<div class="ii-example-text">{esc(example.body)}</div>'
        f"<p><strong>Score {explained.report.score}/100.</strong> Why it works, rule by "
        f'rule:</p><div class="infoint-findings">{findings_list_html(passed)}</div>'
    )


def examples_box(css: str, later: Callable[[Callable[[], None]], None] | None = None,
                 ) -> w.VBox:
    """The worked examples, each with the strengths the coach finds in it. ``later``, given,
    is handed the checks that fill them in (the examples start closed)."""
    children, titles = [], []
    for example in examples():
        children.append(fixed(w.HTML))
        label = CHANNEL_LABELS.get(example.channel, example.channel)
        titles.append(f"{example.title} ({label})")

    def fill() -> None:
        for child, example in zip(children, examples(), strict=True):
            child.value = example_html(example)

    if later is None:
        fill()
    else:
        later(fill)
    accordion = w.Accordion(children=children, titles=tuple(titles), selected_index=None)
    return fixed(w.VBox, [fixed_html("<h3>What a good message looks like</h3>"),
                          hint(text("hints", "examples")), accordion],
                 classes=("infoint-card", css))
