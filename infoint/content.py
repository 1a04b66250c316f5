"""Where coaching content lives: the copy shipped with infoint, or ``$INFOINT_DATA_DIR``.

Question banks, rule texts and the field keyword map are data so that an instructor can
adapt them without touching code. A folder named by ``INFOINT_DATA_DIR`` may hold only
some of the files; anything it lacks comes from the shipped copy (inside the installed
package, or the checkout's ``data/``: see :mod:`infoint.locations`).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from infoint.locations import shipped_data_dir

SHIPPED = shipped_data_dir()


def data_dir() -> Path:
    return Path(os.environ.get("INFOINT_DATA_DIR", SHIPPED))


def data_file(*parts: str) -> Path:
    """The instructor's copy of a content file if there is one, else the shipped one."""
    own = data_dir().joinpath(*parts)
    return own if own.is_file() else SHIPPED.joinpath(*parts)


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``override`` laid over it, table by table, so that an instructor's copy
    may reword only some of the texts and keep the rest."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def overlaid_toml(name: str, own: Path) -> dict[str, Any]:
    """The shipped ``name`` (a TOML file), with ``own`` laid over it when ``own`` is an
    instructor's copy rather than the shipped file itself."""
    shipped = SHIPPED / name
    with shipped.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    if own.resolve() != shipped.resolve():
        with own.open("rb") as fh:
            raw = merge(raw, tomllib.load(fh))
    return raw
