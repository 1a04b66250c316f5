"""Step to step: the workshop's in-place switch against opening the step as a new page.

One Voilà server on loopback with a demo learner's data (``infoint demo``). Measured in the
same run, for every step:

* server-side, with the light kernel-protocol client (tests/bench/kernel_client.py):
  a new page = render the step's notebook + fetch its widget states (what a browser waits
  for before it can draw); a switch = click the workshop's step button until the kernel is
  idle again (every refreshed value and new widget sent);
* in Chromium: a new page = goto until the app is visible; a switch = click the step
  button until the step's app is visible and the step line names it;
* kernels per learner: kernels alive after walking all six steps each way;
* freshness: a contact added in step 1 must be offered in step 2 right after the switch.

    .venv/bin/python tests/bench/bench_step_switch.py [--rounds 5] [--no-browser]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from infoint.demo import generate_demo  # noqa: E402
from infoint.ui.workshop import STEPS  # noqa: E402
from tests.bench.kernel_client import KernelPage, render  # noqa: E402
from tests.browser.voila_server import VoilaServer  # noqa: E402

LEARNER = "demo-001"
APP_CSS = ["infoint-profile", "infoint-contacts", "infoint-outreach", "infoint-prepare",
           "infoint-reflect", "infoint-journey"]
TARGET_SECONDS = 0.5


def kernels(server: VoilaServer) -> int:
    return len(server.kernel_processes())


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


async def new_pages(server: VoilaServer, rounds: int) -> dict[int, list[float]]:
    """Each step's notebook as a fresh page: render + widget states, ``rounds`` times."""
    times: dict[int, list[float]] = {i: [] for i in range(len(STEPS))}
    http = requests.Session()
    for round_ in range(rounds + 1):
        for i, step in enumerate(STEPS):
            started = time.perf_counter()
            rendered = await asyncio.to_thread(render, http, server.render_url(step.notebook))
            page = await KernelPage.connect(server.base_url, rendered)
            try:
                await page.load_widgets()
            except TimeoutError as error:
                raise RuntimeError(f"{step.notebook}: no widget states") from error
            elapsed = time.perf_counter() - started
            assert page.has(APP_CSS[i]), step.title
            await page.close()
            await asyncio.to_thread(shutdown, http, server, rendered.kernel_id)
            if round_:  # round 0 warms caches
                times[i].append(elapsed)
    return times


def shutdown(http: requests.Session, server: VoilaServer, kernel_id: str) -> None:
    """End a finished page's kernel so the baseline does not pile kernels up; the count
    of kernels a per-page walk leaves is measured separately."""
    xsrf = http.cookies.get("_xsrf", "")
    with contextlib.suppress(requests.RequestException):
        http.delete(f"{server.base_url}/api/kernels/{kernel_id}", timeout=10,
                    headers={"X-XSRFToken": xsrf} if xsrf else {})


async def walk_pages_kernels(server: VoilaServer) -> int:
    before = kernels(server)
    http = requests.Session()
    pages = []
    for step in STEPS:  # a learner clicking the next-step links: each page stays open
        rendered = await asyncio.to_thread(render, http, server.render_url(step.notebook))
        page = await KernelPage.connect(server.base_url, rendered)
        await page.load_widgets()
        pages.append((page, rendered))
    alive = kernels(server) - before
    for page, rendered in pages:
        await page.close()
        await asyncio.to_thread(shutdown, http, server, rendered.kernel_id)
    return alive


async def workshop(server: VoilaServer, rounds: int) -> dict:
    before = kernels(server)
    started = time.perf_counter()
    http = requests.Session()
    rendered = await asyncio.to_thread(render, http, server.render_url("workshop.ipynb"))
    page = await KernelPage.connect(server.base_url, rendered)
    await page.load_widgets()
    opened = time.perf_counter() - started
    first: dict[int, float] = {}
    warm: dict[int, list[float]] = {i: [] for i in range(len(STEPS))}
    for i in range(len(STEPS)):
        first[i] = await page.click(page.find(f"infoint-workshop-step-{i}", "ButtonModel"))
        assert page.has(APP_CSS[i]), STEPS[i].title
    for _ in range(rounds):
        for i in range(len(STEPS)):
            warm[i].append(await page.click(page.find(f"infoint-workshop-step-{i}",
                                                      "ButtonModel")))
    # Freshness: a contact added in step 1 is offered in step 2 straight after the switch.
    await page.click(page.find("infoint-workshop-step-1", "ButtonModel"))
    name = f"Bench Person {int(time.time())}"
    await page.set_value(page.find("infoint-contacts-quick-name", "TextModel"), value=name)
    await page.click(page.find("infoint-contacts-quick-add", "ButtonModel"))
    fresh = await page.click(page.find("infoint-workshop-step-2", "ButtonModel"))
    labels = page.find("infoint-outreach-contact", "DropdownModel").state.get(
        "_options_labels", [])
    alive = kernels(server) - before
    await page.close()
    await asyncio.to_thread(shutdown, http, server, rendered.kernel_id)
    return {"opened": opened, "first": first, "warm": warm, "fresh": fresh,
            "fresh_ok": any(name in label for label in labels), "kernels": alive}


def chromium(server: VoilaServer, rounds: int) -> tuple[dict[int, list[float]],
                                                        dict[int, list[float]]]:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS

    pages: dict[int, list[float]] = {i: [] for i in range(len(STEPS))}
    switch: dict[int, list[float]] = {i: [] for i in range(len(STEPS))}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        for round_ in range(rounds + 1):
            for i, step in enumerate(STEPS):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                started = time.perf_counter()
                page.goto(server.render_url(step.notebook))
                page.wait_for_selector(f".{APP_CSS[i]}", state="visible", timeout=120_000)
                if round_:
                    pages[i].append(time.perf_counter() - started)
                page.close()
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(server.render_url("workshop.ipynb"))
        # It reopens on the step shown last (the light client's walk ended on step 2).
        page.wait_for_selector(".infoint-workshop-stage .infoint-app", timeout=120_000)
        for round_ in range(rounds + 1):
            for i, step in enumerate(STEPS):
                if page.locator(f".infoint-workshop-stage .{APP_CSS[i]}").count():
                    continue  # already on show (the first step when the page opens)
                started = time.perf_counter()
                page.click(f".infoint-workshop-step-{i}")
                page.wait_for_selector(f".infoint-workshop-stage .{APP_CSS[i]}",
                                       state="visible", timeout=60_000)
                page.wait_for_selector(f".infoint-workshop-where >> text={step.title}",
                                       timeout=60_000)
                if round_:  # round 0 builds each step once
                    switch[i].append(time.perf_counter() - started)
        page.close()
        browser.close()
    return pages, switch


def report_server_side(rounds: int, baseline: dict[int, list[float]], ws: dict,
                       walk_kernels: int) -> None:
    print(f"Server-side (light client), {rounds} rounds after a warm-up; "
          f"learner {LEARNER} of the demo class")
    print(f"{'step':20} {'new page s':>10} {'first visit s':>13} {'switch s':>9} "
          f"{'ratio':>6}")
    for i, step in enumerate(STEPS):
        new, sw = median(baseline[i]), median(ws["warm"][i])
        print(f"{step.title:20} {new:10.3f} {ws['first'][i]:13.3f} {sw:9.3f} "
              f"{sw / new:6.2f}")
    all_new = median([t for v in baseline.values() for t in v])
    all_sw = median([t for v in ws["warm"].values() for t in v])
    worst = max(median(v) for v in ws["warm"].values())
    print(f"{'all steps':20} {all_new:10.3f} {'':13} {all_sw:9.3f} {all_sw / all_new:6.2f}")
    print(f"workshop page opened in {ws['opened']:.3f} s; slowest step's median switch "
          f"{worst:.3f} s (target {TARGET_SECONDS} s)")
    print(f"freshness: contact added in step 1 offered in step 2: {ws['fresh_ok']} "
          f"(switch {ws['fresh']:.3f} s)")
    print(f"kernels per learner for the six steps: pages {walk_kernels}, workshop "
          f"{ws['kernels']} (ratio {ws['kernels'] / max(walk_kernels, 1):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true", help="server-side figures only")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="infoint-bench-switch-"))
    db = f"sqlite:///{folder / 'bench.db'}"
    generate_demo(db, learners=10)
    server = VoilaServer(db_url=db, learner=LEARNER)
    server.start()
    try:
        baseline = asyncio.run(new_pages(server, args.rounds))
        walk_kernels = asyncio.run(walk_pages_kernels(server))
        ws = asyncio.run(workshop(server, args.rounds))
        report_server_side(args.rounds, baseline, ws, walk_kernels)
        browser = None if args.no_browser else chromium(server, max(2, args.rounds // 2))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    if browser is not None:
        pages, switch = browser
        print("\nChromium, 1280x800 (click -> step's app visible)")
        print(f"{'step':20} {'new page s':>10} {'switch s':>9} {'ratio':>6}")
        for i, step in enumerate(STEPS):
            new, sw = median(pages[i]), median(switch[i])
            print(f"{step.title:20} {new:10.3f} {sw:9.3f} {sw / new:6.2f}")
        all_new = median([t for v in pages.values() for t in v])
        all_sw = median([t for v in switch.values() for t in v])
        print(f"{'all steps':20} {all_new:10.3f} {all_sw:9.3f} {all_sw / all_new:6.2f}")


if __name__ == "__main__":
    main()
