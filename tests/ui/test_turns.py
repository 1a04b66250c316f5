"""Work started from Voila's cell waits for the page's "widgets live" signal, then runs."""

from __future__ import annotations

import asyncio

import pytest

from infoint.ui import turns


@pytest.fixture
def a_voila_page(monkeypatch):
    """As in a kernel that Voila runs: the page's signal can arrive and has not yet."""
    monkeypatch.setattr(turns.PageSignal, "listening", True)
    monkeypatch.setattr(turns.PageSignal, "ready", False)
    monkeypatch.setattr(turns.PageSignal, "waiting", [])


def counting(done: list[int], steps: int = 3):
    for i in range(steps):
        done.append(i)
        yield



async def until_all_ran(done: list[int], steps: int = 3) -> None:
    """Give the loop up to two seconds to run every step."""
    for _ in range(100):
        if len(done) == steps:
            return
        await asyncio.sleep(0.02)

def test_a_cells_work_waits_for_the_page_then_runs_in_turns(a_voila_page):
    done: list[int] = []

    async def main():
        turns.in_turns(counting(done), on_error=pytest.fail)
        await asyncio.sleep(0.1)
        assert done == []  # the page has not said its widgets are live
        turns.page_ready()
        await asyncio.sleep(0.01)
        assert done != [0, 1, 2]  # spread over turns, not all at once
        await until_all_ran(done)

    asyncio.run(main())
    assert done == [0, 1, 2]


def test_without_the_signal_the_work_still_runs_after_the_fallback(a_voila_page, monkeypatch):
    monkeypatch.setattr(turns, "READY_FALLBACK", 0.05)
    done: list[int] = []

    async def main():
        turns.in_turns(counting(done), on_error=pytest.fail)
        await until_all_ran(done)

    asyncio.run(main())
    assert done == [0, 1, 2]


def test_a_late_signal_after_the_fallback_does_not_run_the_work_twice(a_voila_page,
                                                                      monkeypatch):
    monkeypatch.setattr(turns, "READY_FALLBACK", 0.0)
    done: list[int] = []

    async def main():
        turns.in_turns(counting(done, steps=1), on_error=pytest.fail)
        await asyncio.sleep(0.1)
        turns.page_ready()
        await asyncio.sleep(0.1)

    asyncio.run(main())
    assert done == [0]


def test_once_the_page_is_ready_a_cells_work_no_longer_waits(a_voila_page):
    turns.page_ready()
    done: list[int] = []
    turns.in_turns(counting(done), on_error=pytest.fail)  # no loop: at once
    assert done == [0, 1, 2]


def test_outside_a_kernel_nothing_listens_for_a_page(monkeypatch):
    monkeypatch.setenv("VOILA_KERNEL_ID", "k")
    monkeypatch.setattr(turns.PageSignal, "listening", False)
    turns.listen_for_the_page()
    assert turns.PageSignal.listening is False
    done: list[int] = []
    turns.in_turns(counting(done), on_error=pytest.fail)
    assert done == [0, 1, 2]
