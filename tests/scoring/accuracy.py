"""Per-rule accuracy of the coaching rules on the labelled example set.

Run ``python tests/scoring/accuracy.py``. The test suite imports :func:`evaluate` and
requires every labelled verdict to hold.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent / "examples"


def load_cases(name: str) -> list[dict]:
    path = EXAMPLES / f"{name}_cases.py"
    spec = importlib.util.spec_from_file_location(f"infoint_examples_{name}", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return list(module.CASES)


def run_case(kind: str, case: dict):
    from infoint.scoring import check_outreach, check_questions, check_thank_you

    if kind == "outreach":
        return check_outreach(case["text"], channel=case["channel"])
    if kind == "questions":
        return check_questions(
            case["questions"],
            minutes=case.get("minutes", 20),
            field=case.get("field"),
            research_notes=case.get("research_notes", ""),
        )
    return check_thank_you(case["text"], case.get("met_on"), case.get("sent_on"))


def evaluate() -> tuple[dict[tuple[str, str], list[int]], list[str]]:
    """``({(kind, rule): [right, total]}, [descriptions of misses])``."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for kind in ("outreach", "questions", "thank_you"):
        for case in load_cases(kind):
            report = run_case(kind, case)
            for rule, expected in case["expect"].items():
                got = report.level(rule)
                tally[(kind, rule)][1] += 1
                if got == expected:
                    tally[(kind, rule)][0] += 1
                else:
                    misses.append(f"{kind}/{case['id']}: {rule} expected {expected}, got {got}")
            for rule, expected_indices in case.get("indices", {}).items():
                got_indices = [f.question_index for f in report.all_for(rule) if f.level != "pass"]
                tally[(kind, f"{rule} (which questions)")][1] += 1
                if got_indices == expected_indices:
                    tally[(kind, f"{rule} (which questions)")][0] += 1
                else:
                    misses.append(
                        f"{kind}/{case['id']}: {rule} flagged {got_indices}, "
                        f"expected {expected_indices}"
                    )
    return dict(tally), misses


def main() -> int:
    tally, misses = evaluate()
    width = max(len(f"{k}/{r}") for k, r in tally)
    right = total = 0
    for (kind, rule), (ok, n) in sorted(tally.items()):
        right, total = right + ok, total + n
        print(f"{kind + '/' + rule:<{width}}  {ok:>3}/{n:<3}  {100 * ok / n:5.1f}%")
    print(f"{'all':<{width}}  {right:>3}/{total:<3}  {100 * right / total:5.1f}%")
    for miss in misses:
        print("MISS", miss)
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
