"""Who the learner is: decided by the server's environment, never by the browser.

A widget trait can be set from the page, so nothing that chooses whose rows are read
may live in one. JupyterHub sets ``JUPYTERHUB_USER`` for each learner's server; a
single-user install can name a profile with ``INFOINT_LEARNER``; otherwise the
operating-system account is used.
"""

from __future__ import annotations

import getpass
import os
import re

_SAFE = re.compile(r"[^\w.@+\-]", re.UNICODE)


def current_learner_id() -> str:
    for var in ("JUPYTERHUB_USER", "INFOINT_LEARNER"):
        value = os.environ.get(var, "").strip()
        if value:
            return learner_id_for(value)
    try:
        return _tidy(getpass.getuser())
    except Exception:  # no passwd entry inside some containers
        return "learner"


def learner_id_for(username: str) -> str:
    """The learner id a server started for ``username`` stamps on its rows.

    The hub uses it too, to name the database role that may read exactly those rows.
    """
    return _tidy(username.strip())


def _tidy(value: str) -> str:
    # Ids end up in file names of exports and in logs; keep them to one plain token.
    return _SAFE.sub("_", value)[:100] or "learner"
