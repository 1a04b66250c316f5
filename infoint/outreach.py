"""Step 2, draft outreach: starting drafts, exports and the facts the live coach shows.

Everything here is pure (no widgets, no store, no markup), so the step's model and its view
only call it:

* :func:`starting_draft` writes a channel's first draft from its template in
  ``data/channels.toml``, filled from the learner's profile and a contact. What the product
  cannot know is left as a bracketed gap such as ``[how you got their name]``, which the
  ``placeholders`` rule flags until the learner fills it in. :func:`salutation` greets a
  professor as "Professor Whitfield", not "Dana Whitfield".
* :func:`mailto_link` (RFC 6068) and :func:`eml_bytes` (an unsent draft mail clients open
  for editing) export a finished email.
* :func:`follow_up_lines` is the dated schedule after a message is sent.
* :func:`examples` and :func:`explain_example` are the worked examples (data), with reasons
  computed by the rules engine rather than claimed; :func:`texts` the step's other words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Any
from urllib.parse import quote

from infoint.channels import Channel, channel, channel_set
from infoint.contacts import Reminder, follow_up_plan
from infoint.content import data_file, overlaid_toml
from infoint.model import Contact, Learner
from infoint.scoring import Report

__all__ = [
    "CHANNEL_LABELS",
    "GAP_HOW",
    "LINKEDIN_LIMIT",
    "Draft",
    "ExplainedExample",
    "WorkedExample",
    "contact_key",
    "counts_text",
    "data_uri",
    "draft_file_name",
    "eml_bytes",
    "examples",
    "explain_example",
    "final_text",
    "follow_up_lines",
    "mailto_link",
    "salutation",
    "starting_draft",
    "subject_line",
    "text",
    "texts",
]


class _Labels(Mapping[str, str]):
    """Channel id -> label ("linkedin" -> "LinkedIn note"), read from ``channels.toml``."""

    def __getitem__(self, key: str) -> str:
        try:
            return channel(key).label
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(channel_set().ids)

    def __len__(self) -> int:
        return len(channel_set().ids)


CHANNEL_LABELS: Mapping[str, str] = _Labels()

# LinkedIn cuts connection notes off at 300 characters (channels.toml: limit_chars).
LINKEDIN_LIMIT = 300

# Gaps a learner must fill. Short enough for the placeholders rule to see them (it looks
# for brackets holding at most 40 characters).
GAP_NAME = "[your name]"
GAP_SCHOOL = "[your school or programme]"
GAP_FIELD = "[the field you are exploring]"
GAP_HOW = "[how you got their name]"
GAP_CONTACT = "[their name]"


@dataclass(frozen=True)
class Draft:
    """A starting message: ``subject`` is empty for a channel without a subject line."""

    channel: str
    subject: str
    body: str


# --------------------------------------------------------------------------------------
# How to greet someone


def _drafts() -> Mapping[str, Any]:
    return channel_set().drafts


def _titles() -> Mapping[str, Any]:
    return _drafts().get("titles", {})


def _split_name(name: str) -> tuple[str, list[str], bool]:
    """(title written in the name, the other words, whether letters after it mean a
    doctorate): "Dana Whitfield, PhD" -> ("", ["Dana", "Whitfield"], True)."""
    titles = _titles()
    in_name = {t.lower().rstrip(".") for t in titles.get("in_name", ())}
    doctorates = {d.lower().replace(".", "") for d in titles.get("doctorates", ())}
    words = name.replace(",", " ").split()
    doctor = False
    while len(words) > 1 and words[-1].lower().replace(".", "") in doctorates:
        words.pop()
        doctor = True
    title = ""
    if len(words) > 1 and words[0].lower().rstrip(".") in in_name:
        title = words.pop(0)
    return title, words, doctor


def _known_title(contact: Contact | None, doctor: bool) -> str:
    """A title from the contact's role, letters after the name, or the relationship."""
    titles = _titles()
    if contact is not None:
        role = contact.role.lower()
        for word, title in dict(titles.get("role", {})).items():
            if re.search(rf"\b{re.escape(str(word).lower())}\b", role):
                return str(title)
    if doctor:
        return str(titles.get("doctorate_title", "Dr."))
    if contact is not None:
        by_relationship = dict(titles.get("relationship", {}))
        if contact.relationship in by_relationship:
            return str(by_relationship[contact.relationship])
    return ""


def salutation(contact: Contact | None, contact_name: str = "", *, formal: bool = True) -> str:
    """How a draft greets them: "Professor Whitfield", "Dr. Okafor", else the full name.

    A title written in the name is kept as written; otherwise the contact's role ("Associate
    Professor"), a doctorate after the name ("PhD") or the relationship (the learner's
    professor) gives one. With no title known, ``formal`` greets by the full name and the
    informal greeting (a LinkedIn note) by the first name.
    """
    name = contact.name if contact is not None else " ".join(contact_name.split())
    title, words, doctor = _split_name(name)
    if not words:
        return GAP_CONTACT
    title = title or _known_title(contact, doctor)
    if title:
        return f"{title} {words[-1]}"
    if formal:
        return " ".join(words)
    return words[0]


# --------------------------------------------------------------------------------------
# The facts a draft is built from


def _how(contact: Contact | None, school: str) -> str:
    """How the learner came to this person, in words the states-connection rule knows."""
    if contact is None:
        return GAP_HOW
    phrases = dict(_drafts().get("how", {}))
    key = ""
    if contact.referred_by:
        key = "referred"
    elif contact.relationship in phrases:
        key = contact.relationship
    elif contact.source.lower().startswith("linkedin"):
        key = "linkedin"
    if not key or key not in phrases:
        return GAP_HOW
    if not school and f"{key}_no_school" in phrases:
        key = f"{key}_no_school"
    return _fill(str(phrases[key]), referred_by=contact.referred_by, school=school)


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, **values: object) -> str:
    # An unknown {name} stays as written (channels.toml is checked when loaded).
    return template.format_map(_Keep(values))


def _sentence(clause: str) -> str:
    """Capitalise a clause's first letter and end it with a full stop."""
    clause = clause.strip()
    if not clause:
        return ""
    return clause[0].upper() + clause[1:] + ("" if clause.endswith((".", "?", "!")) else ".")


def _school(learner: Learner | None) -> str:
    # "State University, BSc Nursing" -> "State University": reads well in a sentence.
    return learner.school.split(",")[0].strip() if learner else ""


def _field(learner: Learner | None, contact: Contact | None) -> str:
    fields = learner.fields if learner else []
    field = (contact.field if contact and contact.field else "") or (fields[0] if fields else "")
    return field or GAP_FIELD


def _facts(
    learner: Learner | None, contact: Contact | None, contact_name: str, today: date
) -> dict[str, str]:
    drafts = _drafts()
    school = _school(learner)
    minutes = learner.meeting_minutes if learner else 20
    in_person = (learner.meeting_mode == "in person") if learner else True
    mode = "in_person" if in_person else "online"
    me = learner.name if learner and learner.name else GAP_NAME
    signature = "\n".join([me, *(x for x in (learner.email, learner.phone) if x)]
                          if learner else [me])
    values = {"minutes": str(minutes), "field": _field(learner, contact)}
    return {
        **values,
        "dear": salutation(contact, contact_name),
        "hello": salutation(contact, contact_name, formal=False),
        "me": me,
        "student": f"a student at {school or GAP_SCHOOL}",
        "how": _sentence(_how(contact, school)),
        "meeting": _fill(str(dict(drafts.get("meeting", {})).get(mode, "")), **values),
        "meet_where": str(dict(drafts.get("where", {})).get(mode, "")),
        "signature": signature,
        "date": f"{today.day} {today.strftime('%B %Y')}",
        "organisation": contact.organisation if contact else "",
    }


def subject_line(
    learner: Learner | None, contact: Contact | None = None, contact_name: str = ""
) -> str:
    """A short subject that leads with the connection and names the ask."""
    lines = dict(_drafts().get("subject", {}))
    school = _school(learner)
    values = {"minutes": learner.meeting_minutes if learner else 20,
              "field": _field(learner, contact), "school": school,
              "referred_by": contact.referred_by if contact else ""}
    ask = _fill(str(lines.get("ask", "")), **values)
    key = "default"
    if contact is not None and contact.referred_by:
        key = "referred"
    elif contact is not None and contact.relationship == "alumni" and school:
        key = "alumni"
    return _fill(str(lines.get(key, lines.get("default", "{ask}"))), ask=ask, **values)


def _body(ch: Channel, facts: Mapping[str, str]) -> str:
    # The first wording that fits the channel's length aim, else the shortest one.
    texts = [_fill(t, **facts) for t in ch.templates]
    if ch.max_chars is not None:
        for text in texts:
            if len(text) <= ch.max_chars:
                return text
    return texts[0] if ch.max_chars is None else texts[-1]


def starting_draft(
    channel_id: str,
    learner: Learner | None,
    contact: Contact | None = None,
    contact_name: str = "",
    today: date | None = None,
) -> Draft:
    """The first draft for ``channel_id``, from its template in ``channels.toml``.

    Covers who the learner is, how they got the person's name, why this field, a short
    meeting asked for as a question (in person when the learner prefers it) and thanks.
    Unknown facts stay as bracketed gaps for the learner to fill. An unknown channel
    raises ValueError.
    """
    ch = channel(channel_id)
    facts = _facts(learner, contact, contact_name, today or date.today())
    subject = subject_line(learner, contact, contact_name) if ch.subject else ""
    return Draft(ch.id, subject, _body(ch, facts))


def final_text(channel_id: str, subject: str, body: str) -> str:
    """The message as it is sent: a channel with a subject line gets it on top."""
    body = body.strip()
    if channel(channel_id).subject and subject.strip():
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
# The live coach's facts


def counts_text(report: Report, channel_id: str) -> str:
    """"84 words · 512 characters", plus the speaking time of a script read aloud and the
    limit of a channel that cuts text (a LinkedIn note)."""
    ch = channel(channel_id)
    stats = report.stats
    words, chars = int(stats.get("words", 0)), int(stats.get("characters", 0))
    parts = [f"{words} word{'s' if words != 1 else ''}"]
    if ch.limit_chars is not None:
        parts.append(f"{chars} of {ch.limit_chars} characters")
    else:
        parts.append(f"{chars} character{'s' if chars != 1 else ''}")
    if ch.spoken:
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
# The step's words and worked examples (data/outreach.toml)


@functools.lru_cache(maxsize=8)
def _texts(path: str) -> dict[str, Any]:
    return overlaid_toml("outreach.toml", Path(path))


def texts() -> dict[str, Any]:
    """The step's hints, notices, reminders and intro (``data/outreach.toml``)."""
    return _texts(str(data_file("outreach.toml")))


def text(section: str, key: str, **values: object) -> str:
    """One text with its {placeholders} filled: ``text("notices", "saved", version=2, ...)``."""
    return _fill(str(texts()[section][key]), **values)


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


def examples() -> tuple[WorkedExample, ...]:
    """The worked examples, in the order ``outreach.toml`` lists them."""
    return tuple(
        WorkedExample(title=str(e["title"]), channel=str(e["channel"]),
                      subject=str(e.get("subject", "")), body=str(e["body"]),
                      note=str(e.get("note", "")))
        for e in texts().get("examples", ())
    )


def explain_example(example: WorkedExample) -> ExplainedExample:
    """Score an example with the real rules and list what it does well, rule by rule."""
    from infoint.scoring import check_outreach  # its patterns compile on first use

    report = check_outreach(example.body, example.channel)
    reasons = [(f.guideline or f.rule, f.message) for f in report.findings if f.level == "pass"]
    return ExplainedExample(example, report, reasons)
