"""The whole workshop on one page: every step in one kernel, with a step bar to move between.

Opening a step notebook costs a new page and a new kernel (one to three seconds, tens of MB).
Here each step's app is built the first time it is shown and kept; showing it again first
asks it to ``refresh()`` from the store, so what was done in another step (a new contact, a
changed profile, a sent message) is there at once. The next-step links inside the apps
become buttons that switch the step in place (see ``common.navigating_with``); the step
notebooks keep their plain links for JupyterLab and nbval.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import ipywidgets as w

from infoint.store import Store
from infoint.ui.common import (
    App,
    button,
    esc,
    explain,
    fixed,
    guarded,
    navigating_with,
    sheet_on_page,
)

STATE_STEP = "workshop:step"


@dataclass(frozen=True)
class Step:
    notebook: str  # the per-step notebook: next-step links name it
    title: str
    app: str  # class name in infoint.ui
    module: str


STEPS: tuple[Step, ...] = (
    Step("00-start-here.ipynb", "Start here", "ProfileApp", "infoint.ui.profile"),
    Step("01-find-contacts.ipynb", "Find contacts", "ContactsApp", "infoint.ui.contacts"),
    Step("02-draft-outreach.ipynb", "Draft outreach", "OutreachApp", "infoint.ui.outreach"),
    Step("03-prepare-questions.ipynb", "Prepare questions", "PrepareApp", "infoint.ui.prepare"),
    Step("04-reflect-on-fit.ipynb", "Reflect on fit", "ReflectApp", "infoint.ui.reflect"),
    Step("05-my-journey.ipynb", "My journey", "JourneyApp", "infoint.ui.journey"),
)

_LOCAL_CSS = """
.infoint-workshop { max-width: 64rem; }
.infoint-workshop > .infoint-app { padding: 0; max-width: none; }
.infoint-workshop-bar {
  flex-wrap: wrap; gap: 0.35rem; margin: 0.25rem 0 0.5rem;
  padding-bottom: 0.5rem; border-bottom: 1px solid var(--ii-line);
}
.infoint-workshop-bar .jupyter-button {
  min-height: 2.3rem; background: var(--ii-soft); color: var(--ii-ink);
  border: 1px solid var(--ii-line); font-weight: 600;
}
.infoint-workshop-bar .jupyter-button.mod-primary {
  background: var(--ii-accent); color: #fff; border-color: var(--ii-accent);
}
.infoint-workshop-bar .jupyter-button:focus-visible { outline: 3px solid #f5b700; }
.infoint-workshop .ii-where { color: var(--ii-muted); margin: 0 0 0.25rem; }
.infoint-app .ii-next-step-button.jupyter-button {
  margin: 1rem 0 0.5rem; background: #fff; color: var(--ii-accent);
  border: 1px solid var(--ii-accent); font-weight: 600;
}
.infoint-app .ii-next-step-button.jupyter-button:hover { background: #eaf2fb; }
@media (max-width: 600px) {
  .infoint-workshop-bar .jupyter-button { flex: 1 1 45%; }
}
"""


class WorkshopApp(App):
    """Every step of the workshop in one app, shown one at a time."""

    name = "workshop"

    def __init__(self, store: Store | None = None, *, step: int | None = None,
                 **kwargs: Any) -> None:
        super().__init__(store, **kwargs)
        self.apps: dict[int, w.Widget] = {}
        self.current = -1
        self.last_switch_seconds = 0.0
        if step is None:
            saved = self.store.get_state(STATE_STEP, 0)
            step = saved if isinstance(saved, int) and 0 <= saved < len(STEPS) else 0
        # Built as show(step) leaves them: a change after construction is one more message
        # before the page shows.
        self._buttons = []
        for i, s in enumerate(STEPS):
            b = button(f"{i}. {s.title}", self.css(f"step-{i}"), "primary" if i == step else "",
                       classes=(self.css("step"),), tooltip=f"Step {i}: {s.title}")
            b.on_click(lambda _b, i=i: self.show(i))
            self._buttons.append(b)
        bar = fixed(w.HBox, self._buttons, classes=(self.css("bar"),))
        self._where = fixed(w.HTML, _where_html(step), classes=(self.css("where"),))
        self._stage = fixed(w.VBox, classes=(self.css("stage"),))
        self.compose(
            fixed(w.HTML, f"<style>{_LOCAL_CSS}</style>", layout=w.Layout(display="none")),
            bar, self._where, self.notice, self._stage,
        )
        self.show(step)

    @property
    def step(self) -> Step:
        return STEPS[self.current]

    @property
    def app(self) -> w.Widget | None:
        """The app of the step on show."""
        return self.apps.get(self.current)

    def go(self, notebook: str) -> None:
        """Show the step whose notebook a next-step link names."""
        for i, s in enumerate(STEPS):
            if s.notebook == notebook:
                self.show(i)
                return
        self.notice.error("That step is not part of the workshop.")

    @guarded
    def show(self, index: int) -> w.Widget:
        """Show step ``index``: build its app the first time, else refresh it from the store."""
        started = time.perf_counter()
        self.notice.clear()
        leaving = self.apps.get(self.current)
        if leaving is not None and index != self.current:
            _flush(leaving)
        app = self.apps.get(index)
        if app is None:
            app = self._build(index)
            if isinstance(app, App):  # a step that failed to open is tried again next time
                self.apps[index] = app
        elif index != self.current:
            refresh = getattr(app, "refresh", None)
            if callable(refresh):
                refresh()
        self.current = index
        for i, b in enumerate(self._buttons):
            b.button_style = "primary" if i == index else ""
        self._where.value = _where_html(index)
        self._stage.children = (app,)
        self.store.set_state(STATE_STEP, index)
        self.last_switch_seconds = time.perf_counter() - started
        return app

    def _build(self, index: int) -> w.Widget:
        s = STEPS[index]
        cls = getattr(import_module(s.module), s.app)
        with navigating_with(self.go), sheet_on_page():
            try:
                return cls(store=self.store)
            except Exception as error:  # one broken step must not take the others down
                self.notice.error(explain(error))
                return fixed(w.HTML, f"<p>{esc(explain(error))}</p>")


def _where_html(index: int) -> str:
    return (f'<p class="ii-where" role="status">You are on step {index}: '
            f"<strong>{esc(STEPS[index].title)}</strong></p>")


def _flush(app: w.Widget) -> None:
    """Write what a step keeps pending (a debounced check or draft) before it is hidden."""
    for name in ("flush", "flush_draft"):
        method = getattr(app, name, None)
        if callable(method):
            method()
