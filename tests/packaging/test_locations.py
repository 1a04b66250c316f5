"""infoint.locations in the checkout (the editable install `make` sets up) reads the checkout.

The installed-wheel side is tested end to end in test_wheel.py.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from infoint import content, locations

ROOT = Path(__file__).resolve().parents[2]


def test_editable_install_reads_the_checkout_itself():
    # So an instructor's edit to data/ or a notebook shows without reinstalling.
    assert locations.shipped_data_dir() == ROOT / "data"
    assert locations.notebooks_dir() == ROOT / "notebooks"
    assert locations.voila_config_dir() == ROOT
    assert locations.jupyter_data_dir() == ROOT / "share" / "jupyter"
    assert content.SHIPPED == ROOT / "data"


def test_each_location_holds_what_its_callers_open():
    assert (locations.shipped_data_dir() / "rules" / "outreach.toml").is_file()
    assert (locations.shipped_data_dir() / "fields.toml").is_file()
    assert (locations.notebooks_dir() / "index.ipynb").is_file()
    config = json.loads((locations.voila_config_dir() / "voila.json").read_text())
    assert config["VoilaConfiguration"]["template"] == locations.TEMPLATE
    assert (locations.template_dir() / "conf.json").is_file()


def test_data_dir_override_still_falls_back_file_by_file(tmp_path, monkeypatch):
    (tmp_path / "fields.toml").write_text("[fields]\n")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert content.data_file("fields.toml") == tmp_path / "fields.toml"
    assert content.data_file("rules", "outreach.toml") == ROOT / "data" / "rules" / "outreach.toml"


def _setup_py_table() -> dict[str, str]:
    tree = ast.parse((ROOT / "setup.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "INTO_PACKAGE":
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no INTO_PACKAGE table")


def test_setup_py_copies_into_the_folders_locations_reads():
    # What the wheel build copies where, and where infoint.locations looks in a wheel.
    assert _setup_py_table() == {
        "data": "data", "notebooks": "notebooks", "voila.json": "config/voila.json",
    }
    # In the checkout none of those in-package copies exist, or they would shadow it.
    for packaged in ("data", "notebooks", "config"):
        assert not (locations.PACKAGE / packaged).exists(), packaged
