"""``infoint check outreach|questions|thank-you FILE``: coach a draft from a file.

``infoint evaluate [--part dev|test|all] [--corpus DIR] [--folds K]``: measure the rules on
the corpus of real messages (see :mod:`infoint.scoring.evaluate`).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .outreach import CHANNELS, check_outreach
from .questions import check_questions
from .report import Report
from .thank_you import THANK_YOU_CHANNELS, check_thank_you

__all__ = ["evaluate_main", "main", "render"]

_SYMBOLS = {"pass": "✓", "warn": "!", "fail": "✗"}
_ASCII = {"pass": "+", "warn": "!", "fail": "x"}


class _Exit(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-14") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="infoint check",
        description="Coach a draft: an outreach message, a list of questions (one per line) "
        "or a thank-you note.",
    )
    p.add_argument("kind", choices=("outreach", "questions", "thank-you"))
    p.add_argument("file", help="the text file to check ('-' reads standard input)")
    p.add_argument("--channel", default=None,
                   choices=sorted(set(CHANNELS) | set(THANK_YOU_CHANNELS)),
                   help="outreach: email (default), letter, phone, linkedin; thank-you: how it "
                   "is sent (email, letter, card, linkedin)")
    p.add_argument("--subject", default=None, help="the email's subject line, for outreach")
    p.add_argument("--knows-recipient", action="store_true",
                   help="for outreach: the recipient already knows you")
    p.add_argument("--minutes", type=int, default=20, help="meeting length, for questions")
    p.add_argument("--field", default=None, help="the field, for questions")
    p.add_argument("--notes", default=None, help="a file of research notes, for questions")
    p.add_argument("--met-on", type=_date, default=None, help="meeting date, for thank-you")
    p.add_argument("--sent-on", type=_date, default=None, help="sending date, for thank-you")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    return p


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _Exit(f"infoint check: {name}: no such file") from None
    except IsADirectoryError:
        raise _Exit(f"infoint check: {name}: is a folder, not a file") from None
    except OSError as exc:
        raise _Exit(f"infoint check: {name}: cannot read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Exit(f"infoint check: {name}: not UTF-8 text; save it as UTF-8") from None


def render(report: Report, *, ascii_only: bool = False) -> str:
    """The report as text for people: the score, then one line per finding."""
    symbols = _ASCII if ascii_only else _SYMBOLS
    lines = [f"Score: {report.score}/100"]
    if report.capped_by:
        lines[0] += f" (held down by {', '.join(report.capped_by)})"
    stats = report.stats
    if report.rules == ("language",):
        pass  # no counts to speak of: the one finding says why
    elif report.kind == "outreach":
        lines.append(
            f"{stats['words']} words, {stats['characters']} characters, about "
            f"{round(stats['speaking_seconds'])} s to say"
        )
    elif report.kind == "questions":
        lines.append(f"{stats['questions']} questions, about {stats['total_minutes']:g} minutes")
    for f in report.findings:
        where = f" [question {f.question_index + 1}]" if f.question_index is not None else ""
        lines.append(f"{symbols[f.level]} {f.rule}{where}: {f.message}")
    return "\n".join(lines)


def _can_encode(text: str) -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the check; return the exit code (0 ok, 2 usage or file error)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the one-line reason
        return int(exc.code or 0)
    try:
        text = _read(args.file)
        if args.kind == "outreach":
            report = check_outreach(text, channel=args.channel or "email", subject=args.subject,
                                    knows_recipient=args.knows_recipient)
        elif args.kind == "questions":
            notes = _read(args.notes) if args.notes else ""
            questions = [line.strip() for line in text.splitlines() if line.strip()]
            report = check_questions(questions, args.minutes, args.field, notes)
        else:
            report = check_thank_you(text, args.met_on, args.sent_on, channel=args.channel)
    except _Exit as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except ValueError as exc:
        print(f"infoint check: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
              if _can_encode("✓") else json.dumps(report.to_dict(), indent=2))
    else:
        out = render(report)
        if not _can_encode(out):
            out = render(report, ascii_only=True).encode("ascii", "replace").decode("ascii")
        print(out)
    return 0


#: The corpus in a source checkout (the evaluation is a developer's tool).
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "scoring" / "corpus"


def _evaluate_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="infoint evaluate",
        description="Measure the coaching rules on the corpus of real messages, beside a "
        "naive keyword baseline. Misses case by case are shown for the dev part only.",
    )
    p.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    p.add_argument("--corpus", action="append", type=Path, default=None, metavar="DIR",
                   help="a corpus folder holding dev/ and test/ (repeat to combine; "
                   f"default: {DEFAULT_CORPUS})")
    p.add_argument("--folds", type=int, default=0, metavar="K",
                   help="also print K-fold figures grouped by source (dev part only): each "
                   "rule's worst fold, the score's AUC in scope on each fold, and the AUC of "
                   "refitted weights on held-out folds")
    return p


def evaluate_main(argv: list[str] | None = None) -> int:
    """Print the evaluation tables; 0 when cases were found, 2 when none were."""
    from .evaluate import PARTS, evaluate_part, format_part, load_cases

    try:
        args = _evaluate_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    roots = args.corpus or [DEFAULT_CORPUS]
    missing = [str(r) for r in roots if not r.is_dir()]
    if missing:
        print(f"infoint evaluate: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.folds and (args.folds < 2 or args.part != "dev"):
        print("infoint evaluate: --folds needs K >= 2 and --part dev (the test part shows "
              "aggregate figures only)", file=sys.stderr)
        return 2
    parts = PARTS if args.part == "all" else (args.part,)
    found = 0
    for part in parts:
        try:
            cases = load_cases(roots, part)
        except (OSError, ValueError) as exc:  # tomllib errors are ValueErrors
            print(f"infoint evaluate: cannot read the {part} corpus: {exc}", file=sys.stderr)
            return 2
        found += len(cases)
        result = evaluate_part(cases, part)
        out = format_part(result, show_misses=part == "dev")
        if not _can_encode(out):
            out = out.encode("ascii", "replace").decode("ascii")
        print(out)
        print()
        if args.folds and cases:
            from .folds import format_folds, kfold

            out = format_folds(kfold(cases, args.folds))
            print(out if _can_encode(out) else out.encode("ascii", "replace").decode("ascii"))
            print()
    if not found:
        print("infoint evaluate: no cases found", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
