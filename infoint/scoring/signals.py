"""Signals added on top of a checker's own rules, each from its own small module.

One call per checker keeps the checkers' code apart from the signals': the rule order in
the checker lists the ids, and this module says how each is found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .favour import find_favour
from .tone import find_casual

if TYPE_CHECKING:
    from .report import Finding
    from .rules import RuleSet

__all__ = ["thank_you_signals"]


def thank_you_signals(rules: RuleSet, text: str, folded: str) -> list[Finding]:
    """The ``professional-tone`` and ``asks-a-favour`` findings of a thank-you note."""
    return [
        phrase_finding(rules, "professional-tone", find_casual(folded), text),
        phrase_finding(rules, "asks-a-favour", find_favour(folded), text),
    ]


def phrase_finding(
    rules: RuleSet, rule: str, hit: tuple[tuple[int, int], str] | None, text: str
) -> Finding:
    """``rule`` passes when nothing was found; else it fails with the message keyed by what
    was found, quoting the phrase (``hit`` is ``(span, message key)``)."""
    if hit is None:
        return rules.finding(rule, "pass")
    span, key = hit
    return rules.finding(rule, "fail", key, span=span,
                         values={"phrase": text[span[0]:span[1]].strip()})
