"""How a score is shown: its colour level and its word, from ``data/scores.toml``.

One list of bands for every app that coaches writing, so a score's colour and its word
always agree (an amber "Getting there", never a red one).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from infoint.content import data_file

__all__ = ["Band", "band_for", "bands"]

_LEVELS = ("pass", "warn", "fail")


@dataclass(frozen=True)
class Band:
    start: int  # the lowest score in the band
    level: str  # pass / warn / fail: the colour
    label: str  # the word shown with the score


@functools.lru_cache(maxsize=8)
def _load(path: str) -> tuple[Band, ...]:
    with Path(path).open("rb") as fh:
        raw = tomllib.load(fh)
    out: list[Band] = []
    for i, item in enumerate(raw.get("bands", ())):
        start, level, label = item.get("from"), item.get("level"), item.get("label")
        if not isinstance(start, int) or not 0 <= start <= 100:
            raise ValueError(f"{path}: band {i + 1}: from must be a number from 0 to 100")
        if level not in _LEVELS:
            raise ValueError(f"{path}: band {i + 1}: level must be one of {', '.join(_LEVELS)}")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{path}: band {i + 1}: label must be text")
        out.append(Band(start, level, label.strip()))
    falling = all(a.start > b.start for a, b in zip(out, out[1:], strict=False))
    if not out or out[-1].start != 0 or not falling:
        raise ValueError(f"{path}: bands go from the highest 'from' down, the last from 0")
    return tuple(out)


def bands() -> tuple[Band, ...]:
    """The bands, highest first (the instructor's ``scores.toml`` if there is one)."""
    return _load(str(data_file("scores.toml")))


def band_for(score: int) -> Band:
    """The band ``score`` falls in."""
    for b in bands():
        if score >= b.start:
            return b
    return bands()[-1]
