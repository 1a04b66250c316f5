"""The contacts table: one page of rows, each opened by a real button.

A row is its name as a button (the control that selects the contact, reachable with Tab and
read as "Open ...") and the rest of its columns as escaped text beside it. The rows are a
fixed pool made once, so a filter change only updates the values that changed. The editor
of the selected contact is placed right under its row, so choosing a row shows its details
and timeline where the learner clicked.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from infoint.contacts import Ranked
from infoint.contacts_view import PAGE_SIZE, OrgGroup, TablePage
from infoint.matching import org_key
from infoint.ui.common import RowLooks, fixed
from infoint.ui.contacts_html import cells_html, group_html, table_caption_html, table_head_html


class ContactRow(w.HBox):
    """One contact: a button with its place and name, then its columns."""

    def __init__(
        self, css: Callable[[str], str], on_open: Callable[[int], None], looks: RowLooks
    ) -> None:
        self.button = looks.button(description="", classes=(css("open"),))
        self.cells = looks.html()
        self.contact_id: int | None = None
        self.selected = False
        self.button.on_click(lambda _b: self.contact_id is not None and on_open(self.contact_id))
        super().__init__([self.button, self.cells], layout=looks.layout,
                         _dom_classes=(css("row"),))

    def show(self, rank: int, item: Ranked, selected: bool) -> None:
        c = item.contact
        self.contact_id = c.id
        self.button.description = f"{rank}. {c.name}"
        self.button.tooltip = (
            f"Close {c.name}" if selected else f"Open {c.name}: details and timeline"
        )
        self.cells.value = cells_html(item)
        self.selected = selected
        if selected:
            self.add_class("ii-selected")
        else:
            self.remove_class("ii-selected")


class ContactsTable(w.VBox):
    """The page's caption, its column headings and its rows, the editor under the chosen one."""

    def __init__(self, css: Callable[[str], str], on_open: Callable[[int], None]) -> None:
        super().__init__(_dom_classes=(css("table"),))
        self.caption = fixed(w.HTML, classes=(css("caption"),))
        self.head = fixed(w.HTML, table_head_html(), classes=(css("head"),))
        # Deleting a contact closes its row: the app's notice moves here, above the rows.
        self.notice_slot = fixed(w.VBox, classes=(css("table-notice"),))
        # Rows are made as a page first needs them, then reused: a learner with 8 contacts
        # never pays the browser for 25 rows' widgets.
        self._looks = RowLooks()
        self._on_open = on_open
        self.rows: list[ContactRow] = []
        self._css = css
        self._groups: list[w.HTML] = []
        self.shown: list[ContactRow] = []

    def _group(self, i: int, group: OrgGroup | None) -> w.HTML:
        while len(self._groups) <= i:
            heading = fixed(w.HTML, classes=(self._css("group"),))
            self._groups.append(heading)
        self._groups[i].value = group_html(group)
        return self._groups[i]

    def show(
        self,
        page: TablePage,
        selected_id: int | None,
        editor: w.Widget | None,
        groups: dict[str, OrgGroup] | None = None,
    ) -> None:
        self.caption.value = table_caption_html(page)
        children: list[w.Widget] = [self.caption, self.notice_slot]
        if page.rows:
            children.append(self.head)
        placed = False
        current: str | None = None
        self.shown = []
        wanted = min(len(page.rows), PAGE_SIZE)
        while len(self.rows) < wanted:
            self.rows.append(ContactRow(self._css, self._on_open, self._looks))
        for i, (rank, item) in enumerate(page.rows[:wanted]):
            c = item.contact
            if groups is not None and (key := org_key(c.organisation)) != current:
                children.append(self._group(len(self.shown), groups.get(key)))
                current = key
            row = self.rows[i]
            selected = selected_id is not None and c.id == selected_id
            row.show(rank, item, selected)
            children.append(row)
            self.shown.append(row)
            if selected and editor is not None:
                children.append(editor)
                placed = True
        if selected_id is not None and editor is not None and not placed:
            # Filtered out or on another page: the editor stays in view above the rows.
            children.insert(2, editor)
        self.children = children

    @property
    def text(self) -> str:
        """Everything the table shows, as the widgets hold it (for tests and checks)."""
        parts = [self.caption.value]
        for child in self.children:
            if isinstance(child, ContactRow):
                parts += [child.button.description, child.cells.value]
            elif isinstance(child, w.HTML) and child is not self.caption:
                parts.append(child.value)
        return "\n".join(parts)
