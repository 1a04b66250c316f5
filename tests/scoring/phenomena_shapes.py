"""The short, otherwise sound messages the phenomenon tests put one sentence into, shared by
the rounds that test sentences in the same frame (round 6 and round 8)."""

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
