"""Matplotlib figures for the journey dashboard, rendered to PNG bytes for an ``Image`` widget.

Matplotlib is imported lazily (Agg backend, no display needed) so an app that never draws a
chart never pays for it. Colours come from the Okabe-Ito palette and the cividis colour map,
both readable with the common forms of colour blindness; every chart labels its axes and
writes its numbers on the marks, so nobody has to judge a colour to read a value.

Learner text (field names, above all) is drawn as plain text, never as markup: every chart
runs under :func:`literal_text`, which turns off matplotlib's mathtext (``$...$``) and TeX,
so a field called ``$x^{$`` is drawn as those five characters instead of failing.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import pandas as pd

# Okabe & Ito (2008): blue, orange, bluish green, vermillion, sky blue, reddish purple.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
INK = "#1f2933"
MUTED = "#52606d"
#: The one colour map for fit ratings (My journey and the class dashboard): ordered in
#: lightness, so it reads in greyscale and with red-green colour blindness.
HEATMAP_CMAP = "cividis"
DPI = 110

F = TypeVar("F", bound=Callable[..., Any])

# Read when each Text is made (parse_math) and when it is drawn (usetex): both must hold
# for the whole of a chart's life, from the figure's creation to savefig.
LITERAL_RC = {"text.parse_math": False, "text.usetex": False}


def literal_text(draw: F) -> F:
    """Run a chart function with every string drawn literally (no mathtext, no TeX)."""

    @functools.wraps(draw)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import matplotlib

        with matplotlib.rc_context(LITERAL_RC):
            return draw(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class _Figures:
    """The little of pyplot's API the charts use, on plain Agg figures.

    Plain ``Figure`` objects skip pyplot's global figure manager, so nothing leaks between
    refreshes and drawing never touches an interactive backend.
    """

    @staticmethod
    def subplots(figsize: tuple[float, float]) -> tuple[Any, Any]:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=figsize)
        FigureCanvasAgg(fig)
        return fig, fig.add_subplot()

    @staticmethod
    def get_cmap(name: str) -> Any:
        import matplotlib

        return matplotlib.colormaps[name]

    @staticmethod
    def close(fig: Any) -> None:
        fig.clear()


def _plt() -> _Figures:
    return _Figures()


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(MUTED)
    ax.spines["bottom"].set_color(MUTED)
    ax.tick_params(colors=INK, labelsize=11)


def to_png(fig: Any) -> bytes:
    """The figure as PNG bytes; the figure is closed so no memory piles up across refreshes.

    Margins are set by each chart (no ``bbox_inches="tight"``, which draws everything twice).
    """
    plt = _plt()
    buffer = io.BytesIO()
    try:
        # Light compression: these PNGs are small and travel once over a local socket.
        fig.savefig(buffer, format="png", dpi=DPI, facecolor="white",
                    pil_kwargs={"compress_level": 1})
    finally:
        plt.close(fig)
    return buffer.getvalue()


def _margins(fig: Any, labels: list[str], *, right: float = 0.97, top: float = 0.95,
             bottom_in: float = 0.55) -> None:
    """Room on the left for the longest (wrapped) label, fixed space for the x label."""
    longest = max((len(line) for label in labels for line in str(label).split("\n")),
                  default=4)
    width, height = fig.get_size_inches()
    left = min(0.5, (longest * 0.085 + 0.25) / width)
    fig.subplots_adjust(left=left, right=right, top=top, bottom=min(0.45, bottom_in / height))


def cached(key_frames: tuple, draw: Any, *args: Any) -> bytes:
    """``draw(*args)``, reused while the frames it is drawn from are unchanged."""
    import hashlib

    import pandas as pd

    digest = hashlib.sha1(draw.__name__.encode())
    for frame in key_frames:
        digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
        digest.update(repr(list(frame.columns)).encode())
    key = digest.hexdigest()
    png = _CACHE.get(key)
    if png is None:
        png = draw(*args)
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[key] = png
    return png


_CACHE: dict[str, bytes] = {}


def _wrap(label: str, width: int = 18, max_lines: int | None = None) -> str:
    """``label`` wrapped at ``width``; with ``max_lines``, cut to that many lines with "..."
    so a long name cannot grow into its neighbours' rows."""
    # A cut label may also break an over-long word: it has to fit its margin either way.
    lines = textwrap.wrap(str(label), width, break_long_words=max_lines is not None,
                          break_on_hyphens=False, max_lines=max_lines, placeholder="...")
    return "\n".join(lines) or str(label)


#: Field labels on the meetings chart: at most two lines of 22 characters each.
FIELD_LABEL_LINES = 2


@literal_text
def funnel_png(funnel: pd.DataFrame) -> bytes:
    """Horizontal bars, widest at the top: contacts -> asked -> met -> thanked."""
    plt = _plt()
    stages = [str(s).capitalize() for s in funnel["stage"]]
    counts = [int(c) for c in funnel["count"]]
    fig, ax = plt.subplots(figsize=(6.4, 2.6))
    y = list(range(len(stages)))[::-1]
    ax.barh(y, counts, color=PALETTE[: len(stages)], height=0.65)
    top = max(counts + [1])
    for yi, count, share in zip(y, counts, funnel["share"], strict=True):
        label = f"{count}" if yi == y[0] else f"{count}  ({share:.0%})"
        ax.text(count + top * 0.02, yi, label, va="center", fontsize=12, color=INK)
    ax.set_yticks(y, stages, fontsize=12)
    ax.set_xlim(0, top * 1.3)
    ax.set_xlabel("People", fontsize=11, color=INK)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _style(ax)
    _margins(fig, stages)
    return to_png(fig)


@literal_text
def meetings_png(per_field: pd.DataFrame, limit: int = 12) -> bytes:
    """Meetings per field, with how many different people they were with."""
    return to_png(meetings_figure(per_field, limit))


def meetings_figure(per_field: pd.DataFrame, limit: int = 12) -> Any:
    """The meetings chart as a figure (tests measure where its labels land).

    Horizontal bars so field names read level; each name is cut to two lines and every row
    is tall enough for two lines, so no label runs into the next one."""
    plt = _plt()
    data = per_field.head(limit).iloc[::-1]
    fields = [_wrap(f, 22, FIELD_LABEL_LINES) for f in data["field"]]
    meetings = [int(m) for m in data["meetings"]]
    people = [int(p) for p in data["informants"]]
    fig, ax = plt.subplots(figsize=(6.4, 0.62 * len(fields) + 1.2))
    y = range(len(fields))
    ax.barh(y, meetings, color=PALETTE[0], height=0.6, label="Meetings")
    ax.barh(y, people, color=PALETTE[1], height=0.3, label="Different people")
    top = max(meetings + [1])
    for yi, m, p in zip(y, meetings, people, strict=True):
        ax.text(m + top * 0.02, yi, f"{m} meeting{'s' if m != 1 else ''}, {p} "
                f"{'person' if p == 1 else 'people'}", va="center", fontsize=11, color=INK)
    ax.set_yticks(list(y), fields, fontsize=11)
    ax.set_xlim(0, top * 1.7)
    ax.set_xlabel("Count", fontsize=11, color=INK)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=10, frameon=False)
    _style(ax)
    height = fig.get_size_inches()[1]
    _margins(fig, fields, top=1 - 0.45 / height)
    return fig


@literal_text
def fit_heatmap_png(matrix: pd.DataFrame) -> bytes:
    """Fields (rows) x dimensions (columns), average rating 1..5 written in each cell.

    ``cividis`` runs dark blue (1, poor fit) to yellow (5, good fit) and stays ordered
    in greyscale and for red-green colour blindness. Unrated cells are pale grey with a dash.
    """
    import numpy as np

    plt = _plt()
    values = matrix.to_numpy(dtype="float64")
    rows, cols = values.shape
    row_labels = [_wrap(r, 20) for r in matrix.index]
    # 1.15 in per column: room for "qualifications", the longest one-word heading, so no
    # two column headings run together.
    fig, ax = plt.subplots(figsize=(max(6.4, 1.15 * cols + 2.6), 0.55 * rows + 1.7))
    cmap = plt.get_cmap(HEATMAP_CMAP).with_extremes(bad="#eef1f4")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=1, vmax=5, aspect="auto")
    for i in range(rows):
        for j in range(cols):
            v = values[i, j]
            if np.isnan(v):
                ax.text(j, i, "\u2013", ha="center", va="center", fontsize=11, color=MUTED)
            else:
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=12,
                        color="white" if v < 3.2 else INK, fontweight="bold")
    ax.set_xticks(range(cols), [_wrap(c, 12) for c in matrix.columns], fontsize=10)
    ax.set_yticks(range(rows), row_labels, fontsize=11)
    ax.tick_params(length=0)
    ax.xaxis.tick_top()
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, fraction=0.035, pad=0.02, ticks=[1, 2, 3, 4, 5])
    bar.set_label("1 poor fit \u2013 5 great fit", fontsize=10, color=INK)
    bar.ax.tick_params(labelsize=10)
    height = fig.get_size_inches()[1]
    _margins(fig, row_labels, right=0.88, top=1 - 0.75 / height, bottom_in=0.15)
    return to_png(fig)
