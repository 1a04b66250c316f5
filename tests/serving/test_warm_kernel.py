"""infoint.kernel: the kernel infoint's servers start imports the store while it boots."""

from __future__ import annotations

import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from IPython.core.events import EventManager, available_events
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager

from infoint.kernel import (
    MODULE,
    WARM_MODULES,
    WarmKernelSpecManager,
    is_kernel_command,
    start_warm_up,
    warm_argv,
    warm_up,
)
from infoint.serve import voila_config

REPO = Path(__file__).resolve().parents[2]
IPYKERNEL_ARGV = ["python", "-m", "ipykernel_launcher", "-f", "{connection_file}"]


def spec(argv: list[str], language: str = "python") -> KernelSpec:
    return KernelSpec(argv=argv, display_name="Python 3 (ipykernel)", language=language)


def test_ipykernels_python3_spec_runs_this_module_with_the_same_arguments():
    assert warm_argv("python3", spec(IPYKERNEL_ARGV)) == [
        "python", "-m", MODULE, "-f", "{connection_file}"]
    assert warm_argv("python3", spec([sys.executable, *IPYKERNEL_ARGV[1:]]))[2] == MODULE


@pytest.mark.parametrize(("name", "kernel"), [
    ("ir", spec(["R", "--slave", "-e", "IRkernel::main()", "--args", "{connection_file}"],
                language="R")),
    # Another interpreter may not have infoint installed.
    ("python3", spec(["/opt/other-env/bin/python", *IPYKERNEL_ARGV[1:]])),
    ("python3", spec(["python", "-m", "some_other_kernel", "-f", "{connection_file}"])),
    # A kernel the notebooks do not name stays as installed (the benchmark's blank page).
    ("python3-plain", spec(IPYKERNEL_ARGV)),
])
def test_every_other_kernel_is_left_as_installed(name, kernel):
    assert warm_argv(name, kernel) is None


def test_the_spec_manager_changes_only_the_command_of_the_installed_python3():
    plain = KernelSpecManager().get_kernel_spec("python3")
    warm = WarmKernelSpecManager().get_kernel_spec("python3")
    assert warm.argv[1:3] == ["-m", MODULE]
    assert warm.argv[3:] == plain.argv[3:]
    assert (warm.display_name, warm.language, warm.env) == (
        plain.display_name, plain.language, plain.env)


def test_kernel_processes_of_both_kinds_are_recognised():
    assert is_kernel_command(["/venv/bin/python", "-m", "ipykernel_launcher", "-f", "k.json"])
    assert is_kernel_command(["/venv/bin/python", "-m", MODULE, "-f", "k.json"])
    assert not is_kernel_command(["/venv/bin/python", "-m", "infoint.voila_app", "notebooks"])


def test_a_warm_up_that_fails_is_left_for_the_cell_to_report():
    warm_up(("infoint_no_such_module_anywhere",))  # no exception


def test_a_cell_waits_for_the_warm_up_and_the_wait_happens_once(tmp_path, monkeypatch):
    (tmp_path / "infoint_slow_import.py").write_text(textwrap.dedent("""
        import time
        time.sleep(0.3)
        DONE = True
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "infoint_slow_import", raising=False)
    shell = SimpleNamespace(events=EventManager(None, available_events))

    thread = start_warm_up(shell, ("infoint_slow_import",))
    assert thread.is_alive()  # the import runs beside the caller ...
    shell.events.trigger("pre_run_cell", None)
    # ... and no cell starts before it is done.
    assert not thread.is_alive()
    assert sys.modules["infoint_slow_import"].DONE
    assert shell.events.callbacks["pre_run_cell"] == []
    monkeypatch.delitem(sys.modules, "infoint_slow_import")


def test_a_cell_after_the_warm_up_does_not_wait():
    shell = SimpleNamespace(events=EventManager(None, available_events))
    thread = start_warm_up(shell, ())
    thread.join()
    start = time.perf_counter()
    shell.events.trigger("pre_run_cell", None)
    assert time.perf_counter() - start < 0.05


def test_a_real_kernel_has_the_store_and_widgets_imported_and_the_notebook_folder_on_its_path(
        tmp_path):
    # The notebook's folder is where Voila starts the kernel; user code imports from it.
    (tmp_path / "beside_the_notebook.py").write_text("VALUE = 42\n")
    outputs: list[dict] = []
    manager = KernelManager(kernel_name="python3", kernel_spec_manager=WarmKernelSpecManager())
    manager.start_kernel(cwd=str(tmp_path))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive(
            "import sys, beside_the_notebook\n"
            f"print(all(name in sys.modules for name in {list(WARM_MODULES)!r}),"
            # The widgets' comm targets, registered by the thread's import: a page's widget
            # manager can reach the models this cell makes.
            " sorted(get_ipython().kernel.comm_manager.targets) =="
            " ['jupyter.widget', 'jupyter.widget.control'],"
            " beside_the_notebook.VALUE)",
            timeout=60, output_hook=outputs.append)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    assert reply["content"]["status"] == "ok"
    text = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
    assert text.split() == ["True", "True", "42"]



def test_infoint_serve_and_the_hub_start_this_kernel():
    lock = voila_config()["VoilaConfiguration"]
    assert lock["kernel_spec_manager_class"] == f"{MODULE}.WarmKernelSpecManager"
    hub_config = (REPO / "deploy" / "jupyterhub" / "jupyterhub_config.py").read_text()
    assert f"--ServerApp.kernel_spec_manager_class={MODULE}.WarmKernelSpecManager" in hub_config
