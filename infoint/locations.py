"""Where infoint's files are: in an installed wheel, or in the checkout of an editable install.

One module answers "where is it?" for every caller (content loaders, ``infoint serve``,
the JupyterHub config), so that the two layouts are handled in exactly one place:

=================  ===========================================  ===============================
what               installed from a wheel                        checkout (``pip install -e``)
=================  ===========================================  ===============================
coaching content   ``infoint/data/`` (package data)              ``data/``
notebooks          ``infoint/notebooks/`` (package data)         ``notebooks/``
voila.json         ``infoint/config/voila.json``                 ``voila.json``
Voilà template     ``<prefix>/share/jupyter/voila/templates/``   ``share/jupyter/voila/templates/``
=================  ===========================================  ===============================

The wheel's copies are put there by ``setup.py`` at build time; an editable install has
none of them inside the package, so the checkout's own files are read and an edit shows
at once. The template is installed as Jupyter data files, where plain ``voila`` in the
same environment finds it without any ``JUPYTER_PATH``.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from pathlib import Path

TEMPLATE = "infoint"

# importlib.resources gives a real folder for a package unpacked on disk, which is how
# pip always installs a wheel; Voilà and the bank loader need real paths, not readers.
PACKAGE = Path(str(importlib.resources.files("infoint")))
CHECKOUT = PACKAGE.parent


def _in_package_or_checkout(packaged: str, checkout: str) -> Path:
    inside = PACKAGE / packaged
    return inside if inside.exists() else CHECKOUT / checkout


def shipped_data_dir() -> Path:
    """The question banks, rule texts and field map that come with infoint."""
    return _in_package_or_checkout("data", "data")


def notebooks_dir() -> Path:
    """The folder of step notebooks that Voilà and JupyterLab open."""
    return _in_package_or_checkout("notebooks", "notebooks")


def voila_config_dir() -> Path:
    """The folder holding ``voila.json`` (Voilà reads it from its working directory or
    from ``JUPYTER_CONFIG_PATH``)."""
    return _in_package_or_checkout("config", ".")


def _installed_template_root() -> Path | None:
    """The Jupyter data folder this distribution's template files were installed under."""
    try:
        files = importlib.metadata.distribution("infoint").files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for record in files:
        parts = record.parts
        if parts[-4:] == ("voila", "templates", TEMPLATE, "conf.json"):
            conf = Path(str(record.locate())).resolve()
            return conf.parents[3]  # <data>/share/jupyter
    return None


def jupyter_data_dir() -> Path:
    """The Jupyter data folder whose ``voila/templates/infoint`` is the infoint template.

    The checkout's copy wins when there is one (an editable install, which installs no
    data files): the template being edited is the one served.
    """
    checkout = CHECKOUT / "share" / "jupyter"
    if (checkout / "voila" / "templates" / TEMPLATE / "conf.json").is_file():
        return checkout
    installed = _installed_template_root()
    if installed is None:
        raise FileNotFoundError(
            f"the infoint Voila template is not installed (no voila/templates/{TEMPLATE} "
            "among this distribution's files): reinstall infoint with pip from a wheel, "
            "`pip install .` or `pip install -e .`"
        )
    return installed


def template_dir() -> Path:
    return jupyter_data_dir() / "voila" / "templates" / TEMPLATE
