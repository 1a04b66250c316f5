"""The checked-in voila.json, the command line of ``infoint serve`` and Voila itself agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from infoint.serve import TEMPLATE, voila_args, voila_env

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
    # Voila's lab template without CDN requests: share/jupyter/voila/templates/infoint.
    assert flat["VoilaConfiguration.template"] == TEMPLATE == "infoint"
    assert flat["VoilaConfiguration.file_allowlist"] == []
    assert flat["MappingKernelManager.cull_idle_timeout"] > 0
    assert flat["MappingKernelManager.cull_interval"] > 0
    assert flat["VoilaExecutor.timeout"] > 0


def test_serve_command_line_agrees_with_the_config():
    args = _from_args(voila_args(8866))
    for key, value in _flat(CONFIG).items():
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
                         text=True, timeout=120, check=True, env=voila_env(os.environ))
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


TEMPLATE_PATHS = (
    "from voila.paths import collect_template_paths\n"
    "import json\n"
    f"print(json.dumps(collect_template_paths(['voila', 'nbconvert'], {TEMPLATE!r},"
    " prune=True, root_dirs=None)))\n"
)


def _template_paths(env: dict[str, str]) -> list[Path]:
    out = subprocess.run([sys.executable, "-c", TEMPLATE_PATHS], cwd=REPO, capture_output=True,
                         text=True, timeout=60, check=True, env=env)
    return [Path(p) for p in json.loads(out.stdout.strip().splitlines()[-1])]


def test_voila_finds_the_infoint_template_in_the_checkout():
    # Voila searches <jupyter data dir>/voila/templates/<name> for each name up the chain
    # named by conf.json's base_template; voila_env puts the checkout's dir first.
    ours = REPO / "share" / "jupyter" / "voila" / "templates" / TEMPLATE
    assert json.loads((ours / "conf.json").read_text()) == {"base_template": "lab"}
    env = voila_env({k: v for k, v in os.environ.items() if k != "JUPYTER_PATH"})
    paths = _template_paths(env)
    assert paths[0] == ours
    # ... and then lab's own folders, so the spinner, widgets and theme still resolve.
    names = [p.name for p in paths if p.parent.name == "templates"]
    assert names.index(TEMPLATE) < names.index("lab") < names.index("base")


def test_without_voila_env_the_template_is_not_found():
    # Why serve(), the test server and the hub all set JUPYTER_PATH.
    env = {k: v for k, v in os.environ.items() if k != "JUPYTER_PATH"}
    assert not any(TEMPLATE in p.parts for p in _template_paths(env))


def test_voila_env_prepends_once_and_keeps_other_paths():
    share = str(REPO / "share" / "jupyter")
    env = voila_env({"JUPYTER_PATH": os.pathsep.join(["/opt/a", share, "/opt/b"]), "X": "1"})
    assert env["JUPYTER_PATH"].split(os.pathsep) == [share, "/opt/a", "/opt/b"]
    assert env["X"] == "1"
    assert voila_env({})["JUPYTER_PATH"] == share


def test_index_lists_every_app_in_workshop_order():
    nb = json.loads((REPO / "notebooks" / "index.ipynb").read_text())
    text = "".join(nb["cells"][0]["source"])
    order = ["00-start-here", "01-find-contacts", "02-draft-outreach", "03-prepare-questions",
             "04-reflect-on-fit", "05-my-journey", "class-dashboard", "analyse-reflections"]
    positions = [text.index(f"]({name}.ipynb)") for name in order]
    assert positions == sorted(positions)
    for name in order:
        assert (REPO / "notebooks" / f"{name}.ipynb").exists(), name
