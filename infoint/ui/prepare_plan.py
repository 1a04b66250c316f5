"""Step 3's "Your questions" card: the essentials, the bank, own questions, the plan in order
and its check. Widgets only: every change goes to :class:`infoint.steps.prepare.PrepareModel`
through the app's ``run``, which shows the outcome in :attr:`QuestionsView.notice`, under
the buttons that caused it.

The plan is a list of rows that wrap (a ``Select`` cut long questions at phone width), each
with its own Up, Down, Reword and Remove buttons that Tab reaches; on a wide screen the
check sits beside the list instead of a screen below it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.prepare import Budget
from infoint.scoring import Finding
from infoint.steps.prepare import Message, PrepareModel
from infoint.ui.common import Notice, button, esc, fixed, fixed_html, hint, with_classes
from infoint.ui.findings import report_html
from infoint.ui.prepare_bank import BankPicker, BankRow

__all__ = ["ALL_FIELDS", "PlanList", "QuestionsView"]

# A Dropdown cannot hold None as a real choice (it means "nothing selected").
ALL_FIELDS = "*"

Run = Callable[[Callable[[], Message], Notice], Any]


class _PlanRow(w.HBox):
    def __init__(self, on: Callable[[str, int], Any]) -> None:
        self.index = -1
        self.text = w.HTML(_dom_classes=("ii-plan-text",))
        self.up = w.Button(icon="arrow-up", description="")
        self.down = w.Button(icon="arrow-down", description="")
        self.reword = w.Button(icon="pencil", description="Reword")
        self.remove = w.Button(icon="trash", description="", button_style="danger")
        for name, b in (("up", self.up), ("down", self.down), ("reword", self.reword),
                        ("remove", self.remove)):
            b.add_class(f"ii-plan-{name}")
            b.on_click(lambda _b, name=name: on(name, self.index))
        buttons = w.HBox([self.up, self.down, self.reword, self.remove],
                         _dom_classes=("ii-plan-buttons",))
        super().__init__([self.text, buttons], _dom_classes=("ii-plan-row",))

    def show(self, index: int, total: int, text: str, minutes: float, fits: bool) -> None:
        self.index = index
        self.layout.display = ""
        late = "" if fits else ", will not fit"
        self.text.value = (
            f'<span class="ii-plan-n">{index + 1}.</span> '
            f'<span class="{"" if fits else "ii-nofit"}">{esc(text)}</span> '
            f'<span class="ii-muted">({minutes:g} min{late})</span>'
        )
        short = text if len(text) <= 60 else text[:57] + "..."
        # A screen reader hears which question a button acts on, not "Remove" ten times.
        self.up.tooltip = f"Move up: {short}"
        self.down.tooltip = f"Move down: {short}"
        self.reword.tooltip = f"Reword: {short}"
        self.remove.tooltip = f"Remove: {short}"
        self.up.disabled = index == 0
        self.down.disabled = index >= total - 1

    def hide(self) -> None:
        self.index = -1
        self.layout.display = "none"


class PlanList(w.VBox):
    """The plan's questions in order, one wrapping row each; ``on(action, index)`` gets
    "up", "down", "reword" or "remove"."""

    def __init__(self, on: Callable[[str, int], Any], css: str = "") -> None:
        self.empty = w.HTML('<p class="ii-muted">No questions yet.</p>')
        super().__init__([self.empty], **with_classes({}, (css, "ii-plan-list")))
        self._on = on
        self.rows: list[_PlanRow] = []

    def show(self, budget: Budget) -> None:
        items = budget.questions
        while len(self.rows) < len(items):
            self.rows.append(_PlanRow(self._on))
        for i, row in enumerate(self.rows):
            if i < len(items):
                row.show(i, len(items), items[i].text, items[i].minutes, items[i].fits)
            else:
                row.hide()
        self.empty.layout.display = "none" if items else ""
        # Only the rows in use are children: the page holds one row per question.
        self.children = [self.empty, *self.rows[: len(items)]]

    @property
    def texts(self) -> list[str]:
        """What the rows show, in order (for tests and for reading back)."""
        return [r.text.value for r in self.rows if r.index >= 0]

    def press(self, action: str, index: int) -> None:
        """Press a row's button (what a click or Enter does)."""
        getattr(self.rows[index], action).click()


class QuestionsView(w.VBox):
    """Bank, own question, the plan and its check; ``run`` performs a model action."""

    def __init__(self, model: PrepareModel, run: Run, css: Callable[[str], str]) -> None:
        super().__init__()
        self.model = model
        self.run = run
        self.rewording: int | None = None
        bank = model.bank
        categories = bank.categories() if bank else []
        fields = bank.fields() if bank else []
        self.category = fixed(
            w.Dropdown, description="Category",
            options=[("All categories", ""), *[(c.capitalize(), c) for c in categories]],
                              classes=(css("bank-category"),))
        self.field = fixed(
            w.Dropdown, description="Field pack",
            options=[("General and all fields", ALL_FIELDS), ("General only", ""),
                     *[(f, f) for f in fields]], classes=(css("bank-field"),))
        self.search = fixed(w.Text, description="Search the bank",
                            placeholder="e.g. week, training, advice",
                            classes=(css("bank-search"),))
        self.bank = BankPicker(self.add_from_bank, css("bank-results"))
        # The bank's rows (twenty models) are at the foot of the card, under the first
        # screen: PrepareApp fills them in the first turn after the page is live.
        self.bank_filled = False
        for widget in (self.category, self.field, self.search):
            widget.observe(lambda _c: self.show_bank(from_start=True), "value")

        self.own = fixed(w.Text, description="Your own question",
                         placeholder="e.g. What do you wish you had known in your first year?",
                         classes=(css("own-question"),))
        self.add_own = button("Add", css("add-own"), icon="plus")
        self.add_own.on_click(lambda _b: self.add_or_reword())
        self.cancel = button("Cancel", css("cancel-reword"), icon="times", hides=True)
        self.cancel.on_click(lambda _b: self.stop_rewording())
        self.cancel.layout.display = "none"
        self.suggest = button("", css("suggest"), "info", "magic")
        self.suggest.on_click(lambda _b: self.act(model.add_essentials))
        self.notice = Notice(classes=(css("plan-notice"),))
        self.plan = PlanList(self.on_row, css("plan"))
        self.findings = fixed(w.HTML, classes=(css("findings"),))
        self.suggestion_rows = fixed(w.VBox, classes=(css("suggestions"),))
        self.use_buttons: list[w.Button] = []
        self._css = css

        words = model.words
        plan_column = fixed(w.VBox, [
            fixed_html("<h3>Write your own</h3>"),
            self.own,
            fixed(w.HBox, [self.add_own, self.cancel], classes=("infoint-actions",)),
            fixed_html("<h3>Your plan, in order</h3>"),
            self.notice,
            self.plan,
        ], classes=("ii-col",))
        check_column = fixed(w.VBox, [
            fixed_html("<h3>How the plan reads</h3>"),
            self.findings,
            self.suggestion_rows,
        ], classes=("ii-col",))
        self.children = [
            fixed_html("<h3>Start from the essentials</h3>"),
            hint(words("questions", "essentials")),
            fixed(w.HBox, [self.suggest], classes=("infoint-actions",)),
            fixed(w.HBox, [plan_column, check_column], classes=("ii-cols",)),
            fixed_html("<h3>Browse the question bank</h3>"),
            fixed(w.HBox, [self.category, self.field], classes=("ii-row",)),
            self.search,
            hint(words("questions", "bank")),
            self.bank,
        ]

    # -- actions ----------------------------------------------------------------------------

    def act(self, action: Callable[[], Message]) -> Any:
        return self.run(action, self.notice)

    def add_from_bank(self, question_id: str) -> None:
        self.act(lambda: self.model.add_from_bank(question_id))

    def add_or_reword(self) -> None:
        text = self.own.value
        if self.rewording is None:
            done = self.act(lambda: self.model.add_question(text))
        else:
            index = self.rewording
            done = self.act(lambda: self.model.replace(index, text))
        if done is not None and done.level == "success":
            self.own.value = ""
            self.stop_rewording()

    def stop_rewording(self) -> None:
        self.rewording = None
        self.add_own.description = "Add"
        self.add_own.icon = "plus"
        self.cancel.layout.display = "none"

    def on_row(self, action: str, index: int) -> None:
        if action == "reword":
            self.rewording = index
            self.own.value = self.model.questions[index]
            self.add_own.description = f"Save the new wording of question {index + 1}"
            self.add_own.icon = "check"
            self.cancel.layout.display = ""
            return
        if action == "remove":
            self.stop_rewording()
            self.act(lambda: self.model.remove(index))
        else:
            self.act(lambda: self.model.move(index, -1 if action == "up" else 1))

    def use_suggestion(self, index: int) -> None:
        self.act(lambda: self.model.use_suggestion(index))

    # -- showing the model ------------------------------------------------------------------

    def fill_bank(self) -> None:
        """Show the bank's rows from now on (see ``bank_filled``)."""
        self.bank_filled = True
        self.show_bank()

    def show_bank(self, *, from_start: bool = False) -> None:
        if not self.bank_filled:
            return
        field = self.field.value
        entries = self.model.bank_entries(
            category=self.category.value or None,
            field=None if field == ALL_FIELDS else field,
            search=self.search.value,
        )
        self.bank.show([BankRow(e.id, e.text, e.minutes, e.field, e.in_plan) for e in entries],
                       from_start=from_start)

    def show(self) -> None:
        model = self.model
        self.suggest.description = f"Suggest essentials for {int(model.minutes)} minutes"
        self.plan.show(model.budget)
        self.show_bank()
        if not model.questions:
            self.findings.value = (
                f'<p class="ii-muted">{esc(model.words("questions", "empty_check"))}</p>')
            self.suggestion_rows.children = []
            self.use_buttons = []
            return
        questions, hints = model.questions, model.rule_hints

        def where(f: Finding) -> tuple[str, str] | None:
            qi = getattr(f, "question_index", None)
            if qi is not None and 0 <= qi < len(questions):
                return f"Q{qi + 1}", questions[qi]
            return None

        self.findings.value = report_html(
            model.report, ready="Ready for the meeting", where=where,
            note=lambda f: hints.get(f.rule, ""))
        rows, self.use_buttons = [], []
        for qi, text in model.suggestions:
            use = button("Use suggestion", self._css("use-suggestion"), icon="check")
            use.tooltip = f"Use the suggestion for question {qi + 1}"
            use.on_click(lambda _b, qi=qi: self.use_suggestion(qi))
            self.use_buttons.append(use)
            rows.append(w.HBox([
                w.HTML(f'<span><b>Q{qi + 1}</b> <span class="ii-was">'
                       f"{esc(model.questions[qi])}</span> &rarr; {esc(text)}</span>"),
                use,
            ], _dom_classes=("ii-suggest-row",)))
        self.suggestion_rows.children = rows
