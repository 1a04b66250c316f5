"""What the step models that keep a draft as the learner types have in common: views that
listen for changes, and one debounced autosave (infoint.debounce) of the draft."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable

from infoint.debounce import Debouncer

__all__ = ["DraftingModel"]


class DraftingModel(ABC):
    """Listeners plus a debounced ``keep_draft``; a subclass defines ``keep_draft``."""

    def __init__(self, wait: float, max_wait: float | None) -> None:
        self._unsaved_draft = False
        self._listeners: list[Callable[[], None]] = []
        self._autosave = Debouncer(wait, self.keep_draft, max_wait=max_wait)

    @abstractmethod
    def keep_draft(self) -> None:
        """Write the pending draft to the store now."""

    def observe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after every change of state (the view re-renders)."""
        self._listeners.append(listener)

    def _changed(self, *, draft: bool = True) -> None:
        if draft:
            self._unsaved_draft = True
            self._autosave()
        for listener in self._listeners:
            listener()
