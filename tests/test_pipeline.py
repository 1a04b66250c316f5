"""The contact pipeline's one home, and its rule: a contact never moves backwards by itself."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoint import analysis, classview, contacts, contacts_view, model, pipeline, store
from infoint.contacts import reminders_for
from infoint.contacts_view import timelines
from infoint.model import Contact, Outreach


def test_every_module_reads_the_one_pipeline():
    assert model.PIPELINE is pipeline.STAGES
    assert store.EVENT_KINDS is pipeline.EVENT_KINDS
    assert contacts.ASK_OVER is pipeline.ASK_OVER
    assert contacts_view.STATUS_EVENTS is pipeline.STATUS_EVENTS
    assert analysis.FUNNEL_STAGES is pipeline.FUNNEL_STAGES
    assert classview.STAGE_LABELS is pipeline.FUNNEL_LABELS
    assert set(pipeline.STATUS_FUNNEL) == set(pipeline.STAGES)
    assert set(pipeline.STATUS_EVENTS.values()) <= set(pipeline.EVENT_KINDS)


@given(st.sampled_from(pipeline.STAGES))
def test_sending_never_moves_a_contact_backwards(status):
    after = pipeline.after_sending(status)
    assert pipeline.STAGES.index(after) >= pipeline.STAGES.index(status)
    assert after == "contacted" or after == status


@pytest.mark.parametrize("status", ["met", "thanked", "keeping in touch", "meeting scheduled"])
def test_a_second_mark_as_sent_keeps_the_stage_and_adds_no_no_reply_reminders(store, status):
    c = store.add_contact(Contact(name="Jane Green", organisation="Green & Co"))
    first = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    store.mark_sent(first.id, date(2026, 3, 2))
    store.set_status(c.id, "met", on=date(2026, 3, 10), event_kind="met")
    store.set_status(c.id, status)
    later = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Thanks!"))
    store.mark_sent(later.id, date(2026, 3, 11))
    assert store.get_contact(c.id).status == status
    kinds = {r.kind for r in reminders_for(timelines(store.contacts(), store.events()),
                                           date(2026, 3, 30))}
    assert not kinds & {"second-contact", "follow-up"}


def test_first_mark_as_sent_moves_an_identified_contact_to_contacted(store):
    c = store.add_contact(Contact(name="Jane Green"))
    draft = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    store.mark_sent(draft.id, date(2026, 3, 2))
    assert store.get_contact(c.id).status == "contacted"
