"""Benchmark: infoint.analysis on 1,000,000 reflections (6,000,000 rating rows).

Prints wall time per function and the peak memory of the process (ru_maxrss) and of
Python allocations (tracemalloc). Targets: under 5 s in all, under 2 GB peak.

    .venv/bin/python tests/bench/bench_analysis.py [n_reflections]
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

from infoint import analysis
from infoint.frames import REFLECTION_COLUMNS, rating_column
from infoint.model import CATEGORIES, DIMENSIONS, TONES


def synthetic_wide(n: int, seed: int = 7) -> pd.DataFrame:
    """A wide reflections frame shaped like Store.reflections_frame(), built vectorised."""
    rng = np.random.default_rng(seed)
    fields = np.array([f"field {i:02d}" for i in range(40)], dtype=object)
    data: dict[str, object] = {
        "id": pd.array(np.arange(1, n + 1), dtype="Int64"),
        "learner_id": pd.array(
            np.array([f"learner-{i:04d}" for i in range(2000)], dtype=object)[
                rng.integers(0, 2000, n)
            ],
            dtype="string",
        ),
        "contact_id": pd.array(rng.integers(1, n // 3 + 2, n), dtype="Int64"),
        "field": pd.array(fields[rng.integers(0, len(fields), n)], dtype="string"),
        "met_on": pd.Timestamp("2026-01-01")
        + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
        "tone": pd.Categorical.from_codes(rng.integers(0, 3, n), categories=list(TONES)),
        "pitch_strength": pd.array(rng.integers(1, 6, n), dtype="Int64"),
        "consent": rng.random(n) < 0.5,
        "n_learned": pd.array(rng.integers(0, 8, n), dtype="Int64"),
    }
    for d in DIMENSIONS:
        values = rng.integers(1, 6, n)
        data[rating_column(d)] = pd.arrays.IntegerArray(values, rng.random(n) < 0.15)
    data["surprises"] = pd.array([""] * n, dtype="string")
    data["thank_you_sent_on"] = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    return pd.DataFrame(data)[list(REFLECTION_COLUMNS)]


def synthetic_learned(wide: pd.DataFrame, seed: int = 8) -> pd.DataFrame:
    n, k = len(wide), len(CATEGORIES)
    rng = np.random.default_rng(seed)
    rows = np.repeat(np.arange(n), k)
    learned = rng.random(n * k) < 0.6
    return pd.DataFrame(
        {
            "reflection_id": wide["id"].array.take(rows),
            "field": wide["field"].array.take(rows),
            "category": pd.Categorical.from_codes(
                np.tile(np.arange(k, dtype="int8"), n), categories=list(CATEGORIES), ordered=True
            ),
            "learned": learned,
            "chars": pd.array(np.where(learned, 120, 0), dtype="Int64"),
        }
    )


def run_all(wide: pd.DataFrame, learned: pd.DataFrame) -> list[tuple[str, float]]:
    timings: list[tuple[str, float]] = []

    def timed(name, fn, *args):
        start = time.perf_counter()
        out = fn(*args)
        timings.append((name, time.perf_counter() - start))
        return out

    long = timed("ratings_long", analysis.ratings_long, wide)
    timed("fit_by_field", analysis.fit_by_field, long)
    timed("agreement", analysis.agreement, long)
    timed("tone_agreement", analysis.tone_agreement, long)
    timed("meetings_per_field", analysis.meetings_per_field, long)
    timed("coverage", analysis.coverage, learned)
    return timings


def main(n: int = 1_000_000) -> None:
    wide = synthetic_wide(n)
    learned = synthetic_learned(wide)
    # Time first without tracemalloc (it slows allocation-heavy code), then measure memory.
    timings = run_all(wide, learned)
    tracemalloc.start()
    run_all(wide, learned)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    total = sum(t for _, t in timings)
    print(f"analysis on {n:,} reflections ({n * len(DIMENSIONS):,} rating rows)")
    for name, seconds in timings:
        print(f"  {name:<20} {seconds:6.2f} s")
    print(f"  {'total':<20} {total:6.2f} s   (target < 5 s)")
    print(f"  peak traced allocations during analysis: {traced_peak / 2**20:,.0f} MiB")
    print(f"  peak process RSS (incl. input frames):  {rss_kib / 1024:,.0f} MiB   (target < 2048)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
