"""Benchmark: N learners at once on one Voila server, each opening the reflect app and saving.

For N in 1, 10, 30 (override with --n 1 5 ...): start a fresh Voila server exactly as
``infoint serve`` does (one SQLite store, or --db URL), open N Chromium contexts at once
(one learner page each), and for every page measure

* time to widgets: from navigation until the app is visible and Voila's spinner is gone;
* save latency: from clicking "Save reflection" until the app confirms the save;

then print p50/p90 per N and the server's total resident memory (Voila + its kernels).
Every page is a separate kernel, like a class where everybody opens the step at once.
On a single Voila server all pages share one learner id: per-learner separation is
JupyterHub's job, tested in tests/hub.

    .venv/bin/python tests/bench/bench_concurrency.py [--n 1 10 30] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.browser.voila_server import VoilaServer

NOTEBOOK = "04-reflect-on-fit.ipynb"
APP = "infoint-reflect"
TIMEOUT_MS = 240_000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


class Stuck(RuntimeError):
    """A page that did not get as far as it should, and where it stopped."""


async def one_learner(browser, url: str, i: int, delay: float = 0.0) -> tuple[float, float]:
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    stage = "opening the page"
    try:
        started = time.perf_counter()
        await page.goto(url, timeout=TIMEOUT_MS)
        await page.wait_for_selector(f".{APP}", state="visible", timeout=TIMEOUT_MS)
        await page.wait_for_selector("#loading", state="detached", timeout=TIMEOUT_MS)
        widgets = time.perf_counter() - started
        stage = "saving"
        field = page.locator(f".{APP}-field input").first
        await field.fill(f"bench field {i}")
        await field.dispatch_event("change")
        box = page.locator(f".{APP}-surprises textarea").first
        await box.fill(f"Concurrent learner {i} was surprised.")
        await box.dispatch_event("change")
        await page.wait_for_timeout(300)  # let the last keystrokes reach the kernel
        clicked = time.perf_counter()
        await page.locator(f"button.{APP}-save").first.click()
        await page.locator(f".{APP}-notice", has_text="saved").wait_for(timeout=TIMEOUT_MS)
        return widgets, time.perf_counter() - clicked
    except Exception as error:
        raise Stuck(f"learner {i}: stopped while {stage}: {type(error).__name__}") from error
    finally:
        await context.close()


def server_rss(pid: int) -> float:
    proc = psutil.Process(pid)
    total = proc.memory_info().rss
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # a kernel may end meanwhile
            total += child.memory_info().rss
    return total / 2**20


async def run(n: int, db: str | None, ramp: float = 0.0) -> None:
    from playwright.async_api import async_playwright

    folder = Path(tempfile.mkdtemp(prefix="infoint-conc-"))
    server = VoilaServer(db_url=db or f"sqlite:///{folder / 'class.db'}", learner="bench")
    server.start()
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
            url = server.render_url(NOTEBOOK)
            started = time.perf_counter()
            results = await asyncio.gather(
                *(one_learner(browser, url, i, ramp * i / max(n, 1)) for i in range(n)),
                return_exceptions=True,
            )
            wall = time.perf_counter() - started
            rss = server_rss(server.proc.pid)
            await browser.close()
    finally:
        server.stop()
    ok = [r for r in results if not isinstance(r, BaseException)]
    failed = [r for r in results if isinstance(r, BaseException)]
    widgets = [w for w, _ in ok]
    saves = [s for _, s in ok]
    if not ok:
        print(f"N={n:>3}: all {n} sessions failed, e.g. {failed[0]}")
        return
    label = f" (opened over {ramp:.0f} s)" if ramp else ""
    print(
        f"N={n:>3}{label}: time to widgets p50 {statistics.median(widgets):6.2f} s "
        f"p90 {pct(widgets, 0.9):6.2f} s | save p50 {statistics.median(saves):5.2f} s "
        f"p90 {pct(saves, 0.9):5.2f} s | all done in {wall:5.1f} s | server RSS "
        f"{rss:,.0f} MB ({rss / n:,.0f} MB per learner) | failed {len(failed)}",
        flush=True,
    )
    for error in failed[:5]:
        print(f"        {error}"[:300])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file)")
    parser.add_argument("--ramp", type=float, default=0.0,
                        help="open the N pages evenly over this many seconds (default: at once)")
    args = parser.parse_args()
    print(f"machine: {psutil.cpu_count()} cores, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GB; notebook {NOTEBOOK}")
    for n in args.n:
        asyncio.run(run(n, args.db, args.ramp))


if __name__ == "__main__":
    main()
