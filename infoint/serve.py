"""How the apps are served with Voilà: one command line, used by ``infoint serve`` and tests.

The flags matter for a class: only ``notebooks/`` is served (anything else in the
folder would be listed), sources and tracebacks stay hidden from learners, and idle
kernels are culled because Voilà never shuts a kernel down when a page closes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from infoint import locations

NOTEBOOKS = Path(os.environ.get("INFOINT_NOTEBOOKS", locations.notebooks_dir()))
# Voilà looks for templates in every Jupyter data folder under voila/templates/<name>;
# the infoint template (lab without CDN requests) is installed as Jupyter data files.
TEMPLATE = locations.TEMPLATE
SHARE_JUPYTER = locations.jupyter_data_dir()
# Voilà reads voila.json from its working directory.
CONFIG_DIR = locations.voila_config_dir()

# Ten minutes idle is long enough for a learner who steps away to think, short enough
# that a class of 30 closing tabs frees its memory before the next session starts.
CULL_IDLE_SECONDS = 600
CULL_INTERVAL_SECONDS = 60
EXECUTE_TIMEOUT_SECONDS = 120


def voila_args(port: int, ip: str = "127.0.0.1", notebooks: Path | None = None) -> list[str]:
    """The full ``voila`` command line."""
    folder = Path(notebooks or NOTEBOOKS)
    return [
        sys.executable,
        "-m",
        "voila",
        str(folder),
        "--no-browser",
        f"--port={port}",
        f"--Voila.ip={ip}",
        "--Voila.port_retries=0",
        "--strip_sources=True",
        "--show_tracebacks=False",
        "--theme=light",
        f"--template={TEMPLATE}",
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
        f"--VoilaExecutor.timeout={EXECUTE_TIMEOUT_SECONDS}",
        # Only notebooks are served; no data files or configs can be fetched by URL.
        "--VoilaConfiguration.file_allowlist=[]",
    ]


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


def serve(port: int = 8866, ip: str = "127.0.0.1", db: str | None = None) -> int:
    """Run Voilà in the foreground until interrupted; returns its exit code."""
    import subprocess

    env = voila_env(os.environ)
    if db:
        env["INFOINT_DB"] = db
    from infoint.store import Store

    store = Store.open(env.get("INFOINT_DB"))  # create and migrate before the first page
    print(f"infoint: store {store.url}", flush=True)
    print(f"infoint: open http://{ip}:{port}/ in your browser (Ctrl+C stops)", flush=True)
    proc = subprocess.Popen(voila_args(port, ip), env=env, cwd=str(CONFIG_DIR))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        return proc.wait()
