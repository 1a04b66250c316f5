"""'Your data' in Start here: download everything, or delete everything (two steps).

All the logic is :mod:`infoint.learner_data`; this card only asks and shows. Deleting has
a clear second step: the card says what will go (counted per kind), and the learner types
DELETE before the button that does it is enabled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as w

from infoint import learner_data
from infoint.store import Store
from infoint.ui.common import Notice, button, download_link, esc, guarded

__all__ = ["CONFIRM_WORD", "MAX_DOWNLOAD_BYTES", "YourData"]

CONFIRM_WORD = "DELETE"
# The link travels to the page over the kernel's websocket (Tornado's limit is 10 MiB);
# base64 adds a third, so 7 MiB of zip is the most that fits with room to spare.
MAX_DOWNLOAD_BYTES = 7 * 1024 * 1024


# Scoped to this card, so the shared stylesheet stays untouched.
_CSS = """<style>
.infoint-profile-data .ii-download a { display: inline-block; margin: 0.3rem 0;
  padding: 0.4rem 0.9rem; border: 1px solid var(--ii-accent); border-radius: 4px;
  color: var(--ii-accent); font-weight: 600; text-decoration: none; }
.infoint-profile-data .ii-confirm { border-left: 4px solid var(--ii-fail, #b42318);
  padding: 0.2rem 0 0.4rem 0.8rem; margin: 0.4rem 0; }
.infoint-profile-data .ii-confirm .widget-text { width: auto; max-width: 100%; }
</style>"""


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class YourData(w.VBox):
    """The card: a download button, and a delete button with its confirmation step."""

    def __init__(self, store: Store, css: Callable[[str], str],
                 on_deleted: Callable[[], None] | None = None,
                 today: date | None = None) -> None:
        self.store = store
        self._on_deleted = on_deleted
        self._today = today
        self.notice = Notice(classes=(css("data-notice"),))
        self.download_bytes = b""
        self.download_button = button("Download everything", css("download"), icon="download")
        self.download_button.on_click(lambda _b: self.prepare_download())
        self.link = w.HTML(_dom_classes=(css("download-link"),))
        self.delete_button = button("Delete my data", css("delete"), icon="trash")
        self.delete_button.on_click(lambda _b: self.ask_delete())
        self.what = w.HTML()
        self.word = w.Text(description=f"Type {CONFIRM_WORD}", placeholder=CONFIRM_WORD,
                            continuous_update=True, _dom_classes=(css("delete-word"),))
        self.word.observe(self._on_word, "value")
        self.delete_now = button("Delete everything now", css("delete-now"), style="danger",
                                  icon="trash")
        self.delete_now.disabled = True
        self.delete_now.on_click(lambda _b: self.delete())
        self.cancel_button = button("Keep my data", css("delete-cancel"))
        self.cancel_button.on_click(lambda _b: self.cancel())
        self.confirm_box = w.VBox([
            self.what, self.word,
            w.HBox([self.delete_now, self.cancel_button], _dom_classes=("infoint-actions",)),
        ], _dom_classes=(css("delete-confirm"), "ii-confirm"))
        self.confirm_box.layout.display = "none"
        super().__init__([
            w.HTML(
                _CSS + "<h3>Your data</h3><p>Everything you save in these steps is kept in this "
                "course's store under your learner id: your profile, contacts, message "
                "drafts, plans, meetings and reflections. Your instructor sees a reflection "
                "only if you share it, and class figures only in groups of at least 5. "
                "Take a copy at any time, or delete all of it.</p>"
            ),
            w.HBox([self.download_button, self.delete_button], _dom_classes=("infoint-actions",)),
            self.link,
            self.confirm_box,
            self.notice,
        ], _dom_classes=("infoint-card", css("data")))

    @property
    def confirming(self) -> bool:
        """True while the second step (type DELETE) is on screen."""
        return self.confirm_box.layout.display != "none"

    @guarded
    def prepare_download(self) -> bytes:
        """Build the zip and offer it as a link (data: URL, nothing stored on a server)."""
        data = learner_data.export_zip(self.store, today=self._today)
        name = learner_data.export_filename(self.store.learner_id, self._today)
        if len(data) > MAX_DOWNLOAD_BYTES:
            self.download_bytes = b""
            self.link.value = ""
            self.notice.error(
                f"Your data is {_size(len(data))}, too big for the page to hand over. Ask "
                f"your instructor to run: infoint learner export {self.store.learner_id}"
            )
            return b""
        self.download_bytes = data
        self.link.value = download_link(data, name, "application/zip",
                                        f"Save {name} ({_size(len(data))})")
        counts = learner_data.row_counts(self.store)
        self.notice.success(
            f"Ready: {learner_data.describe_counts(counts)}, as CSV and JSON, with your "
            "interview guides and calendar files. Press the link to save it."
        )
        return data

    @guarded
    def ask_delete(self) -> None:
        """The second step: say exactly what will go, and wait for DELETE."""
        held = learner_data.describe_counts(learner_data.row_counts(self.store))
        if held == "nothing":
            self.notice.info("There is nothing of yours in the store to delete.")
            return
        self.what.value = (
            f"<p><b>This deletes {esc(held)}, for good.</b> Nobody can bring it back, "
            "not even your instructor. Download everything first if you want a copy. "
            f"To go ahead, type {CONFIRM_WORD} and press Delete everything now.</p>"
        )
        self.word.value = ""
        self.delete_now.disabled = True
        self.confirm_box.layout.display = ""
        self.notice.clear()

    def _on_word(self, change: dict[str, Any]) -> None:
        self.delete_now.disabled = str(change["new"]).strip() != CONFIRM_WORD

    def cancel(self) -> None:
        self.confirm_box.layout.display = "none"
        self.word.value = ""
        self.notice.info("Nothing was deleted.")

    @guarded
    def delete(self) -> dict[str, int] | None:
        """Delete every row of this learner, in one transaction (only after DELETE)."""
        if not self.confirming or self.word.value.strip() != CONFIRM_WORD:
            self.notice.error(f"Type {CONFIRM_WORD} first; nothing was deleted.")
            return None
        deleted = learner_data.delete_learner_data(self.store)
        self.confirm_box.layout.display = "none"
        self.word.value = ""
        self.link.value = ""
        self.download_bytes = b""
        self.notice.success(
            f"Deleted {learner_data.describe_counts(deleted)}. Nothing of yours is left in "
            "the store; if you start again, it begins empty."
        )
        if self._on_deleted is not None:
            self._on_deleted()
        return deleted
