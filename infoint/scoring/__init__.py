"""Coaching rules: pure functions that turn a learner's draft into a :class:`Report`.

>>> from infoint.scoring import check_outreach
>>> check_outreach("Hello", channel="email").by_rule("polite").level
'warn'

Stdlib only; importing this package pulls in no pandas, widgets or Jupyter.
"""

from .outreach import OUTREACH_RULES, check_outreach
from .report import LEVELS, Finding, Report

__all__ = [
    "LEVELS",
    "OUTREACH_RULES",
    "Finding",
    "Report",
    "check_outreach",
]
