"""Figures and tables for a researcher's notebook that everyone can read, in Voilà too.

JupyterLab's and Voilà's renderer draws an ``image/png`` output as an ``<img>`` with no
``alt`` (ignoring IPython's ``alt`` metadata), and a pandas table wider than a phone
scrolls in a box no keyboard can reach (axe-core's ``image-alt`` and
``scrollable-region-focusable``). :func:`show_figure` displays a matplotlib figure as an
``<img>`` with a text alternative; :func:`show_table` displays a frame in a box that takes
the focus and is named for a screen reader. Both escape what they write (pandas escapes
every cell of its HTML).
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

from infoint.ui.common import esc

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["figure_html", "png_html", "show_figure", "show_png", "show_table", "table_html"]

# The notebook has no infoint stylesheet: the box scrolls by its own style.
_SCROLL_STYLE = "overflow-x: auto; max-width: 100%"


def png_html(png: bytes, alt: str) -> str:
    """PNG bytes as an ``<img>`` with ``alt`` (escaped), never wider than the page."""
    if not alt.strip():
        raise ValueError("a figure needs a text alternative")
    src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return f'<img src="{src}" alt="{esc(alt)}" style="max-width: 100%; height: auto">'


def figure_html(fig: Any, alt: str, dpi: int = 96) -> str:
    """A matplotlib figure as an ``<img>`` with ``alt``. The figure is closed, so
    ``%matplotlib inline`` does not show it a second time without its text alternative."""
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    try:
        fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    finally:
        plt.close(fig)
    return png_html(buffer.getvalue(), alt)


def table_html(frame: pd.DataFrame | pd.Series, label: str) -> str:
    """``frame`` as pandas' HTML table (every cell escaped) in a box that takes the focus."""
    import pandas as pd

    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    table = frame.to_html(escape=True, border=0, na_rep="")
    return (f'<div tabindex="0" role="region" aria-label="{esc(label)}" '
            f'style="{_SCROLL_STYLE}">{table}</div>')


def show_png(png: bytes, alt: str) -> None:
    """Display a chart drawn by :mod:`infoint.ui.charts` with its text alternative."""
    from IPython.display import HTML, display

    display(HTML(png_html(png, alt)))


def show_figure(fig: Any, alt: str) -> None:
    """Display ``fig`` with a text alternative that says what it shows."""
    from IPython.display import HTML, display

    display(HTML(figure_html(fig, alt)))


def show_table(frame: pd.DataFrame | pd.Series, label: str) -> None:
    """Display ``frame`` in a box a keyboard can focus and scroll, named ``label``."""
    from IPython.display import HTML, display

    display(HTML(table_html(frame, label)))
