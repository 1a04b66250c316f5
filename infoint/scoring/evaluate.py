"""Measure the coaching rules on the corpus of real messages (``tests/scoring/corpus``).

``infoint evaluate [--part dev|test|all] [--corpus DIR ...]`` loads the corpus TOML files,
runs :func:`check_outreach`, :func:`check_questions` and :func:`check_thank_you` on every
case, and prints for each part:

* per rule: how many cases carry a label, **agreement** (the verdict is "pass" exactly when
  the label is "pass"), **exact** agreement (the same level), and **precision** and
  **recall** of flagging a problem (a problem is any level other than "pass");
* per kind: the **AUC** of the score for messages the source calls good against the ones
  it calls bad (the chance that a good one scores above a bad one; ties count half), **in
  scope** (complete messages whose source judges them as requests to learn, ``scope``
  "informational": what the score is for), for every complete message, and for all of
  them (text recognised as not English has no score and is left out);
* the same figures for :class:`KeywordBaseline`, a naive scorer computed in the same run;
* the AUC of the **labels' own score**: the score a coach would give that agreed with every
  label (the rules' levels where a case has no label), with the shipped weights. It is the
  most that better verdicts alone can reach; what it lacks is in the weights, or in what the
  sources judge that no rule reads.

Misses case by case are printed for the ``dev`` part only: the ``test`` part is read by
the evaluation alone, and only its aggregate figures may be looked at.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .outreach import check_outreach
from .questions import check_questions
from .report import LEVELS, Report
from .rules import combine, load_rules
from .thank_you import check_thank_you

__all__ = [
    "KINDS",
    "Case",
    "KeywordBaseline",
    "Tally",
    "auc",
    "corpus_files",
    "evaluate_part",
    "format_part",
    "label_score",
    "load_cases",
    "rule_levels",
]

#: What a source's verdict can be about (tests/scoring/corpus/README.md, "Scope").
SCOPES = ("informational", "other", "excerpt")
#: Corpus file stem -> the report kind it is checked as.
KINDS = {"outreach": "outreach", "questions": "questions", "thank_you": "thank-you"}
PARTS = ("dev", "test")
#: Report kind -> the rule set (``data/rules/<name>.toml``) its weights live in: the corpus
#: file stem of the same kind.
RULESETS = {kind: stem for stem, kind in KINDS.items()}
#: The pseudo-rule that checks the language detector: a case is flagged when the report is
#: the single "this is not English" finding; its label is "fail" for a non-English case.
LANGUAGE = "language"


@dataclass(frozen=True)
class Case:
    """One labelled message of the corpus."""

    kind: str  # corpus file stem: outreach, questions, thank_you
    id: str
    data: dict[str, Any]
    labels: dict[str, str]

    @property
    def verdict(self) -> str:
        return str(self.data.get("verdict", "none"))

    @property
    def complete(self) -> bool:
        return bool(self.data.get("complete", True))

    @property
    def scope(self) -> str:
        """What the source's verdict is about: informational (the default), other, excerpt."""
        return str(self.data.get("scope", "informational"))

    @property
    def in_scope(self) -> bool:
        """A whole message judged as what infoint coaches: the cases its score should rank."""
        return self.complete and self.scope == "informational"

    @property
    def english(self) -> bool:
        return str(self.data.get("language", "en")).lower().startswith("en")


def corpus_files(folder: Path) -> list[tuple[str, Path]]:
    """``(stem, path)`` of every corpus file in one part's folder: ``outreach.toml`` and any
    later batch of the same kind, ``outreach-<batch>.toml`` (a batch added in its own file
    merges without touching the cases already there)."""
    found = []
    for stem in KINDS:
        paths = [folder / f"{stem}.toml", *sorted(folder.glob(f"{stem}-*.toml"))]
        found += [(stem, path) for path in paths if path.is_file()]
    return found


def load_cases(roots: Iterable[Path], part: str) -> list[Case]:
    """Every case of ``part`` in the corpus folders ``roots`` (each holds dev/ and test/)."""
    cases: list[Case] = []
    seen: set[str] = set()
    for root in roots:
        for stem, path in corpus_files(Path(root) / part):
            with path.open("rb") as fh:
                data = tomllib.load(fh)
            for raw in data.get("case", []):
                cid = str(raw.get("id", ""))
                if cid in seen:  # the same corpus given twice: count it once
                    continue
                seen.add(cid)
                labels = {str(k): str(v) for k, v in dict(raw.get("labels", {})).items()}
                cases.append(Case(stem, cid, dict(raw), labels))
    return cases


def run_rules(case: Case) -> Report:
    """infoint's report for one case, with every fact the corpus records."""
    d = case.data
    if case.kind == "outreach":
        return check_outreach(
            str(d.get("text", "")),
            channel=str(d.get("channel", "email")),
            subject=d.get("subject"),
            knows_recipient=bool(d.get("knows_recipient", False)),
        )
    if case.kind == "questions":
        return check_questions(
            [str(q) for q in d.get("questions", [])],
            minutes=d.get("minutes", 20) or 20,
            field=d.get("field"),
        )
    return check_thank_you(
        str(d.get("text", "")),
        d.get("met_on"),
        d.get("sent_on"),
        channel=str(d.get("channel", "email")),
    )


# --- the naive baseline --------------------------------------------------------------------


class KeywordBaseline:
    """A naive scorer: about ten keywords per kind, each deciding one rule.

    A rule whose keyword (any of its words, as a whole word, case-insensitive) appears
    gets ``hit``, otherwise ``miss``; a rule without keywords is always "pass". The score
    is the share of keyword rules that pass, 0..100. This is what a word list does; the
    rules have to beat it on every rule to show that they read the language.
    """

    RULES: dict[str, dict[str, tuple[tuple[str, ...], str, str]]] = {
        "outreach": {
            "introduces-sender": (("my name", "i am", "i'm"), "pass", "fail"),
            "states-connection": (("referred", "suggested", "alumni"), "pass", "fail"),
            "informational-purpose": (("learn",), "pass", "fail"),
            "asks-for-job": (("job", "position", "hiring"), "fail", "pass"),
            "mentions-pay": (("salary",), "fail", "pass"),
            "time-request": (("minutes",), "pass", "warn"),
            "attaches-resume": (("resume",), "fail", "pass"),
            "polite": (("thank",), "pass", "fail"),
        },
        "questions": {
            "asks-pay": (("salary", "pay"), "fail", "pass"),
            "asks-for-job": (("job", "position", "hiring"), "fail", "pass"),
            "covers-essentials": (("advice", "typical", "start"), "pass", "warn"),
            "closed-question": (("do you",), "warn", "pass"),
        },
        "thank-you": {
            "specific-takeaway": (("learned", "advice", "especially"), "pass", "warn"),
            "asks-to-stay-in-touch": (("touch", "contact"), "pass", "warn"),
            "asks-for-job": (("job", "position"), "fail", "pass"),
            "includes-contact-info": (("@", "phone"), "pass", "warn"),
        },
    }

    def levels(self, case: Case) -> dict[str, str]:
        kind = KINDS[case.kind]
        if case.kind == "questions":
            text = "\n".join(str(q) for q in case.data.get("questions", []))
        else:
            text = str(case.data.get("text", ""))
        low = text.lower()
        out = {}
        for rule, (words, hit, miss) in self.RULES[kind].items():
            found = any(
                (w in low) if not w[0].isalnum() else re.search(rf"\b{re.escape(w)}\b", low)
                for w in words
            )
            out[rule] = hit if found else miss
        return out

    def score(self, case: Case) -> float:
        levels = self.levels(case)
        return 100.0 * sum(v == "pass" for v in levels.values()) / max(1, len(levels))


# --- figures -------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one rule: n labels, agreements, exact matches, and problem confusion."""

    n: int = 0
    agree: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, label: str, got: str) -> bool:
        self.n += 1
        want_problem, got_problem = label != "pass", got != "pass"
        ok = want_problem == got_problem
        self.agree += ok
        self.exact += label == got
        self.tp += want_problem and got_problem
        self.fp += got_problem and not want_problem
        self.fn += want_problem and not got_problem
        return ok

    @property
    def agreement(self) -> float:
        return self.agree / self.n if self.n else float("nan")

    @property
    def exact_rate(self) -> float:
        return self.exact / self.n if self.n else float("nan")

    @property
    def precision(self) -> float:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else float("nan")

    @property
    def recall(self) -> float:
        real = self.tp + self.fn
        return self.tp / real if real else float("nan")


def rule_levels(report: Report) -> dict[str, float]:
    """Each scored rule's worst level as a number (pass 1, warn 0.5, fail 0)."""
    out: dict[str, float] = {}
    for f in report.findings:
        out[f.rule] = min(out.get(f.rule, 1.0), LEVELS[f.level])
    return {r: out.get(r, 1.0) for r in report.rules if r not in report.skipped}


def label_score(case: Case, report: Report) -> float:
    """The score ``report`` would have had if every scored rule with a label in ``case`` had
    given the label's level (shipped weights, method and caps), 0..100."""
    rules = load_rules(RULESETS[report.kind])
    levels = rule_levels(report)
    for rule, label in case.labels.items():
        if rule in levels and label in LEVELS:
            levels[rule] = LEVELS[label]
    return combine(levels, {r: rules.weight(r) for r in levels}, rules.method, rules.caps)


def auc(pairs: list[tuple[float, str]]) -> float:
    """The chance a "good" case scores above a "bad" one (ties count half); NaN if either
    side is empty."""
    good = [s for s, v in pairs if v == "good"]
    bad = [s for s, v in pairs if v == "bad"]
    if not good or not bad:
        return float("nan")
    wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
    return wins / (len(good) * len(bad))


ScoreRow = tuple[float, float, str, bool, bool]  # (ours, baseline, verdict, complete, in scope)


@dataclass
class PartResult:
    part: str
    cases: int = 0
    ours: dict[tuple[str, str], Tally] = field(default_factory=dict)
    base: dict[tuple[str, str], Tally] = field(default_factory=dict)
    scores: dict[str, list[ScoreRow]] = field(default_factory=dict)
    #: kind -> rows whose first score is the labels' own (:func:`label_score`)
    ceiling: dict[str, list[ScoreRow]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


def _level(report: Report, rule: str) -> str | None:
    if report.rules == (LANGUAGE,):
        return "pass"  # no advice at all: never a wrong flag, never a caught problem
    try:
        return report.level(rule)
    except KeyError:
        return None


def evaluate_part(
    cases: list[Case],
    part: str,
    runner: Callable[[Case], Report] = run_rules,
    baseline: KeywordBaseline | None = None,
) -> PartResult:
    """Every figure for one part; ``misses`` lists each disagreement (kept for dev only)."""
    baseline = baseline or KeywordBaseline()
    result = PartResult(part, len(cases))
    for case in cases:
        kind = KINDS[case.kind]
        report = runner(case)
        base = baseline.levels(case)
        labels = dict(case.labels)
        labels[LANGUAGE] = "pass" if case.english else "fail"
        for rule, label in labels.items():
            if rule == LANGUAGE:
                got = "fail" if report.rules == (LANGUAGE,) else "pass"
                base_got = "pass"  # a keyword list has no idea of language
            else:
                got = _level(report, rule)
                base_got = base.get(rule, "pass")
            if got is None:
                result.misses.append(f"{case.id}: unknown rule {rule!r}")
                continue
            tally = result.ours.setdefault((kind, rule), Tally())
            if not tally.add(label, got):
                result.misses.append(_miss(case, report, rule, label, got))
            elif label != got:
                result.misses.append(_miss(case, report, rule, label, got, exact=True))
            result.base.setdefault((kind, rule), Tally()).add(label, base_got)
        # A text the rules cannot read has no score to rank.
        if case.verdict in ("good", "bad") and report.rules != (LANGUAGE,):
            base_score = baseline.score(case)
            result.scores.setdefault(kind, []).append(
                (float(report.score), base_score, case.verdict, case.complete, case.in_scope)
            )
            result.ceiling.setdefault(kind, []).append(
                (label_score(case, report), base_score, case.verdict, case.complete,
                 case.in_scope)
            )
    return result


def _miss(case: Case, report: Report, rule: str, label: str, got: str,
          exact: bool = False) -> str:
    message = ""
    if rule != LANGUAGE and report.rules != (LANGUAGE,):
        message = report.by_rule(rule).message
    tag = "level" if exact else "MISS"
    return f"{tag} {case.id} {rule}: label {label}, got {got}. {message[:140]}"


def _pct(x: float) -> str:
    return "  -  " if x != x else f"{100 * x:5.1f}"


def _num(x: float) -> str:
    return "  -  " if x != x else f"{x:5.2f}"


def format_part(result: PartResult, show_misses: bool) -> str:
    """The table for one part (and, when ``show_misses``, every disagreement)."""
    lines = [f"== part {result.part}: {result.cases} cases =="]
    head = (f"{'kind':<10} {'rule':<22} {'n':>4}  {'agree':>5} {'exact':>5} {'prec':>5} "
            f"{'recall':>6} | base: {'agree':>5} {'prec':>5} {'recall':>6}")
    lines += [head, "-" * len(head)]
    total, total_b = Tally(), Tally()
    for key in sorted(result.ours):
        t, b = result.ours[key], result.base[key]
        total.n += t.n
        total.agree += t.agree
        total.exact += t.exact
        total_b.n += b.n
        total_b.agree += b.agree
        total_b.exact += b.exact
        flag = "" if t.agreement > b.agreement or t.agreement == 1 else "  <= not ahead"
        lines.append(
            f"{key[0]:<10} {key[1]:<22} {t.n:>4}  {_pct(t.agreement)} {_pct(t.exact_rate)} "
            f"{_pct(t.precision)} {_pct(t.recall):>6} |       {_pct(b.agreement)} "
            f"{_pct(b.precision)} {_pct(b.recall):>6}{flag}"
        )
    lines.append(
        f"{'all':<10} {'(every verdict)':<22} {total.n:>4}  {_pct(total.agreement)} "
        f"{_pct(total.exact_rate)}                |       {_pct(total_b.agreement)}"
    )
    lines.append("")
    lines.append(f"{'AUC good vs bad':<26} {AUC_HEAD} | base: {AUC_HEAD}   "
                 "(good/bad: in scope, all)")
    lines += auc_lines(result.scores, _auc_line)
    lines.append("")
    title = "AUC, labels' own score"
    lines.append(f"{title:<26} {AUC_HEAD}   (a coach that agreed with every "
                 "label, with the shipped weights:")
    lines.append(f"{'':<26} {'':<26}    the most that better verdicts alone can reach)")
    lines += auc_lines(result.ceiling, lambda name, rows: f"{name:<26} {auc_cells(rows, 0)}")
    if show_misses and result.misses:
        lines.append("")
        lines.append("Disagreements (MISS: pass vs not-pass differs; level: same side, "
                     "other level):")
        lines += [f"  {m}" for m in sorted(result.misses)]
    return "\n".join(lines)


def auc_lines(
    scores: dict[str, list[ScoreRow]], line: Callable[[str, list[ScoreRow]], str]
) -> list[str]:
    """One AUC line per kind of artifact, then one over every kind when there are several."""
    out = [line(kind, scores[kind]) for kind in sorted(scores)]
    if len(scores) > 1:
        out.append(line("all kinds", [row for kind in sorted(scores) for row in scores[kind]]))
    return out


#: The three AUC columns, each 8 wide: what :func:`auc_cells` prints under them.
AUC_HEAD = f"{'in scope':>8} {'complete':>8} {'all':>8}"


def auc_cells(rows: list[ScoreRow], column: int) -> str:
    return " ".join(f"{_num(x):>8}" for x in subset_aucs(rows, column))


def subset_aucs(rows: list[ScoreRow], column: int) -> tuple[float, float, float]:
    """AUC of one score column in scope, over complete rows, and over all rows."""
    def one(keep: Callable[[ScoreRow], bool]) -> float:
        return auc([(r[column], r[2]) for r in rows if keep(r)])

    return one(lambda r: r[4]), one(lambda r: r[3]), one(lambda r: True)


def _counts(rows: list[ScoreRow]) -> str:
    scoped = [r for r in rows if r[4]]
    good, good_in = (sum(r[2] == "good" for r in rs) for rs in (rows, scoped))
    return f"{good_in}/{len(scoped) - good_in}, {good}/{len(rows) - good}"


def _auc_line(name: str, rows: list[ScoreRow]) -> str:
    return f"{name:<26} {auc_cells(rows, 0)} |       {auc_cells(rows, 1)}   ({_counts(rows)})"
