"""The one draft mechanism: a step's unsaved work kept in the learner's store.

Every step files its drafts the same way, under ``<step>:draft:<subject>`` where the subject
names what the draft is about (``contact-12``, ``reflection-3``, ``new``), and remembers the
subject it kept last under ``<step>:draft:last`` so that reopening the step brings the work
back. A draft and its pointer are written in one transaction. Keys are the ones the apps
already used, so drafts kept by earlier versions are found.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["Drafts", "StateStore"]

LAST = "last"


class StateStore(Protocol):
    def get_state(self, key: str, default: Any = None) -> Any: ...

    def set_states(self, values: Mapping[str, Any]) -> None: ...


class Drafts:
    """One step's drafts in a learner's store."""

    def __init__(self, store: StateStore, step: str) -> None:
        if not step or ":" in step:
            raise ValueError("a step name is one word, without ':'")
        self.store = store
        self.step = step
        self.prefix = f"{step}:draft:"

    def key(self, subject: str) -> str:
        if not subject or subject == LAST:
            raise ValueError(f"not a draft subject: {subject!r}")
        return self.prefix + subject

    def load(self, subject: str) -> dict[str, Any] | None:
        """The draft kept for ``subject``, or None (also for a value that is not a draft)."""
        value = self.store.get_state(self.key(subject))
        return dict(value) if isinstance(value, dict) else None

    def keep(self, subject: str, values: Mapping[str, Any]) -> str:
        """Keep ``values`` as the draft for ``subject``; returns the time kept ("14:05")."""
        kept_at = time.strftime("%H:%M")
        self.store.set_states(
            {self.key(subject): {**values, "saved_at": kept_at}, self.prefix + LAST: subject}
        )
        return kept_at

    def discard(self, subject: str) -> None:
        """Forget the draft for ``subject`` (it was saved for real, or thrown away)."""
        changes: dict[str, Any] = {self.key(subject): None}
        if self.last() == subject:
            changes[self.prefix + LAST] = None
        self.store.set_states(changes)

    def last(self) -> str | None:
        """The subject of the draft kept most recently, if it is still there."""
        pointer = self.store.get_state(self.prefix + LAST)
        if not isinstance(pointer, str) or not pointer:
            return None
        # Earlier versions stored the whole key rather than the subject.
        subject = pointer.removeprefix(self.prefix)
        if subject == LAST or self.load(subject) is None:
            return None
        return subject
