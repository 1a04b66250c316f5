"""``infoint learner export|delete ID`` for the instructor."""

from __future__ import annotations

import io
import zipfile

import pytest

from infoint import learner_data
from infoint.cli import main
from infoint.model import Contact, Learner
from infoint.store import Store


@pytest.fixture
def two(sqlite_url, monkeypatch):
    monkeypatch.setenv("INFOINT_ROLE", "instructor")
    maya = Store.open(sqlite_url, learner_id="maya")
    maya.save_profile(Learner(name="Maya", fields=["nursing"]))
    maya.add_contact(Contact("Ana Li", notes="private"))
    Store.open(sqlite_url, learner_id="bo").add_contact(Contact("Bo's contact"))
    return sqlite_url


def test_export_writes_the_zip(two, tmp_path, capsys):
    out = tmp_path / "maya.zip"
    assert main(["learner", "export", "maya", "--out", str(out), "--db", two]) == 0
    assert "1 profile and 1 contact" in capsys.readouterr().out
    names = zipfile.ZipFile(io.BytesIO(out.read_bytes())).namelist()
    assert "data/contacts.csv" in names and "README.txt" in names


def test_export_default_name_and_unknown_learner(two, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["learner", "export", "maya", "--db", two]) == 0
    assert list(tmp_path.glob("infoint-my-data-maya-*.zip"))
    assert main(["learner", "export", "nobody", "--db", two]) == 1
    assert "no data for learner 'nobody'" in capsys.readouterr().err


def test_delete_asks_and_refuses_a_wrong_answer(two, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("bo\n"))
    assert main(["learner", "delete", "maya", "--db", two]) == 1
    out = capsys.readouterr().out
    assert "This deletes 1 profile and 1 contact of learner 'maya'" in out
    assert "Nothing deleted." in out
    assert learner_data.row_counts(Store.open(two, learner_id="maya"))["contacts"] == 1


def test_delete_confirmed_or_yes(two, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("maya\n"))
    assert main(["learner", "delete", "maya", "--db", two]) == 0
    assert "Deleted 1 profile and 1 contact of learner 'maya'" in capsys.readouterr().out
    assert not any(learner_data.row_counts(Store.open(two, learner_id="maya")).values())
    assert Store.open(two, learner_id="bo").contacts()  # others untouched
    assert main(["learner", "delete", "bo", "--yes", "--db", two]) == 0
    assert not Store.open(two, learner_id="bo").contacts()


def test_a_learner_server_is_refused(two, monkeypatch, capsys):
    monkeypatch.delenv("INFOINT_ROLE")
    monkeypatch.setenv("JUPYTERHUB_USER", "bo")
    assert main(["learner", "delete", "maya", "--yes", "--db", two]) == 2
    assert "for instructors" in capsys.readouterr().err
    assert Store.open(two, learner_id="maya").contacts()
