"""How the apps are served with Voilà: one command line, used by ``infoint serve`` and tests.

The flags matter for a class: only ``notebooks/`` is served (anything else in the
folder would be listed), sources and tracebacks stay hidden from learners, and idle
kernels are culled because Voilà never shuts a kernel down when a page closes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = Path(os.environ.get("INFOINT_NOTEBOOKS", REPO / "notebooks"))

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
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
        f"--VoilaExecutor.timeout={EXECUTE_TIMEOUT_SECONDS}",
        # Only notebooks are served; no data files or configs can be fetched by URL.
        "--VoilaConfiguration.file_allowlist=[]",
    ]


def serve(port: int = 8866, ip: str = "127.0.0.1", db: str | None = None) -> int:
    """Run Voilà in the foreground until interrupted; returns its exit code."""
    import subprocess

    env = dict(os.environ)
    if db:
        env["INFOINT_DB"] = db
    from infoint.store import Store

    store = Store.open(env.get("INFOINT_DB"))  # create and migrate before the first page
    print(f"infoint: store {store.url}", flush=True)
    print(f"infoint: open http://{ip}:{port}/ in your browser (Ctrl+C stops)", flush=True)
    proc = subprocess.Popen(voila_args(port, ip), env=env, cwd=str(REPO))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        return proc.wait()
