"""A class on JupyterHub: N learners log in and walk the workshop at the same time.

Starts JupyterHub on loopback with the repository's config (deploy/jupyterhub/
jupyterhub_config.py), a temp state folder, the dummy authenticator (INFOINT_HUB_PASSWORD)
and a class store (a temp SQLite file, or PostgreSQL with ``--db URL``). Each learner is a
LIGHT client (tests/bench/kernel_client.py): it logs in over HTTP, which spawns their server
and renders the landing page, then renders the workshop page, opens its kernel websocket,
fetches the widget states as ipywidgets' frontend does, and walks the six steps by
clicking the step bar, saving something real in each (profile, a contact, a draft, a plan,
a reflection). No browser per learner, so the two cores measure the server, not Chromium;
``--browser`` adds one Chromium page's time to widgets on the loaded hub, separately.

Printed per class size: login (spawn + landing) time, server-side time to widgets (page
request to widget states received), step-switch and save latency p50/p90 (click to kernel
idle, every update sent), memory per learner (RSS of their single-user server and all its
children, kernels included), kernels alive, and errors.

    .venv/bin/python tests/bench/bench_hub_capacity.py [--learners 1,10,30] [--quick]
        [--db postgresql+psycopg://...] [--browser] [--budget 1200]

What it assumes of the hub config (its environment-variable interface): INFOINT_DB,
INFOINT_REPO, INFOINT_HUB_STATE, INFOINT_HUB_PORT, INFOINT_HUB_API_PORT,
INFOINT_PROXY_API_PORT, INFOINT_HUB_PASSWORD (dummy logins), INFOINT_HUB_USERS; that
``/hub/login`` takes ``username``/``password`` with the form's ``_xsrf``; that the learner's
server serves Voilà pages at ``/user/<name>/voila/render/<notebook>`` with the kernel
websocket at ``<baseUrl>api/kernels/<id>/channels``; and that ``configurable-http-proxy``
is on PATH. Anything else a newer config needs can be passed as ``--env NAME=VALUE``.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from infoint.kernel import is_kernel_command  # noqa: E402
from tests.bench.kernel_client import KernelPage, render  # noqa: E402
from tests.browser.voila_server import free_port  # noqa: E402

CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
PASSWORD = "bench-" + uuid.uuid4().hex[:8]
RUN = uuid.uuid4().hex[:5]
HUB_START_SECONDS = 90
LOGIN_SECONDS = 300


@dataclass
class Learner:
    name: str
    login: float = 0.0
    widgets: float = 0.0  # workshop page request -> widget states received
    html: float = 0.0  # workshop page request -> last byte (every cell executed)
    first_visits: list[float] = field(default_factory=list)  # a step's app built
    switches: list[float] = field(default_factory=list)  # back to a built step: refresh
    saves: list[float] = field(default_factory=list)
    unconfirmed: int = 0
    error: str = ""


# -- the hub ---------------------------------------------------------------------------------

class Hub:
    def __init__(self, db_url: str, users: list[str], extra_env: dict[str, str]) -> None:
        self.state = Path(tempfile.mkdtemp(prefix="infoint-bench-hub-"))
        self.db_url = db_url or f"sqlite:///{self.state / 'class.db'}"
        self.users = users
        self.port = free_port()
        self.extra_env = extra_env
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        if not shutil.which("configurable-http-proxy"):
            sys.exit("configurable-http-proxy not on PATH: "
                     "npm install -g configurable-http-proxy@5")
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("JUPYTERHUB_", "INFOINT_LEARNER", "INFOINT_ROLE"))}
        env.update(
            INFOINT_DB=self.db_url, INFOINT_REPO=str(ROOT), INFOINT_HUB_STATE=str(self.state),
            INFOINT_HUB_PORT=str(self.port), INFOINT_HUB_API_PORT=str(free_port()),
            INFOINT_PROXY_API_PORT=str(free_port()), INFOINT_HUB_PASSWORD=PASSWORD,
            INFOINT_HUB_USERS=",".join(self.users),
            PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '')}",
            **self.extra_env,
        )
        self.log = open(self.state / "hub.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)],
                                     cwd=self.state, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + HUB_START_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"jupyterhub exited early: {self.tail()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.base}/hub/api", timeout=2).status_code == 200:
                    return
            time.sleep(0.3)
        self.stop()
        sys.exit(f"jupyterhub not up within {HUB_START_SECONDS} s: {self.tail()}")

    def tail(self) -> str:
        return (self.state / "hub.log").read_text(errors="replace")[-2000:]

    def servers(self) -> dict[str, list[psutil.Process]]:
        """Each learner's processes: the single-user server and everything under it."""
        found: dict[str, list[psutil.Process]] = {}
        if self.proc is None:
            return found
        for child in psutil.Process(self.proc.pid).children(recursive=False):
            try:
                user = child.environ().get("JUPYTERHUB_USER")
                if user:
                    found[user] = [child, *child.children(recursive=True)]
            except psutil.Error:
                continue
        return found

    def stop(self) -> None:
        if self.proc is None:
            return
        children = []
        with contextlib.suppress(psutil.Error):
            children = psutil.Process(self.proc.pid).children(recursive=True)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops its proxy and servers
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        for child in children:  # servers live in their own sessions: end any left over
            with contextlib.suppress(psutil.Error):
                if child.is_running():
                    child.kill()
        self.log.close()
        keep = ROOT / "test-artifacts" / f"bench-hub-{RUN}-{len(self.users)}.log"
        keep.parent.mkdir(exist_ok=True)
        with contextlib.suppress(OSError):
            shutil.copy(self.state / "hub.log", keep)  # spawn failures are explained here
        shutil.rmtree(self.state, ignore_errors=True)
        self.proc = None


def is_kernel(proc: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return is_kernel_command(proc.cmdline())
    return False


# -- one learner -----------------------------------------------------------------------------

XSRF_RE = re.compile(r'name="_xsrf"\s+value="([^"]+)"')


def login(hub: Hub, user: str) -> requests.Session:
    """Log in through the hub's form; following its redirects spawns the learner's server
    and renders the landing page, as a browser's login does."""
    http = requests.Session()
    form = http.get(f"{hub.base}/hub/login", timeout=30)
    match = XSRF_RE.search(form.text)
    data = {"username": user, "password": PASSWORD}
    if match:
        data["_xsrf"] = match.group(1)
    resp = http.post(f"{hub.base}/hub/login?next=", data=data, timeout=LOGIN_SECONDS)
    deadline = time.monotonic() + LOGIN_SECONDS
    # A slow spawn parks the browser on /hub/spawn-pending/<user>: poll until it is up.
    while f"/user/{user}/" not in resp.url and time.monotonic() < deadline:
        time.sleep(1.0)
        resp = http.get(f"{hub.base}/user/{user}/", timeout=LOGIN_SECONDS)
    resp.raise_for_status()
    if f"/user/{user}/" not in resp.url:
        raise RuntimeError(f"login did not reach the server: {resp.url}")
    return http


STEP_ACTIONS: list[tuple[str, dict[str, object], str]] = [
    # (button to click after setting the values, {widget css: value, or a dict of synced
    # state such as a toggle's index}, the step's notice)
    ("infoint-profile-save", {"infoint-profile-name": "Bench Learner",
                              "infoint-profile-fields": "nursing"}, "infoint-profile-notice"),
    ("infoint-contacts-quick-add", {"infoint-contacts-quick-name": "Dana Bench"},
     "infoint-contacts-notice"),
    ("infoint-outreach-save", {}, "infoint-outreach-save-notice"),
    ("infoint-prepare-suggest", {}, "infoint-prepare-notice"),
    ("infoint-reflect-save", {"infoint-reflect-field": "nursing",
                              "infoint-reflect-surprises": "Long shifts, kind people.",
                              # the tone starts unchosen and a save needs one
                              "infoint-reflect-tone": {"index": 0}},
     "infoint-reflect-notice"),
    ("infoint-journey-refresh", {}, "infoint-journey-notice"),
]


async def walk(hub: Hub, learner: Learner, rounds: int) -> KernelPage | None:
    started = time.perf_counter()
    http = await asyncio.to_thread(login, hub, learner.name)
    learner.login = time.perf_counter() - started
    started = time.perf_counter()
    url = f"{hub.base}/user/{learner.name}/voila/render/workshop.ipynb"
    rendered = await asyncio.to_thread(render, http, url)
    learner.html = rendered.html_seconds
    page = await KernelPage.connect(hub.base, rendered, cookies=http.cookies.get_dict())
    await page.load_widgets()
    learner.widgets = time.perf_counter() - started
    for round_ in range(rounds):
        for i, (save, values, notice) in enumerate(STEP_ACTIONS):
            if round_ or i:  # the page opens on step 0
                took = await page.click(page.find(f"infoint-workshop-step-{i}", "ButtonModel"))
                (learner.switches if round_ else learner.first_visits).append(took)
            if round_:
                continue  # save once per step; later rounds measure warm switches
            for css, value in values.items():
                state = value if isinstance(value, dict) else {"value": value}
                try:
                    model = await page.wait_for(css)
                except LookupError:
                    raise LookupError(f"step {i}: no widget with class {css!r}; the page "
                                      f"says: {page.problems()}") from None
                await page.set_value(model, **state)
            took = await page.click(await page.wait_for(save, "ButtonModel"))
            if i < 5:  # the journey's Refresh is not a save
                learner.saves.append(took)
            text = page.text(notice) if page.has(notice) else ""
            if "ii-error" in text:
                raise RuntimeError(f"step {i} refused the save: {text[:200]}")
            if i < 5 and "ii-success" not in text and "ii-info" not in text:
                learner.unconfirmed += 1
    return page


async def learner_task(hub: Hub, learner: Learner, rounds: int,
                       pages: list[KernelPage], delay: float = 0.0,
                       budget: float = 1200.0) -> None:
    await asyncio.sleep(delay)
    try:
        page = await asyncio.wait_for(walk(hub, learner, rounds), timeout=budget)
        if page is not None:
            pages.append(page)  # left open: the learner is still on the page
    except Exception as error:  # one learner's failure is a figure, not the end of the run
        learner.error = f"{type(error).__name__}: {error}"[:300]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def run_class(size: int, args: argparse.Namespace, extra_env: dict[str, str]) -> dict:
    users = [f"bench{RUN}x{i:02d}" for i in range(size)]
    observer = f"bench{RUN}obs"  # a fresh learner for the one Chromium page
    hub = Hub(args.db, [*users, observer], extra_env)
    hub.start()
    learners = [Learner(u) for u in users]
    pages: list[KernelPage] = []
    # Logins and page loads are blocking HTTP calls run in threads: one thread per learner,
    # or the default pool (a handful of threads) would queue the class behind it.
    asyncio.get_running_loop().set_default_executor(
        concurrent.futures.ThreadPoolExecutor(max_workers=size + 2))
    browser_seconds = float("nan")
    try:
        started = time.perf_counter()
        await asyncio.wait_for(
            asyncio.gather(*(learner_task(hub, lr, args.rounds, pages,
                                          delay=args.arrive_over * i / size,
                                          budget=args.budget)
                             for i, lr in enumerate(learners))),
            timeout=args.budget + args.arrive_over + 60)
        wall = time.perf_counter() - started
        procs = hub.servers()
        rss = {u: sum(p.memory_info().rss for p in ps if p.is_running()) / 2**20
               for u, ps in procs.items()}
        kernel_rss = [p.memory_info().rss / 2**20 for ps in procs.values() for p in ps
                      if p.is_running() and is_kernel(p)]
        kernels = {u: sum(1 for p in ps if is_kernel(p)) for u, ps in procs.items()}
        if args.browser:
            browser_seconds = await asyncio.to_thread(chromium_figure, hub, observer)
        for page in pages:
            await page.close()
    finally:
        hub.stop()
    return {"size": size, "learners": learners, "wall": wall, "rss": rss,
            "kernel_rss": kernel_rss,
            "kernels": kernels, "browser": browser_seconds}


def chromium_figure(hub: Hub, user: str) -> float:
    """One Chromium page on the loaded hub (every learner's page still open): a fresh
    learner logs in, then opens the workshop; seconds until its first step shows."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{hub.base}/hub/login", timeout=120_000)
        page.fill("#username_input", user)
        page.fill("#password_input", PASSWORD)
        page.click("#login_submit")
        page.wait_for_url(f"**/user/{user}/**", timeout=120_000)
        started = time.perf_counter()
        page.goto(f"{hub.base}/user/{user}/voila/render/workshop.ipynb", timeout=120_000)
        page.wait_for_selector(".infoint-workshop-stage .infoint-app", state="visible",
                               timeout=120_000)
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def report(result: dict) -> None:
    learners: list[Learner] = result["learners"]
    ok = [lr for lr in learners if not lr.error]
    switches = [t for lr in ok for t in lr.switches]
    saves = [t for lr in ok for t in lr.saves]
    rss = list(result["rss"].values())
    kernels = sum(result["kernels"].values())
    print(f"\n== {result['size']} learner(s) at once: {len(ok)} walked the workshop, "
          f"{len(learners) - len(ok)} failed, wall {result['wall']:.1f} s")
    rows = [
        ("login: spawn + landing s", [lr.login for lr in ok]),
        ("workshop page, cells run s", [lr.html for lr in ok]),
        ("time to widgets s", [lr.widgets for lr in ok]),
        ("first visit of a step s", [t for lr in ok for t in lr.first_visits]),
        ("step switch (warm) s", switches),
        ("save s", saves),
    ]
    print(f"{'':28} {'p50':>7} {'p90':>7} {'max':>7} {'n':>4}")
    for label, values in rows:
        top = max(values) if values else float("nan")
        print(f"{label:28} {pct(values, 50):7.3f} {pct(values, 90):7.3f} {top:7.3f} "
              f"{len(values):4d}")
    if rss:
        print(f"memory per learner (server + kernels): mean {statistics.mean(rss):.0f} MB, "
              f"max {max(rss):.0f} MB, total {sum(rss):.0f} MB")
    if result["kernel_rss"]:
        ks = sorted(result["kernel_rss"])
        print(f"  of which kernels: {len(ks)}, {min(ks):.0f} to {max(ks):.0f} MB each "
              f"(total {sum(ks):.0f} MB)")
    print(f"kernels alive: {kernels} ({kernels / max(len(result['kernels']), 1):.1f} per "
          "learner: the landing page's and the workshop's)")
    unconfirmed = sum(lr.unconfirmed for lr in ok)
    if unconfirmed:
        print(f"saves without a confirmation notice: {unconfirmed}")
    for lr in learners:
        if lr.error:
            print(f"  {lr.name}: {lr.error}")
    if result["browser"] == result["browser"]:  # not NaN
        print(f"Chromium, a fresh learner's page on the loaded hub: workshop to widgets "
              f"{result['browser']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", default="1,10,30",
                        help="class sizes to run, comma-separated (default 1,10,30)")
    parser.add_argument("--quick", action="store_true",
                        help="class sizes 1 and 3 (the walk is the same)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="walks through the six steps per learner; the first builds "
                        "each step and saves in it, later ones measure warm switches")
    parser.add_argument("--arrive-over", type=float, default=0.0,
                        help="spread the logins evenly over this many seconds (default 0: "
                        "everyone at once)")
    parser.add_argument("--db", default="", help="class store URL (default: temp SQLite)")
    parser.add_argument("--browser", action="store_true",
                        help="also time one Chromium page on the loaded hub")
    parser.add_argument("--budget", type=float, default=1200.0,
                        help="seconds allowed per class size")
    parser.add_argument("--env", action="append", default=[],
                        help="NAME=VALUE passed to the hub (for settings a newer config needs)")
    args = parser.parse_args()
    sizes = [1, 3] if args.quick else [int(n) for n in args.learners.split(",") if n.strip()]
    if any(n < 1 or n > 60 for n in sizes):
        sys.exit("class sizes must be between 1 and 60 on one machine")
    extra_env = dict(item.split("=", 1) for item in args.env)
    cpu = psutil.cpu_count()
    mem = psutil.virtual_memory().total / 2**30
    print(f"JupyterHub on loopback, {cpu} CPU cores, {mem:.0f} GB RAM; store: "
          f"{args.db.split('@')[-1] if args.db else 'temp SQLite'}; {args.rounds} walk(s) "
          "of the six steps per learner, one save per step; logins spread over "
          f"{args.arrive_over:.0f} s")
    for size in sizes:
        report(asyncio.run(run_class(size, args, extra_env)))


if __name__ == "__main__":
    main()
