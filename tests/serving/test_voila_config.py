"""The checked-in voila.json, the command line of ``infoint serve`` and Voila itself agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from infoint.io.importing import MAX_BYTES
from infoint.serve import (
    LANDING_NOTEBOOK,
    TEMPLATE,
    WEBSOCKET_MAX_BYTES,
    voila_args,
    voila_config,
    voila_env,
)

REPO = Path(__file__).resolve().parents[2]
CONFIG = json.loads((REPO / "voila.json").read_text())

LOCK = voila_config()


def test_voila_json_is_the_lock():
    # One source: infoint.serve.voila_config(); voila.json is its copy for plain voila
    # and the hub (JUPYTER_CONFIG_PATH). Regenerate it from voila_config() when this fails.
    assert json.loads(json.dumps(LOCK)) == CONFIG


def test_config_locks_what_a_class_needs():
    vc = LOCK["VoilaConfiguration"]
    assert vc["strip_sources"] is True
    assert vc["show_tracebacks"] is False
    assert vc["theme"] == "light"
    # Voila's lab template without CDN requests: share/jupyter/voila/templates/infoint.
    assert vc["template"] == TEMPLATE == "infoint"
    assert vc["allow_theme_override"] == vc["allow_template_override"] == "NO"
    assert vc["file_allowlist"] == []
    # The template's upload guard and the importer share one limit ...
    assert vc["resources"]["infoint"]["max_upload_bytes"] == MAX_BYTES
    # ... and the websocket carries a file at that limit with its message header.
    ws = LOCK["Voila"]["tornado_settings"]["websocket_max_message_size"]
    assert ws == WEBSOCKET_MAX_BYTES >= MAX_BYTES + 1024 * 1024
    kernels = LOCK["MappingKernelManager"]
    assert kernels["cull_connected"] is False  # an open page keeps its kernel
    assert 0 < kernels["cull_idle_timeout"] + kernels["cull_interval"] < 120
    assert LOCK["VoilaExecutor"]["timeout"] > 0


def test_serve_runs_infoints_launcher_on_loopback():
    args = voila_args(8866)
    assert args[1:3] == ["-m", "infoint.voila_app"]
    assert "--Voila.ip=127.0.0.1" in args and "--port=8866" in args


_EFFECTIVE = (
    "import json, sys\n"
    "from {module} import {cls} as App\n"
    "app = App(); app.initialize(sys.argv[1:])\n"
    "vc = app.voila_configuration\n"
    # A class-valued option (the kernel spec manager) prints as the dotted name config uses.
    "def name(cls): return cls.__module__ + '.' + cls.__qualname__\n"
    "mkm = app.config.MappingKernelManager\n"
    "print(json.dumps({{'Voila': {{'tornado_settings': app.tornado_settings}},"
    " 'VoilaConfiguration': {{k: getattr(vc, k) for k in {vc_keys!r}}},"
    " 'MappingKernelManager': {{k: mkm[k] for k in {mkm_keys!r}}},"
    " 'VoilaExecutor': dict(app.config.VoilaExecutor)}}, default=name))\n"
)


def _effective(module: str, cls: str, cwd: Path, argv: list[str]) -> dict:
    code = _EFFECTIVE.format(module=module, cls=cls,
                             vc_keys=sorted(LOCK["VoilaConfiguration"]),
                             mkm_keys=sorted(LOCK["MappingKernelManager"]))
    out = subprocess.run([sys.executable, "-c", code, *argv], cwd=cwd, capture_output=True,
                         text=True, timeout=120, check=True, env=voila_env(os.environ))
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # Values given on a command line arrive as strings; compare as the JSON would be.
    mkm = result["MappingKernelManager"]
    for key, value in mkm.items():
        if isinstance(value, str) and value in {"True", "False"}:
            mkm[key] = value == "True"
    return result


def test_voila_started_in_the_repo_root_reads_voila_json():
    # Plain `voila notebooks` in the checkout (and the hub, by JUPYTER_CONFIG_PATH) reads
    # voila.json: the same lock, theme and template overrides refused.
    assert _effective("voila.app", "Voila", REPO, ["notebooks"]) == json.loads(json.dumps(LOCK))


def test_the_launcher_lock_beats_any_config_file_and_option(tmp_path):
    # A voila.json in the folder infoint serve starts from, or an option, cannot unlock.
    hostile = {
        "VoilaConfiguration": {"allow_theme_override": "YES", "template": "lab",
                               "show_tracebacks": True, "file_allowlist": [".*"]},
        "MappingKernelManager": {"cull_idle_timeout": 6000, "cull_connected": True},
        "Voila": {"tornado_settings": {"websocket_max_message_size": 1}},
    }
    (tmp_path / "voila.json").write_text(json.dumps(hostile))
    argv = [str(REPO / "notebooks"), "--VoilaConfiguration.allow_template_override=YES",
            "--theme=dark"]
    got = _effective("infoint.voila_app", "InfointVoila", tmp_path, argv)
    assert got == json.loads(json.dumps(LOCK))


def test_launcher_sends_the_root_to_the_landing_notebook():
    from tornado.web import RedirectHandler

    from infoint.voila_app import InfointVoila

    app = InfointVoila()
    app.initialize([str(REPO / "notebooks")])
    app.init_settings()
    rules = {rule[0]: rule for rule in app.init_handlers()}
    root = rules["/"]
    assert root[1] is RedirectHandler
    assert root[2] == {"url": f"/voila/render/{LANDING_NOTEBOOK}", "permanent": False}
    assert (REPO / "notebooks" / LANDING_NOTEBOOK).exists()
    # Every notebook is still rendered, and the file list is still one click away.
    assert any("/voila/render/" in str(pattern) for pattern in rules)
    assert any("/voila/tree" in str(pattern) for pattern in rules)


def test_template_static_files_fetch_nothing_and_write_no_markup():
    static = REPO / "share" / "jupyter" / "voila" / "templates" / TEMPLATE / "static"
    js = (static / "infoint-page.js").read_text()
    css = (static / "infoint-page.css").read_text()
    for text in (js, css):
        assert "http://" not in text and "https://" not in text and "@import" not in text
    # Messages go in with textContent; nothing is assigned as HTML.
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js
    assert "Connection lost: reload; your saved work is safe." in js
    index = (static.parent / "index.html.j2").read_text()
    assert "{{ theme | e }}" in index and "{{resources.theme}}" not in index
    assert 'include_js("static/infoint-page.js")' in index


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


def test_plain_voila_in_the_environment_finds_the_template():
    # F6: `voila notebooks/` with no JUPYTER_PATH must not fall back to a blank page. A wheel
    # installs the template as Jupyter data files; `make` links it for an editable install.
    env = {k: v for k, v in os.environ.items() if k != "JUPYTER_PATH"}
    paths = _template_paths(env)
    assert any(p.name == TEMPLATE and (p / "index.html.j2").is_file() for p in paths), paths


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
