"""How the apps are served with Voilà: one command line, used by ``infoint serve`` and tests.

What is locked matters for a class: only ``notebooks/`` is served (anything else in the
folder would be listed), sources and tracebacks stay hidden, the URL cannot choose the
template or theme, a closed page's kernel goes within a minute or so, and an upload the
websocket cannot carry is refused before it is sent. ``/`` opens the workshop's landing
notebook. A standalone server has no login, so it listens on loopback unless told
otherwise and its pages are a learner's, never an instructor's, unless asked.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from infoint import locations
from infoint.io.importing import MAX_BYTES

NOTEBOOKS = Path(os.environ.get("INFOINT_NOTEBOOKS", locations.notebooks_dir()))
# Voilà looks for templates in every Jupyter data folder under voila/templates/<name>;
# the infoint template (lab without CDN requests) is installed as Jupyter data files.
TEMPLATE = locations.TEMPLATE
SHARE_JUPYTER = locations.jupyter_data_dir()
# Voilà reads voila.json from its working directory.
CONFIG_DIR = locations.voila_config_dir()

# The notebook "/" sends a browser to: the workshop's list of steps, in order.
LANDING_NOTEBOOK = "index.ipynb"

# Kernels: a page that is open holds a websocket, and a connected kernel is never culled
# (cull_connected off), however long the learner thinks. A closed page normally ends its
# kernel at once (the template's shutdown beacon, see voila_app.py); when it cannot (a
# crashed tab, a laptop lid closed), the kernel has no connection and is culled after a
# minute idle, checked every 15 s: gone within 75 s, not the 10 minutes that let 49
# kernels pile up during one learner's walk through the workshop.
CULL_IDLE_SECONDS = 60
CULL_INTERVAL_SECONDS = 15
EXECUTE_TIMEOUT_SECONDS = 120
# ipywidgets' FileUpload sends the whole file in one websocket message, and Tornado closes
# a socket whose message is over its limit (10 MiB by default) before any Python runs:
# a dead page. The limit sits above the importer's own (MAX_BYTES) with room for the
# message's JSON header, so a file the template lets through always reaches the
# importer's "too big" check; the template refuses anything over MAX_BYTES before sending.
WEBSOCKET_MAX_BYTES = MAX_BYTES + 2 * 1024 * 1024
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def voila_config() -> dict[str, dict[str, object]]:
    """Everything a class needs locked, as Voilà config sections.

    voila.json holds the same (a test compares them) for a plain ``voila`` or the hub;
    ``infoint serve`` applies this on top of any config file it finds, so a stray
    voila.json in the working folder cannot unlock it.
    """
    return {
        "Voila": {"tornado_settings": {"websocket_max_message_size": WEBSOCKET_MAX_BYTES}},
        "VoilaConfiguration": {
            "strip_sources": True,
            "show_tracebacks": False,
            "theme": "light",
            "template": TEMPLATE,
            # A URL must not choose the theme (it was written into the page unescaped:
            # reflected XSS) or the template (lab and classic fetch from CDNs, an unknown
            # name hangs the page); the notebook metadata may not either.
            "allow_theme_override": "NO",
            "allow_template_override": "NO",
            # Only notebooks are served; no data files or configs can be fetched by URL.
            "file_allowlist": [],
            # Read by the template's upload guard (static/infoint-page.js).
            "resources": {"infoint": {"max_upload_bytes": MAX_BYTES}},
            # Kernels that import the store while they boot (infoint.kernel).
            "kernel_spec_manager_class": "infoint.kernel.WarmKernelSpecManager",
        },
        "MappingKernelManager": {
            "cull_idle_timeout": CULL_IDLE_SECONDS,
            "cull_interval": CULL_INTERVAL_SECONDS,
            "cull_connected": False,
        },
        "VoilaExecutor": {"timeout": EXECUTE_TIMEOUT_SECONDS},
    }


def voila_args(port: int, ip: str = "127.0.0.1", notebooks: Path | None = None) -> list[str]:
    """The full command line: our Voilà launcher, which applies :func:`voila_config`."""
    folder = Path(notebooks or NOTEBOOKS)
    return [
        sys.executable,
        "-m",
        "infoint.voila_app",
        str(folder),
        "--no-browser",
        f"--port={port}",
        f"--Voila.ip={ip}",
        "--Voila.port_retries=0",
    ]


def is_loopback(ip: str) -> bool:
    """True if only this machine can reach ``ip`` ("" and 0.0.0.0 mean every interface)."""
    if ip.strip().lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(ip.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def voila_env(base_env: Mapping[str, str]) -> dict[str, str]:
    """``base_env`` with the checkout's share/jupyter first on JUPYTER_PATH.

    Without it Voilà cannot find the infoint template and silently falls back to
    plain defaults, so every process that starts Voilà builds its environment here.
    """
    env = dict(base_env)
    ours = str(SHARE_JUPYTER)
    others = [p for p in env.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != ours]
    env["JUPYTER_PATH"] = os.pathsep.join([ours, *others])
    return env


class ServeRefused(ValueError):
    """``infoint serve`` was asked for something unsafe; ``str(error)`` says what to do."""


def serve_env(base_env: Mapping[str, str], db: str | None = None,
              instructor: bool = False) -> dict[str, str]:
    """The environment of a standalone server: one learner, and not an instructor.

    Without a role, :func:`infoint.classview.viewer_role` treats a single-user install as
    its owner (the instructor). A standalone server is for one learner, so it says
    ``learner`` unless the operator asked for the instructor (``--instructor``) or set
    ``INFOINT_ROLE`` themselves.
    """
    env = voila_env(base_env)
    if db:
        env["INFOINT_DB"] = db
    if instructor:
        env["INFOINT_ROLE"] = "instructor"
    elif not env.get("INFOINT_ROLE", "").strip():
        env["INFOINT_ROLE"] = "learner"
    return env


def check_listen(ip: str, allow_remote: bool, env: Mapping[str, str]) -> list[str]:
    """Refuse an unsafe address; returns the warnings to print for an allowed remote one."""
    if is_loopback(ip):
        return []
    if not allow_remote:
        raise ServeRefused(
            f"{ip or 'every interface'} is reachable from other machines, and infoint serve "
            "has no login: anyone who reaches it would use this learner's data. Serve a "
            "class with JupyterHub (docs/workshop.md); to share this one learner's server "
            "anyway, add --allow-remote."
        )
    if env.get("INFOINT_ROLE", "").strip().lower() == "instructor":
        raise ServeRefused(
            "an instructor's server shows class data and has no login: it listens on "
            "this machine only (drop --allow-remote, or serve the class with JupyterHub)."
        )
    return [
        f"infoint: WARNING: listening on {ip or 'every interface'} with no login.",
        "infoint: everyone who reaches this address is the same learner "
        f"({env.get('INFOINT_LEARNER') or 'this account'}): they see and change the same "
        "contacts, messages and reflections.",
        "infoint: for a class, use JupyterHub (one server and one login per learner).",
    ]


def compile_bytecode(package: Path | None = None) -> None:
    """Write the package's bytecode now, once, instead of in every page's kernel.

    pip compiles a wheel when it installs it, but a checkout (``pip install -e``) run
    where ``PYTHONDONTWRITEBYTECODE`` is set, as container images often do, has none:
    each kernel then compiles every infoint module it imports from source, about 45 ms
    before a step's widgets can show. Files already up to date cost a ``stat`` each; a
    folder that cannot be written is left as it is.
    """
    import compileall

    folder = package or Path(__file__).resolve().parent
    compileall.compile_dir(str(folder), quiet=2, workers=1)


def serve(port: int = 8866, ip: str = "127.0.0.1", db: str | None = None,
          allow_remote: bool = False, instructor: bool = False) -> int:
    """Run Voilà in the foreground until interrupted; returns its exit code."""
    import subprocess

    env = serve_env(os.environ, db=db, instructor=instructor)
    try:
        warnings = check_listen(ip, allow_remote, env)
    except ServeRefused as refused:
        print(f"infoint serve: {refused}", file=sys.stderr, flush=True)
        return 2
    from infoint.store import Store

    store = Store.open(env.get("INFOINT_DB"))  # create and migrate before the first page
    compile_bytecode()
    print(f"infoint: store {store.url}", flush=True)
    host = f"[{ip}]" if ":" in ip and not ip.startswith("[") else ip  # IPv6 in a URL
    print(f"infoint: open http://{host}:{port}/ in your browser (Ctrl+C stops)", flush=True)
    for line in warnings:
        print(line, flush=True)
    proc = subprocess.Popen(voila_args(port, ip), env=env, cwd=str(CONFIG_DIR))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        return proc.wait()
