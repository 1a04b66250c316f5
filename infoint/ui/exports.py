"""Ways to take a finished message to where it is sent: copy, mail app, ``.eml`` draft.

One builder for the markup, so every step offers the same three exits and every piece of
learner text (body, subject, names, the file name) goes through :func:`esc` once. The bytes
and URIs themselves come from the exporters in :mod:`infoint.outreach`.
"""

from __future__ import annotations

from dataclasses import dataclass

from infoint.outreach import data_uri, eml_bytes, mailto_link
from infoint.ui.common import esc

__all__ = ["COPY_BUTTON", "MessageExports", "copy_box_html", "link_html", "message_exports"]

# Our own fixed markup (no learner text): copies the read-only box next to it, falling
# back to selecting the text where the clipboard API is not allowed.
COPY_BUTTON = (
    '<button type="button" class="ii-link-button ii-copy-button" onclick="'
    "var t=this.parentNode.querySelector('textarea');t.select();"
    "var b=this;function done(){b.textContent='Copied';"
    "setTimeout(function(){b.textContent='Copy text'},2000)}"
    "if(navigator.clipboard){navigator.clipboard.writeText(t.value).then(done,"
    "function(){document.execCommand('copy');done()})}"
    "else{document.execCommand('copy');done()}"
    '">Copy text</button>'
)


def link_html(href: str, label: str, *, download: str = "") -> str:
    """A link styled as a button; the address, label and file name are all escaped."""
    extra = f' download="{esc(download)}"' if download else ""
    return f'<a class="ii-link-button"{extra} href="{esc(href)}">{esc(label)}</a>'


def copy_box_html(text: str, label: str = "Copy-ready text (select it and copy)") -> str:
    """A read-only box holding ``text`` with a Copy button beside it."""
    rows = min(max(text.count("\n") + 1, 4), 18)
    return (
        f'<label class="ii-copy-label">{esc(label)}'
        f'<textarea readonly rows="{rows}" class="ii-copy-text">{esc(text)}</textarea>'
        f"</label>{COPY_BUTTON}"
    )


@dataclass(frozen=True)
class MessageExports:
    """The three exits for one email, as data (tests read these) and as markup."""

    copy_text: str
    mailto: str
    eml: bytes
    file_name: str

    def copy_html(self) -> str:
        return copy_box_html(self.copy_text)

    def mailto_html(self) -> str:
        return link_html(self.mailto, "Open in your mail app")

    def eml_html(self) -> str:
        return link_html(
            data_uri(self.eml, "message/rfc822"), "Download .eml draft", download=self.file_name
        )


def message_exports(
    *,
    subject: str,
    body: str,
    file_name: str,
    to_name: str = "",
    to_address: str = "",
    from_name: str = "",
    from_address: str = "",
) -> MessageExports:
    """Copy text, ``mailto:`` URI and ``.eml`` bytes for one email."""
    body = body.strip()
    subject = subject.strip()
    heading = f"Subject: {subject}\n\n" if subject else ""
    return MessageExports(
        copy_text=heading + body,
        mailto=mailto_link(to_address, subject, body),
        eml=eml_bytes(to_name, to_address, subject, body, from_name=from_name,
                      from_address=from_address),
        file_name=file_name,
    )
