"""Coaching rules: pure functions that turn a learner's draft into a :class:`Report`.

>>> from infoint.scoring import check_outreach
>>> check_outreach("Hello", channel="email").by_rule("polite").level
'warn'

Every call returns a finding for every rule of its checker (passes included), in the
stable order of ``OUTREACH_RULES``, ``QUESTION_RULES`` or ``THANK_YOU_RULES``. Rule texts,
weights and thresholds live in ``data/rules/*.toml``.

The score is the weighted mean of each rule's worst level (pass 1, warn 0.5, fail 0),
from 0 to 100. A fail on a rule listed as a cap rule in the data (asking for a job;
unfilled placeholders in outreach) holds the score at 60 at most, and ``Report.capped_by``
names it. An empty question list scores 0.

Stdlib only; importing this package pulls in no pandas, widgets or Jupyter.
"""

from .outreach import CHANNELS, OUTREACH_RULES, check_outreach
from .questions import QUESTION_RULES, check_questions, open_rewrite
from .report import LEVELS, Finding, Report
from .thank_you import THANK_YOU_RULES, check_thank_you

__all__ = [
    "CHANNELS",
    "LEVELS",
    "OUTREACH_RULES",
    "QUESTION_RULES",
    "THANK_YOU_RULES",
    "Finding",
    "Report",
    "check_outreach",
    "check_questions",
    "check_thank_you",
    "open_rewrite",
]
