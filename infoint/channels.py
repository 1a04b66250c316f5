"""The outreach channels (email, letter, phone, LinkedIn, ...): one home, ``data/channels.toml``.

A channel's label, tip, whether it has a subject line, how its text leaves the app and its
starting draft are data, so a new channel is a table in that file plus its length rule in
``data/rules/outreach.toml``. Everything that asks "which channels are there?" reads
:data:`CHANNELS` (the model validating a saved message, the coaching rules, the app's
buttons), so the answer is the same everywhere.

``INFOINT_DATA_DIR`` can hold an instructor's own ``channels.toml``; it replaces the
shipped one as a whole (so a channel can also be left out). A channel that lacks a field
it needs, or a template naming a placeholder the app cannot fill, is refused with
:class:`ChannelError` naming the file, the channel and the field.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import Any, overload

from infoint.content import data_file

__all__ = [
    "CHANNELS",
    "EXPORTS",
    "PLACEHOLDERS",
    "Channel",
    "ChannelError",
    "ChannelSet",
    "channel",
    "channel_set",
]

# How a finished text can leave the app: the copy box, a mailto: link, an .eml draft.
EXPORTS = ("copy", "mailto", "eml")

# The placeholders a template may use (listed for authors at the top of channels.toml).
PLACEHOLDERS = frozenset({
    "dear", "hello", "me", "student", "field", "minutes", "how", "meeting", "meet_where",
    "signature", "date", "organisation",
})

_ID = re.compile(r"^[a-z][a-z0-9_-]{0,19}$")  # the store keeps it in a String(20)
_REQUIRED = ("label", "tip", "subject", "exports", "template")


class ChannelError(ValueError):
    """``channels.toml`` holds a channel the app cannot use; the message says what to fix."""


@dataclass(frozen=True)
class Channel:
    """One way of reaching someone, as ``channels.toml`` describes it."""

    id: str
    label: str
    tip: str
    subject: bool  # the message has a subject line (written, checked and exported)
    exports: tuple[str, ...]
    templates: tuple[str, ...]  # the starting draft, then shorter wordings
    max_chars: int | None = None  # a draft aims under this length (None: no limit)
    limit_chars: int | None = None  # a hard limit the counts show ("212 of 300 characters")
    spoken: bool = False  # a script read aloud: the counts show the time it takes to say


@dataclass(frozen=True)
class ChannelSet:
    """Every channel in order, plus the shared pieces drafts are built from."""

    channels: tuple[Channel, ...]
    drafts: Mapping[str, Any]
    path: Path

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.channels)

    def get(self, channel_id: str) -> Channel:
        for c in self.channels:
            if c.id == channel_id:
                return c
        raise ValueError(f"channel must be one of {', '.join(self.ids)}, not {channel_id!r}")


def _fail(path: Path, where: str, problem: str) -> ChannelError:
    return ChannelError(f"{path}: {where}: {problem}")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def _channel(path: Path, cid: str, raw: object) -> Channel:
    where = f"[channels.{cid}]"
    if not _ID.match(cid):
        raise _fail(path, where, "a channel id is lower case letters, digits, - or _, "
                    "at most 20 characters, starting with a letter")
    if not isinstance(raw, dict):
        raise _fail(path, where, "must be a table")
    missing = [f for f in _REQUIRED if f not in raw]
    if missing:
        raise _fail(path, where, f"needs {', '.join(missing)} (every channel has "
                    f"{', '.join(_REQUIRED)})")
    for name in ("label", "tip", "template"):
        if not isinstance(raw[name], str) or not raw[name].strip():
            raise _fail(path, where, f"{name} must be text")
    if not isinstance(raw["subject"], bool):
        raise _fail(path, where, "subject must be true or false")
    exports = raw["exports"]
    if not isinstance(exports, list) or "copy" not in exports or any(
        e not in EXPORTS for e in exports
    ):
        raise _fail(path, where, f"exports must list \"copy\" and any of {', '.join(EXPORTS)}")
    if ("mailto" in exports or "eml" in exports) and not raw["subject"]:
        raise _fail(path, where, "mailto and eml exports are emails: they need subject = true")
    shorter = raw.get("shorter", [])
    if not isinstance(shorter, list) or not all(isinstance(s, str) for s in shorter):
        raise _fail(path, where, "shorter must be a list of texts")
    max_chars = raw.get("max_chars")
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 20):
        raise _fail(path, where, "max_chars must be a whole number of at least 20")
    limit_chars = raw.get("limit_chars")
    if limit_chars is not None and (not isinstance(limit_chars, int) or limit_chars < 20):
        raise _fail(path, where, "limit_chars must be a whole number of at least 20")
    if not isinstance(raw.get("spoken", False), bool):
        raise _fail(path, where, "spoken must be true or false")
    templates = (raw["template"], *shorter)
    for text in templates:
        try:
            unknown = _placeholders(text) - PLACEHOLDERS
        except ValueError as error:  # an unmatched brace
            raise _fail(path, where, f"a template is not valid: {error}") from None
        if unknown:
            raise _fail(path, where, f"unknown placeholder {{{sorted(unknown)[0]}}} "
                        f"(known: {', '.join(sorted(PLACEHOLDERS))})")
    return Channel(
        id=cid,
        label=raw["label"].strip(),
        tip=" ".join(raw["tip"].split()),
        subject=raw["subject"],
        exports=tuple(dict.fromkeys(exports)),
        templates=templates,
        max_chars=max_chars,
        limit_chars=limit_chars,
        spoken=raw.get("spoken", False),
    )


@functools.lru_cache(maxsize=8)
def _load(path: str) -> ChannelSet:
    file = Path(path)
    try:
        with file.open("rb") as fh:
            raw = tomllib.load(fh)
    except tomllib.TOMLDecodeError as error:
        raise ChannelError(f"{file}: not valid TOML: {error}") from None
    tables = raw.get("channels")
    if not isinstance(tables, dict) or not tables:
        raise ChannelError(f"{file}: needs at least one [channels.<id>] table")
    drafts = raw.get("drafts", {})
    if not isinstance(drafts, dict):
        raise ChannelError(f"{file}: [drafts] must be a table")
    channels = tuple(_channel(file, cid, value) for cid, value in tables.items())
    return ChannelSet(channels, drafts, file)


def channel_set() -> ChannelSet:
    """The channels in use: the instructor's ``channels.toml`` if there is one, else ours."""
    return _load(str(data_file("channels.toml")))


def channel(channel_id: str) -> Channel:
    """The channel ``channel_id``; ValueError naming the known ones for any other value."""
    return channel_set().get(channel_id)


channel_set.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


class _ChannelIds(Sequence[str]):
    """The channel ids, read from the data each time it is used.

    A tuple computed at import would miss an instructor's folder set afterwards (a test's
    temporary ``INFOINT_DATA_DIR``, say); this follows it, and reads the file once per
    folder (the load is cached).
    """

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return channel_set().ids[index]

    def __len__(self) -> int:
        return len(channel_set().ids)

    def __iter__(self) -> Iterator[str]:
        return iter(channel_set().ids)

    def __contains__(self, value: object) -> bool:
        return value in channel_set().ids

    def __repr__(self) -> str:
        return f"CHANNELS{channel_set().ids!r}"


CHANNELS: Sequence[str] = _ChannelIds()
