"""The checked-in voila.json, the command line of ``infoint serve`` and Voila itself agree."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from infoint.serve import voila_args

REPO = Path(__file__).resolve().parents[2]
CONFIG = json.loads((REPO / "voila.json").read_text())

# Command-line aliases voila accepts for VoilaConfiguration traits.
ALIASES = {"strip_sources", "show_tracebacks", "theme", "template"}


def _flat(config: dict) -> dict[str, object]:
    return {f"{section}.{key}": value for section, traits in config.items()
            for key, value in traits.items()}


def _from_args(args: list[str]) -> dict[str, str]:
    out = {}
    for arg in args:
        if not arg.startswith("--") or "=" not in arg:
            continue
        key, value = arg[2:].split("=", 1)
        if key in ALIASES:
            key = f"VoilaConfiguration.{key}"
        out[key] = value
    return out


def _as_cli(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return json.dumps(value)
    return str(value)


def test_config_locks_what_a_class_needs():
    flat = _flat(CONFIG)
    assert flat["VoilaConfiguration.strip_sources"] is True
    assert flat["VoilaConfiguration.show_tracebacks"] is False
    assert flat["VoilaConfiguration.theme"] == "light"
    assert flat["VoilaConfiguration.template"] == "lab"
    assert flat["VoilaConfiguration.file_allowlist"] == []
    assert flat["MappingKernelManager.cull_idle_timeout"] > 0
    assert flat["MappingKernelManager.cull_interval"] > 0
    assert flat["VoilaExecutor.timeout"] > 0


def test_serve_command_line_agrees_with_the_config():
    args = _from_args(voila_args(8866))
    for key, value in _flat(CONFIG).items():
        if key == "VoilaConfiguration.template" and key not in args:
            # Not on the command line: Voila's default must then be the locked one.
            from voila.configuration import VoilaConfiguration

            assert VoilaConfiguration().template == value
            continue
        assert key in args, f"infoint serve does not pass {key}"
        assert args[key] == _as_cli(value), (key, args[key], value)


def test_voila_started_in_the_repo_root_reads_voila_json():
    # `infoint serve` starts voila with cwd = the repo root; voila reads voila.json there.
    code = (
        "from voila.app import Voila\n"
        "app = Voila(); app.initialize(['notebooks'])\n"
        "vc = app.voila_configuration\n"
        "import json\n"
        "print(json.dumps([vc.strip_sources, vc.show_tracebacks, vc.theme, vc.template,"
        " vc.file_allowlist, dict(app.config.MappingKernelManager),"
        " dict(app.config.VoilaExecutor)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=120, check=True)
    strip, tracebacks, theme, template, allow, kernels, executor = json.loads(
        out.stdout.strip().splitlines()[-1]
    )
    vc = CONFIG["VoilaConfiguration"]
    assert (strip, tracebacks, theme, template, allow) == (
        vc["strip_sources"], vc["show_tracebacks"], vc["theme"], vc["template"],
        vc["file_allowlist"],
    )
    assert kernels == CONFIG["MappingKernelManager"]
    assert executor == CONFIG["VoilaExecutor"]


def test_index_lists_every_app_in_workshop_order():
    nb = json.loads((REPO / "notebooks" / "index.ipynb").read_text())
    text = "".join(nb["cells"][0]["source"])
    order = ["00-start-here", "01-find-contacts", "02-draft-outreach", "03-prepare-questions",
             "04-reflect-on-fit", "05-my-journey", "class-dashboard", "analyse-reflections"]
    positions = [text.index(f"]({name}.ipynb)") for name in order]
    assert positions == sorted(positions)
    for name in order:
        assert (REPO / "notebooks" / f"{name}.ipynb").exists(), name
