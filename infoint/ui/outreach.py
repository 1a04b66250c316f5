"""Step 2, draft outreach: write a first message with a coach that reads along as you type."""

from __future__ import annotations

import asyncio
import threading
from datetime import date, datetime
from typing import Any

import ipywidgets as w

from infoint.cadence import learner_holidays
from infoint.contacts import rank_contacts, waiting_at_organisation
from infoint.model import CHANNELS, Contact, Learner, Outreach
from infoint.outreach import (
    CHANNEL_LABELS,
    EXAMPLES,
    Draft,
    contact_key,
    counts_text,
    data_uri,
    draft_file_name,
    eml_bytes,
    explain_example,
    follow_up_lines,
    mailto_link,
    starting_draft,
)
from infoint.scoring import Report, check_outreach
from infoint.store import Store
from infoint.ui.common import App, button, esc, guarded, hint, next_step
from infoint.ui.exports import COPY_BUTTON
from infoint.ui.findings import FindingsPanel, band

__all__ = ["OutreachApp"]

NEXT_STEP = "03-prepare-questions.ipynb"
TYPE_A_NAME = "Someone not in my list: type a name"
STATE_LAST = "outreach:last"
STATE_DRAFT = "outreach:draft:"

# Long enough to skip the keystrokes of a burst, short enough that the coach still feels
# instant (the browser benchmark measures keystroke-to-score under 150 ms with this).
DEFAULT_DEBOUNCE = 0.06


def intro_html() -> str:
    # No heading: the notebook's own title ("Step 2: draft outreach") sits right above.
    return (
        '<p class="infoint-lead">Pick a person and a channel, then make the starting '
        "draft your own. The score under your message updates as you type.</p>"
    )


_COPY_BUTTON = COPY_BUTTON  # one copy button for every app (infoint.ui.exports)


def _day(d: date) -> str:
    return f"{d.strftime('%a')} {d.day} {d.strftime('%b %Y')}"


class OutreachApp(App):
    """Compose, check, save, export and mark as sent a first message to a contact.

    ``debounce_seconds`` is how long typing must pause before the draft is re-checked;
    tests pass 0 to check synchronously on every change.
    """

    name = "outreach"

    def __init__(
        self,
        store: Store | None = None,
        debounce_seconds: float = DEFAULT_DEBOUNCE,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self.debounce_seconds = float(debounce_seconds)
        self._pending: Any = None
        self._lock = threading.RLock()
        self._loading = False
        self._template: Draft | None = None
        self._key = ""
        self._versions: list[Outreach] = []
        self._contacts: dict[int, Contact] = {}
        self.report: Report | None = None
        self.learner: Learner | None = self.store.load_profile()

        # -- who and how --------------------------------------------------------------
        self._contact = w.Dropdown(description="Who are you writing to?")
        self._name = w.Text(description="Their name", placeholder="e.g. Ms. Jane Green")
        self._status = w.HTML()
        self._channel = w.ToggleButtons(
            description="How will you reach them?",
            options=[(CHANNEL_LABELS[c], c) for c in CHANNELS],
            value="email",
        )
        self._channel_hint = w.HTML()

        # -- composer -----------------------------------------------------------------
        self._subject = w.Text(description="Subject")
        self._body = w.Textarea(
            description="Your message", continuous_update=True, rows=14
        )
        self._counts = w.HTML()
        self._template_button = button(
            "Start from template", self.css("template"), icon="refresh"
        )
        self._confirm_text = w.HTML()
        self._replace = button("Replace my text", self.css("replace"), style="warning")
        self._keep = button("Keep my text", self.css("keep"))
        self._confirm = w.HBox(
            [self._confirm_text, self._replace, self._keep],
            layout=w.Layout(display="none"),
        ).add_class("infoint-actions")
        self._confirm.add_class(self.css("confirm"))

        # -- feedback -----------------------------------------------------------------
        self.panel = FindingsPanel(f"infoint-{self.name}")

        # -- keep and send ------------------------------------------------------------
        self._save = button("Save draft", self.css("save"), style="primary", icon="check")
        self._versions_pick = w.Dropdown(description="Saved versions")
        self._restore = button("Restore this version", self.css("restore"), icon="undo")
        self._sent_date = w.DatePicker(description="Date sent", value=date.today())
        self._mark_sent = button("Mark as sent", self.css("mark-sent"), style="success",
                                 icon="paper-plane")
        self._schedule = w.HTML()

        # -- export ---------------------------------------------------------------------
        self._copy = w.HTML()
        self._mailto = w.HTML()
        self._eml = w.HTML()

        for widget, part in (
            (self._contact, "contact"),
            (self._name, "name"),
            (self._status, "status"),
            (self._channel, "channel"),
            (self._subject, "subject"),
            (self._body, "body"),
            (self._counts, "counts"),
            (self._versions_pick, "versions"),
            (self._sent_date, "sent-date"),
            (self._schedule, "schedule"),
            (self._copy, "copy"),
            (self._mailto, "mailto"),
            (self._eml, "eml"),
        ):
            widget.add_class(self.css(part))

        who = w.VBox(
            [
                w.HTML("<h3>1. Who and how</h3>"),
                self._contact,
                self._name,
                self._status,
                self._channel,
                self._channel_hint,
            ]
        ).add_class("infoint-card")
        compose = w.VBox(
            [
                w.HTML("<h3>2. Write it</h3>"),
                self._subject,
                self._body,
                self._counts,
                self._confirm,
                w.HBox([self._template_button]).add_class("infoint-actions"),
            ]
        ).add_class("infoint-card")
        feedback = w.VBox([w.HTML("<h3>3. The coach's feedback</h3>"), self.panel])
        feedback.add_class("infoint-card")
        feedback.add_class(self.css("feedback"))
        keep = w.VBox(
            [
                w.HTML("<h3>4. Save and send</h3>"),
                w.HBox([self._save]).add_class("infoint-actions"),
                self.notice,
                self._versions_pick,
                w.HBox([self._restore]).add_class("infoint-actions"),
                hint("Each save keeps a new version; restore an earlier one at any time."),
                self._sent_date,
                w.HBox([self._mark_sent]).add_class("infoint-actions"),
                hint("Press this once you have actually sent it: the contact moves to "
                     "'contacted' and you get your follow-up dates."),
                self._schedule,
            ]
        ).add_class("infoint-card")
        export = w.VBox(
            [
                w.HTML("<h3>5. Take it to your mail app</h3>"),
                self._copy,
                w.HBox([self._mailto, self._eml]).add_class("infoint-actions"),
            ]
        ).add_class("infoint-card")
        export.add_class(self.css("export"))
        self._examples = self._build_examples()
        next_link = next_step(NEXT_STEP, "Next: step 3, prepare questions", self.css("next"))
        self.compose(w.HTML(intro_html()), who, compose, feedback, keep, export,
                     self._examples, next_link)

        self._contact.observe(self._on_contact, "value")
        self._name.observe(self._on_name, "value")
        self._channel.observe(self._on_channel, "value")
        self._body.observe(self._on_text, "value")
        self._subject.observe(self._on_text, "value")
        self._template_button.on_click(lambda _b: self.start_from_template())
        self._replace.on_click(lambda _b: self._use_template())
        self._keep.on_click(lambda _b: self._hide_confirm())
        self._save.on_click(lambda _b: self.save())
        self._restore.on_click(lambda _b: self.restore())
        self._mark_sent.on_click(lambda _b: self.mark_sent())
        self._start()

    # -- public surface ---------------------------------------------------------------------

    @property
    def contact(self) -> Contact | None:
        cid = self._contact.value
        return self._contacts.get(cid) if cid is not None else None

    @property
    def contact_name(self) -> str:
        contact = self.contact
        return contact.name if contact else " ".join(self._name.value.split())

    @property
    def channel(self) -> str:
        return self._channel.value

    @property
    def edited(self) -> bool:
        """Whether the learner changed the text since the starting draft was put in."""
        if self._template is None:
            return bool(self._body.value.strip())
        subject_changed = self.channel == "email" and (
            self._subject.value.strip() != self._template.subject.strip()
        )
        return self._body.value.strip() != self._template.body.strip() or subject_changed

    def flush(self) -> None:
        """Run a pending (debounced) check now."""
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            pending.cancel()
            self._rescore()

    @guarded
    def refresh(self) -> None:
        """Pick up what other steps changed: the profile, the contacts and their status.

        The text being written stays; an untouched starting draft is redrawn so that a new
        name or school in the profile shows at once.
        """
        self.flush()
        self.learner = self.store.load_profile()
        selected = self._contact.value
        # Nobody was picked nor typed (e.g. before step 1): offer the first contact now.
        unused = selected is None and not self._name.value.strip() and not self.edited
        self._refresh_contacts(keep=not unused)
        if self._contact.value != selected:  # deleted in step 1, or the first one added
            self._load_for_selection()
            return
        self._versions = self._load_versions()
        self._show_versions()
        if not self.edited:
            self._use_template(announce=False)
        self._show_status()
        self._show_schedule()

    # -- loading --------------------------------------------------------------------------------

    def _start(self) -> None:
        if self.learner is None:
            self.notice.info(
                "Tip: fill in your profile in Start here, so drafts carry your name and "
                "school. Until then they show [gaps] to fill."
            )
        self._refresh_contacts(keep=False)
        last = self.store.get_state(STATE_LAST, {}) or {}
        with self._quiet():
            cid = last.get("contact_id")
            if cid in self._contacts:
                self._contact.value = cid
            elif cid is None and last.get("name"):
                self._contact.value = None
                self._name.value = str(last["name"])
        self._load_for_selection()

    def _refresh_contacts(self, keep: bool = True) -> None:
        contacts = self.store.contacts()
        self._contacts = {c.id: c for c in contacts if c.id is not None}
        fields = self.learner.fields if self.learner else []
        school = self.learner.school if self.learner else ""
        ranked = rank_contacts(contacts, fields, school)
        options: list[tuple[str, int | None]] = []
        for item in ranked:
            c = item.contact
            where = f", {c.organisation}" if c.organisation else ""
            options.append((f"{c.name}{where} ({c.status})", c.id))
        options.append((TYPE_A_NAME, None))
        current = self._contact.value
        with self._quiet():
            self._contact.options = options
            ids = [v for _, v in options]
            self._contact.value = current if keep and current in ids else ids[0]

    def _load_for_selection(self) -> None:
        """Show the selected contact's draft: unsaved work first, then the newest version."""
        typed = self._contact.value is None
        self._name.layout.display = "" if typed else "none"
        self._key = contact_key(self._contact.value, self.contact_name)
        self._show_status()
        self._versions = self._load_versions()
        self._show_versions()
        saved = self.store.get_state(STATE_DRAFT + self._key) if self._key else None
        latest = self._versions[-1] if self._versions else None
        if isinstance(saved, dict) and saved.get("body"):
            channel = saved.get("channel") if saved.get("channel") in CHANNELS else "email"
            self._fill(channel, str(saved.get("subject", "")), str(saved["body"]))
            self.notice.info(f"Welcome back: your draft for {self.contact_name} is restored.")
        elif latest is not None:
            self._fill(latest.channel, latest.subject, latest.body)
            self.notice.info(f"Showing version {latest.version}, your newest saved draft.")
        else:
            self._use_template(announce=False)
        self._show_schedule()
        self._remember_selection()

    def _load_versions(self) -> list[Outreach]:
        contact = self.contact
        if contact is not None:
            return self.store.outreach_versions(contact_id=contact.id)
        if self.contact_name:
            return self.store.outreach_versions(contact_name=self.contact_name)
        return []

    def _fill(self, channel: str, subject: str, body: str) -> None:
        with self._quiet():
            self._channel.value = channel
            self._subject.value = subject
            self._body.value = body
        self._template = self._draft_for(channel)
        self._hide_confirm()
        self._show_channel()
        self._rescore()

    def _subject_for_check(self) -> str | None:
        # Only an email has a subject line for the coach to read.
        return self._subject.value if self.channel == "email" else None

    def _draft_for(self, channel: str) -> Draft:
        return starting_draft(channel, self.learner, self.contact, self.contact_name)

    # -- reacting to the learner -----------------------------------------------------------------

    @guarded
    def _on_contact(self, _change: dict) -> None:
        if self._loading:
            return
        self.flush()
        self._load_for_selection()

    @guarded
    def _on_name(self, _change: dict) -> None:
        if self._loading or self._contact.value is not None:
            return
        self.flush()
        self._key = contact_key(None, self.contact_name)
        # Until the learner edits, the draft follows the name they type ("Dear ...").
        if not self.edited:
            self._use_template(announce=False)
        else:
            self._template = self._draft_for(self.channel)
        self._versions = self._load_versions()
        self._show_versions()
        self._show_schedule()
        self._remember_selection()

    @guarded
    def _on_channel(self, _change: dict) -> None:
        if self._loading:
            return
        self._show_channel()
        if not self.edited:
            self._use_template(announce=False)
            return
        # Their words stay; the template is one click away, after a question.
        self._template = self._draft_for(self.channel)
        self._ask_to_replace()
        self._rescore()

    @guarded
    def _on_text(self, _change: dict) -> None:
        if self._loading:
            return
        self._schedule_rescore()

    @guarded
    def start_from_template(self) -> None:
        """Put the channel's starting draft in; asks first when the learner has edited."""
        if self.edited:
            self._ask_to_replace()
        else:
            self._use_template()

    def _ask_to_replace(self) -> None:
        label = CHANNEL_LABELS[self.channel].lower()
        self._confirm_text.value = (
            f"<span>You have edited this text. Replace it with the {esc(label)} "
            "starting draft?</span>"
        )
        self._confirm.layout.display = ""

    def _hide_confirm(self) -> None:
        self._confirm.layout.display = "none"

    @guarded
    def _use_template(self, announce: bool = True) -> None:
        draft = self._draft_for(self.channel)
        self._template = draft
        with self._quiet():
            self._subject.value = draft.subject
            self._body.value = draft.body
        self._hide_confirm()
        self._show_channel()
        self._rescore()
        if announce:
            self.notice.info(f"Started again from the {CHANNEL_LABELS[self.channel]} draft.")

    # -- checking as they type -------------------------------------------------------------------

    def _schedule_rescore(self) -> None:
        if self.debounce_seconds <= 0:
            self._rescore()
            return
        with self._lock:
            if self._pending is not None:
                self._pending.cancel()
            try:
                # On the kernel's own loop the check runs on the kernel thread, like
                # every other widget callback.
                loop = asyncio.get_running_loop()
                self._pending = loop.call_later(self.debounce_seconds, self._fire)
            except RuntimeError:
                timer = threading.Timer(self.debounce_seconds, self._fire)
                timer.daemon = True
                self._pending = timer
                timer.start()

    @guarded
    def _fire(self) -> None:
        with self._lock:
            self._pending = None
        self._rescore()

    def _rescore(self) -> None:
        with self._lock:
            body = self._body.value
            if not body.strip():
                self.report = None
                self.panel.clear("Write your message above to see the coach's feedback.")
                self._counts.value = '<span class="ii-counts">0 words</span>'
                self._show_exports()
                return
            report = check_outreach(body, self.channel, subject=self._subject_for_check())
            self.report = report
            summary = report.counts
            todo = summary.get("fail", 0) + summary.get("warn", 0)
            advice = f"{todo} thing{'s' if todo != 1 else ''} to improve" if todo else "all good"
            counts = (
                f'<span class="ii-mini-score ii-{band(report.score)}">Score {report.score}/100'
                f"</span> <span class=\"ii-counts\">· {esc(advice)} · "
                f"{esc(counts_text(report, self.channel))}</span>"
            )
            if self._counts.value != counts:
                self._counts.value = counts
            self.panel.show(report, text=body)
            self._show_exports()
        self._autosave()

    def _autosave(self) -> None:
        """Keep unsaved edits under the contact's key so a reload finds them."""
        if not self._key or not self.edited:
            return
        self.store.set_state(
            STATE_DRAFT + self._key,
            {
                "channel": self.channel,
                "subject": self._subject.value,
                "body": self._body.value,
                "contact_name": self.contact_name,
                "updated": datetime.now().isoformat(timespec="seconds"),
            },
        )

    def _remember_selection(self) -> None:
        self.store.set_state(
            STATE_LAST, {"contact_id": self._contact.value, "name": self.contact_name}
        )

    # -- showing things ----------------------------------------------------------------------

    def _show_channel(self) -> None:
        is_email = self.channel == "email"
        self._subject.layout.display = "" if is_email else "none"
        tips = {
            "email": "Keep it under about 100 words; the subject line should say why you write.",
            "letter": "A letter can be a little more formal. Print it on plain paper and sign it.",
            "phone": "Read it aloud once before you call; aim for under 45 seconds. If you get "
            "voicemail, leave your name, number and the same short request.",
            "linkedin": "LinkedIn cuts a connection note at 300 characters.",
        }
        self._channel_hint.value = f'<div class="infoint-hint">{esc(tips[self.channel])}</div>'

    def _show_status(self) -> None:
        contact = self.contact
        if contact is None:
            self._status.value = (
                '<div class="infoint-hint">Not in your contact list yet: add them in step 1 '
                "to track replies and follow-ups.</div>"
            )
            return
        bits = [f'<span class="ii-badge">{esc(contact.status)}</span>']
        if contact.email:
            bits.append(f"<span>{esc(contact.email)}</span>")
        if contact.referred_by:
            bits.append(f"<span>referred by {esc(contact.referred_by)}</span>")
        self._status.value = f'<div class="ii-contact-line">{" · ".join(bits)}</div>'
        self._status.value += self._organisation_wait_html(contact)

    def select_contact(self, contact_id: int | None) -> None:
        """Write to this stored contact (None: a name typed in)."""
        self._contact.value = contact_id

    @property
    def contact_status_html(self) -> str:
        """The line under the contact picker: status, email, and any warning."""
        return self._status.value

    def _holidays(self) -> dict[date, str]:
        p = self.learner
        return learner_holidays(p.country, p.region) if p else {}

    def _organisation_wait_html(self, contact: Contact) -> str:
        """A warning when someone else at this organisation is still inside their wait."""
        sent: dict[int, date] = {}
        for e in self.store.events():
            if e["kind"] == "sent":
                day = e["on_date"]
                sent[e["contact_id"]] = max(day, sent.get(e["contact_id"], day))
        wait = waiting_at_organisation(
            contact, self._contacts.values(), sent, date.today(), self._holidays()
        )
        if wait is None:
            return ""
        other, until = wait
        return (
            '<div class="ii-msg ii-warning infoint-outreach-org-wait" role="status">'
            f"You wrote to {esc(other.name)} at {esc(other.organisation)} on "
            f"{esc(_day(sent[other.id]))}. Give them until <strong>{esc(_day(until))}</strong> "
            "before writing to a second person there: two messages at once read as a "
            "mass mailing.</div>"
        )

    def _show_versions(self) -> None:
        with self._quiet():
            if not self._versions:
                self._versions_pick.options = [("No saved versions yet", None)]
                self._versions_pick.index = 0
                self._versions_pick.disabled = True
                self._restore.disabled = True
                return
            options = []
            for v in reversed(self._versions):
                sent = f" · sent {_day(v.sent_on)}" if v.sent_on else ""
                score = f" · {v.score}/100" if v.score is not None else ""
                options.append(
                    (f"Version {v.version} · {CHANNEL_LABELS[v.channel]}{score}{sent}", v.id)
                )
            self._versions_pick.options = options
            self._versions_pick.value = options[0][1]
            self._versions_pick.disabled = False
            self._restore.disabled = False

    def _show_schedule(self) -> None:
        sent = [v for v in self._versions if v.sent_on is not None]
        if not sent:
            self._schedule.value = ""
            return
        last = sent[-1]
        assert last.sent_on is not None
        items = "".join(
            f"<li><strong>{esc(_day(due))}</strong>: {esc(text)}</li>"
            for due, text in follow_up_lines(last.sent_on, self.contact, self._holidays())
        )
        self._schedule.value = (
            f'<div class="ii-schedule"><p>Sent on <strong>{esc(_day(last.sent_on))}</strong> '
            f"(version {last.version}). Your follow-up dates, in business days:</p>"
            f"<ul>{items}</ul></div>"
        )

    def _show_exports(self) -> None:
        body = self._body.value.strip()
        if not body:
            self._copy.value = '<div class="infoint-hint">Nothing to copy yet.</div>'
            self._mailto.value = ""
            self._eml.value = ""
            return
        subject = self._subject.value.strip() if self.channel == "email" else ""
        lines = body.count("\n") + (3 if subject else 1)
        heading = f"Subject: {subject}\n\n" if subject else ""
        self._copy.value = (
            '<label class="ii-copy-label">Copy-ready text (select it and copy)'
            f'<textarea readonly rows="{min(max(lines, 4), 18)}" class="ii-copy-text">'
            f"{esc(heading + body)}</textarea></label>{_COPY_BUTTON}"
        )
        if self.channel != "email":
            self._mailto.value = ""
            self._eml.value = ""
            return
        contact = self.contact
        address = contact.email if contact else ""
        link = mailto_link(address, subject, body)
        self._mailto.value = (
            f'<a class="ii-link-button" href="{esc(link)}">Open in your mail app</a>'
        )
        me = self.learner
        eml = eml_bytes(
            self.contact_name,
            address,
            subject,
            body,
            from_name=me.name if me else "",
            from_address=me.email if me else "",
        )
        name = draft_file_name(self.contact_name, "eml")
        self._eml.value = (
            f'<a class="ii-link-button" download="{esc(name)}" '
            f'href="{data_uri(eml, "message/rfc822")}">Download .eml draft</a>'
        )

    def _build_examples(self) -> w.VBox:
        children, titles = [], []
        for example in EXAMPLES:
            explained = explain_example(example)
            report = explained.report
            reasons = "".join(
                f'<li class="ii-pass"><span class="ii-message">{esc(message)}</span> '
                f'<span class="ii-guideline">{esc(guideline)}</span></li>'
                for guideline, message in explained.reasons
            )
            subject = (
                f"<p><strong>Subject:</strong> {esc(example.subject)}</p>"
                if example.subject else ""
            )
            body = (
                f'<p class="infoint-hint">{esc(example.note)}</p>{subject}'
                f'<div class="ii-example-text">{esc(example.body)}</div>'
                f"<p><strong>Score {report.score}/100.</strong> Why it works, rule by rule:</p>"
                f'<div class="infoint-findings"><ul>{reasons}</ul></div>'
            )
            children.append(w.HTML(body))
            titles.append(f"{example.title} ({CHANNEL_LABELS[example.channel]})")
        accordion = w.Accordion(children=children, titles=tuple(titles), selected_index=None)
        box = w.VBox(
            [
                w.HTML("<h3>What a good message looks like</h3>"),
                hint("Two worked examples, checked by the same coach. Open one to see why "
                     "it scores well."),
                accordion,
            ]
        ).add_class("infoint-card")
        box.add_class(self.css("examples"))
        return box

    # -- actions ---------------------------------------------------------------------------------

    def _ready(self) -> bool:
        """Refuse with a message when there is nothing to save or no one to send it to."""
        if not self._body.value.strip():
            self.notice.error("Your message is empty: write it first, then save.")
            return False
        if not self.contact_name:
            self.notice.error("Pick a contact or type their name first.")
            return False
        return True

    @guarded
    def save(self) -> Outreach | None:
        """Save the current text as a new version for this contact."""
        self.flush()
        if not self._ready():
            return None
        saved = self._save_version()
        self.notice.success(f"Version {saved.version} saved for {self.contact_name}.")
        return saved

    def _save_version(self) -> Outreach:
        report = self.report or check_outreach(
            self._body.value, self.channel, subject=self._subject_for_check()
        )
        contact = self.contact
        draft = Outreach(
            contact_id=contact.id if contact else None,
            contact_name=self.contact_name,
            channel=self.channel,
            subject=self._subject.value if self.channel == "email" else "",
            body=self._body.value,
            score=report.score,
        )
        saved = self.store.save_outreach(draft)
        self._versions = self._load_versions()
        self._show_versions()
        self._remember_selection()
        return saved

    @guarded
    def restore(self) -> None:
        """Load the version picked in the list into the composer."""
        picked = next((v for v in self._versions if v.id == self._versions_pick.value), None)
        if picked is None:
            self.notice.error("Pick a saved version to restore.")
            return
        self._fill(picked.channel, picked.subject, picked.body)
        self._autosave()
        self.notice.success(
            f"Version {picked.version} restored. Save it to make it your newest version."
        )

    @guarded
    def mark_sent(self) -> Outreach | None:
        """Record the message as sent on the picked date and show the follow-up dates."""
        self.flush()
        if not self._ready():
            return None
        sent_on = self._sent_date.value
        if sent_on is None:
            self.notice.error("Pick the date you sent it.")
            return None
        if sent_on > date.today():
            self.notice.error("The date sent cannot be in the future: send it first.")
            return None
        latest = self._versions[-1] if self._versions else None
        subject = self._subject.value if self.channel == "email" else ""
        unchanged = latest is not None and (
            latest.body == self._body.value.strip()
            and latest.subject == " ".join(subject.split())
            and latest.channel == self.channel
        )
        version = latest if unchanged and latest is not None else self._save_version()
        assert version.id is not None
        sent = self.store.mark_sent(version.id, sent_on)
        self._refresh_contacts()
        self._versions = self._load_versions()
        self._show_versions()
        self._show_status()
        self._show_schedule()
        who = self.contact_name
        if self.contact is not None:
            self.notice.success(
                f"Marked as sent on {_day(sent_on)}. {who} is now 'contacted'; your "
                "follow-up dates are below."
            )
        else:
            self.notice.success(
                f"Marked as sent on {_day(sent_on)}. Add {who} in step 1 to track replies; "
                "your follow-up dates are below."
            )
        return sent

    # -- helpers ----------------------------------------------------------------------------------

    def _quiet(self) -> _Quiet:
        return _Quiet(self)


class _Quiet:
    """Set widget values without the observers reacting (used when loading a draft)."""

    def __init__(self, app: OutreachApp) -> None:
        self.app = app
        self.was = False

    def __enter__(self) -> None:
        self.was = self.app._loading
        self.app._loading = True

    def __exit__(self, *exc: object) -> None:
        self.app._loading = self.was
