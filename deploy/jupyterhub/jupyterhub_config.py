"""JupyterHub for an infoint class: one server per learner, the apps in Voila, one store.

Every setting a deployment changes is read from an environment variable, so the same
file serves the automated test (dummy logins, local processes, loopback, temp dirs) and
a real class (see README.md beside this file for the production choices):

=========================  ===================================================================
INFOINT_DB                 the class store, e.g. postgresql+psycopg://infoint:pw@db/infoint
                           (passed to every learner's server; required for a class)
INFOINT_INSTRUCTORS        comma-separated usernames whose servers get INFOINT_ROLE=instructor
INFOINT_HUB_STATE          folder for the hub's database, cookie secret and pid file
INFOINT_HUB_PORT           public port of the proxy (default 8000), bound to INFOINT_HUB_IP
INFOINT_HUB_IP             address the proxy listens on (default 127.0.0.1)
INFOINT_HUB_API_PORT       the hub's own port (default 8081, loopback only)
INFOINT_PROXY_API_PORT     the proxy's REST API port (default 8001, loopback only)
INFOINT_HUB_PASSWORD       set it to use DummyAuthenticator (tests and try-outs only)
INFOINT_HUB_USERS          comma-separated usernames allowed in (default: anyone who logs in)
=========================  ===================================================================

The notebooks, voila.json and Voila template served are those of the infoint installed
with JupyterHub (``infoint.locations``: a wheel's copies, or an editable checkout's own).

Run: ``jupyterhub -f deploy/jupyterhub/jupyterhub_config.py`` (needs ``configurable-http-proxy``
from npm on PATH).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from infoint import locations

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

REPO = Path(__file__).resolve().parents[2]
STATE = Path(os.environ.get("INFOINT_HUB_STATE", REPO / ".hub-state"))
STATE.mkdir(parents=True, exist_ok=True)

HUB_IP = os.environ.get("INFOINT_HUB_IP", "127.0.0.1")
HUB_PORT = int(os.environ.get("INFOINT_HUB_PORT", "8000"))
HUB_API_PORT = int(os.environ.get("INFOINT_HUB_API_PORT", "8081"))
PROXY_API_PORT = int(os.environ.get("INFOINT_PROXY_API_PORT", "8001"))
INSTRUCTORS = {u.strip() for u in os.environ.get("INFOINT_INSTRUCTORS", "").split(",")
               if u.strip()}
USERS = {u.strip() for u in os.environ.get("INFOINT_HUB_USERS", "").split(",") if u.strip()}

# -- network: the proxy is the only public face; hub and proxy API stay on loopback -------
c.JupyterHub.bind_url = f"http://{HUB_IP}:{HUB_PORT}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{HUB_API_PORT}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PROXY_API_PORT}"
c.ConfigurableHTTPProxy.should_start = True

# -- state: the hub's own small database (users, tokens), not the class store -------------
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")

# -- logins ---------------------------------------------------------------------------------
if os.environ.get("INFOINT_HUB_PASSWORD"):
    # Anyone with the shared password is let in under any name: for tests and try-outs.
    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = os.environ["INFOINT_HUB_PASSWORD"]
if USERS:
    c.Authenticator.allowed_users = USERS | INSTRUCTORS
else:
    c.Authenticator.allow_all = True

# -- one server per learner, opening on the workshop's landing page in Voila ----------------
c.JupyterHub.spawner_class = os.environ.get(
    "INFOINT_HUB_SPAWNER", "jupyterhub.spawner.SimpleLocalProcessSpawner"
)
c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "homes" / "{username}")
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = str(locations.notebooks_dir())
c.Spawner.default_url = "/voila/render/index.ipynb"
c.Spawner.start_timeout = 60
c.Spawner.http_timeout = 60
c.Spawner.args = [
    # Voila never ends a kernel when a tab closes; these free a learner's memory.
    "--MappingKernelManager.cull_idle_timeout=600",
    "--MappingKernelManager.cull_interval=60",
    # Inside Jupyter Server, Voila points pages at MathJax on cdnjs unless the server sets
    # mathjax_url and mathjax_config; standalone Voila sets None, which loads nothing.
    '--ServerApp.tornado_settings={"mathjax_url": None, "mathjax_config": None}',
]
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # CI and containers run as root; Jupyter Server refuses root without this flag.
    c.Spawner.args.append("--allow-root")

# JUPYTERHUB_USER is set by the hub in every server's environment: it is the learner id
# the store stamps on every row. The class store and voila.json are passed on here.
c.Spawner.environment = {
    "INFOINT_DB": os.environ.get("INFOINT_DB", ""),
    # Voila's server extension reads voila.json from here ...
    "JUPYTER_CONFIG_PATH": str(locations.voila_config_dir()),
    # ... and finds voila.json's "infoint" template (lab without CDN requests) here.
    "JUPYTER_PATH": os.pathsep.join(
        [str(locations.jupyter_data_dir()), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    ),
    "MPLBACKEND": "Agg",
    "INFOINT_ROLE": "learner",
}


def _set_role(spawner) -> None:
    """The instructor role comes from the hub's list, never from anything a page can set."""
    role = "instructor" if spawner.user.name in INSTRUCTORS else "learner"
    spawner.environment = {**spawner.environment, "INFOINT_ROLE": role}


c.Spawner.pre_spawn_hook = _set_role

# -- culling idle servers -------------------------------------------------------------------
# jupyterhub-idle-culler is a separate package (pip install jupyterhub-idle-culler); when it
# is installed, servers idle for an hour are stopped so a 300-learner class frees memory.
try:
    import jupyterhub_idle_culler  # noqa: F401
except ImportError:
    pass
else:
    c.JupyterHub.load_roles = [
        {
            "name": "idle-culler",
            "scopes": ["list:users", "read:users:activity", "read:servers",
                       "delete:servers"],
            "services": ["idle-culler"],
        }
    ]
    c.JupyterHub.services = [
        {
            "name": "idle-culler",
            "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
        }
    ]
