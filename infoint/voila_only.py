"""A learner's JupyterHub server that serves the Voilà pages and nothing else.

``jupyterhub-singleuser`` is a whole Jupyter Server: JupyterLab, terminals, the contents
API (write any file), new kernels and ``execute_request`` on any kernel. A learner with
that can read the class database URL from the environment and run SQL. The hub starts
learners' servers with :func:`server_args`, which

* turns off every server extension except Voilà (and the hub's own singleuser
  extension): no ``/lab``, ``/tree``, ``/terminals`` or language server;
* refuses, in :class:`VoilaOnlyAuthorizer`, every Jupyter REST call except reading and
  connecting to the kernels Voilà started: no new kernels or sessions, no contents,
  files, nbconvert, config or terminals API;
* limits what the page may send its kernel to the comm-only set that standalone Voilà
  allows (``allowed_message_types``): widgets work, ``execute_request`` is dropped.

Voilà runs the notebook itself on the server, so none of this is needed by the pages.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from jupyter_server.auth.authorizer import Authorizer

__all__ = ["ALLOWED_MESSAGE_TYPES", "VoilaOnlyAuthorizer", "server_args"]

# The list standalone Voilà 0.5 gives its kernel manager (voila/app.py).
ALLOWED_MESSAGE_TYPES = (
    "comm_open",
    "comm_close",
    "comm_msg",
    "comm_info_request",
    "kernel_info_request",
    "shutdown_request",
)

# (resource, action) pairs a Voilà page needs from Jupyter Server's own API: the kernel
# websocket ("execute" on "kernels") and reading a kernel's model or the kernelspecs.
_ALLOWED = frozenset({("kernels", "execute"), ("kernels", "read"), ("kernelspecs", "read")})

# Everything but Voilà and the hub's singleuser extension; named explicitly so that a
# package installed later with an enabled server extension is still off here.
_EXTENSIONS_OFF = (
    "jupyterlab",
    "jupyter_lsp",
    "jupyter_server_terminals",
    "notebook",
    "notebook_shim",
    "nbclassic",
    "jupyter_collaboration",
    "jupyter_server_ydoc",
    "jupyter_resource_usage",
)


class VoilaOnlyAuthorizer(Authorizer):
    """Allow only what a Voilà page does; log and refuse the rest (HTTP 403)."""

    def is_authorized(self, handler: Any, user: Any, action: str, resource: str) -> bool:
        allowed = (resource, action) in _ALLOWED
        if not allowed:
            self.log.warning(
                "infoint: refused %s on %s (%s %s) on a Voila-only server",
                action, resource, handler.request.method, handler.request.path,
            )
        return allowed


def server_args() -> list[str]:
    """Command-line settings for ``jupyterhub-singleuser`` that make it Voilà-only."""
    # Only those installed here: naming a missing one makes the server log a warning.
    extensions = {name: False for name in _EXTENSIONS_OFF if importlib.util.find_spec(name)}
    extensions |= {"voila.server_extension": True, "jupyterhub.singleuser.extension": True}
    return [
        # Python literals: traitlets reads a dict or list given on the command line that way.
        f"--ServerApp.jpserver_extensions={extensions!r}",
        "--ServerApp.terminals_enabled=False",
        f"--ServerApp.authorizer_class={__name__}.VoilaOnlyAuthorizer",
        f"--MappingKernelManager.allowed_message_types={list(ALLOWED_MESSAGE_TYPES)}",
        # Not even a hidden file or a checkpoint through some forgotten handler.
        "--ContentsManager.allow_hidden=False",
        "--FileContentsManager.delete_to_trash=False",
    ]
