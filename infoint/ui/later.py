"""The part of a page below its first screen, made in the first turn after the page paints.

Every widget is a model the kernel sends and the browser makes before the page shows, and
the browser's share alone costs about 1.3 ms a model (measured on Prepare, 110 models). A
part no learner sees before scrolling need not be in that count: an app puts a
:class:`Later` where that part goes and builds it in the first turn after the page says
its widgets are live (:func:`infoint.ui.turns.in_turns`). Outside Voila (JupyterLab,
nbval, a script, the unit tests) that turn is at once, so nothing changes there.

The widgets such a part makes are the app's own attributes, as they were before; the app
declares them with :class:`BuiltLater`, so that reading one (a test, the workshop, an
action that reaches the part before its turn came) builds the part first::

    class ContactsApp(App):
        table = BuiltLater("lower")  # set by the build, like any attribute
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from infoint.ui.common import fixed
from infoint.ui.turns import in_turns, one_per_turn

__all__ = ["BuiltLater", "Later"]


class Later:
    """A box that ``build`` fills once: at :meth:`schedule`'s turn or at first use.

    ``build`` makes the widgets (setting them on the app as it likes), fills them from the
    app's model, and returns the box's children.
    """

    def __init__(self, build: Callable[[], Sequence[w.Widget]], *,
                 classes: Sequence[str] = ()) -> None:
        self.box = fixed(w.VBox, classes=tuple(classes))
        self._build = build
        self.built = False
        self._building = False

    def ensure(self) -> None:
        """Build the part now if it is not built yet (once; a second call does nothing)."""
        if self.built or self._building:
            return
        self._building = True
        try:
            children = tuple(self._build())
        finally:
            self._building = False
        self.built = True
        self.box.children = children

    def schedule(self, on_error: Callable[[Exception], None]) -> None:
        """Build in the first turn after the page is live (at once outside Voila)."""
        in_turns(one_per_turn([self.ensure]), on_error)


class BuiltLater:
    """An app attribute that a :class:`Later` part sets when it builds.

    A non-data descriptor: once the build has set the attribute on the instance, reads
    go straight to it and this is not called again.
    """

    def __init__(self, part: str) -> None:
        self.part = part  # the name of the app's Later attribute
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        getattr(obj, self.part).ensure()
        try:
            return obj.__dict__[self.name]
        except KeyError:  # read by the build itself before it made it: a bug to see
            raise AttributeError(
                f"{type(obj).__name__}.{self.name} is read before {self.part!r} made it"
            ) from None
