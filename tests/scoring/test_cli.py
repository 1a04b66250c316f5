"""``python -m infoint check ...`` and import hygiene."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from infoint.scoring import OUTREACH_RULES
from infoint.scoring.cli import main

ROOT = Path(__file__).resolve().parents[2]
EMAIL = (
    "Dear Ms. Green,\nMy professor, Dr. Lee, suggested I contact you. I'm a nursing student and "
    "I'd love to hear about your career. Would you have 20 minutes next week?\nThank you,\nSam\n"
)


def run(*args, **kw):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "infoint", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=60, **kw
    )


@pytest.fixture
def email(tmp_path):
    path = tmp_path / "email.txt"
    path.write_text(EMAIL, encoding="utf-8")
    return path


def test_outreach_text(email, capsys):
    assert main(["outreach", str(email)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Score: ")
    assert any(line.startswith("✓ states-connection:") for line in out)
    assert len([line for line in out if line[:2] in ("✓ ", "! ", "✗ ")]) == len(OUTREACH_RULES)


def test_outreach_json(email, capsys):
    assert main(["outreach", str(email), "--channel", "linkedin", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "outreach" and data["stats"]["channel"] == "linkedin"
    assert 0 <= data["score"] <= 100


def test_questions_one_per_line(tmp_path, capsys):
    path = tmp_path / "q.txt"
    path.write_text("How did you get started?\n\nDo you like your job?\n", encoding="utf-8")
    assert main(["questions", str(path), "--minutes", "15", "--field", "teaching"]) == 0
    out = capsys.readouterr().out
    assert "✗ closed-question [question 2]:" in out
    assert "2 questions" in out


def test_thank_you_dates(email, capsys):
    code = main(["thank-you", str(email), "--met-on", "2026-03-01", "--sent-on", "2026-03-05",
                 "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    levels = {f["rule"]: f["level"] for f in data["findings"]}
    assert levels["sent-within-24h"] == "fail"


@pytest.mark.parametrize(
    "args",
    [
        ["outreach", "/no/such/file.txt"],
        ["questions", "."],
        ["outreach", "EMAIL", "--channel", "fax"],
        ["thank-you", "EMAIL", "--met-on", "yesterday"],
        ["nonsense", "EMAIL"],
    ],
)
def test_errors_exit_2_without_traceback(args, email):
    args = [str(email) if a == "EMAIL" else a for a in args]
    result = run("check", *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    assert result.stdout == ""


def test_not_utf8_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9")
    result = run("check", "outreach", str(path))
    assert result.returncode == 2 and "UTF-8" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_python_m_infoint_check(email):
    result = run("check", "outreach", str(email), "--channel", "email")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Score: ")


def test_ascii_terminal_gets_ascii_marks(email):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "infoint", "check", "outreach", str(email)],
        capture_output=True, cwd=ROOT, env=env, timeout=60,
    )
    assert result.returncode == 0
    result.stdout.decode("ascii")  # nothing but ASCII
    assert b"+ states-connection" in result.stdout


def test_scoring_import_is_light():
    code = (
        "import sys, infoint.scoring, infoint.bank\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'pandas', 'ipywidgets', 'IPython', 'numpy', 'sqlalchemy', 'matplotlib'})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_each_checker_loads_only_its_own_patterns():
    # Prepare checks questions only: the outreach and thank-you patterns (most of the
    # package's import time) are compiled when those checkers are first used.
    code = (
        "import sys\n"
        "from infoint.scoring import Finding, Report, check_questions\n"
        "print(sorted(m for m in sys.modules if m.startswith('infoint.scoring.')))\n"
        "import infoint.scoring as s\n"
        "assert s.check_outreach.__module__ == 'infoint.scoring.outreach'\n"
        "assert sorted(s.__all__) == sorted(set(s.__all__) & set(dir(s)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip()
    assert "infoint.scoring.questions" in loaded
    assert "outreach" not in loaded and "thank_you" not in loaded
