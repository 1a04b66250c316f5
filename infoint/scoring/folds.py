"""Generalisation inside the dev part: k folds grouped by source address.

The rules are written by hand, so a fold cannot "train" them; what k-fold shows for a rule is
how its agreement **varies from one group of sources to another**. A rule that is perfect
on most folds and poor on one has learnt the phrases of a few pages, not the phenomenon;
its worst fold is the honest figure. The score's weights, on the other hand, can be fitted:
:func:`fit_weights` derives them from labelled verdicts, and :func:`kfold` measures the
fitted score only on the fold it did not see (the shipped weights are measured on every
fold too, for comparison).

Folds are fixed by source (every case of one page lands in one fold), from the same hash
as the dev/test split but a different part of it, so the folds do not echo the split.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .evaluate import (
    AUC_HEAD,
    KINDS,
    LANGUAGE,
    RULESETS,
    Case,
    ScoreRow,
    Tally,
    _level,
    _num,
    auc,
    auc_cells,
    auc_lines,
    rule_levels,
    run_rules,
)
from .report import Report
from .rules import combine, load_rules

__all__ = [
    "FoldResult", "fit_weights", "fold_aucs", "fold_of", "format_folds", "kfold", "rescore",
]


def fold_of(source: str, k: int) -> int:
    """The fold (0..k-1) of every case from ``source``."""
    h = int(hashlib.sha256(source.encode()).hexdigest(), 16)
    return (h // 3) % k  # // 3: the remainder mod 3 already chose dev or test


def rescore(report: Report, weights: dict[str, float]) -> float:
    """The report's score with other ``weights`` (method and caps as shipped), 0..100.

    ``weights`` are shares as :func:`fit_weights` gives them (0..1): for the "penalty"
    method a share of 0.3 is a weight of 30 (a fail takes 30 % off), for "mean" a share is
    the rule's relative weight."""
    rules = load_rules(RULESETS[report.kind])
    scale = 100.0 if rules.method == "penalty" else 1.0
    return combine(rule_levels(report), {r: scale * w for r, w in weights.items()}, rules.method,
                   rules.caps)


def fit_weights(rows: Iterable[tuple[Report, str]], prior: float = 1.0) -> dict[str, float]:
    """Weights from reports whose sources call them good or bad.

    A rule weighs what it tells the two apart: how much more often good messages pass it
    than bad ones (mean level among good minus among bad), smoothed by ``prior`` pseudo
    cases at the middle on each side so that a rule seen on three messages cannot dominate.
    A rule that does not separate them (or separates them the wrong way) weighs nothing.
    """
    sums: dict[str, dict[str, list[float]]] = {}
    for report, verdict in rows:
        if verdict not in ("good", "bad"):
            continue
        for rule, value in rule_levels(report).items():
            sums.setdefault(rule, {"good": [], "bad": []})[verdict].append(value)
    out = {}
    for rule, sides in sums.items():
        g = (sum(sides["good"]) + 0.5 * prior) / (len(sides["good"]) + prior)
        b = (sum(sides["bad"]) + 0.5 * prior) / (len(sides["bad"]) + prior)
        out[rule] = max(0.0, g - b)
    return out


@dataclass
class FoldResult:
    k: int
    cases: int
    #: (kind, rule) -> one Tally per fold
    tallies: dict[tuple[str, str], list[Tally]] = field(default_factory=dict)
    #: kind -> (held-out score with shipped weights, with refitted weights, verdict, complete)
    scores: dict[str, list[ScoreRow]] = field(default_factory=dict)
    #: kind -> weights fitted on the whole part (what the refit suggests shipping)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    #: kind -> the fold of each row of ``scores``, in the same order
    folds: dict[str, list[int]] = field(default_factory=dict)


def kfold(cases: list[Case], k: int = 5,
          runner: Callable[[Case], Report] = run_rules) -> FoldResult:
    """Per-fold rule agreement and held-out AUC of shipped and refitted weights."""
    if k < 2:
        raise ValueError("k must be at least 2")
    result = FoldResult(k, len(cases))
    runs = [(case, runner(case), fold_of(str(case.data.get("source", case.id)), k))
            for case in cases]
    for case, report, fold in runs:
        kind = KINDS[case.kind]
        labels = dict(case.labels)
        labels[LANGUAGE] = "pass" if case.english else "fail"
        for rule, label in labels.items():
            if rule == LANGUAGE:
                got: str | None = "fail" if report.rules == (LANGUAGE,) else "pass"
            else:
                got = _level(report, rule)
            if got is None:
                continue
            folds = result.tallies.setdefault((kind, rule), [Tally() for _ in range(k)])
            folds[fold].add(label, got)
    scored = [(c, r, f) for c, r, f in runs
              if c.verdict in ("good", "bad") and r.rules != (LANGUAGE,)]
    for kind in sorted({KINDS[c.kind] for c, _, _ in scored}):
        mine = [(c, r, f) for c, r, f in scored if KINDS[c.kind] == kind]
        result.weights[kind] = fit_weights((r, c.verdict) for c, r, _ in mine)
        for fold in range(k):
            weights = fit_weights((r, c.verdict) for c, r, f in mine if f != fold)
            for c, r, f in mine:
                if f == fold:
                    result.scores.setdefault(kind, []).append(
                        (float(r.score), rescore(r, weights), c.verdict, c.complete,
                         c.in_scope))
                    result.folds.setdefault(kind, []).append(fold)
    return result


def _pct(x: float) -> str:
    return "  -  " if x != x else f"{100 * x:5.1f}"


def format_folds(result: FoldResult) -> str:
    """Per rule: pooled agreement, mean and worst fold (folds with >= 3 labels), spread."""
    lines = [f"== {result.k}-fold by source: {result.cases} cases =="]
    head = (f"{'kind':<10} {'rule':<22} {'n':>4}  {'pooled':>6} {'mean':>5} {'worst':>5} "
            f"{'sd':>5}  per fold")
    lines += [head, "-" * (len(head) + 20)]
    for key in sorted(result.tallies):
        folds = result.tallies[key]
        pooled = Tally()
        for t in folds:
            pooled.n += t.n
            pooled.agree += t.agree
        rates = [t.agreement for t in folds if t.n >= 3]
        mean = sum(rates) / len(rates) if rates else float("nan")
        worst = min(rates) if rates else float("nan")
        sd = math.sqrt(sum((r - mean) ** 2 for r in rates) / len(rates)) if rates else math.nan
        flag = "  <= a fold below 90" if rates and worst < 0.9 else ""
        per = " ".join(f"{t.agree}/{t.n}" for t in folds)
        lines.append(f"{key[0]:<10} {key[1]:<22} {pooled.n:>4}  {_pct(pooled.agreement):>6} "
                     f"{_pct(mean)} {_pct(worst)} {_pct(sd)}  {per}{flag}")
    lines.append("")
    lines.append(f"{'AUC on held-out folds':<26} {'shipped':^26} | {'refit':^26}")
    lines.append(f"{'':<26} {AUC_HEAD} | {AUC_HEAD}")
    lines += auc_lines(result.scores, _auc_line)
    lines.append("")
    lines.append("Shipped score, AUC in scope per fold (folds with good and bad cases), "
                 "mean and worst:")
    for kind in sorted(result.scores):
        per = fold_aucs(result.scores[kind], result.folds[kind], result.k)
        seen = [a for a in per if a == a]
        summary = (f"mean {_num(sum(seen) / len(seen))}, worst {_num(min(seen))}"
                   if seen else "no fold has both")
        lines.append(f"  {kind}: {' '.join(_num(a) for a in per)}   ({summary})")
    lines.append("")
    lines.append("Weights the whole part suggests (good-minus-bad pass rate, as a penalty "
                 "weight: x100):")
    for kind, weights in sorted(result.weights.items()):
        shown = ", ".join(f"{r} {100 * w:.0f}" for r, w in
                          sorted(weights.items(), key=lambda t: -t[1]))
        lines.append(f"  {kind}: {shown}")
    return "\n".join(lines)


def fold_aucs(rows: list[ScoreRow], folds: list[int], k: int) -> list[float]:
    """The shipped score's AUC in scope on each fold (NaN where a side is empty)."""
    return [auc([(r[0], r[2]) for r, f in zip(rows, folds, strict=True) if f == fold and r[4]])
            for fold in range(k)]


def _auc_line(name: str, rows: list[ScoreRow]) -> str:
    return f"{name:<26} {auc_cells(rows, 0)} | {auc_cells(rows, 1)}"
