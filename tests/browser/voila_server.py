"""Start and stop Voila for tests and benchmarks, exactly as ``infoint serve`` runs it.

The learner's role is left to the caller (``env``): the shared browser fixture opens the
class dashboard, which ``infoint serve`` itself shows only with ``--instructor``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

from infoint.kernel import is_kernel_command
from infoint.serve import compile_bytecode, voila_args, voila_env

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, timeout: float = 60.0) -> None:
    """Wait for a Voila server at ``base`` to answer; asks for a static file, since
    requesting "/" would start a kernel."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/voila/static/voila.js", timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{base} did not come up within {timeout:.0f} s")


class VoilaServer:
    def __init__(self, db_url: str, learner: str, notebooks: Path | None = None,
                 env: dict[str, str] | None = None, plain_voila_args: list[str] | None = None,
                 ) -> None:
        self.db_url = db_url
        self.learner = learner
        self.notebooks = notebooks or REPO / "notebooks"
        self.extra_env = env or {}
        # Set: run stock `python -m voila` with these extra options instead of infoint's
        # launcher (to test what the template does on its own, without the lock).
        self.plain_voila_args = plain_voila_args
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def render_url(self, notebook: str) -> str:
        return f"{self.base_url}/voila/render/{notebook}"

    def start(self, timeout: float = 60.0) -> None:
        self.port = free_port()
        env = voila_env(os.environ)
        env.update(INFOINT_DB=self.db_url, INFOINT_LEARNER=self.learner, **self.extra_env)
        env.pop("JUPYTERHUB_USER", None)
        log_dir = REPO / "test-artifacts"
        log_dir.mkdir(exist_ok=True)
        self.log_path = log_dir / f"voila-{self.port}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        args = voila_args(self.port, notebooks=self.notebooks)
        compile_bytecode()  # as infoint serve does before its first page
        if self.plain_voila_args is not None:
            args = [args[0], "-m", "voila", *args[3:], *self.plain_voila_args]
        self.proc = subprocess.Popen(
            args,
            env=env,
            cwd=str(REPO),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        # Ask for a static file: requesting "/" would start a kernel.
        probe = f"{self.base_url}/voila/static/voila.js"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"voila exited early; see {self.log_path}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"voila did not answer within {timeout} s; see {self.log_path}")

    def kernel_processes(self) -> list[psutil.Process]:
        """The kernels this server has started (its ipykernel child processes).

        infoint's servers start ipykernel as ``python -m infoint.kernel`` (see there).
        """
        assert self.proc is not None
        found = []
        for child in psutil.Process(self.proc.pid).children(recursive=True):
            try:
                if is_kernel_command(child.cmdline()):
                    found.append(child)
            except psutil.NoSuchProcess:
                continue
        return found

    def kernel_pid(self, kernel_id: str) -> int:
        """The process id of one kernel, found by its connection file's name."""
        for child in self.kernel_processes():
            try:
                if any(kernel_id in part for part in child.cmdline()):
                    return child.pid
            except psutil.NoSuchProcess:
                continue
        raise LookupError(f"no kernel process for {kernel_id}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()
        self.proc = None
