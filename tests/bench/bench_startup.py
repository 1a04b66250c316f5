"""Time to widgets visible in Chromium: each app notebook against a blank one, same run.

Prints, per notebook, the median over several loads, the ratio to the blank notebook
(target for the apps: at most 1.1) and the resident memory of the app's kernel. The
workshop page (every step in one kernel) opens on its first step, Start here.

    .venv/bin/python tests/bench/bench_startup.py [--demo] [--loads 7] [notebook ...]

The blank notebook runs on ipykernel's kernel as installed (a copy of its spec under
another name), not on the kernel infoint's servers start (:mod:`infoint.kernel`, which
imports the store and the widgets while it boots): the baseline is what any notebook costs
on Voilà. The same blank notebook on infoint's kernel is printed too: an app's figure over
that one's is what the app's own first cell costs, with the kernel's head start set aside.

``--demo`` gives the learner the demo class's data (``infoint demo``, learner demo-001)
instead of an empty store, so the apps draw real tables and charts. ``--country GB`` also
names a country in that learner's profile (the demo's learners name none), as most
learners' profiles do after Start here: follow-up dates then skip its public holidays.
The cache folder, where those holidays are kept once worked out, starts empty in each run;
the warm-up round fills it, as a learner's first visit to Start here does.

The time is read in the page: the first animation frame in which the notebook's element
has a size and is not hidden, since the navigation began. Playwright's own wait notices
it later, by 20 to 270 ms measured here, and later still when the page has more to do
right after it shows (the cards a step builds after its first screen): timed from the
driver, the figure was the driver's lag as much as the page's. The driver's figure is
printed beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from infoint.serve import voila_env  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from tests.browser.voila_server import VoilaServer  # noqa: E402

LOADS = 7
# The same blank notebook on the kernel the apps get (infoint.kernel, which imports the
# store and the widgets while it boots): the apps' own cost is their figure over this one's.
WARM_BLANK = "blank-on-infoint-kernel.ipynb"
WARM_BLANK_KERNEL = "python3"
# The blank notebook's kernel: ipykernel's python3 spec under a name infoint leaves alone.
PLAIN_KERNEL = "python3-plain"
APPS = {
    "00-start-here.ipynb": "infoint-profile",
    "01-find-contacts.ipynb": "infoint-contacts",
    "02-draft-outreach.ipynb": "infoint-outreach",
    "03-prepare-questions.ipynb": "infoint-prepare",
    "04-reflect-on-fit.ipynb": "infoint-reflect",
    "05-my-journey.ipynb": "infoint-journey",
    "workshop.ipynb": "infoint-workshop-stage .infoint-app",
}


def blank_notebook(kernel: str = PLAIN_KERNEL) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Blank"),
        nbformat.v4.new_code_cell(
            "import ipywidgets as w\n\nw.VBox([w.Label('ready')]).add_class('bench-blank')"
        ),
    ]
    return nb


def plain_kernel_path(folder: Path) -> str:
    """A Jupyter data folder holding ipykernel's python3 spec as :data:`PLAIN_KERNEL`."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    target = folder / "jupyter" / "kernels" / PLAIN_KERNEL
    target.mkdir(parents=True)
    (target / "kernel.json").write_text(json.dumps(spec.to_dict()))
    return str(folder / "jupyter")


def kernels(server: VoilaServer) -> dict[int, psutil.Process]:
    """The server's kernel processes by pid (not the other children a server may have)."""
    return {k.pid: k for k in server.kernel_processes()}


def wait_until_quiet(server: VoilaServer, limit: float = 15.0) -> None:
    """Wait until the server and its kernels are idle (or ``limit`` seconds have passed).

    A page that has shown goes on working in its kernel (the parts it builds after the
    paint: Outreach compiles its rules, My journey draws its charts), and a closed page's
    kernel is being shut down. A page loaded straight after would share the two cores with
    that work, and with a fixed order the same page would always pay for the same
    predecessor (Prepare for Outreach's rules, the workshop for the journey's charts).
    """
    assert server.proc is not None
    deadline = time.perf_counter() + limit
    quiet = 0
    procs: dict[int, psutil.Process] = {}
    while time.perf_counter() < deadline and quiet < 2:
        current = [psutil.Process(server.proc.pid), *server.kernel_processes()]
        for proc in current:
            if proc.pid not in procs:
                procs[proc.pid] = proc
                # The first reading only starts the count; a kernel may end meanwhile.
                with contextlib.suppress(psutil.NoSuchProcess):
                    proc.cpu_percent(None)
        time.sleep(0.1)
        busy = 0.0
        for proc in current:
            with contextlib.suppress(psutil.NoSuchProcess):
                busy += procs[proc.pid].cpu_percent(None)
        quiet = quiet + 1 if busy < 5.0 else 0


# Before the page's own scripts: each frame, until the element shows, look once (a
# querySelector and a rect: far less than a frame's budget).
FIRST_VISIBLE_FRAME = """
(selector => {
  window.__infointShownAt = null;
  (function look() {
    const el = document.querySelector(selector);
    if (el) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden") {
        window.__infointShownAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(look);
  })();
})(%s);
"""


def time_to_widgets(page, url: str, css: str) -> tuple[float, float]:
    """Seconds from the navigation's start to the first frame that shows ``css``, and
    seconds until Playwright's wait noticed it."""
    page.add_init_script(FIRST_VISIBLE_FRAME % json.dumps(f".{css}"))
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(f".{css}", state="visible", timeout=120_000)
    noticed = time.perf_counter() - start
    page.wait_for_function("window.__infointShownAt !== null", timeout=10_000)
    return page.evaluate("window.__infointShownAt") / 1000, noticed


def main(names: list[str], demo: bool = False, loads: int = LOADS, country: str = "") -> None:
    folder = Path(tempfile.mkdtemp(prefix="infoint-bench-"))
    learner = "bench"
    if demo:
        from infoint.demo import generate_demo

        generate_demo(f"sqlite:///{folder / 'bench.db'}", learners=10)
        learner = "demo-001"
    if country:
        from dataclasses import replace

        from infoint.model import Learner
        from infoint.store import Store

        store = Store.open(f"sqlite:///{folder / 'bench.db'}", learner_id=learner)
        profile = store.load_profile() or Learner(name="Bench Learner")
        store.save_profile(replace(profile, country=country, region=""))
    nbformat.write(blank_notebook(), folder / "blank.ipynb")
    nbformat.write(blank_notebook(WARM_BLANK_KERNEL), folder / WARM_BLANK)
    targets = {"blank.ipynb": "bench-blank", WARM_BLANK: "bench-blank"}
    for name in names or list(APPS):
        if (ROOT / "notebooks" / name).exists():
            shutil.copy(ROOT / "notebooks" / name, folder / name)
            targets[name] = APPS[name]
    # After infoint's own share/jupyter (voila_env puts it first: the template is there).
    jupyter_path = voila_env({"JUPYTER_PATH": os.pathsep.join(
        filter(None, [plain_kernel_path(folder), os.environ.get("JUPYTER_PATH")]))})["JUPYTER_PATH"]
    server = VoilaServer(db_url=f"sqlite:///{folder / 'bench.db'}", learner=learner,
                         notebooks=folder, env={"JUPYTER_PATH": jupyter_path,
                                                "INFOINT_CACHE_DIR": str(folder / "cache")})
    server.start()
    times: dict[str, list[float]] = {name: [] for name in targets}
    noticed: dict[str, list[float]] = {name: [] for name in targets}
    rss: dict[str, float] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
            # One browser profile for every load, as a learner's browser is: its cache keeps
            # the page's scripts, and a closed tab's beacon reaches the server (a page
            # closed with its own context went before its beacon was sent).
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            order = list(targets.items())
            for round_ in range(loads + 1):
                # A new order each round (the same in every run), and each page loaded on
                # a quiet server: no page's figure holds another's after-paint work.
                random.Random(round_).shuffle(order)
                for name, css in order:
                    wait_until_quiet(server)
                    page = context.new_page()
                    before = kernels(server)
                    elapsed, seen = time_to_widgets(page, server.render_url(name), css)
                    if round_:  # the first round warms caches (bytecode, fonts)
                        times[name].append(elapsed)
                        noticed[name].append(seen)
                    else:
                        new = [p for pid, p in kernels(server).items() if pid not in before]
                        rss[name] = max(p.memory_info().rss for p in new) / 2**20
                    # As a learner's tab closes: the page's beacon ends its kernel. Closed
                    # without it, the kernels of every load stayed until culled (23 to 27
                    # alive in a run of every page), and the culler's rounds fell in loads.
                    page.close(run_before_unload=True)
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

    blank = statistics.median(times["blank.ipynb"])
    driver_blank = statistics.median(noticed["blank.ipynb"])
    print(f"{'notebook':28} {'median s':>9} {'ratio':>6} {'paired':>7} {'IQR':>11} "
          f"{'kernel RSS MB':>14} {'driver s':>9} {'ratio':>6}")
    for name, values in times.items():
        median = statistics.median(values)
        # Each round's load over the blank notebook's load in the same round: the machine's
        # drift during a run (a busy minute) then moves both sides of the ratio alike.
        paired = [v / b for v, b in zip(values, times["blank.ipynb"], strict=True)]
        q1, _q2, q3 = statistics.quantiles(paired, n=4) if len(paired) > 1 else (0, 0, 0)
        driver = statistics.median(noticed[name])
        print(f"{name:28} {median:9.2f} {median / blank:6.2f} {statistics.median(paired):7.2f} "
              f"{q1:5.2f}-{q3:<5.2f} {rss.get(name, 0):14.0f} {driver:9.2f} "
              f"{driver / driver_blank:6.2f}")
    print(f"({loads} loads each after one warm-up; ratio = median / blank notebook's median; "
          f"paired = median of each round's load / that round's blank load, IQR its quartiles; "
          f"driver = when Playwright's wait noticed it, for comparison; "
          f"store: {'demo learner demo-001' if demo else 'empty'}"
          f"{f', profile country {country}' if country else ''})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="step notebooks (default: all)")
    parser.add_argument("--demo", action="store_true", help="the demo learner's data")
    parser.add_argument("--loads", type=int, default=LOADS)
    parser.add_argument("--country", default="", help="a country code for the learner's profile")
    args = parser.parse_args()
    main(args.notebooks, demo=args.demo, loads=args.loads, country=args.country.upper())
