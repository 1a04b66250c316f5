"""The import panel of the contacts app: upload, preview, merge choices, Import / Cancel.

Widgets only. Reading the file, the preview and the learner's merge choices live in
:class:`infoint.steps.contacts.ContactsModel`; :meth:`ImportPanel.show` draws its pending
import, and the app passes the panel's events to the model.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from infoint.io.encoding import ENCODING_CHOICES
from infoint.io.importers import DELIMITERS
from infoint.steps.contacts import ContactsModel
from infoint.ui.common import button, fixed
from infoint.ui.contacts_html import (
    assumptions_html,
    chosen_file_html,
    import_error_html,
    likely_head_html,
    likely_row_html,
    preview_html,
)

AS_DETECTED = ""
# Choices shown for likely matches: the learner decides, merge is the default.
MERGE, KEEP_BOTH = "Merge", "Keep both"
# More likely matches than this are all merged, and the preview says so: a page of 500
# toggles helps nobody.
MAX_CHOICES = 30


class ImportPanel(w.VBox):
    """A FileUpload with the chosen file's name, the preview, and Import / Cancel."""

    def __init__(self, css: Callable[[str], str]) -> None:
        super().__init__()
        # ipywidgets 8 writes "description (count)" on the button; the stylesheet shows
        # our label instead of the count, and the file's name appears beside it.
        self.upload = w.FileUpload(
            accept=".csv,.vcf,.vcard",
            multiple=False,
            description="Choose a contacts file",
            tooltip="A .csv from LinkedIn or Google Contacts, or a .vcf vCard",
        )
        self.upload.layout.width = "auto"
        self.upload.add_class(css("upload"))
        self.file_name = fixed(w.HTML, chosen_file_html(""), classes=(css("file-name"),))
        self.preview = w.HTML(_dom_classes=(css("preview"),))  # hides
        self.assumed = fixed(w.HTML, classes=(css("assumed"),))
        self.encoding = fixed(
            w.Dropdown,
            description="Text encoding",
            options=[("As detected", AS_DETECTED), *ENCODING_CHOICES],
            value=AS_DETECTED, classes=(css("encoding"),))
        self.separator = fixed(
            w.Dropdown,
            description="Separator",
            options=[("As detected", AS_DETECTED),
                     *((name.capitalize(), sep) for sep, name in DELIMITERS.items())],
            value=AS_DETECTED, classes=(css("separator"),))
        self.reading = w.VBox(
            [self.assumed, w.Box([self.encoding, self.separator],
                                 _dom_classes=(css("reading-row"),))],
            _dom_classes=(css("reading"),),
        )
        self.likely_box = w.VBox(_dom_classes=(css("likely"),))  # hides
        self.choices: list[w.ToggleButtons] = []
        self.confirm = button("Import", css("confirm-import"), style="primary", icon="check")
        self.cancel = button("Cancel", css("cancel-import"), icon="times")
        self.actions = w.HBox([self.confirm, self.cancel], _dom_classes=("infoint-actions",))
        # The app's notice moves here when the panel's own buttons did something.
        self.notice_slot = fixed(w.VBox, classes=(css("import-notice"),))
        self.children = [
            fixed(w.HBox, [self.upload, self.file_name], classes=(css("upload-row"),)),
            self.reading, self.preview, self.likely_box, self.actions, self.notice_slot,
        ]

    def set_reading(self, encoding: str | None, delimiter: str | None) -> None:
        """Put the encoding and separator dropdowns at the model's values (None: detected)."""
        self.encoding.value = encoding or AS_DETECTED
        self.separator.value = delimiter or AS_DETECTED

    def show(self, model: ContactsModel, on_choice: Callable[[int, bool], None]) -> None:
        """Draw the model's pending import (or its refusal, or nothing)."""
        pending = model.pending
        self.file_name.value = chosen_file_html(model.chosen_file)
        if pending is None:
            error = model.import_error
            self.preview.value = import_error_html(model.chosen_file, error) if error else ""
            self.preview.layout.display = "" if error else "none"
            self.actions.layout.display = "none"
            self.assumed.value = ""
            # A wrong encoding or separator chosen by hand can be changed back from here.
            chosen = bool(error and (model.encoding or model.delimiter))
            self.reading.layout.display = "" if chosen else "none"
            self._show_likely(model, on_choice)
            return
        preview = pending.preview
        self.preview.value = preview_html(preview, pending.parsed.format)
        self.preview.layout.display = ""
        self.assumed.value = assumptions_html(pending.parsed)
        self.reading.layout.display = ""
        self._show_likely(model, on_choice)
        plan = preview.plan()  # with every likely match merged, the default
        added, filled = len(plan.new), len(plan.updates)
        if preview.likely:
            label = "Import and merge as chosen"
        elif added or not filled:
            label = f"Import {added:,} contact{'s' if added != 1 else ''}"
        else:
            label = f"Fill in details for {filled:,} contact{'s' if filled != 1 else ''}"
        self.confirm.description = label
        self.confirm.tooltip = label
        self.confirm.disabled = not (added or filled or preview.likely)
        self.actions.layout.display = ""

    def _show_likely(self, model: ContactsModel, on_choice: Callable[[int, bool], None]) -> None:
        pending = model.pending
        likely = pending.preview.likely if pending else []
        self.choices = []
        rows: list[w.Widget] = []
        for i, match in enumerate(likely[:MAX_CHOICES]):
            choice = fixed(
                w.ToggleButtons,
                options=[MERGE, KEEP_BOTH],
                value=KEEP_BOTH if pending and i in pending.keep_both else MERGE,
                description="",
                tooltips=["Fill in what the existing contact lacks", "Add as a second person"],
            )
            choice.observe(
                lambda change, i=i: on_choice(i, change["new"] == KEEP_BOTH), names="value"
            )
            row = fixed(w.VBox, [fixed(w.HTML, likely_row_html(match)), choice])
            row.add_class("ii-likely-row")
            self.choices.append(choice)
            rows.append(row)
        if likely:
            rows.insert(0, fixed(w.HTML, likely_head_html(len(likely), MAX_CHOICES)))
        self.likely_box.children = rows
        self.likely_box.layout.display = "" if likely else "none"
