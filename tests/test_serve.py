"""``infoint serve`` (what ``make serve`` runs) prints its URL and renders the apps."""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoint.serve import (
    LANDING_NOTEBOOK,
    ServeRefused,
    check_listen,
    compile_bytecode,
    is_loopback,
    serve,
    serve_env,
)
from tests.browser.voila_server import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_serve_prints_url_and_renders_start_here(tmp_path):
    port = free_port()
    env = dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 'serve.db'}",
               INFOINT_LEARNER="serve-test")
    proc = subprocess.Popen(
        [sys.executable, "-m", "infoint.cli", "serve", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        assert any(f"http://127.0.0.1:{port}/" in line for line in lines), lines
        wait_until_up(f"http://127.0.0.1:{port}")
        # "/" is the workshop's landing page (index.ipynb), not Voila's file list.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as resp:
            assert resp.url == f"http://127.0.0.1:{port}/voila/render/{LANDING_NOTEBOOK}"
            landing = resp.read().decode()
        assert "the workshop" in landing and "Start here" in landing
        assert 'class="jp-DirListing' not in landing
        url = f"http://127.0.0.1:{port}/voila/render/00-start-here.ipynb"
        with urllib.request.urlopen(url, timeout=120) as resp:
            assert resp.status == 200
            page = resp.read().decode()
        # The infoint template drops the CSS and scripts that mentioned "Error", so a
        # `curl ... | grep -c Error` smoke check of a healthy page finds nothing at all.
        assert "Error" not in page and "Traceback" not in page
        assert "/voila/templates/infoint/static/" in page
        assert "output_error" not in page
        assert "Start here" in page
        # Only the notebooks folder is served: the repo's own files are not reachable.
        for leak in ("/voila/files/pyproject.toml", "/voila/files/../pyproject.toml"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{leak}", timeout=5)
                raise AssertionError(f"{leak} was served")
            except urllib.error.HTTPError as err:
                assert err.code in (403, 404)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


@pytest.mark.slow
def test_a_closed_pages_shutdown_beacon_is_accepted(tmp_path):
    # Voila's page posts /voila/api/shutdown/<id> with the _xsrf cookie's value when it
    # closes; the page must have received that cookie, or the post answers 403.
    port = free_port()
    env = serve_env(dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 's.db'}"))
    from infoint.serve import voila_args

    proc = subprocess.Popen(voila_args(port), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with opener.open(f"{base}/voila/render/index.ipynb", timeout=120) as resp:
            page = resp.read().decode()
        kernel_id = re.search(r'"kernelId": "([0-9a-f-]+)"', page).group(1)
        xsrf = {c.name: c.value for c in jar}.get("_xsrf")
        assert xsrf, "the page set no _xsrf cookie"
        beacon = urllib.request.Request(
            f"{base}/voila/api/shutdown/{kernel_id}", method="POST",
            data=urllib.parse.urlencode({"_xsrf": xsrf}).encode(),
        )
        with opener.open(beacon, timeout=30) as resp:
            assert resp.status == 204
        with pytest.raises(urllib.error.HTTPError) as gone:
            opener.open(f"{base}/api/kernels/{kernel_id}", timeout=10)
        assert gone.value.code == 404
        # Without the cookie's value the same post is refused (the check is still on).
        refused = urllib.request.Request(f"{base}/voila/api/shutdown/{kernel_id}",
                                         method="POST", data=b"_xsrf=forged")
        with pytest.raises(urllib.error.HTTPError) as forged:
            opener.open(refused, timeout=30)
        assert forged.value.code == 403
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)




@pytest.mark.parametrize("ip", ["127.0.0.1", "127.0.1.1", "::1", "localhost", "[::1]"])
def test_loopback_addresses(ip):
    assert is_loopback(ip)


@pytest.mark.parametrize("ip", ["0.0.0.0", "", "::", "192.168.1.20", "10.0.0.1", "example.org"])
def test_addresses_others_can_reach(ip):
    assert not is_loopback(ip)


def test_remote_listening_needs_the_flag_and_says_everyone_is_one_learner():
    env = {"INFOINT_ROLE": "learner", "INFOINT_LEARNER": "amara"}
    assert check_listen("127.0.0.1", allow_remote=False, env=env) == []
    with pytest.raises(ServeRefused, match="--allow-remote"):
        check_listen("0.0.0.0", allow_remote=False, env=env)
    warning = " ".join(check_listen("0.0.0.0", allow_remote=True, env=env))
    assert "same learner" in warning and "amara" in warning and "JupyterHub" in warning


def test_an_instructor_server_never_listens_beyond_loopback():
    with pytest.raises(ServeRefused, match="this machine only"):
        check_listen("0.0.0.0", allow_remote=True, env={"INFOINT_ROLE": "instructor"})
    assert check_listen("127.0.0.1", allow_remote=False, env={"INFOINT_ROLE": "instructor"}) == []


def test_standalone_is_a_learner_unless_told_otherwise():
    from infoint.classview import viewer_role

    plain = serve_env({})
    assert plain["INFOINT_ROLE"] == "learner" and viewer_role(plain) == "learner"
    assert serve_env({}, instructor=True)["INFOINT_ROLE"] == "instructor"
    # An operator's own setting is kept, and the store URL is passed on.
    kept = serve_env({"INFOINT_ROLE": "instructor"}, db="sqlite:///x.db")
    assert kept["INFOINT_ROLE"] == "instructor" and kept["INFOINT_DB"] == "sqlite:///x.db"
    assert serve_env({"INFOINT_ROLE": " "})["INFOINT_ROLE"] == "learner"


def test_serve_refuses_every_interface_without_the_flag(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("INFOINT_DB", f"sqlite:///{tmp_path / 'never.db'}")
    assert serve(port=free_port(), ip="0.0.0.0") == 2
    err = capsys.readouterr().err
    assert "no login" in err and "--allow-remote" in err and "JupyterHub" in err
    assert not (tmp_path / "never.db").exists()  # refused before anything was opened


def test_cli_serve_has_the_flags():
    from infoint.cli import build_parser

    args = build_parser().parse_args(["serve", "--ip", "0.0.0.0", "--allow-remote"])
    assert args.allow_remote and not args.instructor
    assert build_parser().parse_args(["serve", "--instructor"]).instructor


@given(st.ip_addresses())
def test_loopback_is_exactly_the_loopback_networks(address):
    # 127.0.0.0/8 and ::1 (and IPv4-mapped forms Python counts as loopback) stay local;
    # every other address, private ones included, can be reached by someone else.
    assert is_loopback(str(address)) == address.is_loopback
    assert is_loopback(f" {address} ") == address.is_loopback


@pytest.mark.slow
def test_plain_voila_from_the_checkout_renders_with_the_infoint_template(tmp_path):
    # F6: `voila notebooks/` with no JUPYTER_PATH once streamed a blank page forever
    # (TemplateNotFound for voila.json's "infoint"). The template is now where the package
    # is installed, so stock Voila, run by hand, finds it.
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("JUPYTER_PATH", "INFOINT_ROLE")}
    env.update(INFOINT_DB=f"sqlite:///{tmp_path / 'plain.db'}", INFOINT_LEARNER="plain")
    proc = subprocess.Popen(
        [sys.executable, "-m", "voila", "notebooks", "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", "--Voila.port_retries=0"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        url = f"http://127.0.0.1:{port}/voila/render/00-start-here.ipynb"
        with urllib.request.urlopen(url, timeout=120) as resp:
            page = resp.read().decode()
        assert "/voila/templates/infoint/static/" in page
        assert "Start here" in page and "TemplateNotFound" not in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_bytecode_is_written_once_even_where_python_writes_none(tmp_path, monkeypatch):
    """With PYTHONDONTWRITEBYTECODE (common in containers) a checkout has no bytecode and
    every kernel compiles infoint's modules again; serve writes it once, up front."""
    import importlib.util

    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    sources = [package / "__init__.py", package / "ui" / "app.py"]
    for source in sources:
        source.write_text("VALUE = 1\n")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    compile_bytecode(package)
    for source in sources:
        assert Path(importlib.util.cache_from_source(str(source))).is_file(), source
