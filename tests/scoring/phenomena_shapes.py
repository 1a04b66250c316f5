"""The short, otherwise sound messages the phenomenon tests put one sentence into, shared by
the rounds that test sentences in the same frame."""

from __future__ import annotations


def in_email(sentence: str) -> str:
    """A short, otherwise sound request, with ``sentence`` in the middle."""
    return (
        "Dear Ms. Lane, I'm Jo Park, a second-year student at Elm College. "
        f"{sentence} Thank you, Jo"
    )


def in_note(sentence: str) -> str:
    """A short thank-you note, with ``sentence`` after its opening thanks."""
    return f"Dear Ana, thank you for your time on Tuesday. {sentence} Best wishes, Jo"


def in_note_after_a_takeaway(sentence: str) -> str:
    """A short thank-you note that already names a takeaway, with ``sentence`` after it (the
    frame for the rules that read what a note asks or promises)."""
    return in_note(f"Your tip about the county archive was useful. {sentence}")


def in_why_you_email(sentence: str) -> str:
    """A short request whose only possible reason for choosing the reader is ``sentence``."""
    return (
        "Hi Dana,\n\nI'm Lucas, a commerce student at Elm College. "
        f"{sentence} Would you have 15 minutes next week for a call?\n\nThank you,\nLucas Ferre"
    )


def in_connection_email(sentence: str) -> str:
    """A short request whose only possible link to the reader is ``sentence``."""
    return (
        "Dear Ms. Lane,\n\nI'm Jo Park, a second-year student at Elm College. "
        f"{sentence} Would you have 20 minutes next week?\n\nThank you,\nJo Park"
    )


def in_email_opened_by(salutation: str, sentence: str) -> str:
    """A short request that opens on ``salutation`` and has ``sentence`` as its second
    sentence of substance (the frame for where a connection comes)."""
    return (
        f"{salutation}\n\nI'm Jo Park, a second-year student at Elm College. "
        f"{sentence} Would you have 20 minutes next week?\n\nThank you,\nJo Park"
    )


def in_request(sentence: str) -> str:
    """A short request from a student, with ``sentence`` between the introduction and the
    request for 20 minutes."""
    return (
        f"Dear Ms. Lane, I'm Jo Park, a student at Elm College. {sentence} Would you have 20 "
        "minutes next week? Thank you, Jo"
    )


def in_unsigned_request(sentence: str) -> str:
    """A note whose only possible introduction of the sender is ``sentence``."""
    return f"Hi Devin,\n\n{sentence} Could I buy you a coffee to hear your advice?\n\nThanks"
