"""Where coaching content lives: ``data/`` in the checkout, or ``$INFOINT_DATA_DIR``.

Question banks, rule texts and the field keyword map are data so that an instructor can
adapt them without touching code. A folder named by ``INFOINT_DATA_DIR`` may hold only
some of the files; anything it lacks comes from the shipped copy.
"""

from __future__ import annotations

import os
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    return Path(os.environ.get("INFOINT_DATA_DIR", SHIPPED))


def data_file(*parts: str) -> Path:
    """The instructor's copy of a content file if there is one, else the shipped one."""
    own = data_dir().joinpath(*parts)
    return own if own.is_file() else SHIPPED.joinpath(*parts)
