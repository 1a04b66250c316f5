"""Rehearse mode: the planned questions one at a time against the clock.

The countdown logic is :class:`infoint.prepare.Rehearsal` (pure, given the time). This
panel only shows it and ticks once a second, only on the kernel's asyncio loop (Jupyter and
Voilà run widget callbacks inside it): the clock widget is then written from the kernel's
own thread, like every other widget change, never from a timer thread. Where no loop runs
(a plain script), nothing ticks by itself and the clock moves on Next and Stop. Tests pass
``autotick=False`` and a fake ``clock`` and call :meth:`RehearsePanel.tick` themselves, or
run a loop and a short ``interval``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.prepare import (
    Budget,
    Rehearsal,
    RehearsalStatus,
    clock_text,
    content,
    rehearsal_plan,
)
from infoint.ui.common import button, esc, fixed


class RehearsePanel(w.VBox):
    def __init__(
        self,
        css: Callable[[str], str],
        budget: Callable[[], Budget],
        *,
        clock: Callable[[], float] = time.monotonic,
        autotick: bool = True,
        interval: float = 1.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._budget = budget
        self._clock = clock
        self._autotick = autotick
        self.interval = interval
        self.ticks = 0
        self._ticker: asyncio.Task | None = None
        self.rehearsal: Rehearsal | None = None
        self.start_button = button("Start rehearsal", css("rehearse-start"), "primary", "play")
        self.next_button = button("Next question", css("rehearse-next"), icon="forward")
        self.stop_button = button("Stop", css("rehearse-stop"), icon="stop")
        self.start_button.on_click(lambda _b: self.start())
        self.next_button.on_click(lambda _b: self.next())
        self.stop_button.on_click(lambda _b: self.stop())
        self.clock_view = fixed(w.HTML, classes=(css("rehearse-clock"),))
        self._buttons()
        self.clock_view.value = self._idle_html()
        self.children = [
            self.clock_view,
            fixed(w.HBox, [self.start_button, self.next_button, self.stop_button],
                  classes=("infoint-actions",)),
        ]

    # -- actions ----------------------------------------------------------------------------

    @property
    def status(self) -> RehearsalStatus | None:
        return self.rehearsal.status(self._clock()) if self.rehearsal else None

    def start(self) -> None:
        budget = self._budget()
        steps = rehearsal_plan(budget)
        if not steps:
            self.clock_view.value = (
                '<div class="ii-clock"><p>Add questions to the plan first, then rehearse '
                "them here.</p></div>"
            )
            return
        self.rehearsal = Rehearsal(steps, budget)
        self._show(self.rehearsal.start(self._clock()))
        self._start_ticker()

    def next(self) -> None:
        if self.rehearsal is None:
            return
        self._show(self.rehearsal.next(self._clock()))

    def stop(self) -> None:
        if self.rehearsal is None:
            return
        self._show(self.rehearsal.stop(self._clock()))

    def tick(self) -> None:
        """Refresh the clock from the current time (the ticker calls this every second)."""
        if self.rehearsal is not None and self.rehearsal.running:
            self.ticks += 1
            self._show(self.rehearsal.status(self._clock()))

    def reset(self) -> None:
        """The plan changed: end any rehearsal and show the new totals."""
        if self.rehearsal is not None:
            self.rehearsal.stop(self._clock())
        self.rehearsal = None
        self._stop_ticker()
        self._buttons()
        self.clock_view.value = self._idle_html()

    # -- display ----------------------------------------------------------------------------

    def _buttons(self) -> None:
        running = bool(self.rehearsal and self.rehearsal.running)
        self.start_button.description = "Restart" if running else "Start rehearsal"
        self.next_button.disabled = not running
        self.stop_button.disabled = not running

    def _idle_html(self) -> str:
        budget = self._budget()
        n = len(budget.questions)
        if not n:
            return (
                '<div class="ii-clock"><p>Your questions will appear here one at a time.</p></div>'
            )
        return (
            f'<div class="ii-clock"><p>{n} question{"s" if n != 1 else ""}, about '
            f"{budget.question_minutes:g} minutes after a {budget.opening:g}-minute opening. "
            f"{esc(_say('how'))}</p></div>"
        )

    def _show(self, s: RehearsalStatus) -> None:
        self._buttons()
        if s.finished or not s.running:
            self._stop_ticker()
            verdict = (
                "You finished within the time."
                if not s.meeting_over
                else f"You ran {clock_text(-s.meeting_left)} over the meeting's end."
            )
            if not s.finished:
                verdict = f"Stopped at question {s.index + 1} of {s.total}."
            self.clock_view.value = (
                f'<div class="ii-clock"><p><b>{esc(verdict)}</b> '
                f"{clock_text(s.meeting_left)} left on the meeting clock.</p></div>"
            )
            return
        q_late = " ii-late" if s.question_over else ""
        m_late = " ii-late" if s.wrap_up else ""
        warning = ""
        if s.meeting_over:
            warning = _say("over_meeting")
        elif s.wrap_up:
            warning = _say("wrap_up")
        elif s.question_over:
            warning = _say("over_question")
        warn_html = f'<p class="ii-late" role="alert"><b>{esc(warning)}</b></p>' if warning else ""
        self.clock_view.value = (
            '<div class="ii-clock">'
            f'<div class="ii-muted">Question {s.index + 1} of {s.total}</div>'
            f'<div class="ii-q">{esc(s.text)}</div>'
            '<div class="ii-clock-grid">'
            f'<div><div class="ii-muted">This question</div><div class="ii-big{q_late}" '
            f'data-clock="question">{clock_text(s.question_left)}</div></div>'
            f'<div><div class="ii-muted">Meeting left</div><div class="ii-big{m_late}" '
            f'data-clock="meeting">{clock_text(s.meeting_left)}</div></div>'
            f"</div>{warn_html}</div>"
        )

    # -- the one-second ticker --------------------------------------------------------------

    @property
    def ticking(self) -> bool:
        """True while a ticker is scheduled on the loop."""
        return self._ticker is not None and not self._ticker.done()

    def _start_ticker(self) -> None:
        if not self._autotick or self.ticking:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop: no thread either; the clock moves on Next and Stop
            return
        self._ticker = loop.create_task(self._run())

    async def _run(self) -> None:
        try:
            while self.rehearsal is not None and self.rehearsal.running:
                await asyncio.sleep(self.interval)
                self.tick()
        finally:
            self._ticker = None

    def _stop_ticker(self) -> None:
        ticker, self._ticker = self._ticker, None
        if ticker is not None and ticker is not _current_task():
            ticker.cancel()


def _say(part: str) -> str:
    """What the clock says (``[steps.rehearse]`` in prepare.toml)."""
    return content().step("rehearse", part)


def _current_task() -> asyncio.Task | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None
