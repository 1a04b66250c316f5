"""Benchmark the coaching rules: ``python tests/bench/bench_scoring.py [runs]``.

Prints the median time of ``check_outreach`` on a 120-word email, ``check_questions`` on
25 questions (15 from the bank, 10 in a learner's own words) and ``check_thank_you`` on a
typical note. Targets: under 2 ms and 5 ms. "cold" clears the per-question cache first;
"re-check" is the common case in the apps, where most lines of a list are unchanged.
Not a pytest test (no ``test_`` name); run it by hand or in CI.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from infoint.bank import load_bank  # noqa: E402
from infoint.scoring import check_outreach, check_questions, check_thank_you  # noqa: E402
from infoint.scoring.questions import _facts  # noqa: E402

OWN_WORDS = [
    "Tell me about your background and how you ended up in planning.",
    "What do you actually do on a normal Tuesday?",
    "How do the hours affect your family life?",
    "Which skills from university do you use most?",
    "How do most people break into this field now?",
    "What mistakes should I avoid as a beginner?",
    "Do you like your job?",
    "What does the company do?",
    "How much do people make?",
    "Who else would you suggest I speak with?",
]

EMAIL = """Dear Ms. Novak,

My professor, Dr. Huang, suggested I contact you. I am a junior at Valley College studying
economics, and I am exploring careers in urban planning. In my coursework I have enjoyed
projects on housing and transport, and I recently joined a student group that maps bike lanes
around campus. I read about your work on the city transit plan and found it inspiring. I am
not asking for a job; I would love to hear how you moved from economics into planning and
what your days look like, and what you wish you had known earlier. Would you have 20
minutes for a call in the next couple of weeks?

Thank you for considering it,
Irene Walsh"""

NOTE = """Dear Ms. Green, thank you for meeting me today. Your advice about the student chapter
was especially helpful and I signed up tonight. May I contact you again if questions come up?
You can reach me at irene@example.org. Best, Irene"""


def median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds per call (CPU time is steadier on a busy box)."""
    fn()  # warm up: loads rule files and the bank once
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main(runs: int = 500) -> None:
    words = len(EMAIL.split())
    questions = [q.text for q in load_bank().filter(field="")][:15] + OWN_WORDS
    assert len(questions) == 25

    def cold_questions():
        _facts.cache_clear()  # every question analysed from scratch
        check_questions(questions)

    results = [
        (f"check_outreach, {words}-word email", median_ms(lambda: check_outreach(EMAIL), runs),
         2.0),
        ("check_questions, 25 questions (cold)", median_ms(cold_questions, runs), 5.0),
        ("check_questions, 25 questions (re-check)",
         median_ms(lambda: check_questions(questions), runs), 5.0),
        ("check_thank_you, short note", median_ms(lambda: check_thank_you(NOTE), runs), 2.0),
    ]
    print(f"median of {runs} runs")
    for name, (ms, cpu_ms), target in results:
        verdict = "ok" if ms < target else "SLOW"
        print(f"  {name:<42} {ms:7.3f} ms wall, {cpu_ms:7.3f} ms CPU  "
              f"(target < {target:g} ms: {verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
