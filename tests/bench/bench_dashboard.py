"""Benchmark: class dashboard refresh for 300 learners x 20 reflections (target under 1 s).

Generates the class with the demo's bulk path into a temp SQLite file (or the store at
``--db``, e.g. PostgreSQL), then times ``load_class`` alone and a full
``ClassDashboard.refresh()`` (read, privacy rules, every section, heatmap PNG).

    .venv/bin/python tests/bench/bench_dashboard.py [--learners 300] [--per 20] [--db URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=300)
    parser.add_argument("--per", type=int, default=20, help="reflections per learner")
    parser.add_argument("--db", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ["INFOINT_ROLE"] = "instructor"
    os.environ.setdefault("MPLBACKEND", "Agg")

    from infoint import classview
    from infoint.demo import generate_demo, remove_demo
    from infoint.store import Store
    from infoint.ui.dashboard import ClassDashboard

    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    remove_demo(url)
    started = time.perf_counter()
    summary = generate_demo(url, learners=args.learners, bulk=True,
                            meetings_per_learner=args.per)
    print(f"generated in {time.perf_counter() - started:.1f} s: {summary.describe()[:160]}...")

    store = Store.open(url, learner_id="instructor")
    loads = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        classview.load_class(store.engine)
        loads.append(time.perf_counter() - t)
    t = time.perf_counter()
    app = ClassDashboard(store)  # first build: includes importing matplotlib
    first = time.perf_counter() - t
    refreshes = []
    for _ in range(args.repeat):
        app.refresh()
        refreshes.append(app.last_refresh_seconds)
    redraws = []
    for _ in range(args.repeat):
        app._heat_key = ""  # as if the ratings had changed: the heatmap is drawn again
        app.refresh()
        redraws.append(app.last_refresh_seconds)
    print(f"store: {store.url}")
    print(f"load_class (safe columns, consented reflections): median "
          f"{statistics.median(loads):.3f} s")
    print(f"first dashboard build (incl. matplotlib import): {first:.3f} s")
    print(f"dashboard refresh: median {statistics.median(refreshes):.3f} s, "
          f"max {max(refreshes):.3f} s (target < 1 s) over {args.repeat} runs")
    print(f"dashboard refresh with a heatmap redraw: median {statistics.median(redraws):.3f} s, "
          f"max {max(redraws):.3f} s")
    if args.db:
        remove_demo(url)


if __name__ == "__main__":
    main()
