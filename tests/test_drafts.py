"""The one draft mechanism and the one debounce (infoint.drafts, infoint.debounce)."""

from __future__ import annotations

import asyncio

import pytest

from infoint.debounce import Debouncer
from infoint.drafts import Drafts
from infoint.store import Store


def test_a_draft_is_kept_and_found_again(store: Store) -> None:
    drafts = Drafts(store, "reflect")
    kept_at = drafts.keep("contact-3", {"notes": "ask about night shifts"})
    assert drafts.load("contact-3") == {"notes": "ask about night shifts", "saved_at": kept_at}
    assert drafts.last() == "contact-3"
    # The keys are the ones the apps used before, so earlier drafts are still found.
    assert store.get_state("reflect:draft:contact-3")["notes"] == "ask about night shifts"
    assert store.get_state("reflect:draft:last") == "contact-3"


def test_steps_and_learners_do_not_share_drafts(store: Store) -> None:
    Drafts(store, "reflect").keep("new", {"notes": "a"})
    assert Drafts(store, "outreach").load("new") is None
    ben = Store(store.engine, learner_id="ben")
    assert Drafts(ben, "reflect").load("new") is None
    assert Drafts(ben, "reflect").last() is None


def test_discard_forgets_the_draft_and_the_pointer(store: Store) -> None:
    drafts = Drafts(store, "prepare")
    drafts.keep("contact-1", {"a": 1})
    drafts.keep("contact-2", {"a": 2})
    drafts.discard("contact-1")
    assert drafts.load("contact-1") is None
    assert drafts.last() == "contact-2"
    drafts.discard("contact-2")
    assert drafts.last() is None


def test_a_pointer_written_as_a_whole_key_by_an_earlier_version_is_read(store: Store) -> None:
    store.set_states(
        {"reflect:draft:contact-9": {"notes": "x"}, "reflect:draft:last": "reflect:draft:contact-9"}
    )
    assert Drafts(store, "reflect").last() == "contact-9"


def test_a_pointer_to_a_vanished_draft_is_none(store: Store) -> None:
    store.set_state("reflect:draft:last", "contact-4")
    assert Drafts(store, "reflect").last() is None


@pytest.mark.parametrize("subject", ["", "last"])
def test_bad_subjects_are_refused(store: Store, subject: str) -> None:
    with pytest.raises(ValueError):
        Drafts(store, "reflect").key(subject)


def test_without_a_running_loop_the_action_runs_at_once() -> None:
    calls: list[int] = []
    debounce = Debouncer(0.5, lambda: calls.append(1))
    debounce()
    debounce()
    assert calls == [1, 1]
    assert not debounce.pending


def test_on_the_loop_a_burst_of_calls_runs_the_action_once_after_the_pause() -> None:
    calls: list[float] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        debounce = Debouncer(0.05, lambda: calls.append(loop.time()))
        start = loop.time()
        for _ in range(5):
            debounce()
            await asyncio.sleep(0.01)
        assert debounce.pending and calls == []
        await asyncio.sleep(0.1)
        assert len(calls) == 1 and calls[0] - start >= 0.05 + 0.04
        assert not debounce.pending

    asyncio.run(main())


def test_max_wait_bounds_how_long_steady_typing_postpones_the_action() -> None:
    calls: list[float] = []
    span: list[float] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        debounce = Debouncer(0.05, lambda: calls.append(loop.time()), max_wait=0.12)
        start = loop.time()
        for _ in range(20):  # a steady stream of calls, never a 0.05 s pause
            debounce()
            await asyncio.sleep(0.01)
        span.append(loop.time() - start)
        assert calls, "max_wait must force the action during a steady stream"
        await asyncio.sleep(0.1)

    asyncio.run(main())
    # However slow the machine, the action ran about once per max_wait, not once per call.
    assert 2 <= len(calls) <= span[0] / 0.12 + 2
    assert len(calls) < 20


def test_flush_runs_a_pending_call_now_and_cancel_drops_it() -> None:
    calls: list[str] = []

    async def main() -> None:
        debounce = Debouncer(10, lambda: calls.append("run"))
        debounce()
        debounce.flush()
        assert calls == ["run"] and not debounce.pending
        debounce.flush()  # nothing pending: nothing runs
        assert calls == ["run"]
        debounce()
        debounce.cancel()
        await asyncio.sleep(0)
        assert calls == ["run"] and not debounce.pending

    asyncio.run(main())


def test_the_action_runs_on_the_loops_thread() -> None:
    import threading

    seen: list[threading.Thread] = []

    async def main() -> None:
        debounce = Debouncer(0.01, lambda: seen.append(threading.current_thread()))
        debounce()
        await asyncio.sleep(0.05)

    asyncio.run(main())
    assert seen == [threading.main_thread()]


def test_bad_waits_are_refused() -> None:
    with pytest.raises(ValueError):
        Debouncer(-1, lambda: None)
    with pytest.raises(ValueError):
        Debouncer(1, lambda: None, max_wait=0.5)


def test_a_discarded_draft_leaves_no_row_behind(store: Store) -> None:
    drafts = Drafts(store, "reflect")
    drafts.keep("new", {"notes": "x"})
    drafts.discard("new")
    rows = store.export_rows()["app_state"]
    assert [r["key"] for r in rows if r["key"].startswith("reflect:")] == []
