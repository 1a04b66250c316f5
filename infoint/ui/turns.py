"""Heavy drawing after the page has painted: a generator's steps, one per turn of the kernel's loop.

A page's widgets reach the browser only when the kernel answers the page's request for
their state, and a kernel busy importing matplotlib or drawing a chart answers nothing.
So an app builds its light parts at once and hands the heavy ones to :func:`in_turns`:
each ``yield`` in the generator ends one turn, and between turns the kernel's asyncio loop
serves the page (widget state, clicks). A short pause between turns, rather than the very
next turn, lets a request that needs several turns of its own (the kernel's message
handling awaits more than once) finish before the next heavy step starts. Without a
running loop (a script, a unit test) the steps run at once, so results stay immediate and
deterministic there.

A Voila page says when its widgets are live: once the app's element is on the page (so the
browser has made every model under it), the page's script (``static/infoint-page.js`` of
the infoint template) opens a comm to :data:`READY_TARGET`. Work started from the cell
that Voila runs then waits for that signal and is spread over turns after it, so the page
paints the light parts at once instead of waiting for the heavy ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "READY_TARGET", "PageSignal", "in_turns", "listen_for_the_page", "one_per_turn",
    "page_ready", "when_page_ready",
]

log = logging.getLogger("infoint.ui")

# Seconds between two steps: long enough for the kernel to answer a waiting request in
# full, short enough that eight steps add a sixth of a second at most.
PAUSE = 0.02

# The comm the page opens once its widgets are live (the template's infoint-page.js).
READY_TARGET = "infoint.page_ready"

# Seconds a cell's work waits for the page's signal before it runs anyway: a page whose
# script never says so (it failed to load) still gets every part, late rather than never.
READY_FALLBACK = 30.0


class PageSignal:
    """What this kernel knows of the one Voila page it serves."""

    listening = False  # the comm target is registered: the page's signal can arrive
    ready = False  # the page said its widgets are live
    waiting: list[Callable[[], None]] = []


def listen_for_the_page() -> None:
    """Register :data:`READY_TARGET` in a kernel that Voila runs for a page (every app's
    ``launch`` calls this); elsewhere (JupyterLab, nbval, a script) nothing happens and
    work started from a cell runs at once as before."""
    if PageSignal.listening or "VOILA_KERNEL_ID" not in os.environ:
        return
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:
        return
    if not Kernel.initialized():
        return
    manager = getattr(Kernel.instance(), "comm_manager", None)
    if manager is None:
        return
    manager.register_target(READY_TARGET, _on_ready_comm)
    PageSignal.listening = True


def _on_ready_comm(comm: Any, _open_msg: Any) -> None:
    comm.close()
    page_ready()


def page_ready() -> None:
    """The page's widgets are live: start the work that waited for them (once)."""
    PageSignal.ready = True
    waiting, PageSignal.waiting = PageSignal.waiting, []
    for start in waiting:
        try:
            start()
        except Exception:  # one part that fails must not keep the others from the page
            log.exception("could not go on once the page was live")


def _waiting_for_the_page() -> bool:
    return PageSignal.listening and not PageSignal.ready


def when_page_ready(start: Callable[[], None]) -> None:
    """Run ``start`` once the page's widgets are live: at once if they are (or if no page
    will say so), else when the page says so, or after :data:`READY_FALLBACK` seconds if
    it never does. Runs it once either way."""
    if not _waiting_for_the_page():
        start()
        return
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            start()

    PageSignal.waiting.append(once)
    with contextlib.suppress(RuntimeError):  # no loop to wait on: the signal alone starts it
        asyncio.get_running_loop().call_later(READY_FALLBACK, once)


def answering_the_page() -> bool:
    """True while the kernel handles a message from the page itself (a click, a typed value).

    Then the page's widgets are live and an update sent from a later turn reaches them.
    While a cell runs (Voila rendering the notebook, before the page has loaded its widget
    states) that is not so: the browser's widget manager drops an update that arrives after
    it has read a widget's state and before it has made the widget's model (seen in the
    browser suite: a table drawn in that window never appeared). So work started from a
    cell runs at once, or, in a Voila page, waits for the page to say its widgets are live
    (:func:`when_page_ready`); work started from the page is spread over turns at once.
    """
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:
        return False
    if not Kernel.initialized():
        return False
    parent = Kernel.instance().get_parent("shell") or {}
    return parent.get("header", {}).get("msg_type") == "comm_msg"


def one_per_turn(work: list[Callable[[], None]]) -> Iterator[None]:
    """Steps for :func:`in_turns`: each piece of ``work`` in order, pieces added while it
    runs included. An app collects in such a list what its model hands it for later."""
    while work:
        work.pop(0)()
        yield


def in_turns(steps: Iterator[None], on_error: Callable[[Exception], None]) -> None:
    """Run ``steps`` to the end: one step per turn of the running loop when the page asked
    for it (:func:`answering_the_page`) or, started from Voila's cell, once the page has
    said its widgets are live (:func:`page_ready`); else all at once.

    An exception ends the steps and goes to ``on_error`` (after being logged): a callback
    on the loop has no caller to raise to, and the page must never show a traceback.
    """
    later = answering_the_page() or PageSignal.listening
    try:
        loop = asyncio.get_running_loop() if later else None
    except RuntimeError:
        loop = None

    def step() -> bool:
        try:
            next(steps)
        except StopIteration:
            return False
        except Exception as error:  # reported on the page by on_error, never a traceback
            log.exception("drawing stopped")
            on_error(error)
            return False
        return True

    if loop is None:
        while step():
            pass
        return

    def turn() -> None:
        if step():
            loop.call_later(PAUSE, turn)

    when_page_ready(lambda: loop.call_later(PAUSE, turn))
