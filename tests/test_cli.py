"""The console entry point."""

from __future__ import annotations

import subprocess
import sys

from infoint import __version__
from infoint.serve import voila_args


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "infoint.cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"infoint {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_serve_command_line_is_safe_for_a_class():
    args = voila_args(8866)
    joined = " ".join(args)
    assert args[-1].startswith("--") and "notebooks" in args[3]
    assert "--Voila.ip=127.0.0.1" in args
    assert "--show_tracebacks=False" in args and "--strip_sources=True" in args
    assert "cull_idle_timeout" in joined and "cull_interval" in joined
