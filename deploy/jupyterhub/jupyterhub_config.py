"""JupyterHub for an infoint class: one server per learner, the apps in Voila, one store.

Every setting a deployment changes is read from an environment variable, so the same
file serves the automated test (dummy logins, local processes, loopback, temp dirs) and
a real class (see README.md beside this file for the production choices):

=========================  ===================================================================
INFOINT_DB                 the class store as its OWNER (admin) URL, e.g.
                           postgresql+psycopg://infoint:pw@db/infoint. Only the hub uses it:
                           before each server starts, the hub migrates the schema and gives
                           the user a PostgreSQL login role of their own (row-level security:
                           own rows only) with a fresh random password; the server gets only
                           that URL. The owner needs CREATEROLE. A sqlite:/// URL is for
                           try-outs only (no roles: every server gets the file's URL)
INFOINT_INSTRUCTORS        comma-separated usernames put in the hub group "instructors";
                           members' servers also get INFOINT_CLASS_DB, a class-reading role
                           (shared reflections only). Membership is the hub's decision
                           (this list or the admin page), never a server's environment
INFOINT_INSTRUCTOR_LAB     "1": instructors' servers are full Jupyter servers (JupyterLab for
                           the analysis notebook). Default: Voila-only like everyone's
INFOINT_HUB_STATE          folder for the hub's database, cookie secret and pid file
INFOINT_HUB_PORT           public port of the proxy (default 8000), bound to INFOINT_HUB_IP
INFOINT_HUB_IP             address the proxy listens on (default 127.0.0.1)
INFOINT_HUB_API_PORT       the hub's own port (default 8081, loopback only)
INFOINT_PROXY_API_PORT     the proxy's REST API port (default 8001, loopback only)
INFOINT_HUB_PASSWORD       set it to use DummyAuthenticator (tests and try-outs only)
INFOINT_HUB_USERS          comma-separated usernames allowed in (default: anyone who logs in)
=========================  ===================================================================

Learners' servers are Voila-only (:mod:`infoint.voila_only`): no JupyterLab, terminals,
contents API or new kernels, and the page's kernel takes comm messages only.

The notebooks, voila.json and Voila template served are those of the infoint installed
with JupyterHub (``infoint.locations``: a wheel's copies, or an editable checkout's own).

Run: ``jupyterhub -f deploy/jupyterhub/jupyterhub_config.py`` (needs ``configurable-http-proxy``
from npm on PATH).
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from infoint import locations
from infoint.access import prepare_server
from infoint.serve import CULL_IDLE_SECONDS, CULL_INTERVAL_SECONDS, WEBSOCKET_MAX_BYTES
from infoint.voila_only import server_args

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
OWNER_DB = os.environ.get("INFOINT_DB", "")
INSTRUCTOR_GROUP = "instructors"
INSTRUCTOR_LAB = os.environ.get("INFOINT_INSTRUCTOR_LAB", "") == "1"

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
# The instructor role is membership of this hub group: seeded from INFOINT_INSTRUCTORS,
# changeable on the hub's admin page; a server cannot change it.
c.JupyterHub.load_groups = {INSTRUCTOR_GROUP: {"users": sorted(INSTRUCTORS)}}

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
COMMON_ARGS = [
    # A kernel with no page connected is freed quickly (a closed tab, a crashed browser);
    # a page left open keeps its kernel however long the learner thinks (cull_connected
    # off). The same numbers as standalone `infoint serve`.
    f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
    f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
    "--MappingKernelManager.cull_connected=False",
    # Kernels that import the learner's store while they boot, as `infoint serve` starts
    # them (infoint.kernel); Voila inside Jupyter Server uses the server's spec manager.
    "--ServerApp.kernel_spec_manager_class=infoint.kernel.WarmKernelSpecManager",
    # Inside Jupyter Server, Voila points pages at MathJax on cdnjs unless the server sets
    # mathjax_url and mathjax_config; standalone Voila sets None, which loads nothing.
    # Tornado closes a websocket over 10 MiB before any Python check runs: carry the
    # importer's whole limit so a too-big file gets the importer's message.
    "--ServerApp.tornado_settings="
    + repr({"mathjax_url": None, "mathjax_config": None,
            "websocket_max_message_size": WEBSOCKET_MAX_BYTES}),
]
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # CI and containers run as root; Jupyter Server refuses root without this flag.
    COMMON_ARGS.append("--allow-root")
# Voila-only unless the hook below decides otherwise: a server started without the hook
# is locked down, not open.
c.Spawner.args = [*COMMON_ARGS, *server_args()]
# Config in a user's ~/.jupyter could undo the lockdown.
c.Spawner.disable_user_config = True

# JUPYTERHUB_USER is set by the hub in every server's environment: it is the learner id
# the store stamps on every row. The store URL is added per user by the hook below.
c.Spawner.environment = {
    # Voila's server extension reads voila.json from here ...
    "JUPYTER_CONFIG_PATH": str(locations.voila_config_dir()),
    # ... and finds voila.json's "infoint" template (lab without CDN requests) here.
    "JUPYTER_PATH": os.pathsep.join(
        [str(locations.jupyter_data_dir()), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    ),
    "MPLBACKEND": "Agg",
    "INFOINT_ROLE": "learner",
}


def _is_instructor(spawner) -> bool:
    return any(group.name == INSTRUCTOR_GROUP for group in spawner.user.groups)


async def _prepare(spawner) -> None:
    """Give this user's server its own database credentials and role, decided here.

    The owner URL never leaves the hub. On PostgreSQL the server gets a login role that
    row-level security limits to the user's own rows, with a password made for this start;
    instructors also get a class-reading role (INFOINT_CLASS_DB).
    """
    instructor = _is_instructor(spawner)
    env = {**spawner.environment, "INFOINT_ROLE": "instructor" if instructor else "learner"}
    for name in ("INFOINT_DB", "INFOINT_CLASS_DB"):
        env.pop(name, None)
    if OWNER_DB:
        creds = await asyncio.to_thread(
            prepare_server, OWNER_DB, spawner.user.name, instructor=instructor
        )
        env.update(creds.environment())
    spawner.environment = env
    if instructor and INSTRUCTOR_LAB:
        spawner.args = list(COMMON_ARGS)


c.Spawner.pre_spawn_hook = _prepare

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
