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
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator

__all__ = ["in_turns"]

log = logging.getLogger("infoint.ui")

# Seconds between two steps: long enough for the kernel to answer a waiting request in
# full, short enough that eight steps add a sixth of a second at most.
PAUSE = 0.02


def answering_the_page() -> bool:
    """True while the kernel handles a message from the page itself (a click, a typed value).

    Then the page's widgets are live and an update sent from a later turn reaches them.
    While a cell runs (Voila rendering the notebook, before the page has loaded its widget
    states) that is not so: the browser's widget manager drops an update that arrives after
    it has read a widget's state and before it has made the widget's model (seen in the
    browser suite: a table drawn in that window never appeared). So work started from a
    cell runs at once, and only work started from the page is spread over turns.
    """
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:
        return False
    if not Kernel.initialized():
        return False
    parent = Kernel.instance().get_parent("shell") or {}
    return parent.get("header", {}).get("msg_type") == "comm_msg"


def in_turns(steps: Iterator[None], on_error: Callable[[Exception], None]) -> None:
    """Run ``steps`` to the end: one step per turn of the running loop when the page asked
    for it (:func:`answering_the_page`), else all at once.

    An exception ends the steps and goes to ``on_error`` (after being logged): a callback
    on the loop has no caller to raise to, and the page must never show a traceback.
    """
    try:
        loop = asyncio.get_running_loop() if answering_the_page() else None
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

    loop.call_later(PAUSE, turn)
