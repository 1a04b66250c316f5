"""The contact pipeline in one place: stages, the events that move a contact, and the rules.

Every part of infoint reads these: the model validates a status against ``STAGES``, the
store records ``EVENT_KINDS``, the contacts app walks ``next_stage``, the follow-up
schedule reads ``REPLIED_STAGES`` and ``ASK_OVER``, and the analysis and class views count
the funnel with ``STATUS_FUNNEL`` and ``EVENT_FUNNEL``. Timings live in
``data/rules/cadence.toml`` (``infoint.cadence``).

One rule matters most to a learner: **a contact never moves backwards by itself**. Marking
a second message as sent to someone already met or thanked records the message, and leaves
them where they are.
"""

from __future__ import annotations

__all__ = [
    "ASK_OVER",
    "EVENT_FUNNEL",
    "EVENT_KINDS",
    "FUNNEL_LABELS",
    "FUNNEL_STAGES",
    "REPLIED_STAGES",
    "STAGES",
    "STATUS_EVENTS",
    "STATUS_FUNNEL",
    "after_sending",
    "next_stage",
]

STAGES = (
    "identified",
    "asked for intro",
    "contacted",
    "follow-up due",
    "meeting scheduled",
    "met",
    "thanked",
    "keeping in touch",
    "declined / no reply",
)

# What can happen with a contact on a day (the store's contact_events.kind).
EVENT_KINDS = (
    "asked for intro", "sent", "followed up", "replied", "met", "thanked", "declined",
    # A snooze is dated with the day its reminders come back.
    "snoozed",
)

# Moving a contact to one of these stages is something that happened on a day; the event
# is what the follow-up schedule counts business days from.
STATUS_EVENTS: dict[str, str] = {
    "asked for intro": "asked for intro",
    "contacted": "sent",
    "meeting scheduled": "replied",
    "met": "met",
    "thanked": "thanked",
    "declined / no reply": "declined",
}

# Stages where the first ask is over: these contacts go last in "ask first", never first.
ASK_OVER = ("met", "thanked", "keeping in touch", "declined / no reply")

# A status that cannot be reached without a reply (a decline is not a reply).
REPLIED_STAGES = frozenset(STAGES[STAGES.index("meeting scheduled"):]) - {"declined / no reply"}

_NEXT = {
    "identified": "contacted",
    "asked for intro": "contacted",
    "contacted": "meeting scheduled",
    "follow-up due": "meeting scheduled",
    "meeting scheduled": "met",
    "met": "thanked",
    "thanked": "keeping in touch",
}

# The funnel the analysis and the class views count: contacts -> asked -> met -> thanked.
FUNNEL_STAGES = ("contacts", "asked", "met", "thanked")
FUNNEL_LABELS = {
    "contacts": "On a contact list",
    "asked": "Asked for a meeting",
    "met": "Met",
    "thanked": "Thanked",
}
STATUS_FUNNEL = {
    "identified": 0,
    "asked for intro": 0,  # asking someone else for an introduction is not yet asking them
    "contacted": 1,
    "follow-up due": 1,
    "meeting scheduled": 1,
    "declined / no reply": 1,
    "met": 2,
    "thanked": 3,
    "keeping in touch": 3,
}
EVENT_FUNNEL = {"sent": 1, "followed up": 1, "replied": 1, "declined": 1, "met": 2, "thanked": 3}



def next_stage(status: str) -> str | None:
    """The next stage on the usual road, or None at its end (and after a decline).

    The button walks the happy path: asking for an introduction is a side road and a
    follow-up being due is a state the schedule reports, so both are skipped; any stage
    can still be chosen by hand.
    """
    return _NEXT.get(status)


def after_sending(status: str) -> str:
    """The status after a message is marked as sent: "contacted" from the stages before it,
    and unchanged from anywhere later (a follow-up, a thank-you or a keep-in-touch note is a
    message too, and must not send a contact back to waiting for a first reply)."""
    if status in STAGES and STAGES.index(status) < STAGES.index("contacted"):
        return "contacted"
    return status
