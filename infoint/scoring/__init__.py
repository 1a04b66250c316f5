"""Coaching rules: pure functions that turn a learner's draft into a :class:`Report`.

>>> from infoint.scoring import check_outreach
>>> check_outreach("Hello", channel="email").by_rule("polite").level
'warn'

Every call returns a finding for every rule of its checker (passes included), in the
stable order of ``OUTREACH_RULES``, ``QUESTION_RULES`` or ``THANK_YOU_RULES``. Rule texts,
weights and thresholds live in ``data/rules/*.toml``.

The score, 0 to 100, starts at 100 and each rule not passed takes its weight, in percent,
off what is left (a fail all of it, a warn half; see :func:`rules.combine`), so a message
is judged by its worst problems, as counsellors judge it. A fail on a capping rule in the
data holds the score at that rule's cap (asking for a job: 60; an unfilled placeholder in
outreach: 80, below "ready to send" while the template's other strengths still count),
and ``Report.capped_by`` names it.
An empty question list scores 0. Text that is clearly not English gets a report with the
single rule ``language`` (no advice is better than wrong advice).

Stdlib only; importing this package pulls in no pandas, widgets or Jupyter. Each checker
is imported on first use (PEP 562): its patterns are compiled when its module loads, and a
page that checks only questions (Prepare) should not wait for the outreach patterns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .language import LANGUAGE_RULE, detect_language
    from .outreach import CHANNELS, OUTREACH_RULES, check_outreach
    from .questions import QUESTION_RULES, check_questions, open_rewrite
    from .report import LEVELS, Finding, Report
    from .thank_you import THANK_YOU_CHANNELS, THANK_YOU_RULES, check_thank_you

# Each public name and the submodule it lives in.
_HOME = {
    "LANGUAGE_RULE": "language", "detect_language": "language",
    "CHANNELS": "outreach", "OUTREACH_RULES": "outreach", "check_outreach": "outreach",
    "QUESTION_RULES": "questions", "check_questions": "questions", "open_rewrite": "questions",
    "LEVELS": "report", "Finding": "report", "Report": "report",
    "THANK_YOU_CHANNELS": "thank_you", "THANK_YOU_RULES": "thank_you",
    "check_thank_you": "thank_you",
}

__all__ = [
    "CHANNELS",
    "LANGUAGE_RULE",
    "LEVELS",
    "OUTREACH_RULES",
    "QUESTION_RULES",
    "THANK_YOU_CHANNELS",
    "THANK_YOU_RULES",
    "Finding",
    "Report",
    "check_outreach",
    "check_questions",
    "check_thank_you",
    "detect_language",
    "open_rewrite",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])
