"""What a check returns: a :class:`Report` holding one :class:`Finding` per rule verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = ["LEVELS", "Finding", "Report"]

Level = Literal["pass", "warn", "fail"]

#: The three verdicts, best first, with the value each contributes to a score.
LEVELS: dict[str, float] = {"pass": 1.0, "warn": 0.5, "fail": 0.0}


@dataclass(frozen=True)
class Finding:
    """One verdict of one rule.

    ``span`` is a ``(start, end)`` pair of character offsets into the text that was
    checked (for questions: into the question at ``question_index``), or ``None`` when the
    verdict is about the whole text. ``suggestion`` holds an open rewrite of a closed
    question; it is empty otherwise.
    """

    rule: str
    level: Level
    message: str
    span: tuple[int, int] | None = None
    guideline: str = ""
    question_index: int | None = None
    suggestion: str = ""

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {self.level!r}")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span) if self.span is not None else None
        return data


@dataclass(frozen=True)
class Report:
    """The result of one check: a 0..100 score and every rule's findings, in rule order.

    ``kind`` is ``"outreach"``, ``"questions"`` or ``"thank-you"``. ``rules`` lists the rule
    ids in their stable order; every one of them has at least one finding. ``capped_by``
    names the failed rules that held the score down to the cap (see ``data/rules``);
    ``skipped`` the rules left out of the score.
    """

    kind: str
    score: int
    findings: list[Finding]
    stats: dict[str, Any] = field(default_factory=dict)
    rules: tuple[str, ...] = ()
    capped_by: tuple[str, ...] = ()
    #: Rules that had nothing to judge (no subject known, no dates given): not in the score.
    skipped: tuple[str, ...] = ()

    def all_for(self, rule_id: str) -> list[Finding]:
        """Every finding of ``rule_id`` (per-question rules can have several)."""
        return [f for f in self.findings if f.rule == rule_id]

    def by_rule(self, rule_id: str) -> Finding:
        """The finding of ``rule_id``; for a rule with several, the first of the worst level.

        Raises KeyError for a rule id this report does not know.
        """
        found = self.all_for(rule_id)
        if not found:
            raise KeyError(rule_id)
        return min(found, key=lambda f: LEVELS[f.level])

    def level(self, rule_id: str) -> str:
        """The worst level ``rule_id`` reached."""
        return self.by_rule(rule_id).level

    @property
    def counts(self) -> dict[str, int]:
        """How many rules ended at each level (a rule counts once, at its worst level)."""
        out = {name: 0 for name in LEVELS}
        for rule in self.rules or dict.fromkeys(f.rule for f in self.findings):
            out[self.level(rule)] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable copy."""
        return {
            "kind": self.kind,
            "score": self.score,
            "capped_by": list(self.capped_by),
            "stats": dict(self.stats),
            "counts": self.counts,
            "findings": [f.to_dict() for f in self.findings],
        }
