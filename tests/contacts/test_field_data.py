"""The field keyword map is content under data/, and an instructor's copy replaces it."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from infoint.content import SHIPPED


def test_every_shipped_field_has_keywords_and_a_person():
    fields = tomllib.loads((SHIPPED / "fields.toml").read_text())["fields"]
    assert len(fields) >= 6
    for name, spec in fields.items():
        assert spec["keywords"], name
        assert spec["person"].strip(), name


def test_an_instructor_file_adds_a_field(tmp_path):
    (tmp_path / "fields.toml").write_text(
        '[fields."physiotherapy"]\nkeywords = ["physio"]\nperson = "a physiotherapist"\n'
        'aliases = ["physical therapy"]\n'
    )
    code = (
        "from infoint.contacts import rank_contacts\n"
        "from infoint.model import Contact\n"
        "c = Contact(name='Kim', role='Senior Physiotherapist')\n"
        "(r,) = rank_contacts([c], ['physical therapy'])\n"
        "print(r.reasons)\n"
    )

    def reasons(env: dict[str, str]) -> str:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    matched = "works in your target field (physical therapy)"
    assert matched not in reasons({"PATH": ""})  # the shipped map knows no physio
    assert matched in reasons({"INFOINT_DATA_DIR": str(tmp_path), "PATH": ""})
