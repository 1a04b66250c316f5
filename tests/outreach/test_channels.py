"""Channels are data: one home (data/channels.toml), and a new channel is a table there."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import infoint.model
import infoint.scoring
import infoint.scoring.outreach
from infoint.channels import CHANNELS, ChannelError, channel, channel_set
from infoint.content import SHIPPED
from infoint.model import Contact, Outreach
from infoint.outreach import CHANNEL_LABELS, salutation, starting_draft, texts
from infoint.scoring.personal import template_sentences
from infoint.ui.outreach import OutreachApp

SLACK = '''
[channels.slack]
label = "Slack message"
tip = "Keep a Slack message to three short lines; people read it on a phone."
subject = false
exports = ["copy"]
template = "Hi {hello}! I'm {me}, {student}. {how} Could we talk for {minutes} minutes? Thanks!"
'''


@pytest.fixture
def own_data(tmp_path, monkeypatch):
    """An instructor's data folder holding its own channels.toml (the shipped one plus more)."""

    def write(extra: str) -> Path:
        shipped = (SHIPPED / "channels.toml").read_text(encoding="utf-8")
        (tmp_path / "channels.toml").write_text(shipped + extra, encoding="utf-8")
        monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
        return tmp_path

    yield write
    # The personalised rule caches the starting drafts' sentences: forget the fake channel's.
    template_sentences.cache_clear()


def test_one_home_for_the_channels():
    assert list(CHANNELS) == ["email", "letter", "phone", "linkedin"]
    assert infoint.model.CHANNELS is CHANNELS
    assert infoint.scoring.CHANNELS is CHANNELS is infoint.scoring.outreach.CHANNELS
    assert dict(CHANNEL_LABELS) == {"email": "Email", "letter": "Letter",
                                    "phone": "Phone script", "linkedin": "LinkedIn note"}
    assert [c.id for c in channel_set().channels if c.subject] == ["email"]
    assert channel("email").exports == ("copy", "mailto", "eml")


def test_a_new_channel_is_a_data_entry(own_data, store):
    own_data(SLACK)
    assert "slack" in CHANNELS and CHANNEL_LABELS["slack"] == "Slack message"
    store.add_contact(Contact(name="Kim Lee", relationship="friend"))
    app = OutreachApp(store, debounce_seconds=0)
    assert ("Slack message", "slack") in app.channel_input.options
    app.channel_input.value = "slack"
    m = app.model
    assert m.body.startswith("Hi Kim! I'm [your name], a student at")
    assert "We met through friends." in m.body
    assert "three short lines" in app.channel_tip.value
    assert not m.subject_shown and m.exports.ready == ("copy",)
    assert m.report is not None and m.report.stats["channel"] == "slack"
    saved = m.save_version()
    assert saved is not None and saved.channel == "slack"
    assert store.outreach_versions()[0].channel == "slack"
    Outreach(contact_id=None, contact_name="Kim", channel="slack", body="Hi")  # validates


def test_a_channel_without_a_required_field_is_refused_clearly(own_data):
    own_data(SLACK.replace('tip = "Keep a Slack message to three short lines; people read '
                           'it on a phone."\n', ""))
    with pytest.raises(ChannelError) as caught:
        channel_set()
    message = str(caught.value)
    assert "channels.toml" in message and "[channels.slack]" in message
    assert "needs tip" in message


def test_an_unknown_placeholder_is_refused_clearly(own_data):
    own_data(SLACK.replace("{minutes}", "{minuets}"))
    with pytest.raises(ChannelError, match=r"unknown placeholder \{minuets\}"):
        channel_set()


def test_an_email_export_needs_a_subject_line(own_data):
    own_data(SLACK.replace('exports = ["copy"]', 'exports = ["copy", "eml"]'))
    with pytest.raises(ChannelError, match="need subject = true"):
        channel_set()


def test_an_unknown_channel_is_refused():
    with pytest.raises(ValueError, match="channel must be one of email, letter"):
        starting_draft("fax", None)


@pytest.mark.parametrize(("contact", "formal", "informal"), [
    (Contact(name="Dana Whitfield", relationship="professor"),
     "Professor Whitfield", "Professor Whitfield"),
    (Contact(name="Lee Park", role="Associate Professor of Nursing"),
     "Professor Park", "Professor Park"),
    (Contact(name="Sam Ortiz, PhD"), "Dr. Ortiz", "Dr. Ortiz"),
    (Contact(name="Ruth Okafor", role="Physician"), "Dr. Okafor", "Dr. Okafor"),
    (Contact(name="Dr Ruth Okafor"), "Dr Okafor", "Dr Okafor"),
    (Contact(name="Ms. Jane Green", relationship="professor"), "Ms. Green", "Ms. Green"),
    (Contact(name="Jane Green", role="Professional Services Lead"), "Jane Green", "Jane"),
    (Contact(name="Jane Green"), "Jane Green", "Jane"),
])
def test_salutation_uses_a_known_title_else_the_name(contact, formal, informal):
    assert salutation(contact) == formal
    assert salutation(contact, formal=False) == informal


def test_salutation_of_a_typed_name_and_of_nobody():
    assert salutation(None, "  Prof.  Alan   Wilson ") == "Prof. Wilson"
    assert salutation(None, "") == "[their name]"


@given(st.text(max_size=60), st.sampled_from(["", "Professor", "Nurse", "Doctor of Music"]))
def test_salutation_never_fails_and_keeps_the_surname(name, role):
    try:
        contact = Contact(name=name, role=role)
    except ValueError:
        return  # a name the model refuses never reaches a greeting
    greeting = salutation(contact)
    assert greeting.strip()
    words = contact.name.replace(",", " ").split()
    assert any(w in greeting for w in words) or greeting == "[their name]"


def test_an_instructor_may_reword_only_some_texts(tmp_path, monkeypatch):
    (tmp_path / "outreach.toml").write_text('[hints]\nversions = "Saved versions are kept."\n')
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert texts()["hints"]["versions"] == "Saved versions are kept."
    assert texts()["hints"]["mark_sent"].startswith("Press this once")  # the shipped one
