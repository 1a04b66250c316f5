"""The import panel of the contacts app: upload, preview, then confirm or cancel.

Reading the file and finding duplicates write nothing; only the app's confirm handler
writes, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from infoint.contacts_view import assumptions_html, likely_label, preview_html
from infoint.io.encoding import ENCODING_CHOICES
from infoint.io.importers import DELIMITERS, ContactImportError, ImportPreview, ParseResult
from infoint.model import Contact
from infoint.ui.common import Notice, button, esc, guarded


@dataclass
class PendingImport:
    filename: str
    parsed: ParseResult
    preview: ImportPreview


AS_DETECTED = ""
# Choices shown for likely matches: the learner decides, merge is the default.
MERGE, KEEP_BOTH = "Merge", "Keep both"
# More likely matches than this are all merged, and the preview says so: a page of 500
# toggles helps nobody.
MAX_CHOICES = 30


class ImportPanel(w.VBox):
    """A FileUpload, the preview of what it holds, and Import / Cancel buttons."""

    def __init__(self, css: Callable[[str], str]) -> None:
        super().__init__()
        self.notice: Notice = Notice()
        self.pending: PendingImport | None = None
        self.parse_against: Callable[[], list[Contact]] = list
        self._confirm_handler: Callable[[], Any] = lambda: None
        self.upload = w.FileUpload(
            accept=".csv,.vcf,.vcard",
            multiple=False,
            description="Choose a contacts file",
            tooltip="A .csv from LinkedIn or Google Contacts, or a .vcf vCard",
        )
        self.upload.layout.width = "auto"
        self.upload.layout.align_self = "flex-start"
        self.upload.add_class(css("upload"))
        self.upload.observe(self._on_upload, names="value")
        self.preview = w.HTML()
        self.preview.add_class(css("preview"))
        self._data = b""
        self._filename = ""
        self._quiet = False
        self.assumed = w.HTML()
        self.assumed.add_class(css("assumed"))
        self.encoding = w.Dropdown(
            description="Text encoding",
            options=[("As detected", AS_DETECTED), *ENCODING_CHOICES],
            value=AS_DETECTED,
        )
        self.encoding.add_class(css("encoding"))
        self.separator = w.Dropdown(
            description="Separator",
            options=[("As detected", AS_DETECTED),
                     *((name.capitalize(), sep) for sep, name in DELIMITERS.items())],
            value=AS_DETECTED,
        )
        self.separator.add_class(css("separator"))
        for dropdown in (self.encoding, self.separator):
            dropdown.observe(self._on_reading_choice, names="value")
        self.reading = w.VBox(
            [self.assumed, w.Box([self.encoding, self.separator]).add_class(css("reading-row"))]
        )
        self.reading.add_class(css("reading"))
        self.likely_box = w.VBox()
        self.likely_box.add_class(css("likely"))
        self.choices: list[w.ToggleButtons] = []
        self.confirm = button("Import", css("confirm-import"), style="primary", icon="check")
        self.cancel = button("Cancel", css("cancel-import"), icon="times")
        self.confirm.on_click(lambda _b: self._confirm_handler())
        self.cancel.on_click(lambda _b: self.discard())
        self.actions = w.HBox([self.confirm, self.cancel]).add_class("infoint-actions")
        self.children = [self.upload, self.reading, self.preview, self.likely_box, self.actions]
        self.reset()

    def on_confirm(self, handler: Callable[[], Any]) -> None:
        self._confirm_handler = handler

    def reset(self) -> None:
        """Forget the pending file; the preview and buttons go away."""
        self.pending = None
        self._data, self._filename = b"", ""
        self.preview.value = ""
        self.preview.layout.display = "none"
        self.actions.layout.display = "none"
        self.reading.layout.display = "none"
        self._show_likely([])
        self._quiet = True
        try:
            self.encoding.value = AS_DETECTED
            self.separator.value = AS_DETECTED
        finally:
            self._quiet = False
        if self.upload.value:
            self.upload.value = ()

    def keep_both(self) -> list[int]:
        """Positions in the pending preview's ``likely`` that the learner keeps as two."""
        return [i for i, t in enumerate(self.choices) if t.value == KEEP_BOTH]

    def _show_likely(self, likely: list) -> None:
        self.choices = []
        rows: list[w.Widget] = []
        for match in likely[:MAX_CHOICES]:
            choice = w.ToggleButtons(
                options=[MERGE, KEEP_BOTH], value=MERGE, description="",
                tooltips=["Fill in what the existing contact lacks", "Add as a second person"],
            )
            label = w.HTML(f"<span class='ii-likely'>{esc(likely_label(match))}</span>")
            row = w.VBox([label, choice])
            row.add_class("ii-likely-row")
            self.choices.append(choice)
            rows.append(row)
        if likely:
            head = (
                "<p><strong>Possible matches</strong>: the same person, or two? Merge fills "
                "in what your contact lacks and keeps what you wrote.</p>"
            )
            if len(likely) > MAX_CHOICES:
                head += (
                    f"<p class='infoint-hint'>Only the first {MAX_CHOICES} are listed; the "
                    f"other {len(likely) - MAX_CHOICES:,} will be merged.</p>"
                )
            rows.insert(0, w.HTML(head))
        self.likely_box.children = rows
        self.likely_box.layout.display = "" if likely else "none"

    def _on_reading_choice(self, _change: dict) -> None:
        if self._quiet or not self._data:
            return
        self.read(self._data, self._filename)

    def discard(self) -> None:
        had = self.pending is not None
        self.reset()
        if had:
            self.notice.info("Import cancelled. Nothing was saved.")

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        first = files[0]
        self._quiet = True  # a new file starts from the detected encoding and separator
        try:
            self.encoding.value = AS_DETECTED
            self.separator.value = AS_DETECTED
        finally:
            self._quiet = False
        self.read(bytes(first["content"]), str(first.get("name", "")))

    @guarded
    def read(self, data: bytes, filename: str) -> PendingImport | None:
        """Parse ``data`` and show the preview; a broken file shows why and keeps nothing."""
        from infoint.io.importers import parse_contacts, preview_import

        self.pending = None
        self._data, self._filename = bytes(data), filename
        try:
            parsed = parse_contacts(
                data,
                filename,
                encoding=self.encoding.value or None,
                delimiter=self.separator.value or None,
            )
        except ContactImportError as error:
            self.preview.value = (
                f"<p class='ii-import-error' role='alert'><strong>Could not import "
                f"{esc(filename or 'this file')}.</strong> {esc(error)}</p>"
            )
            self.preview.layout.display = ""
            self.actions.layout.display = "none"
            self._show_likely([])
            # A wrong encoding or separator chosen by hand can be changed back from here.
            chosen = bool(self.encoding.value or self.separator.value)
            self.reading.layout.display = "" if chosen else "none"
            self.assumed.value = ""
            self.notice.error(f"Nothing was imported: {error}")
            return None
        preview = preview_import(parsed, self.parse_against())
        self.pending = PendingImport(filename or "the file", parsed, preview)
        self.preview.value = preview_html(preview, parsed.format)
        self.preview.layout.display = ""
        self.assumed.value = assumptions_html(parsed)
        self.reading.layout.display = ""
        self._show_likely(preview.likely)
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
        n = added + filled + len(preview.likely)
        self.actions.layout.display = ""
        if n:
            self.notice.info(f"{preview.summary()}. Check the preview, then import.")
        else:
            self.notice.info(f"{preview.summary()}: nothing new to import.")
        return self.pending
