"""Signals added on top of a checker's own rules, each from its own small module.

One call per checker keeps the checkers' code apart from the signals': the rule order in
the checker lists the ids, and this module says how each is found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .favour import favour_finding
from .tone import tone_finding

if TYPE_CHECKING:
    from .report import Finding
    from .rules import RuleSet

__all__ = ["thank_you_signals"]


def thank_you_signals(rules: RuleSet, text: str, folded: str) -> list[Finding]:
    """The ``professional-tone`` and ``asks-a-favour`` findings of a thank-you note."""
    return [tone_finding(rules, text, folded), favour_finding(rules, text, folded)]
