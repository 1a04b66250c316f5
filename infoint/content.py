"""Where coaching content lives: the copy shipped with infoint, or ``$INFOINT_DATA_DIR``.

Question banks, rule texts and the field keyword map are data so that an instructor can
adapt them without touching code. A folder named by ``INFOINT_DATA_DIR`` may hold only
some of the files; anything it lacks comes from the shipped copy (inside the installed
package, or the checkout's ``data/``: see :mod:`infoint.locations`).
"""

from __future__ import annotations

import os
from pathlib import Path

from infoint.locations import shipped_data_dir

SHIPPED = shipped_data_dir()


def data_dir() -> Path:
    return Path(os.environ.get("INFOINT_DATA_DIR", SHIPPED))


def data_file(*parts: str) -> Path:
    """The instructor's copy of a content file if there is one, else the shipped one."""
    own = data_dir().joinpath(*parts)
    return own if own.is_file() else SHIPPED.joinpath(*parts)
