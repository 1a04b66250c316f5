"""A wheel is a complete infoint: built, installed in a fresh venv, used from an empty folder.

Nothing of the checkout is on the path: the venv lives in a temp folder, commands run
in another empty one, and the test checks that infoint is imported from the venv. Its
content (banks, rules, fields), notebooks, voila.json and the Voila template must all
come out of the wheel.

The install pulls the runtime dependencies from the package index this machine is set
up with (about 50 s from a warm pip cache), once for the whole module.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.voila_server import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("INFOINT_CHROMIUM", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
PAGE_MS = 120_000

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 600,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                         timeout=timeout)
    if check and out.returncode != 0:
        raise AssertionError(f"{cmd} exited {out.returncode}:\n{out.stdout}\n{out.stderr}")
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist),
          str(ROOT)], cwd=dist, env=dict(os.environ))
    (built,) = dist.glob("infoint-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Iterator[dict]:
    """A fresh venv with the wheel installed, an empty working folder and its environment."""
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=base, env=dict(os.environ))
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
         cwd=base, env=dict(os.environ), timeout=900)
    empty = base / "work"
    empty.mkdir()
    home = base / "home"
    home.mkdir()
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("INFOINT_", "JUPYTER", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        INFOINT_LEARNER="wheel-test",
        MPLBACKEND="Agg",
    )
    yield {"venv": venv, "bin": venv / "bin", "cwd": empty, "env": env, "home": home}


def test_wheel_carries_content_notebooks_config_and_template(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("infoint/data/fields.toml", "infoint/data/rules/outreach.toml",
                     "infoint/data/banks/general.csv", "infoint/notebooks/index.ipynb",
                     "infoint/notebooks/01-find-contacts.ipynb", "infoint/config/voila.json",
                     "infoint/ui/style.css"):
        assert required in names, required
    for path in (ROOT / "share" / "jupyter").rglob("*"):
        if path.is_file():
            rel = path.relative_to(ROOT).as_posix()
            assert f"infoint-0.1.0.data/data/{rel}" in names, rel
    # Nothing lands outside infoint/ in site-packages (the old wheel wanted a top-level data/).
    assert not [n for n in names if n.split("/")[0] not in
                {"infoint", "infoint-0.1.0.dist-info", "infoint-0.1.0.data"}]


def test_imported_from_the_venv_not_the_checkout(installed):
    code = ("import json, infoint, infoint.contacts, infoint.locations as L;"
            "print(json.dumps([infoint.__file__, str(L.shipped_data_dir()),"
            " str(L.notebooks_dir()), str(L.voila_config_dir()), str(L.template_dir())]))")
    out = _run([str(installed["bin"] / "python"), "-c", code], installed["cwd"],
               installed["env"])
    module, data, notebooks, config, template = (Path(p) for p in json.loads(out.stdout))
    venv = installed["venv"].resolve()
    for path in (module, data, notebooks, config, template):
        assert path.resolve().is_relative_to(venv), path
        assert not path.resolve().is_relative_to(ROOT), path
    assert (data / "rules" / "outreach.toml").is_file()
    assert (notebooks / "00-start-here.ipynb").is_file()
    assert (config / "voila.json").is_file()
    assert template == venv / "share" / "jupyter" / "voila" / "templates" / "infoint"


def test_check_from_an_empty_folder(installed):
    msg = installed["cwd"] / "msg.txt"
    msg.write_text("Hi, can you give me a job?\n")
    out = _run([str(installed["bin"] / "infoint"), "check", "outreach", str(msg), "--json"],
               installed["cwd"], installed["env"], check=False)
    assert "Traceback" not in out.stderr, out.stderr
    report = json.loads(out.stdout)
    assert report["findings"], report
    # An instructor's folder with none of the files falls back to the shipped ones.
    own = installed["cwd"] / "own-content"
    own.mkdir()
    env = {**installed["env"], "INFOINT_DATA_DIR": str(own)}
    again = _run([str(installed["bin"] / "infoint"), "check", "outreach", str(msg), "--json"],
                 installed["cwd"], env, check=False)
    assert json.loads(again.stdout) == report


def test_demo_from_an_empty_folder(installed):
    db = installed["cwd"] / "demo.db"
    out = _run([str(installed["bin"] / "infoint"), "demo", "--db", f"sqlite:///{db}",
                "--learners", "6"], installed["cwd"], installed["env"], timeout=300)
    assert "demo class" in out.stdout and "6 learners" in out.stdout, out.stdout
    assert db.is_file()


def test_plain_voila_in_the_venv_finds_the_template(installed):
    code = ("import json; from voila.paths import collect_template_paths;"
            "print(json.dumps(collect_template_paths(['voila', 'nbconvert'], 'infoint',"
            " prune=True, root_dirs=None)))")
    out = _run([str(installed["bin"] / "python"), "-c", code], installed["cwd"],
               installed["env"])
    paths = [Path(p) for p in json.loads(out.stdout.strip().splitlines()[-1])]
    assert paths[0] == installed["venv"] / "share" / "jupyter" / "voila" / "templates" / "infoint"


def _wait_for(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"infoint serve exited {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {seconds} s")


def test_serve_renders_a_step_in_chromium(installed):
    if not Path(CHROMIUM).exists():
        (pytest.fail if IN_CI else pytest.skip)(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import expect, sync_playwright

    port = free_port()
    db = installed["cwd"] / "serve.db"
    log = (installed["cwd"] / "serve.log").open("w")
    proc = subprocess.Popen(
        [str(installed["bin"] / "infoint"), "serve", "--port", str(port),
         "--db", f"sqlite:///{db}"],
        cwd=installed["cwd"], env=installed["env"], stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/voila/static/voila.js", proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                      "--no-first-run", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync"],
            )
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/voila/render/01-find-contacts.ipynb",
                          timeout=PAGE_MS)
                app = page.locator(".infoint-contacts")
                expect(app).to_be_visible(timeout=PAGE_MS)
                expect(page.locator("#loading")).to_have_count(0, timeout=PAGE_MS)
                # The infoint template (served from the venv's share/jupyter) and the
                # app's own styles (package data) are both in the page.
                assert "/voila/templates/infoint/static/" in page.content()
                assert app.locator("input, textarea, button").count() > 3
                assert page.locator(".output_error, .jp-RenderedText[data-mime-type="
                                    "'application/vnd.jupyter.stderr']").count() == 0
            finally:
                browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()
    text = (installed["cwd"] / "serve.log").read_text()
    assert "TemplateNotFound" not in text and "FileNotFoundError" not in text, text
