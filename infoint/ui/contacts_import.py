"""The import panel of the contacts app: upload, preview, then confirm or cancel.

Reading the file and finding duplicates write nothing; only the app's confirm handler
writes, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from infoint.contacts_view import preview_html
from infoint.io.importers import ContactImportError, ImportPreview, ParseResult
from infoint.model import Contact
from infoint.ui.common import Notice, button, esc, guarded


@dataclass
class PendingImport:
    filename: str
    parsed: ParseResult
    preview: ImportPreview


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
        self.confirm = button("Import", css("confirm-import"), style="primary", icon="check")
        self.cancel = button("Cancel", css("cancel-import"), icon="times")
        self.confirm.on_click(lambda _b: self._confirm_handler())
        self.cancel.on_click(lambda _b: self.discard())
        self.actions = w.HBox([self.confirm, self.cancel]).add_class("infoint-actions")
        self.children = [self.upload, self.preview, self.actions]
        self.reset()

    def on_confirm(self, handler: Callable[[], Any]) -> None:
        self._confirm_handler = handler

    def reset(self) -> None:
        """Forget the pending file; the preview and buttons go away."""
        self.pending = None
        self.preview.value = ""
        self.preview.layout.display = "none"
        self.actions.layout.display = "none"
        if self.upload.value:
            self.upload.value = ()

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
        self.read(bytes(first["content"]), str(first.get("name", "")))

    @guarded
    def read(self, data: bytes, filename: str) -> PendingImport | None:
        """Parse ``data`` and show the preview; a broken file shows why and keeps nothing."""
        from infoint.io.importers import parse_contacts, preview_import

        self.pending = None
        try:
            parsed = parse_contacts(data, filename)
        except ContactImportError as error:
            self.preview.value = (
                f"<p class='ii-import-error' role='alert'><strong>Could not import "
                f"{esc(filename or 'this file')}.</strong> {esc(error)}</p>"
            )
            self.preview.layout.display = ""
            self.actions.layout.display = "none"
            self.notice.error(f"Nothing was imported: {error}")
            return None
        preview = preview_import(parsed, self.parse_against())
        self.pending = PendingImport(filename or "the file", parsed, preview)
        self.preview.value = preview_html(preview, parsed.format)
        self.preview.layout.display = ""
        n = len(preview.new)
        self.confirm.description = f"Import {n:,} contact{'s' if n != 1 else ''}"
        self.confirm.tooltip = self.confirm.description
        self.confirm.disabled = n == 0
        self.actions.layout.display = ""
        if n:
            self.notice.info(f"{preview.summary()}. Check the preview, then import.")
        else:
            self.notice.info(f"{preview.summary()}: nothing new to import.")
        return self.pending
