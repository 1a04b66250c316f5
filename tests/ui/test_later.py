"""infoint.ui.later: the part of a page built in the first turn after the paint."""

from __future__ import annotations

import ipywidgets as w
import pytest

from infoint.ui.later import BuiltLater, Later


class Page:
    """The smallest app shape: a Later part whose build sets the attributes declared."""

    label = BuiltLater("lower")
    button = BuiltLater("lower")

    def __init__(self, fail: bool = False) -> None:
        self.builds = 0
        self.errors: list[Exception] = []
        self.fail = fail
        self.lower = Later(self._build, classes=("ii-lower",))

    def _build(self) -> list[w.Widget]:
        self.builds += 1
        if self.fail:
            raise RuntimeError("the part could not be made")
        self.label = w.Label("made")
        self.button = w.Button(description="Go")
        return [self.label, self.button]


def test_outside_voila_the_part_is_built_at_once_and_only_once():
    page = Page()
    assert page.lower.box.children == () and not page.lower.built
    page.lower.schedule(page.errors.append)
    assert page.lower.built and page.lower.box.children == (page.label, page.button)
    page.lower.ensure()
    page.lower.schedule(page.errors.append)
    assert page.builds == 1 and page.errors == []
    assert "ii-lower" in page.lower.box._dom_classes


def test_reading_an_attribute_builds_the_part_first():
    page = Page()
    assert page.button.description == "Go"  # read before any turn: built now
    assert page.lower.built and page.builds == 1
    assert page.label is page.lower.box.children[0]
    assert isinstance(Page.__dict__["label"], BuiltLater)  # the class keeps the declaration


def test_in_a_voila_page_the_build_waits_for_the_page_signal(painted):
    def make() -> Page:
        page = Page()
        page.lower.schedule(page.errors.append)
        return page

    def early(page: Page) -> None:
        assert not page.lower.built  # the page has not said its widgets are live

    page = painted(make, early=early, done=lambda page: page.lower.built).app
    assert page.lower.box.children == (page.label, page.button) and page.builds == 1


def test_a_build_that_fails_is_reported_not_raised_and_leaves_the_box_empty():
    page = Page(fail=True)
    page.lower.schedule(page.errors.append)
    assert [str(e) for e in page.errors] == ["the part could not be made"]
    assert page.lower.box.children == () and not page.lower.built


def test_a_build_that_reads_its_own_part_too_early_says_so():
    class Early:
        label = BuiltLater("lower")

        def __init__(self) -> None:
            self.lower = Later(lambda: [self.label])

    with pytest.raises(AttributeError, match=r"Early\.label is read before 'lower' made it"):
        Early().label  # noqa: B018 - the read is the test
