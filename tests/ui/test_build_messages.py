"""A page's widgets open with their CSS classes (issue #14, time to widgets).

Every change to a widget after it is made is one more message, and the Voila server reads
each of them before it sends the page: ``add_class`` straight after construction was a
third of Prepare's messages (115 of 334). Classes known when a widget is made go in with
it (``classes=`` of :func:`infoint.ui.common.fixed` and the other helpers).
"""

from __future__ import annotations

from collections import Counter

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import Widget

from infoint.store import Store
from infoint.ui.common import Notice, button, fixed, fixed_html, heading, hint, next_step


@pytest.fixture
def class_updates(monkeypatch):
    """Counts, per widget class, the updates of ``_dom_classes`` sent after construction."""
    sent: Counter[str] = Counter()
    original = Widget.send_state

    def send_state(self, key=None):
        keys = {key} if isinstance(key, str) else set(key or ())
        if "_dom_classes" in keys:
            sent[type(self).__name__] += 1
        return original(self, key)

    monkeypatch.setattr(Widget, "send_state", send_state)
    return sent


def test_the_helpers_make_widgets_with_their_classes(class_updates):
    made = [
        fixed(w.Text, description="A", classes=("a", "b")),
        fixed_html("<p>x</p>", ("c",)),
        hint("x", ("d",)),
        heading("x", css="e"),
        Notice(classes=("f",)),
        button("Go", "g", classes=("h",)),
        button("Hide", "i", hides=True),
        next_step("02-draft-outreach.ipynb", "Next", "j"),
    ]
    assert [m._dom_classes for m in made] == [
        ("a", "b"), ("c",), ("d",), ("e",), ("infoint-notice", "f"), ("g", "h"), ("i",),
        ("j",),
    ]
    assert not class_updates


@pytest.mark.parametrize("app", ["ProfileApp", "ContactsApp", "OutreachApp", "PrepareApp",
                                 "ReflectApp", "JourneyApp"])
def test_a_step_page_sends_few_class_changes_while_it_is_built(app, tmp_path, class_updates):
    """Before, building the steps sent 20 (Journey) to 115 (Prepare) class updates."""
    import infoint.ui as ui

    getattr(ui, app)(Store.open(f"sqlite:///{tmp_path / 's.db'}", learner_id="ana"))
    assert sum(class_updates.values()) <= 16, class_updates


@pytest.fixture
def updates(monkeypatch):
    """Every update a widget sends after construction, as (class name, keys)."""
    sent: list[tuple[str, tuple[str, ...]]] = []
    original = Widget.send_state

    def send_state(self, key=None):
        keys = (key,) if isinstance(key, str) else tuple(key or ())
        sent.append((type(self).__name__, keys))
        return original(self, key)

    monkeypatch.setattr(Widget, "send_state", send_state)
    return sent


@pytest.mark.parametrize("app", ["ProfileApp", "WorkshopApp"])
def test_start_here_opens_its_form_with_the_saved_values(app, tmp_path, updates, a_voila_page):
    """Start here (on its own and as the workshop's first step) makes each input holding
    its value, class and options, and the workshop its bar as the first step leaves it:
    before, a learner with a saved profile sent 18 and 35 updates before the page showed."""
    import asyncio

    import infoint.ui as ui
    from infoint.model import Learner

    store = Store.open(f"sqlite:///{tmp_path / 's.db'}", learner_id="ana")
    store.save_profile(Learner(name="Ana Lima", school="State U", fields=["nursing"],
                               learning_goals="A normal week", email="ana@example.org",
                               phone="555 0100", country="GB", region="SCT"))

    async def build():
        return getattr(ui, app)(store)

    made = asyncio.run(build())
    profile = made if app == "ProfileApp" else made.app
    assert profile.inputs["name"].value == "Ana Lima" and profile.country.value == "GB"
    by_input = [u for u in updates if u[0] in {"Text", "Textarea", "Dropdown", "ToggleButtons",
                                               "Button"}]
    assert by_input == [] and len(updates) <= 5, updates
