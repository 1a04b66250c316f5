"""environment.yml (for conda users) must list exactly what pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def _key(req: str) -> tuple[str, str]:
    parsed = Requirement(req)
    name = re.sub(r"[-_.]+", "-", parsed.name).lower()
    return name, str(parsed.specifier)


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_key(r) for r in project["dependencies"]}
    declared |= {_key(r) for r in project["optional-dependencies"]["test"]}

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
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    floor = project["requires-python"].removeprefix(">=")
    assert f"python>={floor}" in env["dependencies"]
