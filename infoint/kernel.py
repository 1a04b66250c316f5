"""The kernel infoint's own servers start: ipykernel, with the first cell's imports begun early.

Every step's first cell needs the learner's store and the widgets, and importing them
(SQLAlchemy above all, then ipywidgets) takes 0.2 to 0.3 s of the kernel's time before any
widget can be built. A freshly started kernel spends a while idle first, waiting for Voilà
to ask for its info and send the notebook's cells; this kernel does those imports in that
idle time, on a thread started as the kernel begins to listen.

User code never runs beside the thread: a ``pre_run_cell`` hook waits for it to finish,
so two threads never import the same modules at once (which could hand one of them a
half-initialised module). A cell that arrives early waits only for what is left of an
import it would have done itself. A failed warm-up is ignored: the cell's own import
then reports the real error.

Only infoint's servers use it, through :class:`WarmKernelSpecManager` (``infoint serve``
and the hub's learner servers); JupyterLab, nbval and anything else keep ipykernel's
own ``python3`` kernel, and nothing is written into a kernelspec folder.

Run as ``python -m infoint.kernel -f <connection file>`` (what the spec manager's argv says).
"""

from __future__ import annotations

import importlib
import sys
import threading
from typing import Any

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

# What every step imports before it can build its first screen: the learner's store, then
# the widgets. ipywidgets registers its comm targets with the running kernel as it is
# imported, which is what the cell's own import would do (a dict entry; the page opens no
# widget comm before the cell has run).
WARM_MODULES = ("sqlalchemy", "infoint.store", "ipywidgets")
# What the spec manager's argv runs (``__name__`` is "__main__" inside the kernel itself).
MODULE = "infoint.kernel"
# The kernel every infoint notebook names; any other kernel is started as installed.
WARM_KERNELS = frozenset({"python3"})
# ipykernel's launcher module, as its own kernelspec names it.
IPYKERNEL_MODULES = frozenset({"ipykernel_launcher", "ipykernel"})
# The interpreter names jupyter_client replaces with its own sys.executable.
OUR_PYTHON = frozenset({"python", f"python{sys.version_info[0]}",
                        f"python{sys.version_info[0]}.{sys.version_info[1]}", sys.executable})


def warm_up(modules: tuple[str, ...] = WARM_MODULES) -> None:
    """Import ``modules``; any failure is left for the cell that needs them to report."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the notebook's own import shows the error
            return


def start_warm_up(shell: Any, modules: tuple[str, ...] = WARM_MODULES) -> threading.Thread:
    """Start :func:`warm_up` on a thread, and make every cell wait until it is done."""
    thread = threading.Thread(target=warm_up, args=(modules,), name="infoint-warm-up",
                              daemon=True)

    def wait_for_warm_up(*_: Any) -> None:
        thread.join()
        shell.events.unregister("pre_run_cell", wait_for_warm_up)

    # Registered before the thread starts: no cell can slip in between.
    shell.events.register("pre_run_cell", wait_for_warm_up)
    thread.start()
    return thread


def warm_argv(kernel_name: str, spec: KernelSpec) -> list[str] | None:
    """The argv that runs ``spec`` as this module, or None when it is not ours to change.

    Only the kernel infoint's notebooks name, when it runs ipykernel's launcher in this
    interpreter: another interpreter may not have infoint installed, and another kernel
    is not ipykernel.
    """
    argv = list(spec.argv)
    if (kernel_name in WARM_KERNELS and spec.language.lower() == "python"
            and len(argv) >= 3 and argv[0] in OUR_PYTHON
            and argv[1] == "-m" and argv[2] in IPYKERNEL_MODULES):
        return [argv[0], "-m", MODULE, *argv[3:]]
    return None


class WarmKernelSpecManager(KernelSpecManager):
    """The installed kernelspecs, with ipykernel's started as :mod:`infoint.kernel`."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        spec = super().get_kernel_spec(kernel_name)
        argv = warm_argv(kernel_name, spec)
        if argv is not None:
            spec.argv = argv
        return spec


def is_kernel_command(cmdline: list[str]) -> bool:
    """True for a process running an ipykernel kernel, this module's included."""
    return any("ipykernel" in part or part == MODULE for part in cmdline)


def main() -> None:
    from ipykernel.kernelapp import IPKernelApp

    class WarmKernelApp(IPKernelApp):
        def start(self) -> None:
            if self.shell is not None:
                start_warm_up(self.shell)
            super().start()

    WarmKernelApp.launch_instance()


if __name__ == "__main__":
    # As ipykernel_launcher does: the working folder leaves sys.path while the kernel
    # loads, and IPython puts it back for user code (InteractiveShellApp.init_path).
    if sys.path and sys.path[0] == "":
        del sys.path[0]
    main()
