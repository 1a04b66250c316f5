"""The one debounce every app uses: run an action once typing pauses.

Widget callbacks run on the kernel's thread, inside its asyncio loop, so the delayed call
is scheduled on that same loop (``loop.call_later``): the action then runs on the kernel's
thread like every other callback, and never touches the store or a widget from a timer
thread. Where no loop is running (a plain script, a unit test, nbval executing a cell's
setup) the action runs at once, which keeps those paths deterministic.

``max_wait`` bounds how long a steady stream of calls can postpone the action: an autosave
still happens every ``max_wait`` seconds while the learner types without pausing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

__all__ = ["Debouncer"]


class Debouncer:
    """Call ``action`` ``wait`` seconds after the last :meth:`__call__` (trailing edge)."""

    def __init__(
        self,
        wait: float,
        action: Callable[[], object],
        *,
        max_wait: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if wait < 0 or (max_wait is not None and max_wait < wait):
            raise ValueError("need 0 <= wait <= max_wait")
        self.wait = float(wait)
        self.max_wait = max_wait
        self.action = action
        self._clock = clock
        self._handle: asyncio.TimerHandle | None = None
        self._first: float | None = None  # when the pending burst of calls began

    @property
    def pending(self) -> bool:
        """True while a call is waiting to run."""
        return self._handle is not None

    def __call__(self) -> None:
        if self.wait == 0:
            self.flush(force=True)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop: nothing would ever run a delayed call
            self.flush(force=True)
            return
        now = self._clock()
        if self._first is None:
            self._first = now
        delay = self.wait
        if self.max_wait is not None:
            delay = max(0.0, min(delay, self._first + self.max_wait - now))
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_later(delay, self._fire)

    def _fire(self) -> None:
        self._handle = None
        self._first = None
        self.action()

    def flush(self, *, force: bool = False) -> None:
        """Run a pending call now (before a save, a switch of contact, a close).

        With ``force`` the action runs even when nothing is pending.
        """
        if self._handle is None and not force:
            return
        self.cancel()
        self.action()

    def cancel(self) -> None:
        """Drop a pending call without running it."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._first = None
