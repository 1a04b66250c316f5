"""The same notebooks as guided notebooks in JupyterLab: run a step, use its app, move on.

Workshops also hand learners the notebooks in JupyterLab (they run the cells
themselves). This starts ``jupyter lab`` on loopback with a token and its own store,
runs "Start here" with Run All Cells, saves a profile through the app, checks the
store, and follows the app's next-step link, which must open step 1 inside Lab. Then
Lab's dark theme: the app's text and surfaces must follow it (screenshots of both
themes land in test-artifacts/).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from infoint.locations import notebooks_dir
from infoint.store import Store
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import click, fill, toggle
from tests.browser.voila_server import free_port

LEARNER = "lab-learner"
LAB_MS = 120_000
# Settings Lab would otherwise act on at start: no news or update checks from the page.
QUIET_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False,
    },
}


class Lab:
    def __init__(self, root: Path, port: int, token: str, db_url: str) -> None:
        self.root, self.port, self.token, self.db_url = root, port, token, db_url

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def tree(self, notebook: str) -> str:
        return f"{self.base}/lab/tree/{notebook}?token={self.token}"

    def _api(self, method: str, path: str, body: dict | None = None) -> Any:
        request = urllib.request.Request(
            f"{self.base}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else {}

    def start_kernel_for(self, notebook: str) -> None:
        """Start the notebook's session and wait for its kernel, before the page opens it.

        Jupyter Server 2.21 answers 500 to Lab's /api/kernels poll while a kernel is
        still starting, and Lab then replaces the kernel and drops a pending "Run All".
        A session that already exists (as when a learner reopens a notebook) avoids it.
        """
        session = self._api("POST", "/api/sessions", {
            "path": notebook, "name": notebook, "type": "notebook",
            "kernel": {"name": "python3"},
        })
        kernel = session["kernel"]["id"]
        deadline = time.monotonic() + 90
        while True:  # the list answers 200 once every kernel in it has finished starting
            try:
                if kernel in {k["id"] for k in self._api("GET", "/api/kernels")}:
                    return
            except urllib.error.HTTPError:
                pass
            assert time.monotonic() < deadline, "the notebook's kernel did not start in 90 s"
            time.sleep(0.3)

    def set_theme(self, theme: str) -> None:
        """Pick a theme through Lab's settings API, as the Settings menu does."""
        body = json.dumps({"raw": json.dumps({"theme": theme})}).encode()
        request = urllib.request.Request(
            f"{self.base}/lab/api/settings/@jupyterlab/apputils-extension:themes",
            data=body, method="PUT",
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as resp:
            assert resp.status == 204, resp.status


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    base = tmp_path_factory.mktemp("lab")
    # A copy of the notebooks: Lab saves outputs into the files it opens.
    root = base / "notebooks"
    shutil.copytree(notebooks_dir(), root)
    settings = base / "settings"
    for name, value in QUIET_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    port, token = free_port(), uuid.uuid4().hex
    db_url = f"sqlite:///{base / 'lab.db'}"
    env = {k: v for k, v in os.environ.items() if k != "JUPYTERHUB_USER"}
    env.update(
        INFOINT_DB=db_url, INFOINT_LEARNER=LEARNER, MPLBACKEND="Agg",
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
    )
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / f"jupyterlab-{port}.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    server = Lab(root, port, token, db_url)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, f"jupyter lab exited {proc.returncode}, see {log.name}"
            try:
                with urllib.request.urlopen(f"{server.base}/api/status?token={token}", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                assert time.monotonic() < deadline, "jupyter lab did not answer in 90 s"
                time.sleep(0.3)
        yield server
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


def _open_and_run_all(page: Page, lab: Lab, notebook: str, app_css: str) -> None:
    lab.start_kernel_for(notebook)
    page.goto(lab.tree(notebook), timeout=LAB_MS)
    expect(page.locator(".jp-NotebookPanel .jp-Cell").first).to_be_visible(timeout=LAB_MS)
    # The kernel must be up before Run All, or the run waits on a kernel picker.
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
        1, timeout=LAB_MS
    )
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=False).first.click()
    app = page.locator(f".jp-OutputArea .{app_css}")
    # Lab may ask which kernel to use (its preselected choice is the notebook's Python 3);
    # a learner answers "Select".
    picker = page.locator(".jp-Dialog").get_by_role("button", name="Select Kernel")
    expect(app.or_(picker)).to_be_visible(timeout=LAB_MS)
    if picker.is_visible():
        picker.click()
    expect(app).to_be_visible(timeout=LAB_MS)


def _rgb(page: Page, css: str, prop: str) -> tuple[int, ...]:
    value = page.eval_on_selector(css, f"e => getComputedStyle(e).{prop}")
    inside = value[value.index("(") + 1:value.index(")")]
    return tuple(int(float(x)) for x in inside.split(",")[:3])


def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _page_background(page: Page) -> tuple[int, ...]:
    return _rgb(page, ".jp-NotebookPanel .jp-Notebook", "backgroundColor")


def test_step_runs_saves_and_links_to_the_next_step_inside_lab(page: Page, lab: Lab):
    page.on("dialog", lambda dialog: dialog.accept())  # "leave page?" for an unsaved notebook
    _open_and_run_all(page, lab, "00-start-here.ipynb", "infoint-profile")
    fill(page, "infoint-profile-name", "Lab Learner")
    fill(page, "infoint-profile-school", "Night School")
    fill(page, "infoint-profile-fields", "teaching")
    toggle(page, "infoint-profile-minutes", "30 minutes")
    click(page, "infoint-profile-save")
    expect(page.locator(".infoint-profile-notice")).to_contain_text("Saved", timeout=30_000)
    expect(page.locator(".jp-OutputArea-output[data-mime-type="
                        "'application/vnd.jupyter.stderr']")).to_have_count(0)
    # Light theme: the app keeps infoint's own ink on Lab's white page.
    label = ".infoint-profile .widget-label"
    assert _rgb(page, label, "color") == (0x1F, 0x29, 0x33)
    page.screenshot(path=str(ARTIFACTS / "lab-light.png"))

    profile = Store.open(lab.db_url, learner_id=LEARNER).load_profile()
    assert profile is not None and profile.name == "Lab Learner"
    assert profile.school == "Night School" and profile.meeting_minutes == 30

    # Save the notebook (Ctrl+S), as a learner would before moving on.
    page.keyboard.press("Control+s")
    link = page.locator(".jp-OutputArea .ii-next-step a", has_text="step 1, find contacts")
    link.click()
    page.wait_for_url("**/lab/tree/01-find-contacts.ipynb*", timeout=LAB_MS)
    expect(page.locator(".jp-NotebookPanel .jp-Cell").first).to_be_visible(timeout=LAB_MS)
    current = page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current")
    expect(current).to_contain_text("01-find-contacts.ipynb", timeout=LAB_MS)
    # Lab keeps the first step open in its own tab; the one shown is step 1.
    shown = page.locator("#jp-main-dock-panel .jp-NotebookPanel:not(.lm-mod-hidden)")
    expect(shown).to_contain_text("Step 1: find contacts", timeout=LAB_MS)


def test_app_follows_lab_dark_theme(page: Page, lab: Lab):
    lab.set_theme("JupyterLab Dark")
    try:
        page.on("dialog", lambda dialog: dialog.accept())
        _open_and_run_all(page, lab, "00-start-here.ipynb", "infoint-profile")
        expect(page.locator("body[data-jp-theme-light='false']")).to_have_count(1)
        background = _page_background(page)
        assert _luminance(background) < 0.05, background
        ink = _rgb(page, ".infoint-profile .widget-label", "color")
        assert _contrast(ink, background) >= 7, (ink, background)
        # The next-step link (accent) must stay readable on the dark page too.
        accent = _rgb(page, ".infoint-profile .ii-next-step a", "color")
        assert _contrast(accent, background) >= 4.5, (accent, background)
        save = ".infoint-profile button.mod-primary"
        assert _contrast(_rgb(page, save, "color"), _rgb(page, save, "backgroundColor")) >= 4.5
        page.locator(".infoint-profile .widget-toggle-buttons").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "lab-dark.png"))
    finally:
        lab.set_theme("JupyterLab Light")
