"""A real JupyterHub: two learners save reflections through the app, the instructor sees both.

Starts JupyterHub with deploy/jupyterhub/jupyterhub_config.py exactly as documented (npm's
configurable-http-proxy, SimpleLocalProcessSpawner, DummyAuthenticator, loopback only,
free ports, a temp dir for the hub's state). The class store is PostgreSQL when
INFOINT_TEST_POSTGRES is set (CI), else a shared SQLite file. Chromium logs in as each
user through the proxy and drives the Voila pages.

Checks: every row a learner saves carries their JUPYTERHUB_USER; each learner's pages
show only their own reflection; a learner is refused the class dashboard; the instructor's
dashboard shows both shared reflections (in fields with 5 learners, the rest seeded
directly) and no contact detail of anyone.

The F2 attacks, replayed on a learner's server: ``/lab``, ``/tree``, terminals, the
contents API and new kernels are refused; an ``execute_request`` sent over the page's own
kernel websocket gets no answer (a ``kernel_info_request`` on the same socket does); the
server's environment holds no owner URL, and its database credentials (read from the
process, the most a learner could ever get) return that learner's rows only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psutil
import pytest
import requests
from sqlalchemy import create_engine, delete, select, text

from infoint import access, kernel, schema
from infoint.kernel import is_kernel_command
from infoint.model import Contact, Reflection
from infoint.store import Store
from tests.browser.voila_server import free_port

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "deploy" / "jupyterhub" / "jupyterhub_config.py"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
POSTGRES_URL = os.environ.get("INFOINT_TEST_POSTGRES", "")
CHROMIUM = os.environ.get("INFOINT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
PASSWORD = "workshop-" + uuid.uuid4().hex[:8]
HUB_START_SECONDS = 60
PAGE_MS = 120_000
RUN = uuid.uuid4().hex[:6]
FIELDS = {"alice": "teaching", "bob": "nursing and health care"}


def _need(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if path:
        return path
    message = f"{tool} not found on PATH: {hint}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def _seed_class(url: str, users: dict[str, str]) -> dict[str, list[str]]:
    """Contacts with unmistakable details for everyone, and 4 more sharing learners per
    field so each field reaches the dashboard's five-learner threshold."""
    secrets: list[str] = []
    seeded: list[str] = []
    for who, lid in users.items():
        store = Store.open(url, learner_id=lid)
        name, email = f"Secretcontact {who.title()}{RUN}", f"secret.{who}.{RUN}@private.example"
        store.add_contacts([Contact(name=name, email=email, phone="+1 555 0142",
                                    organisation=f"Hidden Org {RUN}", field=FIELDS.get(who, ""),
                                    notes=f"private note {RUN}")])
        secrets += [name, email, f"Hidden Org {RUN}", f"private note {RUN}"]
    for fld in FIELDS.values():
        for i in range(4):
            lid = f"seed{RUN}-{fld.split()[0]}-{i}"
            store = Store.open(url, learner_id=lid)
            name = f"Seedcontact {i} {RUN}"
            (c,) = store.add_contacts([Contact(name=name, email=f"seed{i}.{RUN}@private.example",
                                               field=fld, status="met")])
            store.save_reflection(Reflection(field=fld, met_on=date.today(), contact_id=c.id,
                                             surprises="The paperwork, honestly.",
                                             ratings={"daily work": 3, "lifestyle": 4},
                                             consent=True))
            secrets += [name, f"seed{i}.{RUN}@private.example"]
            seeded.append(lid)
    return {"secrets": secrets, "seeded": seeded}


def _cleanup_store(url: str, learner_ids: list[str]) -> None:
    engine = Store.open(url, learner_id="hub-test-cleanup").engine
    with engine.begin() as conn:
        for table in (schema.reflections, schema.meetings, schema.plans, schema.contact_events,
                      schema.outreach, schema.app_state, schema.contacts, schema.learners):
            conn.execute(delete(table).where(table.c.learner_id.in_(learner_ids)))
        if engine.dialect.name != "postgresql":
            return
        # The roles the hub made for this run's users (they outlive the database rows).
        for lid in learner_ids:
            for role in (access.learner_role(lid), access.instructor_role(lid)):
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": role}).first():
                    conn.exec_driver_sql(f"DROP OWNED BY {role}")
                    conn.exec_driver_sql(f"DROP ROLE {role}")


def _descendants(pid: int) -> list:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Iterator[dict]:
    _need("configurable-http-proxy", "npm install -g configurable-http-proxy@5")
    if not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail(f"Chromium not found at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    state = tmp_path_factory.mktemp("hub")
    db_url = POSTGRES_URL or f"sqlite:///{state / 'class.db'}"
    users = {"alice": f"alice{RUN}", "bob": f"bob{RUN}", "instructor": f"teach{RUN}"}
    seeded = _seed_class(db_url, {"alice": users["alice"], "bob": users["bob"]})
    port, api_port, proxy_api = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JUPYTERHUB_", "INFOINT_LEARNER", "INFOINT_ROLE"))}
    env.update(
        INFOINT_DB=db_url,
        INFOINT_REPO=str(REPO),
        INFOINT_HUB_STATE=str(state),
        INFOINT_HUB_PORT=str(port),
        INFOINT_HUB_API_PORT=str(api_port),
        INFOINT_PROXY_API_PORT=str(proxy_api),
        INFOINT_HUB_PASSWORD=PASSWORD,
        INFOINT_INSTRUCTORS=users["instructor"],
        INFOINT_HUB_USERS=",".join(users.values()),
        PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '')}",
    )
    log_path = REPO / "test-artifacts" / f"jupyterhub-{RUN}.log"
    log_path.parent.mkdir(exist_ok=True)
    log = open(log_path, "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)],
        cwd=state, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    children: list = []
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jupyterhub exited early; see {log_path}")
            try:
                if requests.get(f"{base}/hub/api", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() - started > HUB_START_SECONDS:
                raise RuntimeError(f"jupyterhub not up within {HUB_START_SECONDS} s; "
                                   f"see {log_path}")
            time.sleep(0.3)
        yield {"base": base, "users": users, "db": db_url, "log": log_path,
               "hub_start_seconds": time.monotonic() - started, "ports": (port, api_port,
                                                                          proxy_api), **seeded}
    finally:
        children = _descendants(proc.pid)
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the hub stops its proxy and users' servers
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for child in children:  # servers live in their own sessions: end any left over
            try:
                if child.is_running():
                    child.kill()
            except Exception:
                pass
        log.close()
        _cleanup_store(db_url, [*users.values(), *seeded["seeded"]])


@pytest.fixture(scope="module")
def chromium_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def _login(browser, hub: dict, who: str):
    """A fresh browser context logged in as ``who``, with that user's server running."""
    user = hub["users"][who]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{hub['base']}/hub/login", timeout=PAGE_MS)
    page.fill("#username_input", user)
    page.fill("#password_input", PASSWORD)
    page.click("#login_submit")
    # The hub spawns the server and sends the learner to the landing page in Voila.
    page.wait_for_url(f"**/user/{user}/voila/render/index.ipynb", timeout=PAGE_MS)
    page.wait_for_selector("text=Find contacts", timeout=PAGE_MS)
    page.dialogs = dialogs  # type: ignore[attr-defined]
    return context, page


def _render(hub: dict, who: str, notebook: str) -> str:
    return f"{hub['base']}/user/{hub['users'][who]}/voila/render/{notebook}"


def _save_reflection(page, hub: dict, who: str) -> str:
    from playwright.sync_api import expect

    from tests.browser.pages import click, fill, open_app, toggle

    marker = f"{who} was surprised {RUN}"
    open_app(page, _render(hub, who, "04-reflect-on-fit.ipynb"), "infoint-reflect")
    fill(page, "infoint-reflect-field", FIELDS[who])
    fill(page, "infoint-reflect-surprises", marker)
    fill(page, "infoint-reflect-learned-advice", "Talk to three more people.")
    toggle(page, "infoint-reflect-rating-daily-work", "4")
    toggle(page, "infoint-reflect-tone", "Positive")  # starts unchosen; saving needs it
    page.locator(".infoint-reflect-consent input[type=checkbox]").check()
    click(page, "infoint-reflect-save")
    expect(page.locator(".infoint-reflect-notice")).to_contain_text("saved", timeout=30_000)
    return marker


@pytest.mark.slow
def test_two_learners_and_an_instructor_on_jupyterhub(hub, chromium_browser):
    browser = chromium_browser
    from playwright.sync_api import expect

    from tests.browser.pages import open_app

    markers = {}
    pages = {}
    for who in ("alice", "bob"):
        context, page = _login(browser, hub, who)
        pages[who] = (context, page)
        markers[who] = _save_reflection(page, hub, who)

    # The store: each reflection carries the JUPYTERHUB_USER of whoever saved it.
    engine = Store.open(hub["db"], learner_id="hub-test-reader").engine
    t = schema.reflections
    with engine.connect() as conn:
        for who, marker in markers.items():
            owners = conn.execute(select(t.c.learner_id).where(t.c.surprises == marker)).all()
            assert [r.learner_id for r in owners] == [hub["users"][who]], who
            assert conn.execute(select(t.c.consent).where(t.c.surprises == marker)).scalar()

    # Each learner's own pages show their reflection and never the other's.
    for who, other in (("alice", "bob"), ("bob", "alice")):
        _, page = pages[who]
        open_app(page, _render(hub, who, "05-my-journey.ipynb"), "infoint-journey")
        per_field = page.locator(".infoint-journey-per-field")
        expect(per_field).to_contain_text(FIELDS[who], timeout=30_000)
        assert FIELDS[other] not in per_field.inner_text()
        open_app(page, _render(hub, who, "04-reflect-on-fit.ipynb"), "infoint-reflect")
        options = [o.replace("\xa0", " ") for o in
                   page.locator(".infoint-reflect-open select option").all_inner_texts()]
        assert any(FIELDS[who] in o for o in options), options
        assert not any(FIELDS[other] in o for o in options), options
        assert markers[other] not in page.content()
        # A learner is refused the class view: the role comes from the hub, not the page.
        open_app(page, _render(hub, who, "class-dashboard.ipynb"), "infoint-dashboard")
        expect(page.locator(".infoint-dashboard-notice")).to_contain_text("for instructors")
        html = page.content()
        assert markers[other] not in html and "Pipeline" not in html
        assert not page.dialogs  # type: ignore[attr-defined]

    # The instructor sees both shared reflections, in aggregate, and no contact details.
    context, page = _login(browser, hub, "instructor")
    open_app(page, _render(hub, "instructor", "class-dashboard.ipynb"), "infoint-dashboard")
    surprises = page.locator(".infoint-dashboard-surprises")
    expect(surprises).to_contain_text(markers["alice"], timeout=30_000)
    expect(surprises).to_contain_text(markers["bob"])
    expect(page.locator(".infoint-dashboard-heatmap img")).to_be_visible()
    html = page.content()
    for field in FIELDS.values():
        assert field in html
    for secret in hub["secrets"]:
        assert secret not in html, secret
    assert "+1 555 0142" not in html
    ARTIFACTS = REPO / "test-artifacts"
    page.screenshot(path=str(ARTIFACTS / "hub-instructor-dashboard.png"), full_page=True)
    for ctx, _ in pages.values():
        ctx.close()
    context.close()


def test_hub_and_proxy_listen_on_loopback_only(hub):
    ports = set(hub["ports"])
    seen = {}
    for conn in psutil.net_connections(kind="tcp"):
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port in ports:
            seen[conn.laddr.port] = conn.laddr.ip
    assert set(seen) == ports, seen
    assert all(ip in {"127.0.0.1", "::1"} for ip in seen.values()), seen
    assert hub["hub_start_seconds"] <= HUB_START_SECONDS


# -- F2: a learner's server is Voila only ----------------------------------------------

def _server_process(hub: dict, who: str) -> tuple[psutil.Process, dict[str, str]]:
    """``who``'s single-user server and its environment, read from /proc as root can."""
    user = hub["users"][who]
    for proc in psutil.process_iter(["cmdline"]):
        try:
            if "jupyterhub.singleuser" not in " ".join(proc.info["cmdline"] or []):
                continue
            env = proc.environ()
        except psutil.Error:
            continue
        if env.get("JUPYTERHUB_USER") == user:
            return proc, env
    raise AssertionError(f"no running server for {user}")


def _server_environ(hub: dict, who: str) -> dict[str, str]:
    return _server_process(hub, who)[1]


def _server_url(hub: dict, who: str, path: str) -> str:
    return f"{hub['base']}/user/{hub['users'][who]}/{path.lstrip('/')}"


def _xsrf_headers(context) -> dict[str, str]:
    token = next((c["value"] for c in context.cookies() if c["name"] == "_xsrf"), "")
    return {"X-XSRFToken": token} if token else {}


@pytest.fixture(scope="module")
def alice_page(hub, chromium_browser):
    context, page = _login(chromium_browser, hub, "alice")
    yield context, page
    context.close()


@pytest.mark.slow
def test_a_learner_server_refuses_lab_terminals_contents_and_new_kernels(hub, alice_page):
    context, _page = alice_page
    api = context.request
    headers = _xsrf_headers(context)
    for path in ("lab", "lab/tree/01-find-contacts.ipynb", "tree", "terminals/1",
                 "notebooks/01-find-contacts.ipynb", "edit/voila.json"):
        status = api.get(_server_url(hub, "alice", path), max_redirects=0).status
        assert status in {403, 404}, (path, status)
    refused = [
        ("get", "api/contents/01-find-contacts.ipynb"),
        ("put", "api/contents/evil.ipynb"),
        ("get", "api/terminals"),
        ("post", "api/terminals"),
        ("post", "api/kernels"),
        ("post", "api/sessions"),
        ("get", "api/sessions"),
        ("get", "files/01-find-contacts.ipynb"),
        ("get", "nbconvert/html/01-find-contacts.ipynb"),
        ("put", "api/config/notebook"),
    ]
    kernels_before = api.get(_server_url(hub, "alice", "api/kernels")).json()
    for method, path in refused:
        response = getattr(api, method)(_server_url(hub, "alice", path), headers=headers,
                                        data="{}" if method != "get" else None)
        assert response.status in {403, 404}, (method, path, response.status)
    kernels_after = api.get(_server_url(hub, "alice", "api/kernels")).json()
    assert len(kernels_after) == len(kernels_before), "a new kernel was started"
    # The 403s are the authorizer's, not a missing XSRF token: it logged each refusal.
    log = hub["log"].read_text(errors="replace")
    assert "infoint: refused write on kernels (POST" in log
    assert "infoint: refused read on contents (GET" in log


KERNEL_PROBE = """
async ([serverPath, code]) => {
  const config = JSON.parse(document.getElementById('jupyter-config-data').textContent);
  const url = `ws://${location.host}${serverPath}api/kernels/${config.kernelId}/channels` +
              `?session_id=${crypto.randomUUID()}`;
  const ws = new WebSocket(url);
  const seen = [];
  await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
  ws.onmessage = (event) => {
    const msg = JSON.parse(event.data);
    seen.push({type: msg.header.msg_type, parent: msg.parent_header.msg_id || '',
               text: JSON.stringify(msg.content)});
  };
  const send = (type, content) => {
    const id = crypto.randomUUID();
    ws.send(JSON.stringify({channel: 'shell', header: {msg_id: id, msg_type: type,
      username: 'x', session: 'x', date: new Date().toISOString(), version: '5.3'},
      parent_header: {}, metadata: {}, content: content, buffers: []}));
    return id;
  };
  const info = send('kernel_info_request', {});
  const exec = send('execute_request', {code: code, silent: false, store_history: false,
    user_expressions: {}, allow_stdin: false, stop_on_error: true});
  await new Promise((ok) => setTimeout(ok, 6000));
  ws.close();
  return {info: seen.filter((m) => m.parent === info).map((m) => m.type),
          exec: seen.filter((m) => m.parent === exec), all: seen.map((m) => m.text)};
}
"""


@pytest.mark.slow
def test_execute_request_on_the_pages_own_kernel_is_refused(hub, alice_page):
    _context, page = alice_page
    from tests.browser.pages import open_app

    open_app(page, _render(hub, "alice", "01-find-contacts.ipynb"), "infoint-contacts")
    server_path = f"/user/{hub['users']['alice']}/"
    marker = f"EXECUTED-{RUN}"
    code = f"import os; print('{marker}', os.environ.get('INFOINT_DB'))"
    result = page.evaluate(KERNEL_PROBE, [server_path, code])
    # The socket works and the kernel answers what Voila allows ...
    assert "kernel_info_reply" in result["info"], result
    # ... but the execute_request never reached it: no reply, no output, no marker.
    assert result["exec"] == [], result["exec"]
    assert not any(marker in text for text in result["all"])
    assert 'Received message of type "execute_request", which is not allowed' in \
        hub["log"].read_text(errors="replace")


@pytest.mark.slow
def test_a_learners_pages_run_on_the_kernel_that_imports_the_store_early(hub, alice_page):
    _context, page = alice_page
    from tests.browser.pages import open_app

    open_app(page, _render(hub, "alice", "05-my-journey.ipynb"), "infoint-journey")
    server, _env = _server_process(hub, "alice")
    commands = []
    for child in server.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if is_kernel_command(child.cmdline()):
                commands.append(child.cmdline())
    # Voila inside the learner's Jupyter Server starts kernels with the server's spec
    # manager, set by the hub config: infoint.kernel, as `infoint serve` does.
    assert commands, "no kernel for the page"
    assert all(kernel.MODULE in command for command in commands), commands


@pytest.mark.slow
def test_a_learner_server_holds_only_its_own_database_credentials(hub, alice_page,
                                                                   chromium_browser):
    if not POSTGRES_URL:
        message = "row-level security needs PostgreSQL: set INFOINT_TEST_POSTGRES"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    from sqlalchemy.engine import make_url

    env = _server_environ(hub, "alice")
    owner = make_url(hub["db"])
    assert not any(hub["db"] in value for value in env.values()), "the owner URL leaked"
    mine = make_url(env["INFOINT_DB"])
    assert (mine.username, mine.password) != (owner.username, owner.password)
    assert mine.username != owner.username and mine.password != owner.password
    assert "INFOINT_CLASS_DB" not in env
    alice = hub["users"]["alice"]
    assert f"//{access.learner_role(alice)}:" in env["INFOINT_DB"]

    # A direct SQL session with the learner's credentials: only Alice's rows, every table.
    engine = create_engine(env["INFOINT_DB"])
    try:
        with engine.connect() as conn:
            for table in ("learners", "contacts", "outreach", "app_state", "contact_events",
                          "plans", "meetings", "reflections"):
                owners = {r[0] for r in conn.execute(text(f"SELECT learner_id FROM {table}"))}
                assert owners <= {alice}, (table, owners)
            names = [r[0] for r in conn.execute(text("SELECT name FROM contacts"))]
            assert names == [f"Secretcontact Alice{RUN}"]
            # Posing as the instructor inside the process reads nothing more.
            conn.execute(text("SELECT set_config('infoint.role', 'instructor', false)"))
            assert conn.execute(text("SELECT count(*) FROM reflections WHERE learner_id <> :a"),
                                {"a": alice}).scalar() == 0
    finally:
        engine.dispose()

    # The instructor's server got a class-reading role; it sees the consented class.
    if not _running(hub, "instructor"):
        context, _ = _login(chromium_browser, hub, "instructor")
        context.close()
    teacher_env = _server_environ(hub, "instructor")
    assert teacher_env.get("INFOINT_CLASS_DB")
    assert make_url(teacher_env["INFOINT_CLASS_DB"]).username != owner.username
    assert make_url(teacher_env["INFOINT_DB"]).username != owner.username
    engine = create_engine(teacher_env["INFOINT_CLASS_DB"])
    try:
        with engine.connect() as conn:
            shared = {r[0] for r in conn.execute(
                text("SELECT learner_id FROM reflections WHERE consent"))}
            unshared = conn.execute(
                text("SELECT count(*) FROM reflections WHERE NOT consent")).scalar()
    finally:
        engine.dispose()
    assert set(hub["seeded"]) <= shared
    assert unshared == 0


def _running(hub: dict, who: str) -> bool:
    try:
        _server_environ(hub, who)
    except AssertionError:
        return False
    return True
