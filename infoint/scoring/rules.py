"""Rule texts, weights and thresholds, loaded once from ``data/rules/*.toml``.

Coaching content is data: an instructor can reword a message, change a weight or move a
threshold without touching code. Matching patterns stay in code (they are written to
scan any text in linear time). When ``INFOINT_DATA_DIR`` points somewhere without a
``rules`` folder, the files shipped with infoint are used.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from infoint.content import SHIPPED, data_dir

from .report import LEVELS, Finding

__all__ = ["METHODS", "RuleSet", "combine", "default_data_dir", "load_rules", "weighted_score"]

#: How rule levels make a score: "penalty" (each problem takes its share off what is left)
#: or "mean" (the weighted mean of the levels, what a rule file without a method gets).
METHODS = ("penalty", "mean")

default_data_dir = data_dir  # the name this module has always exported


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class RuleSet:
    """The texts and numbers of one checker's rules (one TOML file)."""

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        self.name = name
        self.data = data
        self.rules: dict[str, dict[str, Any]] = data.get("rules", {})
        self.thresholds: dict[str, Any] = data.get("thresholds", {})
        score = data.get("score", {})
        method = str(score.get("method", "mean"))
        self.method = method if method in METHODS else "mean"
        self.cap = float(score.get("cap", 100))
        # Each capping rule holds the score at its own ceiling: [score].cap for the ones in
        # cap_rules, or the number given in [score.caps] (a gap left in a template caps
        # lower than "ready" while its other strengths still count).
        self.caps: dict[str, float] = {str(r): self.cap for r in score.get("cap_rules", ())}
        self.caps.update({str(k): float(v) for k, v in dict(score.get("caps", {})).items()})
        self.cap_rules = tuple(self.caps)

    def weight(self, rule: str) -> float:
        """The rule's weight in the mean, or (method "penalty") the percent a fail takes off."""
        return float(self.rules.get(rule, {}).get("weight", 1))

    def weights(self, order: tuple[str, ...]) -> dict[str, float]:
        return {r: self.weight(r) for r in order}

    def guideline(self, rule: str) -> str:
        return str(self.rules.get(rule, {}).get("guideline", ""))

    def message(self, rule: str, key: str, **values: Any) -> str:
        """The message ``key`` of ``rule`` with ``{placeholders}`` filled in."""
        template = self.rules.get(rule, {}).get(key, "")
        if not isinstance(template, str):
            template = str(template)
        try:
            return template.format_map(_Blank(values))
        except (ValueError, IndexError, AttributeError, KeyError):
            return template

    def finding(self, rule: str, level: str, key: str | None = None, **kw: Any) -> Finding:
        """A Finding of ``rule`` at ``level`` using message ``key`` (default: the level)."""
        values = kw.pop("values", {})
        return Finding(
            rule=rule,
            level=level,  # type: ignore[arg-type]
            message=self.message(rule, key or level, **values),
            guideline=self.guideline(rule),
            **kw,
        )


def _read(name: str, directory: Path) -> dict[str, Any]:
    path = directory / "rules" / f"{name}.toml"
    if not path.is_file():
        path = SHIPPED / "rules" / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=16)
def _load(name: str, directory: str) -> RuleSet:
    return RuleSet(name, _read(name, Path(directory)))


def load_rules(name: str) -> RuleSet:
    """The rule set ``name`` (``outreach``, ``questions`` or ``thank_you``), cached."""
    return _load(name, str(default_data_dir()))


def combine(
    levels: dict[str, float],
    weights: dict[str, float],
    method: str = "penalty",
    caps: dict[str, float] | None = None,
) -> float:
    """A score 0..100 from each rule's level (pass 1, warn 0.5, fail 0), unrounded.

    ``penalty``: every rule starts from 100 and each one that is not passed takes its
    weight, in percent, off what is left (a warn takes half of it): a fail weighted 30
    keeps 70 % of the score, two such fails keep 49 %. The order of the rules does not
    matter, one serious problem is enough to pull a message down, and no pile of small
    strengths can make up for it: counsellors judge a message by its worst problems.
    ``mean``: the weighted mean of the levels, as a percentage.
    Then a fail on a rule in ``caps`` holds the score at that rule's cap at most.
    """
    if method == "penalty":
        raw = 100.0
        for rule, level in levels.items():
            share = min(1.0, max(0.0, weights.get(rule, 0.0)) / 100.0)
            raw *= 1.0 - share * (1.0 - level)
    else:
        total = sum(max(0.0, weights.get(r, 0.0)) for r in levels)
        raw = 100.0 if total <= 0 else 100.0 * sum(
            max(0.0, weights.get(r, 0.0)) * v for r, v in levels.items()) / total
    for rule, cap in (caps or {}).items():
        if levels.get(rule, 1.0) == 0.0:
            raw = min(raw, cap)
    return max(0.0, min(100.0, raw))


def weighted_score(
    rules: RuleSet,
    order: tuple[str, ...],
    findings: list[Finding],
    skip: frozenset[str] | set[str] = frozenset(),
) -> tuple[int, tuple[str, ...]]:
    """The score 0..100 of each rule's worst level (see :func:`combine` and the rule
    set's ``[score].method``), and the rules that capped it.

    pass counts 1, warn 0.5, fail 0. A fail on any of the rule set's capping rules
    (asking for a job, unfilled placeholders) holds the score at that rule's cap at most.
    Rules in ``skip`` (nothing to judge: no dates given, no subject known) do not count.
    """
    order = tuple(r for r in order if r not in skip)
    worst: dict[str, float] = {}
    for f in findings:
        value = LEVELS[f.level]
        worst[f.rule] = min(worst.get(f.rule, 1.0), value)
    levels = {r: worst.get(r, 1.0) for r in order}
    raw = combine(levels, rules.weights(order), rules.method, rules.caps)
    capped = tuple(r for r in rules.cap_rules if levels.get(r, 1.0) == 0.0)
    return round(raw), capped
