"""Benchmark: the My journey dashboard for a learner with 200 meetings.

Builds a temporary SQLite store with 240 contacts, their events and 200 reflections across
8 fields, then times building JourneyApp (first render, matplotlib imported on the way), a
warm Refresh (what a learner waits for after saving a reflection) and making the export
files. Target: under 1 s. No event loop runs here, so every part is drawn before the call
returns (on a page the parts are drawn after it, see infoint.ui.turns).

    .venv/bin/python tests/bench/bench_journey.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from infoint.model import CATEGORIES, DIMENSIONS, TONES, Contact, Reflection
from infoint.store import Store

FIELDS = ["nursing", "accounting", "teaching", "law", "marketing", "geology", "design",
          "software engineering"]


def seeded_store(folder: Path, meetings: int = 200, contacts: int = 240) -> Store:
    rng = random.Random(42)
    store = Store.open(f"sqlite:///{folder / 'bench.db'}", learner_id="bench-learner")
    people = store.add_contacts([
        Contact(f"Person {i}", field=rng.choice(FIELDS), status=rng.choice(
            ["identified", "contacted", "meeting scheduled", "met", "thanked"]))
        for i in range(contacts)
    ])
    start = date(2025, 6, 1)
    for i in range(meetings):
        who = people[i % len(people)]
        met_on = start + timedelta(days=i)
        thanked = met_on + timedelta(days=1) if rng.random() < 0.7 else None
        store.save_reflection(Reflection(
            field=who.field,
            met_on=met_on,
            contact_id=who.id,
            learned={c: f"Note on {c}." for c in CATEGORIES if rng.random() < 0.6},
            ratings={d: rng.randint(1, 5) for d in DIMENSIONS if rng.random() < 0.8},
            tone=rng.choice(TONES),
            pitch_strength=rng.randint(1, 5),
            suggested_people=[f"Referral {i}"] if rng.random() < 0.2 else [],
            thank_you="Thank you!" if thanked else "",
            thank_you_sent_on=thanked,
        ))
        store.add_event(who.id, "met", met_on)
    return store


def main() -> None:
    from infoint.ui import charts
    from infoint.ui.journey import JourneyApp

    with tempfile.TemporaryDirectory() as tmp:
        store = seeded_store(Path(tmp))
        today = date(2026, 1, 15)

        def timed(fn) -> float:
            start = time.perf_counter()
            fn()
            return time.perf_counter() - start

        cold = timed(lambda: JourneyApp(store, today=today))

        def fresh_app() -> None:
            charts._CACHE.clear()  # every chart drawn anew, as for a new kernel
            app = JourneyApp(store, today=today)
            assert app.notice.level == "info", app.notice.text

        renders = [timed(fresh_app) for _ in range(5)]
        app = JourneyApp(store, today=today)
        changed = []
        for i in range(5):
            # A learner saves one more reflection, then presses Refresh: all charts redraw.
            store.save_reflection(Reflection(field=FIELDS[i], met_on=today, contact_id=None,
                                             ratings={"daily work": 1 + i % 5}))
            changed.append(timed(app.refresh))
        unchanged = [timed(app.refresh) for _ in range(5)]
        exports = [timed(app.make_exports) for _ in range(3)]
        load = os.getloadavg()[0]
        print(f"journey dashboard, {len(store.reflections())} meetings, "
              f"{len(store.contacts())} contacts (load average {load:.1f} on "
              f"{os.cpu_count()} CPUs)")
        print(f"  first render in a new process (imports pandas + matplotlib): {cold:6.3f} s")
        print(f"  render, charts drawn anew, median of 5:  {statistics.median(renders):6.3f} s"
              f"   (target < 1 s; slowest {max(renders):.3f} s)")
        print(f"  Refresh after saving a reflection:       {statistics.median(changed):6.3f} s"
              f"   (slowest {max(changed):.3f} s)")
        print(f"  Refresh with nothing new (charts reused): {statistics.median(unchanged):6.3f} s")
        print(f"  Make my download files (CSV + Parquet):   {statistics.median(exports):6.3f} s"
              "   (only when the learner asks)")


if __name__ == "__main__":
    main()
