"""environment.yml (for conda users) must list exactly what pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]


def _name(req: str) -> str:
    return re.sub(r"[-_.]+", "-", Requirement(req).name).lower()


def _key(req: str) -> tuple[str, str]:
    return _name(req), str(Requirement(req).specifier)


def _own_extras(reqs: list[str]) -> set[str]:
    """The extras of infoint itself that a list pulls in, e.g. infoint[postgres,hub]."""
    out: set[str] = set()
    for req in reqs:
        if _name(req) == "infoint":
            out |= Requirement(req).extras
    return out


def test_environment_yml_matches_pyproject():
    # The conda environment is the full developer set: runtime plus every extra.
    declared = {_key(r) for r in PROJECT["dependencies"]}
    for reqs in EXTRAS.values():
        declared |= {_key(r) for r in reqs if _name(r) != "infoint"}

    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = set()
    for dep in env["dependencies"]:
        if isinstance(dep, str) and not dep.startswith(("python", "pip")):
            listed.add(_key(dep))
    assert listed == declared, {
        "only in pyproject.toml": sorted(declared - listed),
        "only in environment.yml": sorted(listed - declared),
    }


def test_python_floor_agrees():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    floor = PROJECT["requires-python"].removeprefix(">=")
    assert f"python>={floor}" in env["dependencies"]


def test_test_extra_pulls_in_every_other_extra():
    # `make test` installs .[test] only, and runs the PostgreSQL and real-hub tests too.
    assert _own_extras(EXTRAS["test"]) == set(EXTRAS) - {"test"}


def test_deployment_needs_are_not_runtime_dependencies():
    runtime = {_name(r) for r in PROJECT["dependencies"]}
    assert not runtime & {"psycopg", "jupyterhub", "jupyterhub-idle-culler", "pytest", "ruff"}
    assert "jupyterlab" in runtime  # learners use the notebooks in Lab too


def test_ruff_is_pinned_to_one_minor():
    (ruff,) = [Requirement(r) for r in EXTRAS["test"] if _name(r) == "ruff"]
    lower = next(s.version for s in ruff.specifier if s.operator == ">=")
    upper = next(s.version for s in ruff.specifier if s.operator == "<")
    major, minor = (int(x) for x in lower.split(".")[:2])
    assert upper == f"{major}.{minor + 1}", ruff


def test_icalendar_floor_has_add_missing_timezones():
    (ical,) = [Requirement(r) for r in PROJECT["dependencies"] if _name(r) == "icalendar"]
    assert "6.0.99" not in ical.specifier and ical.specifier.contains("6.1.0")
