"""Step 2's model: the message being written to one contact, its versions and its sending.

Pure: no widgets, the store passed in. The view (:mod:`infoint.ui.outreach`) only turns
widget events into the actions below and shows the state and facts; tests drive this
class directly. Whenever state changes the model tells its observers which parts changed
(``"contacts"``, ``"contact"``, ``"channel"``, ``"text"``, ``"report"``, ``"confirm"``,
``"versions"``, ``"schedule"``, ``"notice"``), so a view redraws only those.

Two rules the learner can count on:

* unsaved text is kept as a draft (``outreach:draft:<subject>``, :class:`infoint.drafts.Drafts`)
  every time it is checked, so a reload finds it;
* "Mark as sent" never moves a contact backwards (:func:`infoint.pipeline.after_sending`):
  a second message to someone already met or thanked is recorded, they stay where they are,
  and no "no reply yet" reminders are offered for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from infoint.cadence import HolidaysOnUse
from infoint.channels import Channel, channel, channel_set
from infoint.contacts import rank_contacts, waiting_at_organisation
from infoint.drafts import Drafts
from infoint.model import Contact, Learner, Outreach
from infoint.outreach import (
    Draft,
    contact_key,
    counts_text,
    draft_file_name,
    eml_bytes,
    follow_up_lines,
    mailto_link,
    starting_draft,
    text,
)
from infoint.pipeline import after_sending
from infoint.scoring import Report
from infoint.store import Store

__all__ = ["Exports", "Notice", "OrganisationWait", "OutreachModel", "Schedule", "day_text"]

STEP = "outreach"
STATE_LAST = "outreach:last"  # which contact was picked last (also when nothing is drafted)
TYPE_A_NAME = "Someone not in my list: type a name"
# Stages where the person has not answered yet: only then do no-reply reminders apply.
_WAITING = ("contacted", "follow-up due")


def _check(body: str, channel_id: str, subject: str | None) -> Report:
    """The coaching rules on a draft. Imported on first use: the rules compile their
    patterns when loaded, a cost the page's first check pays rather than its import."""
    from infoint.scoring import check_outreach

    return check_outreach(body, channel_id, subject=subject)


def day_text(d: date) -> str:
    """"Fri 9 Jan 2026": the one way the step writes a date."""
    return f"{d.strftime('%a')} {d.day} {d.strftime('%b %Y')}"


@dataclass(frozen=True)
class Notice:
    """What just happened or what to fix, and which control it belongs next to:
    ``top`` (loading), ``compose`` (the template), ``save`` (versions) or ``send``."""

    level: str  # info / success / error
    text: str
    near: str = "top"


@dataclass(frozen=True)
class Exports:
    """The ways the finished text leaves the app; ``ready`` lists the ones to offer."""

    ready: tuple[str, ...]  # "copy", "mailto", "eml" (the channel's, once there is text)
    copy_text: str = ""
    mailto: str = ""
    eml: bytes = b""
    file_name: str = ""


@dataclass(frozen=True)
class Schedule:
    sent_on: date
    version: int
    lines: tuple[tuple[date, str], ...]  # (due, what to do)


@dataclass(frozen=True)
class OrganisationWait:
    """Someone else at this contact's organisation was written to and is still inside
    their wait: write to a second person there only after ``until``."""

    other: Contact
    sent_on: date
    until: date


class OutreachModel:
    """The outreach step for one learner's store."""

    def __init__(
        self,
        store: Store,
        *,
        today: Callable[[], date] = date.today,
        check_later: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """``check_later``, given, is handed the check of the draft the step opens on
        instead of it running here: the app passes "once the page shows", since loading
        the rules and their first check cost more than the rest of the page."""
        self.store = store
        self.today = today
        self.check_later = check_later
        # The opening draft's check has been handed to ``check_later`` and not run yet.
        self.check_pending = False
        self._holding_checks = False  # while the step opens with ``check_later`` given
        self.drafts = Drafts(store, STEP)
        self.learner: Learner | None = store.load_profile()
        self.contacts: dict[int, Contact] = {}
        self.contact_choices: list[tuple[str, int | None]] = []
        self.contact_id: int | None = None
        self.typed_name = ""
        self.channel = channel_set().ids[0]
        self.subject = ""
        self.body = ""
        self.template: Draft | None = None
        self.report: Report | None = None
        self.asking_to_replace = False
        self.versions: list[Outreach] = []
        self.picked_version: int | None = None
        self.sent_on: date | None = today()
        self.notice: Notice | None = None
        self.organisation_wait: OrganisationWait | None = None
        self._observers: list[Callable[[set[str]], None]] = []
        self._start()

    # -- observing ----------------------------------------------------------------------

    def observe(self, callback: Callable[[set[str]], None]) -> None:
        """Call ``callback(parts)`` after every change, with the names of what changed."""
        self._observers.append(callback)

    def _emit(self, *parts: str) -> None:
        changed = set(parts)
        for callback in list(self._observers):
            callback(changed)

    def _say(self, level: str, message: str, near: str = "top") -> None:
        self.notice = Notice(level, message, near)
        self._emit("notice")

    # -- derived facts ----------------------------------------------------------------------

    @property
    def channels(self) -> list[tuple[str, str]]:
        """(label, id) of every channel, in the data's order."""
        return [(c.label, c.id) for c in channel_set().channels]

    @property
    def channel_info(self) -> Channel:
        return channel(self.channel)

    @property
    def contact(self) -> Contact | None:
        return self.contacts.get(self.contact_id) if self.contact_id is not None else None

    @property
    def contact_name(self) -> str:
        contact = self.contact
        return contact.name if contact else " ".join(self.typed_name.split())

    @property
    def typing_a_name(self) -> bool:
        """No stored contact is picked: the learner types the person's name."""
        return self.contact_id is None

    @property
    def key(self) -> str:
        """The draft subject of this contact: ``c12``, or ``n:<name>`` for a typed name."""
        return contact_key(self.contact_id, self.contact_name)

    @property
    def subject_shown(self) -> bool:
        return self.channel_info.subject

    @property
    def checked_subject(self) -> str | None:
        # Only a channel with a subject line has one for the coach to read.
        return self.subject if self.subject_shown else None

    @property
    def edited(self) -> bool:
        """Whether the learner changed the text since the starting draft was put in."""
        if self.template is None:
            return bool(self.body.strip())
        subject_changed = self.subject_shown and (
            self.subject.strip() != self.template.subject.strip()
        )
        return self.body.strip() != self.template.body.strip() or subject_changed

    @property
    def counts(self) -> str:
        """"84 words · 512 characters" (and the speaking time or the length limit)."""
        if self.report is None:
            return "0 words"
        return counts_text(self.report, self.channel)

    @property
    def to_improve(self) -> int:
        """How many findings are not yet a pass."""
        if self.report is None:
            return 0
        counts = self.report.counts
        return counts.get("fail", 0) + counts.get("warn", 0)

    @property
    def exports(self) -> Exports:
        """Copy text for every channel, ``mailto:`` and ``.eml`` where the channel has them."""
        body = self.body.strip()
        if not body:
            return Exports(ready=())
        subject = self.subject.strip() if self.subject_shown else ""
        heading = f"Subject: {subject}\n\n" if subject else ""
        ready = self.channel_info.exports
        contact = self.contact
        address = contact.email if contact else ""
        me = self.learner
        return Exports(
            ready=ready,
            copy_text=heading + body,
            mailto=mailto_link(address, subject, body) if "mailto" in ready else "",
            eml=eml_bytes(self.contact_name, address, subject, body,
                          from_name=me.name if me else "",
                          from_address=me.email if me else "") if "eml" in ready else b"",
            file_name=draft_file_name(self.contact_name, "eml"),
        )

    @property
    def holidays(self) -> Mapping[date, str]:
        """The learner's public holidays, loaded only when a date needs them: the contact
        line's check for a colleague written to needs none unless there is one."""
        p = self.learner
        return HolidaysOnUse(p.country, p.region) if p else {}

    @property
    def schedule(self) -> Schedule | None:
        """The follow-up dates after the newest sent version, while a reply is awaited."""
        sent = [v for v in self.versions if v.sent_on is not None]
        contact = self.contact
        if not sent or (contact is not None and contact.status not in _WAITING):
            return None
        last = sent[-1]
        assert last.sent_on is not None
        lines = follow_up_lines(last.sent_on, contact, self.holidays)
        return Schedule(last.sent_on, last.version, tuple(lines))

    # -- loading ----------------------------------------------------------------------------

    def _start(self) -> None:
        if self.learner is None:
            self.notice = Notice("info", text("notices", "no_profile"))
        self._load_contacts(keep=False)
        last = self.store.get_state(STATE_LAST, {}) or {}
        if not isinstance(last, dict):
            last = {}
        cid = last.get("contact_id")
        if cid in self.contacts:
            self.contact_id = cid
        elif cid is None and last.get("name"):
            self.contact_id = None
            self.typed_name = " ".join(str(last["name"]).split())
        if self.check_later is None:
            self._load_for_selection(remember=False)
            return
        self._holding_checks = True
        try:
            self._load_for_selection(remember=False)
        finally:
            self._holding_checks = False
        self.check_pending = True
        self.check_later(self._opening_check)

    def _opening_check(self) -> None:
        if self.check_pending:  # not if an edit or another contact has checked since
            self.check(keep=False)

    def _load_contacts(self, keep: bool = True) -> None:
        contacts = self.store.contacts()
        self.contacts = {c.id: c for c in contacts if c.id is not None}
        fields = self.learner.fields if self.learner else []
        school = self.learner.school if self.learner else ""
        choices: list[tuple[str, int | None]] = []
        for item in rank_contacts(contacts, fields, school):
            c = item.contact
            where = f", {c.organisation}" if c.organisation else ""
            choices.append((f"{c.name}{where} ({c.status})", c.id))
        choices.append((TYPE_A_NAME, None))
        self.contact_choices = choices
        ids = [v for _, v in choices]
        if not (keep and self.contact_id in ids):
            self.contact_id = ids[0]
        self._emit("contacts")

    def _load_versions(self) -> None:
        contact = self.contact
        if contact is not None:
            self.versions = self.store.outreach_versions(contact_id=contact.id)
        elif self.contact_name:
            self.versions = self.store.outreach_versions(contact_name=self.contact_name)
        else:
            self.versions = []
        self.picked_version = self.versions[-1].id if self.versions else None
        self._emit("versions", "schedule")

    def _load_for_selection(self, remember: bool = True) -> None:
        """Show this contact's draft: unsaved work first, then the newest version."""
        self._organisation_wait()
        self._load_versions()
        saved = self.drafts.load(self.key) if self.key else None
        latest = self.versions[-1] if self.versions else None
        if saved and saved.get("body"):
            ch = saved.get("channel")
            self._fill(ch if ch in channel_set().ids else self.channel,
                       str(saved.get("subject", "")), str(saved["body"]))
            self._say("info", text("notices", "draft_restored", name=self.contact_name))
        elif latest is not None and latest.channel in channel_set().ids:
            self._fill(latest.channel, latest.subject, latest.body)
            self._say("info", text("notices", "newest_version", version=latest.version))
        else:
            self._use_template()
        if remember:
            self._remember_selection()
        self._emit("contact")

    def _draft_for(self, channel_id: str) -> Draft:
        return starting_draft(channel_id, self.learner, self.contact, self.contact_name,
                              today=self.today())

    def _fill(self, channel_id: str, subject: str, body: str) -> None:
        self.channel, self.subject, self.body = channel_id, subject, body
        self.template = self._draft_for(channel_id)
        self.asking_to_replace = False
        self._emit("channel", "text", "confirm")
        self.check(keep=False)

    def _use_template(self) -> None:
        draft = self._draft_for(self.channel)
        self.template = draft
        self.subject, self.body = draft.subject, draft.body
        self.asking_to_replace = False
        self._emit("text", "confirm")
        self.check(keep=False)

    def _organisation_wait(self) -> None:
        contact = self.contact
        self.organisation_wait = None
        if contact is not None:
            sent: dict[int, date] = {}
            for e in self.store.events():
                if e["kind"] == "sent":
                    day = e["on_date"]
                    sent[e["contact_id"]] = max(day, sent.get(e["contact_id"], day))
            wait = waiting_at_organisation(contact, self.contacts.values(), sent, self.today(),
                                           self.holidays)
            if wait is not None:
                other, until = wait
                self.organisation_wait = OrganisationWait(other, sent[other.id], until)
        self._emit("contact")

    def _remember_selection(self) -> None:
        self.store.set_state(STATE_LAST, {"contact_id": self.contact_id,
                                          "name": self.contact_name})

    def refresh(self) -> None:
        """Pick up what other steps changed: the profile, the contacts and their status.

        The text being written stays; an untouched starting draft is redrawn so that a new
        name or school in the profile shows at once.
        """
        self.learner = self.store.load_profile()
        selected = self.contact_id
        # Nobody was picked nor typed (e.g. before step 1): offer the first contact now.
        unused = selected is None and not self.typed_name.strip() and not self.edited
        self._load_contacts(keep=not unused)
        if self.contact_id != selected:  # deleted in step 1, or the first one added
            self._load_for_selection()
            return
        self._organisation_wait()
        self._load_versions()
        if not self.edited:
            self._use_template()

    # -- actions ----------------------------------------------------------------------------

    def choose_contact(self, contact_id: int | None) -> None:
        """Write to this stored contact (None: a name typed in)."""
        if contact_id is not None and contact_id not in self.contacts:
            raise ValueError(f"no contact {contact_id} in this learner's list")
        if contact_id == self.contact_id:
            return
        self.contact_id = contact_id
        self._load_for_selection()

    def type_name(self, name: str) -> None:
        """The name of someone not in the contact list (only while no contact is picked)."""
        if self.contact_id is not None:
            return
        self.typed_name = name
        # Until the learner edits, the draft follows the name they type ("Dear ...").
        if not self.edited:
            self._use_template()
        else:
            self.template = self._draft_for(self.channel)
        self._load_versions()
        self._remember_selection()
        self._emit("contact")

    def choose_channel(self, channel_id: str) -> None:
        """Switch channel: an untouched draft follows; edited text stays, and the template
        is offered after a question (:meth:`replace_with_template`, :meth:`keep_my_text`)."""
        ch = channel(channel_id)  # ValueError for a channel not in the data
        if ch.id == self.channel:
            return
        was_edited = self.edited
        self.channel = ch.id
        self._emit("channel")
        if not was_edited:
            self._use_template()
            return
        self.template = self._draft_for(self.channel)
        self._ask_to_replace()
        self.check()

    def edit(self, *, subject: str | None = None, body: str | None = None) -> None:
        """The learner typed. Cheap: the check runs on :meth:`check` (debounced by the view)."""
        if subject is not None:
            self.subject = subject
        if body is not None:
            self.body = body

    def check(self, keep: bool = True) -> Report | None:
        """Re-check the text, and keep it as a draft when the learner has edited it."""
        if self._holding_checks:
            self.report = None
            self._emit("report")
            return None
        self.check_pending = False
        if not self.body.strip():
            self.report = None
        else:
            self.report = _check(self.body, self.channel, self.checked_subject)
        self._emit("report")
        if keep:
            self.keep_draft()
        return self.report

    def keep_draft(self) -> None:
        """Keep unsaved edits under the contact's key so a reload finds them."""
        if not self.key or not self.edited:
            return
        self.drafts.keep(self.key, {
            "channel": self.channel,
            "subject": self.subject,
            "body": self.body,
            "contact_name": self.contact_name,
        })

    def start_from_template(self) -> None:
        """Put the channel's starting draft in; asks first when the learner has edited."""
        if self.edited:
            self._ask_to_replace()
        else:
            self.replace_with_template()

    def _ask_to_replace(self) -> None:
        self.asking_to_replace = True
        self._emit("confirm")
        self._say("info", text("notices", "ask_replace", channel=self.channel_info.label.lower()),
                  "compose")

    def replace_with_template(self) -> None:
        self._use_template()
        self.keep_draft()
        self._say("info", text("notices", "template_used", channel=self.channel_info.label),
                  "compose")

    def keep_my_text(self) -> None:
        self.asking_to_replace = False
        self.notice = None
        self._emit("confirm", "notice")

    def _ready(self, near: str) -> bool:
        """Refuse with a message when there is nothing to save or no one to send it to."""
        if not self.body.strip():
            self._say("error", text("notices", "empty"), near)
            return False
        if not self.contact_name:
            self._say("error", text("notices", "no_contact"), near)
            return False
        return True

    def _save(self) -> Outreach:
        report = self.report or _check(self.body, self.channel, self.checked_subject)
        contact = self.contact
        saved = self.store.save_outreach(Outreach(
            contact_id=contact.id if contact else None,
            contact_name=self.contact_name,
            channel=self.channel,
            subject=self.subject if self.subject_shown else "",
            body=self.body,
            score=report.score,
        ))
        # The newest version now holds this text: no draft to bring back over it.
        if self.key:
            self.drafts.discard(self.key)
        self._load_versions()
        self._remember_selection()
        return saved

    def save_version(self) -> Outreach | None:
        """Save the text as this contact's next version."""
        if not self._ready("save"):
            return None
        saved = self._save()
        self._say("success", text("notices", "saved", version=saved.version,
                                  name=self.contact_name), "save")
        return saved

    def pick_version(self, version_id: int | None) -> None:
        self.picked_version = version_id

    def restore_version(self, version_id: int | None = None) -> Outreach | None:
        """Put a saved version (the picked one by default) back into the text."""
        wanted = self.picked_version if version_id is None else version_id
        picked = next((v for v in self.versions if v.id == wanted), None)
        if picked is None:
            self._say("error", text("notices", "pick_version"), "save")
            return None
        self._fill(picked.channel, picked.subject, picked.body)
        self.keep_draft()
        self._say("success", text("notices", "restored", version=picked.version), "save")
        return picked

    def set_sent_on(self, day: date | None) -> None:
        self.sent_on = day

    def mark_sent(self) -> Outreach | None:
        """Record the message as sent on :attr:`sent_on`: the newest version if the text is
        unchanged, else a new one. The contact moves to "contacted" only from a stage before
        it; the follow-up dates are shown while a reply is awaited."""
        if not self._ready("send"):
            return None
        sent_on = self.sent_on
        if sent_on is None:
            self._say("error", text("notices", "no_date"), "send")
            return None
        if sent_on > self.today():
            self._say("error", text("notices", "future_date"), "send")
            return None
        latest = self.versions[-1] if self.versions else None
        subject = self.subject if self.subject_shown else ""
        unchanged = latest is not None and (
            latest.body == self.body.strip()
            and latest.subject == " ".join(subject.split())
            and latest.channel == self.channel
        )
        before = self.contact.status if self.contact else None
        version = latest if unchanged and latest is not None else self._save()
        assert version.id is not None
        sent = self.store.mark_sent(version.id, sent_on)
        self._load_contacts()
        self._organisation_wait()
        self._load_versions()
        self._emit("contact")
        who, day = self.contact_name, day_text(sent_on)
        contact = self.contact
        if contact is None:
            message = text("notices", "sent_unlisted", day=day, name=who)
        elif before is not None and after_sending(before) == "contacted":
            message = text("notices", "sent_contacted", day=day, name=who)
        else:
            message = text("notices", "sent_kept", day=day, name=who, status=contact.status)
        self._say("success", message, "send")
        return sent

    # -- for the view -------------------------------------------------------------------

    def version_choices(self) -> list[tuple[str, int | None]]:
        """(label, id) of every saved version, newest first."""
        out: list[tuple[str, int | None]] = []
        for v in reversed(self.versions):
            sent = f" · sent {day_text(v.sent_on)}" if v.sent_on else ""
            score = f" · {v.score}/100" if v.score is not None else ""
            label = channel(v.channel).label if v.channel in channel_set().ids else v.channel
            out.append((f"Version {v.version} · {label}{score}{sent}", v.id))
        return out
