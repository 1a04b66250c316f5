"""The Voilà application ``infoint serve`` runs: Voilà with the class lock applied last.

Three things plain ``voila`` cannot be told in a config file:

* the lock (:func:`infoint.serve.voila_config`) goes on top of every config file Voilà
  finds, so a voila.json in the working folder cannot turn the theme override back on;
* ``/`` sends the browser to the workshop's landing notebook instead of a file list;
* every rendered page gets Tornado's ``_xsrf`` cookie. Voilà's page sends that cookie's
  value with the shutdown beacon it posts when the page closes, but Voilà never sets the
  cookie on a notebook page, so every shutdown answered 403 and a closed page's kernel
  lived on until culled (voila-dashboards/voila#1458).

Run as ``python -m infoint.voila_app <notebooks> [voila options]``.
"""

from __future__ import annotations

from typing import Any

from jupyter_server.utils import url_path_join
from tornado import web
from traitlets.config import Config
from voila.app import Voila

from infoint.serve import LANDING_NOTEBOOK, voila_config


def set_xsrf_cookie(handler: web.RequestHandler, notebook: Any = None, cwd: str = "") -> None:
    """A Voilà prelaunch hook: reading ``xsrf_token`` makes Tornado set the cookie.

    It runs before the page's first byte is sent, so the Set-Cookie header goes out
    with the page; the notebook is left as it is (returning None keeps it).
    """
    handler.xsrf_token  # noqa: B018 - the property sets the cookie as a side effect


class InfointVoila(Voila):
    """Voilà with the class lock, a landing redirect and the xsrf cookie."""

    def load_config_file(self, *args: Any, **kwargs: Any) -> None:
        super().load_config_file(*args, **kwargs)
        # After files and the command line: nothing can unlock what a class needs.
        self.update_config(Config(voila_config()))

    def initialize(self, argv: list[str] | None = None) -> None:
        super().initialize(argv)
        self.voila_configuration.prelaunch_hook = set_xsrf_cookie

    def init_handlers(self) -> list:
        handlers = super().init_handlers()
        landing = url_path_join(self.base_url, "voila", "render", LANDING_NOTEBOOK)
        redirect = (self.server_url, web.RedirectHandler, {"url": landing, "permanent": False})
        # Voilà's tree handler answers exactly the server's root; the tree itself stays at
        # /voila/tree for anyone who wants the file list.
        return [redirect if rule[0] == self.server_url else rule for rule in handlers]


main = InfointVoila.launch_instance

if __name__ == "__main__":
    main()
