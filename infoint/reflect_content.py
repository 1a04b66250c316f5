"""The reflect step's words as data: ``data/reflect.toml`` (or the instructor's copy).

Prompts, labels, tone and rating names, the coaching messages and the thank-you draft's
sentences are coaching content, so they live in a data file an instructor can change
without touching code. An instructor's copy (in ``$INFOINT_DATA_DIR``) may hold only some
tables or keys: the rest comes from the shipped file. The file is read again whenever it
changes on disk, so an edit shows in the next app that is built.

The keys of the vocabulary tables are checked against :mod:`infoint.model` on load: a
renamed category would silently drop every note stored under it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from infoint.content import data_file, overlaid_toml
from infoint.model import CATEGORIES, DIMENSIONS, THANK_YOU_CHANNELS, TONES

__all__ = ["FILE", "ReflectContent", "reflect_content"]

FILE = "reflect.toml"


@dataclass(frozen=True)
class ReflectContent:
    """The parsed file: tables of text, looked up by :meth:`text`."""

    raw: Mapping[str, Any]
    source: Path

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.raw.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def text(self, table: str, key: str, **values: Any) -> str:
        """One text, its ``{placeholders}`` filled in from ``values``."""
        template = self.table(table).get(key)
        if not isinstance(template, str):
            raise KeyError(f"{self.source}: [{table}] has no text {key!r}")
        return template.format(**values) if values else template

    def category(self, category: str, key: str) -> str:
        return str(self.table("categories")[category][key])

    @property
    def prompts(self) -> dict[str, str]:
        """Placeholder text of each category's box."""
        return {c: self.category(c, "prompt") for c in CATEGORIES}

    def dimension(self, dimension: str) -> str:
        return str(self.table("dimensions")[dimension])

    def tone(self, tone: str) -> str:
        return str(self.table("tones")[tone])

    def channel(self, channel: str, key: str = "label") -> str:
        return str(self.table("channels")[channel][key])

    def tuning(self, key: str) -> Any:
        return self.table("tuning")[key]


def _check(raw: Mapping[str, Any], path: Path) -> None:
    wanted = {
        "categories": CATEGORIES,
        "dimensions": DIMENSIONS,
        "tones": TONES,
        "channels": THANK_YOU_CHANNELS,
    }
    for table, keys in wanted.items():
        have = raw.get(table, {})
        missing = [k for k in keys if k not in have]
        extra = [k for k in have if k not in keys]
        if missing or extra:
            raise ValueError(
                f"{path}: [{table}] must name exactly {', '.join(keys)}"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; unknown {', '.join(extra)}" if extra else "")
            )
    for category in CATEGORIES:
        entry = raw["categories"][category]
        for key in ("label", "prompt", "question", "topic"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ValueError(f"{path}: categories.{category!r} needs a {key}")
    order = raw.get("tuning", {}).get("takeaway_order", [])
    if set(order) - {*CATEGORIES, "surprises"}:
        raise ValueError(f"{path}: tuning.takeaway_order names a topic that does not exist")
    for key in ("strong_pitch", "low_rating"):
        value = raw.get("tuning", {}).get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValueError(f"{path}: tuning.{key} must be a whole number from 1 to 5")


@cache
def _load(path: Path, _mtime: float) -> ReflectContent:
    raw = overlaid_toml(FILE, path)
    _check(raw, path)
    return ReflectContent(raw, path)


def reflect_content() -> ReflectContent:
    """The reflect step's content, from the instructor's copy when there is one."""
    path = data_file(FILE)
    return _load(path, path.stat().st_mtime)
