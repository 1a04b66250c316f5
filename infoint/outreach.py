"""Step 2, draft outreach: starting drafts, exports and the pieces the live coach shows.

Everything here is pure (no widgets, no store), so the app only wires widgets to it:

* :func:`starting_draft` writes a channel-specific first draft (email, letter, phone
  script, LinkedIn note) from the learner's profile and a contact. What the product cannot
  know is left as a bracketed gap such as ``[how you got their name]``, which the
  ``placeholders`` rule flags until the learner fills it in.
* :func:`mailto_link` (RFC 6068) and :func:`eml_bytes` (an unsent draft mail clients open
  for editing) export a finished email.
* :func:`highlight_html` turns a text and the rule findings into escaped HTML with
  ``<mark>`` around each finding's span.
* :func:`follow_up_lines` is the dated schedule after a message is sent.
* :data:`EXAMPLES` and :func:`explain_example` are the worked examples, with reasons
  computed by the rules engine rather than claimed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from urllib.parse import quote

from infoint.contacts import Reminder, follow_up_plan
from infoint.model import Contact, Learner
from infoint.scoring import Finding, Report, check_outreach

__all__ = [
    "CHANNEL_LABELS",
    "EXAMPLES",
    "LINKEDIN_LIMIT",
    "Draft",
    "ExplainedExample",
    "WorkedExample",
    "contact_key",
    "counts_text",
    "data_uri",
    "draft_file_name",
    "eml_bytes",
    "explain_example",
    "final_text",
    "follow_up_lines",
    "highlight_html",
    "mailto_link",
    "score_label",
    "starting_draft",
    "subject_line",
]

CHANNEL_LABELS: dict[str, str] = {
    "email": "Email",
    "letter": "Letter",
    "phone": "Phone script",
    "linkedin": "LinkedIn note",
}

# LinkedIn cuts connection notes off at 300 characters; drafts aim under the rules'
# warning line (251) so the learner has room to add a personal touch.
LINKEDIN_LIMIT = 300
_LINKEDIN_TARGET = 250

# Gaps a learner must fill. Short enough for the placeholders rule to see them (it looks
# for brackets holding at most 40 characters).
GAP_NAME = "[your name]"
GAP_SCHOOL = "[your school or programme]"
GAP_FIELD = "[the field you are exploring]"
GAP_HOW = "[how you got their name]"
GAP_CONTACT = "[their name]"


@dataclass(frozen=True)
class Draft:
    """A starting message: ``subject`` is empty for every channel but email."""

    channel: str
    subject: str
    body: str


# --------------------------------------------------------------------------------------
# The facts a draft is built from


@dataclass(frozen=True)
class _Facts:
    me: str
    school: str
    field: str
    minutes: int
    in_person: bool
    email: str
    phone: str
    them: str
    first: str
    organisation: str
    how: str  # a full clause saying how the learner came to them, or a gap

    @property
    def student(self) -> str:
        return f"a student at {self.school}" if self.school else f"a student at {GAP_SCHOOL}"


def _first_name(name: str) -> str:
    parts = name.split()
    if not parts:
        return GAP_CONTACT
    # "Ms. Green", "Dr Okafor", "Professor Wilson": keep the title, it is how to address them.
    if re.match(r"^(mr|mrs|ms|mx|dr|prof|professor)\.?$", parts[0], re.I) and len(parts) > 1:
        return f"{parts[0]} {parts[-1]}"
    return parts[0]


def _how(contact: Contact | None, school: str) -> str:
    """How the learner came to this person, in words the states-connection rule knows."""
    if contact is None:
        return GAP_HOW
    where = f" at {school}" if school else ""
    if contact.referred_by:
        return f"{contact.referred_by} suggested I get in touch with you"
    rel = contact.relationship
    if rel == "career centre":
        return "The career centre passed along your name"
    if rel == "alumni":
        return f"I found your name through the{' ' + school if school else ''} alumni network"
    if rel == "professor":
        return f"We met when I took your class{where}"
    if rel == "former colleague":
        return "We met when we worked together"
    if rel == "friend":
        return "We met through friends"
    if rel == "family":
        return "We met through my family"
    if contact.source.lower().startswith("linkedin"):
        return "I found your profile on LinkedIn"
    return GAP_HOW


def _facts(learner: Learner | None, contact: Contact | None, contact_name: str) -> _Facts:
    name = contact.name if contact is not None else " ".join(contact_name.split())
    # "State University, BSc Nursing" -> "State University": reads well in a sentence.
    school = learner.school.split(",")[0].strip() if learner else ""
    fields = learner.fields if learner else []
    field = (contact.field if contact and contact.field else "") or (fields[0] if fields else "")
    return _Facts(
        me=(learner.name if learner and learner.name else GAP_NAME),
        school=school,
        field=field or GAP_FIELD,
        minutes=learner.meeting_minutes if learner else 20,
        in_person=(learner.meeting_mode == "in person") if learner else True,
        email=learner.email if learner else "",
        phone=learner.phone if learner else "",
        them=name or GAP_CONTACT,
        first=_first_name(name),
        organisation=contact.organisation if contact else "",
        how=_how(contact, school),
    )


def _sentence(clause: str) -> str:
    """Capitalise a clause's first letter and end it with a full stop."""
    clause = clause.strip()
    if not clause:
        return ""
    return clause[0].upper() + clause[1:] + ("" if clause.endswith((".", "?", "!")) else ".")


def _meeting(f: _Facts) -> str:
    where = ", in person if possible," if f.in_person else " by phone or video call"
    return f"Would you have {f.minutes} minutes to meet{where} in the next few weeks?"


def _signature(f: _Facts) -> str:
    lines = [f.me]
    lines += [x for x in (f.email, f.phone) if x]
    return "\n".join(lines)


def subject_line(
    learner: Learner | None, contact: Contact | None = None, contact_name: str = ""
) -> str:
    """A short subject that leads with the connection and names the ask."""
    f = _facts(learner, contact, contact_name)
    ask = f"{f.minutes} minutes to learn about your work in {f.field}?"
    if contact is not None and contact.referred_by:
        return f"Referred by {contact.referred_by}: {ask}"
    if contact is not None and contact.relationship == "alumni" and f.school:
        return f"{f.school} student: {ask}"
    return f"Informational interview: {ask}"


def _email(f: _Facts) -> str:
    return (
        f"Dear {f.them},\n\n"
        f"My name is {f.me} and I'm {f.student}. {_sentence(f.how)} "
        f"I'm exploring a career in {f.field} and would love to learn how you got started "
        "and what your days look like. I'm not asking for a job, only for advice.\n\n"
        f"{_meeting(f)}\n\n"
        "Thank you for considering it.\n\n"
        f"Best regards,\n{_signature(f)}"
    )


def _letter(f: _Facts, today: date) -> str:
    # The connection opens a letter: below the date line it is the first thing read.
    return (
        f"{today.day} {today.strftime('%B %Y')}\n\n"
        f"Dear {f.them},\n\n"
        f"{_sentence(f.how)} My name is {f.me} and I am {f.student}, considering a career "
        f"in {f.field}. I would value your advice on how you started and what the work "
        "involves. I am not looking for a job, only hoping to learn from you."
        f"\n\n{_meeting(f)}\n\n"
        "Thank you for your time.\n\n"
        f"Yours sincerely,\n{_signature(f)}"
    )


def _phone(f: _Facts) -> str:
    where = "in person" if f.in_person else "by phone or video"
    return (
        f"Hello, is this {f.them}? My name is {f.me} and I'm {f.student}. "
        f"{_sentence(f.how)} I'm exploring {f.field} and I'd like to hear how you got "
        "started. I'm not calling about a job, just for advice. "
        f"Would you have {f.minutes} minutes to meet {where} sometime in the next few weeks? "
        "Thank you, I really appreciate it."
    )


def _linkedin(f: _Facts) -> str:
    how = _sentence(f.how)
    options = [
        (
            f"Hi {f.first}, my name is {f.me}, {f.student}. {how} I'm exploring {f.field} "
            f"and would value your advice (not a job). Would you have {f.minutes} minutes "
            "to talk in the next few weeks? Thank you!"
        ),
        (
            f"Hi {f.first}, my name is {f.me}, {f.student}. {how} I'd love to learn "
            f"about your work in {f.field}. Would you have {f.minutes} minutes to talk? "
            "Thank you!"
        ),
        (
            f"Hi {f.first}, my name is {f.me}. {how} I'd love to learn about your work. "
            f"Would you have {f.minutes} minutes to talk? Thanks!"
        ),
    ]
    for text in options:
        if len(text) <= _LINKEDIN_TARGET:
            return text
    return options[-1]


def starting_draft(
    channel: str,
    learner: Learner | None,
    contact: Contact | None = None,
    contact_name: str = "",
    today: date | None = None,
) -> Draft:
    """The first draft for ``channel``, filled from the profile and the contact.

    Covers who the learner is, how they got the person's name, why this field, a short
    meeting asked for as a question (in person when the learner prefers it) and thanks.
    Unknown facts stay as bracketed gaps for the learner to fill.
    """
    if channel not in CHANNEL_LABELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNEL_LABELS)}")
    f = _facts(learner, contact, contact_name)
    if channel == "email":
        return Draft(channel, subject_line(learner, contact, contact_name), _email(f))
    if channel == "letter":
        return Draft(channel, "", _letter(f, today or date.today()))
    if channel == "phone":
        return Draft(channel, "", _phone(f))
    return Draft(channel, "", _linkedin(f))


def final_text(channel: str, subject: str, body: str) -> str:
    """The message as it is sent: an email gets its subject line on top."""
    body = body.strip()
    if channel == "email" and subject.strip():
        return f"Subject: {subject.strip()}\n\n{body}"
    return body


# --------------------------------------------------------------------------------------
# Exports


def mailto_link(to: str, subject: str = "", body: str = "") -> str:
    """A ``mailto:`` URI (RFC 6068) with the subject and body percent-encoded.

    Line breaks become CRLF (``%0D%0A``) as the RFC asks; every reserved character,
    including ``&``, ``?``, ``#`` and ``%``, is encoded so no text can break the URI.
    """
    address = quote(to.strip(), safe="@!$'()*+,;:=")
    params = []
    if subject:
        params.append("subject=" + quote(subject, safe=""))
    if body:
        crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        params.append("body=" + quote(crlf, safe=""))
    return f"mailto:{address}" + ("?" + "&".join(params) if params else "")


def eml_bytes(
    to_name: str,
    to_address: str,
    subject: str,
    body: str,
    from_name: str = "",
    from_address: str = "",
    when: datetime | None = None,
) -> bytes:
    """An unsent email as ``.eml`` bytes (UTF-8), marked ``X-Unsent: 1``.

    Outlook and Thunderbird open a file with that header as a draft to edit and send,
    not as a received message.
    """
    msg = EmailMessage()
    if to_address:
        msg["To"] = formataddr((to_name, to_address)) if to_name else to_address
    elif to_name:
        # No address known: keep the name visible so the learner knows whom to add.
        msg["To"] = formataddr((to_name, "undisclosed-recipients:;")).split(" <")[0] + ":;"
    if from_address:
        msg["From"] = formataddr((from_name, from_address)) if from_name else from_address
    msg["Subject"] = subject
    moment = when or datetime.now().astimezone()
    msg["Date"] = formatdate(moment.timestamp(), localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()


def data_uri(content: bytes, mime: str) -> str:
    """A ``data:`` URI for a download link (our own bytes, base64, so markup-safe)."""
    import base64

    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"


def draft_file_name(contact_name: str, ext: str = "eml") -> str:
    """``outreach-ana-garcia.eml``: ASCII only, safe in a ``download`` attribute."""
    plain = unicodedata.normalize("NFKD", contact_name or "")
    plain = plain.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-")
    return f"outreach-{slug or 'draft'}.{ext}"


# --------------------------------------------------------------------------------------
# Feedback helpers

_LEVEL_RANK = {"pass": 0, "warn": 1, "fail": 2}


def highlight_html(
    text: str, findings: Iterable[Finding], levels: Sequence[str] = ("pass", "warn", "fail")
) -> str:
    """``text`` as escaped HTML with ``<mark class="ii-<level>">`` around finding spans.

    Each segment between span boundaries is escaped on its own *before* any markup is
    added, so no learner text can ever become a tag. Where spans overlap, the worst level
    wins; a mark's ``title`` names the rules that flagged it. Spans outside the text are
    clipped or ignored.
    """
    n = len(text)
    spans: list[tuple[int, int, str, str]] = []
    for f in findings:
        if f.span is None or f.level not in levels:
            continue
        start, end = max(0, int(f.span[0])), min(n, int(f.span[1]))
        if start < end:
            spans.append((start, end, f.level, f.guideline or f.rule))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b], quote=True)
        over = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if not over:
            out.append(piece)
            continue
        level = max((sp[2] for sp in over), key=_LEVEL_RANK.__getitem__)
        titles = "; ".join(dict.fromkeys(sp[3] for sp in over))
        out.append(
            f'<mark class="ii-{level}" title="{html.escape(titles, quote=True)}">{piece}</mark>'
        )
    return "".join(out)


def score_label(score: int) -> str:
    """A word for a score, so the number means something at a glance."""
    if score >= 85:
        return "Ready to send"
    if score >= 70:
        return "Nearly there"
    if score >= 50:
        return "Getting there"
    return "Needs work"


def counts_text(report: Report, channel: str) -> str:
    """"84 words · 512 characters", plus speaking time for a phone script and the
    LinkedIn limit for a note."""
    stats = report.stats
    words, chars = int(stats.get("words", 0)), int(stats.get("characters", 0))
    parts = [f"{words} word{'s' if words != 1 else ''}"]
    if channel == "linkedin":
        parts.append(f"{chars} of {LINKEDIN_LIMIT} characters")
    else:
        parts.append(f"{chars} character{'s' if chars != 1 else ''}")
    if channel == "phone":
        seconds = round(float(stats.get("speaking_seconds", 0)))
        parts.append(f"about {seconds} seconds to say")
    return " · ".join(parts)


def follow_up_lines(
    sent_on: date, contact: Contact | None = None, holidays: Iterable[date] = ()
) -> list[tuple[date, str]]:
    """The dated reminders after sending: when to try a second contact, when to follow up.

    Dates count business days (weekends and ``holidays`` skipped), from step 1's schedule.
    """
    plan: list[Reminder] = follow_up_plan(sent_on, holidays=holidays, contact=contact)
    return [(r.due, f"{r.text} ({r.note})" if r.note else r.text) for r in plan]


def contact_key(contact_id: int | None, contact_name: str = "") -> str:
    """A stable key for per-contact app state: ``c12`` for a stored contact, else the name."""
    if contact_id is not None:
        return f"c{contact_id}"
    name = " ".join(unicodedata.normalize("NFC", contact_name).casefold().split())
    return f"n:{name}" if name else ""


# --------------------------------------------------------------------------------------
# Worked examples


@dataclass(frozen=True)
class WorkedExample:
    title: str
    channel: str
    subject: str
    body: str
    note: str  # the situation, in one line


@dataclass(frozen=True)
class ExplainedExample:
    example: WorkedExample
    report: Report
    reasons: list[tuple[str, str]]  # (guideline, what the rules engine says it does well)


EXAMPLES: tuple[WorkedExample, ...] = (
    WorkedExample(
        title="An email after a professor's referral",
        channel="email",
        subject="Referred by Professor Wilson: 20 minutes to learn about accounting?",
        body=(
            "Dear Ms. Green,\n\n"
            "Professor Wilson suggested I get in touch with you. My name is Ana Torres and "
            "I'm a final-year business student at State University. I'm thinking about a "
            "career in accounting and would love to hear how you got started and what a "
            "normal week in audit looks like. I'm not asking about jobs; I simply want to "
            "learn from your experience.\n\n"
            "Would you have 20 minutes to meet in the next few weeks? I'm happy to come to "
            "your office.\n\n"
            "Thank you for considering it.\n\n"
            "Best regards,\nAna Torres"
        ),
        note="Ana's professor gave her the name of a former student who now works in audit.",
    ),
    WorkedExample(
        title="A phone call to an alum",
        channel="phone",
        subject="",
        body=(
            "Hello, is this Mr. Osei? My name is Daniel Reyes and I'm a nursing student at "
            "Lakeside College. I found your name through the Lakeside alumni network. I'm "
            "trying to learn what working in an emergency department is really like, and "
            "I'd love to hear about your path. I'm not calling about a job, only for advice. "
            "Could we meet for 15 minutes, in person if that suits you? Thank you so much."
        ),
        note="Daniel calls a graduate of his college whom the alumni office listed.",
    ),
)


def explain_example(example: WorkedExample) -> ExplainedExample:
    """Score an example with the real rules and list what it does well, rule by rule."""
    report = check_outreach(example.body, example.channel)
    reasons = [(f.guideline or f.rule, f.message) for f in report.findings if f.level == "pass"]
    return ExplainedExample(example, report, reasons)
