"""Time each rule step of ``check_outreach`` alone:
``python tests/bench/bench_outreach_rules.py [CODE_DIR]``.

Prints microseconds of CPU per call of each rule's helper, on the bench email and averaged
over the dev corpus outreach texts, to show where a keystroke's time goes. ``CODE_DIR`` (e.g.
another checkout) times its ``infoint`` instead of this one's. Not a pytest test.
"""

from __future__ import annotations

import ast
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))


def _bench_email() -> str:
    """bench_scoring's EMAIL, read without importing it (it would put this checkout's
    infoint first on the path)."""
    tree = ast.parse((ROOT / "tests/bench/bench_scoring.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EMAIL":
            return ast.literal_eval(node.value)
    raise LookupError("EMAIL not found in bench_scoring.py")


EMAIL = _bench_email()

from infoint.scoring import check_outreach  # noqa: E402
from infoint.scoring import outreach as o  # noqa: E402
from infoint.scoring.language import detect_language  # noqa: E402
from infoint.scoring.prefilter import candidates, fold_for_keys, lowered  # noqa: E402
from infoint.scoring.text import SCAN_LIMIT, fold, sentences  # noqa: E402


def steps(text: str) -> dict[str, object]:
    """Each step as a no-argument function on ``text``, in the order check_outreach runs them."""
    folded = fold(text[:SCAN_LIMIT])
    keyed, low, spans = fold_for_keys(folded), lowered(folded), sentences(folded)
    content = o._content_sentences(folded, spans)
    rules = o.load_rules("outreach")
    # Older code (before the speed-up) has no guarded placeholders or split demand pattern.
    guarded = getattr(o, "_PLACEHOLDER_NEEDS", [(p, None) for p in o._PLACEHOLDERS])
    demands = getattr(o, "_DEMANDS", None)
    return {
        "prepare (fold, keys, lower, sentences)": lambda: (
            fold_for_keys(fold(text[:SCAN_LIMIT])), lowered(folded), sentences(folded)),
        "language": lambda: detect_language(text),
        "introduces-sender": lambda: o._introduction(folded, keyed, low),
        "states-connection": lambda: (o._first(o._CONNECTION, folded, [], keyed, low),
                                      o._first(o._SOURCE, folded, [], keyed, low)),
        "why-you": lambda: o.find_why_you(folded, keyed, low),
        "informational-purpose": lambda: o._purpose(folded, keyed, low),
        "asks-for-job": lambda: o.job_ask_finding(rules, text, folded, spans),
        "mentions-pay": lambda: o.find_pay(folded, spans),
        "time-request": lambda: o._durations(folded, low),
        "attaches-resume": lambda: list(candidates(o._ATTACH, keyed, folded, low)),
        "placeholders": lambda: [list(p.finditer(folded)) for p, needs in guarded
                                 if needs is None or any(map(folded.__contains__, needs))],
        "polite": lambda: (o._first(demands, folded, None, keyed, low) if demands
                           else o._found(o._DEMAND, folded, low),
                           o._found(o._POLITE, folded, low),
                           o._informal(folded)),
        "personalised": lambda: o.unchanged_template(folded, content),
        "greets-by-name": lambda: o.greeting_finding(rules, text, folded, "email", False),
        "check_outreach (all)": lambda: check_outreach(text),
    }


def micros(fn, runs: int) -> float:
    fn()
    best = []
    for _ in range(3):
        start = time.thread_time()
        for _ in range(runs):
            fn()
        best.append(time.thread_time() - start)
    return sorted(best)[1] / runs * 1e6  # the middle of three


def main() -> None:
    print("timing", Path(o.__file__).parent)
    with (ROOT / "tests/scoring/corpus/dev/outreach.toml").open("rb") as fh:
        corpus = [str(c.get("text", "")) for c in tomllib.load(fh)["case"]]
    corpus = [t for t in corpus if detect_language(t) == "en"]
    email = {name: micros(fn, 200) for name, fn in steps(EMAIL).items()}
    total: dict[str, float] = dict.fromkeys(email, 0.0)
    for text in corpus:
        for name, fn in steps(text).items():
            total[name] += micros(fn, 5)
    print(f"{'step':<42} {'bench email':>12} {'dev mean':>10}  (µs CPU per call)")
    for name in email:
        print(f"{name:<42} {email[name]:12.1f} {total[name] / len(corpus):10.1f}")


if __name__ == "__main__":
    main()
