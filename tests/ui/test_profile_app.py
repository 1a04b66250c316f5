"""The Start here app without a browser: set values, click, check the notice and the store."""

from __future__ import annotations

from infoint.store import Store
from infoint.ui import ProfileApp


def fill(app: ProfileApp, **values) -> None:
    for name, value in values.items():
        getattr(app, f"_{name}").value = value


def test_new_learner_is_asked_to_fill_in(store: Store):
    app = ProfileApp(store)
    assert app.notice.level == "info"
    assert "Fill in" in app.notice.text
    assert app._next.layout.display == "none"


def test_save_then_reopen_shows_saved_values(store: Store):
    app = ProfileApp(store)
    fill(app, name="Zoë 李 🐉", school="State U", fields="accounting, nursing",
         goals="What a week looks like", minutes=30, mode="online", email="zoe@example.org")
    app._save.click()
    assert app.notice.level == "success", app.notice.text
    saved = store.load_profile()
    assert saved.fields == ["accounting", "nursing"]
    assert saved.meeting_minutes == 30

    again = ProfileApp(store)
    assert again._name.value == "Zoë 李 🐉"
    assert again._fields.value == "accounting, nursing"
    assert again._mode.value == "online"
    assert "Welcome back" in again.notice.text
    assert again._next.layout.display == ""


def test_empty_name_is_refused_and_nothing_written(store: Store):
    app = ProfileApp(store)
    fill(app, name="   ", school="State U")
    app._save.click()
    assert app.notice.level == "error"
    assert "name" in app.notice.text.lower() and "required" in app.notice.text
    assert store.load_profile() is None


def test_ten_thousand_characters_get_a_message(store: Store):
    app = ProfileApp(store)
    fill(app, name="Ana", goals="x" * 10_000)
    app._save.click()
    assert app.notice.level == "error"
    assert "10,000" in app.notice.text and "5,000" in app.notice.text
    assert store.load_profile() is None


def test_bad_email_is_named(store: Store):
    app = ProfileApp(store)
    fill(app, name="Ana", email="ana at home")
    app._save.click()
    assert app.notice.text.startswith("Email")
    assert store.load_profile() is None


def test_markup_in_a_name_is_escaped_in_the_notice(store: Store):
    app = ProfileApp(store)
    fill(app, name="<img src=x onerror=alert(1)>")
    app._save.click()
    assert "<img" not in app.notice.value
    assert "&lt;img" in app.notice.value
    assert store.load_profile().name == "<img src=x onerror=alert(1)>"


def test_store_failure_becomes_a_message(store: Store, monkeypatch):
    from infoint.store import StoreError

    app = ProfileApp(store)
    fill(app, name="Ana")

    def broken(_learner):
        raise StoreError("the disk is full")

    monkeypatch.setattr(store, "save_profile", broken)
    app._save.click()
    assert app.notice.level == "error"
    assert "could not be saved" in app.notice.text
