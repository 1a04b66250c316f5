"""Every way the store itself can fail gives a message that says what to do, and no password.

Bad URL, missing driver, unwritable path, disk full, read-only and a refused connection,
each through the public API (``Store.open`` and a save), in the CLI (no traceback) and in
an app (a message instead of Voilà's error page). URLs are masked even when the password
holds an unencoded ``@``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event

from infoint.model import Contact
from infoint.store import Store, StoreError, StoreUnavailable, mask_secrets, redact_url

ROOT = Path(__file__).resolve().parents[2]
# SQLAlchemy parses this as password "pa" and host "ss@Secr3t@127.0.0.1": its own masked
# form (str(url)) shows the rest of the password, which is how F7 leaked it to a page.
AT_PASSWORD = "pa@ss@Secr3t"
AT_URL = f"postgresql+psycopg://maya:{AT_PASSWORD}@127.0.0.1:1/class"


# -- masking -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"),
        (AT_URL, "postgresql+psycopg://maya:***@127.0.0.1:1/class"),
        ("postgresql://u:pa/ss:w@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("postgresql://h/db", "postgresql://h/db"),
        ("sqlite:////tmp/with@sign/x.db", "sqlite:////tmp/with@sign/x.db"),
        ("sqlite:///relative.db", "sqlite:///relative.db"),
        ("not a url", "not a url"),
    ],
)
def test_redact_url(url, masked):
    assert redact_url(url) == masked


passwords = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n"),
    min_size=1, max_size=40,
)


@given(password=passwords)
def test_no_password_survives_masking(password):
    url = f"postgresql+psycopg://maya:{password}@db.example:5432/class"
    assert redact_url(url) == "postgresql+psycopg://maya:***@db.example:5432/class"
    # A driver message that quotes the URL or the password itself is masked too.
    text = f"could not connect with {url}; password was {password}"
    if len(password) >= 3:
        assert password not in mask_secrets(text, url)


def test_mask_secrets_hides_each_part_of_a_password_split_at_an_at_sign():
    text = 'could not translate host name "ss@Secr3t@127.0.0.1" to address'
    masked = mask_secrets(text, AT_URL)
    for part in ("ss@", "Secr3t"):
        assert part not in masked


# -- failures, one by one ---------------------------------------------------------------

def _open_error(url: str) -> str:
    with pytest.raises(StoreUnavailable) as excinfo:
        Store.open(url, learner_id="x")
    message = str(excinfo.value)
    assert "Traceback" not in message
    return message


def test_bad_url():
    message = _open_error("postgres ql://nope")
    assert "not a valid database URL" in message and "INFOINT_DB" in message


def test_missing_driver_names_what_to_install():
    message = _open_error("mysql+mysqldb://maya:Secr3tpw@127.0.0.1/class")
    assert "driver" in message and "not installed" in message
    assert "Secr3tpw" not in message


def test_unwritable_path(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # root ignores permissions, but not this
    message = _open_error(f"sqlite:///{blocker / 'sub' / 'infoint.db'}")
    assert "cannot be opened for writing" in message
    assert "INFOINT_DB" in message


def test_unreachable_server_with_an_at_sign_in_the_password():
    message = _open_error(AT_URL)
    assert "did not answer" in message
    for part in ("Secr3t", "ss@", AT_PASSWORD):
        assert part not in message, part


def test_a_password_that_breaks_the_url_says_to_encode_it():
    message = _open_error("postgresql+psycopg://maya:pa@ss:w/rd@Secr3t@127.0.0.1:1/class")
    assert "not a valid database URL" in message and "%40" in message
    assert "Secr3t" not in message and "w/rd" not in message


def test_read_only_store(tmp_path: Path):
    path = tmp_path / "ro.db"
    Store.open(f"sqlite:///{path}", learner_id="x").add_contact(Contact(name="Before"))
    ro = Store.open(f"sqlite:///file:{path}?mode=ro&uri=true", learner_id="x")
    assert [c.name for c in ro.contacts()] == ["Before"]  # reading still works
    with pytest.raises(StoreUnavailable, match="read-only"):
        ro.add_contact(Contact(name="After"))
    assert [c.name for c in ro.contacts()] == ["Before"]


def test_disk_full(tmp_path: Path):
    path = tmp_path / "full.db"
    store = Store.open(f"sqlite:///{path}", learner_id="x")
    store.add_contact(Contact(name="Kept"))
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _tiny(dbapi_conn, _record):  # the database may not grow: SQLITE_FULL, as on a full disk
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    try:
        with pytest.raises(StoreUnavailable, match="is full") as excinfo:
            store.add_contacts([Contact(name=f"Big {i}", notes="x" * 4000) for i in range(200)])
        assert "Free some space" in str(excinfo.value)
        assert [c.name for c in store.contacts()] == ["Kept"]  # one transaction: nothing landed
    finally:
        event.remove(store.engine, "connect", _tiny)
        store.engine.dispose()


def test_a_learners_mistake_stays_a_plain_store_error(tmp_path: Path):
    store = Store.open(f"sqlite:///{tmp_path / 'x.db'}", learner_id="x")
    with pytest.raises(StoreError) as excinfo:
        store.update_contact(Contact(name="Ghost", id=999))
    assert not isinstance(excinfo.value, StoreUnavailable)


# -- the CLI and an app -------------------------------------------------------------------

@pytest.mark.parametrize(
    "url",
    [AT_URL, "postgres ql://nope", "mysql+mysqldb://maya:Secr3tpw@127.0.0.1/class"],
)
def test_cli_export_prints_a_message_not_a_traceback(url, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "infoint.cli", "export", "contacts", "-o",
         str(tmp_path / "out.csv"), "--db", url],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("infoint export: infoint could not open its store.")
    for secret in ("Secr3t", "Secr3tpw", "ss@"):
        assert secret not in result.stderr + result.stdout


def test_an_app_shows_the_message_instead_of_failing(monkeypatch):
    from infoint.ui.profile import ProfileApp

    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    monkeypatch.setenv("INFOINT_DB", AT_URL)
    ProfileApp.launch()
    (widget,) = shown
    html = " ".join(getattr(child, "value", "") for child in widget.children)
    assert "could not open its store" in html and "did not answer" in html
    for part in ("Secr3t", "ss@", AT_PASSWORD):
        assert part not in html
