"""Shared Layout and style models (issue #14, time to widgets): fewer models per page,
and a shared one can never be changed for one widget (it would change them all)."""

from __future__ import annotations

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget_string import HTMLStyle

from infoint.ui.common import Notice, button, fixed, fixed_html, shared_layout, shared_style


def test_fixed_widgets_share_one_layout_and_one_style_of_their_kind():
    a, b = fixed(w.Text, description="A"), fixed(w.Text, description="B")
    assert a.layout is b.layout is shared_layout()
    assert a.style is b.style
    assert fixed_html("x").style is Notice().style is shared_style(HTMLStyle)
    assert fixed(w.VBox).layout is shared_layout()  # a box has no style model
    assert button("Go", "go").layout is shared_layout(width="auto")


def test_a_shared_layout_or_style_refuses_a_change():
    text = fixed(w.Text)
    with pytest.raises(AttributeError, match="shared by many widgets"):
        text.layout.display = "none"
    with pytest.raises(AttributeError, match="shared by many widgets"):
        text.style.description_width = "10rem"
    assert shared_layout().display is None and shared_layout().width is None


def test_a_button_that_hides_has_its_own_layout():
    hiding = button("Cancel", "cancel", hides=True)
    hiding.layout.display = "none"
    assert hiding.layout is not shared_layout(width="auto")
    assert button("Other", "other").layout.display is None


def test_a_step_page_is_much_smaller_than_one_model_per_widget_part(tmp_path, monkeypatch):
    """Prepare, the largest step, was 335 models before sharing and a shorter first bank
    list; it stays well under."""
    from infoint.store import Store
    from infoint.ui.prepare import PrepareApp

    before = set(w.Widget._active_widgets)
    PrepareApp(Store.open(f"sqlite:///{tmp_path / 's.db'}", learner_id="ana"))
    made = [m for k, m in w.Widget._active_widgets.items() if k not in before]
    assert len(made) <= 190, len(made)
