"""Small pieces every app is built from: the shared look, notices, safe callbacks.

Rules these helpers enforce for every app:

* learner and imported text is escaped before it reaches an ``HTML`` widget (:func:`esc`);
* a callback never leaks a traceback into the page: a ``ValidationError`` or
  ``StoreError`` becomes a message that says what to fix, anything else a short apology
  (and a log line for the instructor);
* nothing is ``print``-ed: Voilà drops output printed from callbacks, so apps report
  through widget values.
"""

from __future__ import annotations

import base64
import functools
import html
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from typing import Any, ClassVar, TypeVar

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from infoint.model import ValidationError
from infoint.store import Store, StoreError, StoreUnavailable

log = logging.getLogger("infoint.ui")

F = TypeVar("F", bound=Callable[..., Any])

FIELD_LABELS = {
    "name": "Name",
    "school": "School or programme",
    "fields": "Fields of work",
    "learning_goals": "What you want to learn",
    "meeting_minutes": "Meeting length",
    "meeting_mode": "Meeting mode",
    "email": "Email",
    "phone": "Phone",
}


def esc(text: object) -> str:
    """Escape anything for HTML; the one door learner text goes through."""
    return html.escape("" if text is None else str(text), quote=True)


def download_link(data: bytes, filename: str, mime: str, label: str) -> str:
    """The one download anchor: ``data`` inline as base64 (so it cannot break out of the
    attribute), the file name, type and label escaped."""
    b64 = base64.b64encode(data).decode("ascii")
    return (
        f'<div class="ii-download"><a download="{esc(filename)}" '
        f'href="data:{esc(mime)};base64,{b64}">{esc(label)}</a></div>'
    )


def scroll_table(table_html: str, label: str) -> str:
    """A table in the shared box that scrolls sideways when it is wider than a phone.

    A box that scrolls must be reachable by keyboard (WCAG 2.1.1; axe-core's
    ``scrollable-region-focusable``): it can take the focus (arrow keys then scroll it)
    and, being focusable, it is a named region, so a screen reader says what it holds.
    ``table_html`` is markup built by the caller with every cell escaped; ``label`` is
    escaped here.
    """
    return (f'<div class="infoint-table" tabindex="0" role="region" aria-label="{esc(label)}">'
            f"{table_html}</div>")


class RowLooks:
    """One Layout and one style model shared by every row of a long list.

    Each ipywidgets control otherwise brings its own Layout and Style models, and every
    model is a message and a view the browser must create before the page shows: a page of
    25 rows of a button and a text is 200 models, 75 with these shared. Share only what no
    row changes for itself (a row that hides keeps its own layout).
    """

    def __init__(self) -> None:
        self.layout = w.Layout()
        self.auto_layout = w.Layout(width="auto")
        self.html_style = HTMLStyle()
        self.button_style = w.ButtonStyle()

    def html(self, *, classes: Iterable[str] = (), **kwargs: Any) -> w.HTML:
        return w.HTML(layout=self.layout, style=self.html_style, **with_classes(kwargs, classes))

    def button(self, *, fit: bool = True, classes: Iterable[str] = (),
               **kwargs: Any) -> w.Button:
        """A button, as wide as its label (``fit``) or of the theme's width."""
        layout = self.auto_layout if fit else self.layout
        return w.Button(layout=layout, style=self.button_style, **with_classes(kwargs, classes))


def with_classes(kwargs: dict[str, Any], classes: Iterable[str]) -> dict[str, Any]:
    """``kwargs`` for a widget's constructor with CSS ``classes`` added.

    Why not ``add_class`` after construction: a widget opens its comm with the state it
    was built with, and every change after that is one more message. The Voila server
    reads every such message before it sends the page (``add_class`` on a new widget cost
    about 1 ms a widget here, and was a third of Prepare's messages), so classes known at
    construction go in with it.
    """
    classes = tuple(c for c in classes if c)  # "" (no extra class) is left out
    if classes:
        kwargs["_dom_classes"] = (*kwargs.get("_dom_classes", ()), *classes)
    return kwargs


class _Shared:
    """Mixed into a Layout or style class whose one instance many widgets share: changing
    it would change every one of them, so once built it refuses changes to its state."""

    _sealed = False

    def __setattr__(self, name: str, value: Any) -> None:
        if self._sealed and name in self.keys:  # type: ignore[attr-defined]
            raise AttributeError(
                f"{type(self).__name__} is shared by many widgets: build the widget with "
                f"its own layout or style to change {name!r}"
            )
        super().__setattr__(name, value)


@functools.cache
def _sealed_class(cls: type[w.Widget]) -> type[w.Widget]:
    return type(f"Shared{cls.__name__}", (_Shared, cls), {})


@functools.cache
def _shared(cls: type[w.Widget], items: tuple[tuple[str, Any], ...]) -> w.Widget:
    widget = _sealed_class(cls)(**dict(items))
    widget._sealed = True
    return widget


def shared_layout(**traits: Any) -> w.Layout:
    """The one Layout with these ``traits`` that every widget of this kernel that never
    changes its own layout shares.

    Each ipywidgets control otherwise brings its own Layout model, and most a style model
    too: every model is a message and a view the browser makes before the page shows
    (about a millisecond each here), and on a step's page half the models were these.
    The shared one refuses changes: a widget that hides or resizes itself keeps its own.
    """
    return _shared(w.Layout, tuple(sorted(traits.items())))  # type: ignore[return-value]


def shared_style(cls: type[w.Widget], **traits: Any) -> Any:
    """The one style model of class ``cls`` (``ButtonStyle``, ``HTMLStyle``...) with
    these ``traits``, shared like :func:`shared_layout`."""
    return _shared(cls, tuple(sorted(traits.items())))


W = TypeVar("W", bound=w.Widget)


def fixed(cls: type[W], *args: Any, classes: Iterable[str] = (), **kwargs: Any) -> W:
    """``cls(*args, **kwargs)`` with the shared layout and the shared style of its kind
    (see :func:`shared_layout`): for a widget that never hides, resizes or restyles itself.
    ``classes`` are its CSS classes, given at construction (see :func:`with_classes`)."""
    kwargs.setdefault("layout", shared_layout())
    style = _style_class(cls)
    if style is not None:
        kwargs.setdefault("style", shared_style(style))
    return cls(*args, **with_classes(kwargs, classes))


@functools.cache
def _style_class(cls: type[w.Widget]) -> type[w.Widget] | None:
    """The style model class a widget class carries, if any (read once per class)."""
    trait = cls.class_traits().get("style")
    return None if trait is None else trait.klass


def fixed_html(value: str, classes: Iterable[str] = ()) -> w.HTML:
    """An HTML widget for text that only its value may change (a heading, a hint): it
    shares one Layout and one style model with every other, so it is one model in the
    browser instead of three. It cannot be hidden or resized through its layout."""
    return w.HTML(value=value, layout=shared_layout(), style=shared_style(HTMLStyle),
                  **with_classes({}, classes))


@functools.cache
def _css() -> str:
    return resources.files("infoint.ui").joinpath("style.css").read_text(encoding="utf-8")


def style_tag() -> w.HTML:
    """An invisible widget that carries the shared stylesheet."""
    return w.HTML(f"<style>{_css()}</style>", layout=w.Layout(display="none"),
                  _dom_classes=("infoint-style",))


# Set by the workshop while it builds a step's app: the workshop's page carries the shared
# sheet already, and a second copy (21 KB) was one more sheet for the browser to parse and
# match on every page load and every switch to a step, each time the step's view was drawn.
_sheet_on_page: ContextVar[bool] = ContextVar("infoint_sheet_on_page", default=False)


@contextmanager
def sheet_on_page() -> Iterator[None]:
    """Inside this block, apps leave the shared stylesheet to the page that holds them."""
    token = _sheet_on_page.set(True)
    try:
        yield
    finally:
        _sheet_on_page.reset(token)


def shared_sheet() -> tuple[w.HTML, ...]:
    """The children that give an app the shared look: the sheet, unless the page has it."""
    return () if _sheet_on_page.get() else (style_tag(),)


def explain(error: Exception) -> str:
    """A message a learner can act on, for an error they could have caused."""
    if isinstance(error, ValidationError):
        label = FIELD_LABELS.get(error.field, error.field.replace("_", " ").capitalize())
        return f"{label} {error.message}."
    if isinstance(error, StoreUnavailable):
        return str(error)  # whole sentences: what failed and what to do, URL masked
    if isinstance(error, StoreError):
        return f"Your work could not be saved: {error}. Nothing was changed; please try again."
    return "Something went wrong on our side, and nothing was changed. Please try again."


class Notice(w.HTML):
    """One status line: what just happened, or what to fix. Text is always escaped."""

    def __init__(self, *, classes: Iterable[str] = (), **kwargs: Any) -> None:
        # A notice shows and clears by its value, never by its layout: it shares the looks.
        kwargs.setdefault("layout", shared_layout())
        kwargs.setdefault("style", shared_style(HTMLStyle))
        super().__init__(**with_classes(kwargs, ("infoint-notice", *classes)))
        self.text = ""
        self.level = ""

    def show(self, level: str, text: str) -> None:
        self.level, self.text = level, text
        role = "alert" if level == "error" else "status"
        self.value = f'<div class="ii-msg ii-{esc(level)}" role="{role}">{esc(text)}</div>'

    def success(self, text: str) -> None:
        self.show("success", text)

    def error(self, text: str) -> None:
        self.show("error", text)

    def info(self, text: str) -> None:
        self.show("info", text)

    def clear(self) -> None:
        self.level, self.text, self.value = "", "", ""


def guarded(method: F) -> F:
    """Wrap an app callback so learner-caused errors become a notice, not a traceback."""

    @functools.wraps(method)
    def wrapper(self: App, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (ValidationError, StoreError) as error:
            self.notice.error(explain(error))
        except Exception as error:  # the page must never show a traceback
            log.exception("unexpected error in %s", method.__qualname__)
            self.notice.error(explain(error))
        return None

    return wrapper  # type: ignore[return-value]


def heading(text: str, level: int = 2, css: str = "") -> w.HTML:
    return fixed_html(f"<h{level}>{esc(text)}</h{level}>", (css,))


def paragraph(text: str, css: str = "") -> w.HTML:
    return fixed_html(f"<p>{esc(text)}</p>", (css,))


def hint(text: str, classes: Iterable[str] = ()) -> w.HTML:
    return fixed_html(f'<div class="infoint-hint">{esc(text)}</div>', classes)


def _button_looks(hides: bool) -> dict[str, Any]:
    """A button as wide as its label: its own layout if it ``hides`` (through
    ``layout.display``), else the shared layout; the shared style either way (hiding is
    the layout's business, and no button restyles itself)."""
    layout = w.Layout(width="auto") if hides else shared_layout(width="auto")
    return {"layout": layout, "style": shared_style(w.ButtonStyle)}


def button(label: str, css: str, style: str = "", icon: str = "", *,
           hides: bool = False, classes: Iterable[str] = (), tooltip: str = "") -> w.Button:
    """A button as wide as its label. One that ``hides`` (through ``layout.display``) gets
    its own layout; the others share one, and one style, like :func:`shared_layout`.
    The tooltip is the label unless ``tooltip`` says more."""
    return w.Button(description=label, button_style=style, icon=icon, tooltip=tooltip or label,
                    **with_classes(_button_looks(hides), (css, *classes)))


class App(w.VBox):
    """Base of every step's app: a VBox with the shared look, a notice line and a store.

    Subclasses set ``name`` (used in CSS classes ``infoint-<name>-...``) and build their
    children in ``__init__`` after calling ``super().__init__``.
    """

    name: ClassVar[str] = "app"

    def __init__(self, store: Store | None = None, **kwargs: Any) -> None:
        super().__init__(**with_classes(kwargs, ("infoint-app", f"infoint-{self.name}")))
        self.store = store if store is not None else Store.open()
        self.notice = Notice(classes=(f"infoint-{self.name}-notice",))

    def css(self, part: str) -> str:
        return f"infoint-{self.name}-{part}"

    def stopped(self, error: Exception) -> None:
        """Work spread over turns (:func:`infoint.ui.turns.in_turns`) failed: say so in the
        notice, never as a traceback."""
        self.notice.error(explain(error))

    def compose(self, *children: w.Widget) -> None:
        self.children = (*shared_sheet(), *children)

    @classmethod
    def launch(cls, **kwargs: Any) -> None:
        """Build the app for the current learner and show it (the notebooks' one line).

        Not called ``open``: ipywidgets already uses that name to open the comm.

        Returns nothing on purpose: a returned widget would be shown a second time
        when the call is the last line of a cell.
        """
        from IPython.display import display

        from infoint.ui.turns import listen_for_the_page

        # Before building: heavy parts then wait for the page's "widgets live" signal.
        listen_for_the_page()
        try:
            app: w.Widget = cls(**kwargs)
        except StoreError as error:
            app = w.VBox([style_tag(), w.HTML(f"<p>{esc(explain(error))}</p>")],
                         _dom_classes=("infoint-app",))
        display(app)


# Set by the workshop while it builds a step's app: the next-step links then switch steps
# in place (same kernel, no new page) instead of opening another notebook.
_navigator: ContextVar[Callable[[str], None] | None] = ContextVar("infoint_navigator",
                                                                   default=None)


@contextmanager
def navigating_with(navigate: Callable[[str], None]) -> Iterator[None]:
    """Inside this block, :func:`next_step` builds buttons that call ``navigate(href)``."""
    token = _navigator.set(navigate)
    try:
        yield
    finally:
        _navigator.reset(token)


def next_step(href: str, label: str, css: str, *, hides: bool = False) -> w.DOMWidget:
    """The "what now" link that ends every step's page, the same look in every app.

    ``href`` and ``label`` are our own fixed text (a notebook name and a step title), never
    learner input; both are escaped anyway. Inside the workshop it is a button that shows
    the next step in place. One that ``hides`` (until a first save, say) has its own layout.
    """
    navigate = _navigator.get()
    if navigate is not None:
        go = w.Button(description=f"{label} \u2192", tooltip=label,
                      **with_classes(_button_looks(hides), ("ii-next-step-button", css)))
        go.on_click(lambda _b: navigate(href))
        return go
    link = (f'<p class="ii-next-step"><a href="{esc(href)}" target="_self">'
            f"{esc(label)} &rarr;</a></p>")
    return w.HTML(link, _dom_classes=(css,)) if hides else fixed_html(link, (css,))
