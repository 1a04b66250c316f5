"""WCAG 2.1 A and AA, measured by axe-core, on every notebook with a demo learner's data.

One Voilà server on a demo class (``infoint demo``'s generator, seed 7): the learner pages
are the busiest demo learner's (contacts, drafts, meetings, reflections, so charts and
tables are drawn), and the server is an instructor's, so the class dashboard shows the
class. Each page is opened at a desktop (1280 px) and a phone (390 px) width, every
``<details>`` is opened (the tables behind the charts are audited too), axe-core is
injected from the npm package and must report no violation of the WCAG 2.0/2.1 A and AA
rules.

axe-core is the npm package ``axe-core@4``, installed by ``.ci/run`` and ``make test``
into ``.ci/node`` (``npm ci --prefix .ci/node``); ``INFOINT_AXE_JS`` points at
another ``axe.min.js``. Nothing is fetched while the tests run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from infoint.demo import generate_demo
from infoint.store import Store
from tests.browser.conftest import IN_CI
from tests.browser.pages import APP_TIMEOUT_MS, open_app
from tests.browser.voila_server import REPO, VoilaServer

AXE_JS = Path(os.environ.get(
    "INFOINT_AXE_JS", REPO / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}

# notebook, what shows that the page is ready, and what shows its data has been drawn.
PAGES = {
    "index": ("index.ipynb", "a[href='00-start-here.ipynb']", None),
    "workshop": ("workshop.ipynb", ".infoint-workshop", ".infoint-workshop-stage .infoint-app"),
    # The workshop with My journey shown in place (the step bar's last step).
    "workshop-journey": ("workshop.ipynb", ".infoint-workshop",
                         ".infoint-workshop-stage .infoint-journey-fit img"),
    "start-here": ("00-start-here.ipynb", ".infoint-profile", None),
    "contacts": ("01-find-contacts.ipynb", ".infoint-contacts", ".infoint-contacts-table"),
    "outreach": ("02-draft-outreach.ipynb", ".infoint-outreach", None),
    "prepare": ("03-prepare-questions.ipynb", ".infoint-prepare", None),
    "reflect": ("04-reflect-on-fit.ipynb", ".infoint-reflect", None),
    "journey": ("05-my-journey.ipynb", ".infoint-journey", ".infoint-journey-fit img"),
    "dashboard": ("class-dashboard.ipynb", ".infoint-dashboard",
                  ".infoint-dashboard-heatmap img"),
    "analysis": ("analyse-reflections.ipynb", ".jp-OutputArea-output img", None),
}

# Violations in apps whose fix belongs to another part of the work: the lead removes a
# mark once its owner's fix is merged (strict, so a fixed page fails until then).
KNOWN: dict[tuple[str, str], str] = {}

RUN_AXE = """
async (tags) => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                          resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary,
                              html: n.html.slice(0, 200)})),
  }));
}
"""


def describe(violations: list[dict]) -> str:
    """Every violation as rule id, impact and the selectors of what fails."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} node(s)]")
        for node in v["nodes"][:8]:
            lines.append(f"    {node['target']}")
            lines.append(f"      {node['html']}")
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        message = (f"axe-core not found at {AXE_JS}: install it with "
                   "`make axe` or `npm ci --prefix .ci/node` (the version is pinned in "
                   ".ci/node/package.json), or set INFOINT_AXE_JS to an axe.min.js")
        (pytest.fail if IN_CI else pytest.skip)(message)
    return AXE_JS


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """An instructor's server on the demo class, its pages the busiest demo learner's."""
    folder = tmp_path_factory.mktemp("a11y")
    url = f"sqlite:///{folder / 'demo.db'}"
    generate_demo(url, seed=7)
    learners = [f"demo-{i:03d}" for i in range(1, 41)]

    def busy(learner: str) -> tuple[int, int]:
        store = Store.open(url, learner_id=learner)
        return len(store.reflections()), len(store.contacts())

    learner = max(learners, key=busy)
    server = VoilaServer(db_url=url, learner=learner, env={"INFOINT_ROLE": "instructor"})
    server.start()
    yield server
    server.stop()


def open_page(page: Page, server: VoilaServer, name: str) -> None:
    notebook, ready, drawn = PAGES[name]
    if ready.startswith(".infoint-") and " " not in ready:
        open_app(page, server.render_url(notebook), ready[1:])
    else:
        page.goto(server.render_url(notebook), timeout=APP_TIMEOUT_MS)
        page.wait_for_selector(ready, state="attached", timeout=APP_TIMEOUT_MS)
        expect(page.locator("#loading")).to_have_count(0, timeout=APP_TIMEOUT_MS)
    if name == "workshop-journey":
        page.locator("button.infoint-workshop-step-5").click()
    if drawn:
        page.wait_for_selector(drawn, state="attached", timeout=APP_TIMEOUT_MS)
    # Let the last widget views and images settle before measuring.
    page.wait_for_timeout(500)


def cases() -> list:
    params = []
    for name in PAGES:
        for width in WIDTHS:
            reason = KNOWN.get((name, width))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(name, width, id=f"{name}-{width}", marks=marks))
    return params


def photograph(page: Page, screenshot, name: str) -> None:
    """The whole page however tall, for a person to look at (Voilà scrolls inside a box,
    so a full-page shot shows one screen: grow the viewport to the content instead)."""
    size = page.viewport_size
    height = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('body, body *'), e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 12_000)})
    page.wait_for_timeout(300)
    screenshot(name, full_page=False)
    page.set_viewport_size(size)


@pytest.mark.parametrize(("name", "width"), cases())
def test_no_wcag_violations(page, demo_server, axe_js, screenshot, name, width):
    w, h = WIDTHS[width]
    page.set_viewport_size({"width": w, "height": h})
    open_page(page, demo_server, name)
    page.add_script_tag(path=str(axe_js))
    violations = page.evaluate(RUN_AXE, WCAG_TAGS)
    photograph(page, screenshot, f"a11y-{name}-{width}")
    assert violations == [], f"{name} at {w} px:\n{describe(violations)}"
    assert page.get_by_text("Traceback").count() == 0
    # A chart is scaled to the screen, never cut off at its edge (issue 13, My journey).
    charts = page.evaluate("Array.from(document.querySelectorAll('.ii-chart img'), "
                           "i => i.getBoundingClientRect().right)")
    assert all(right <= w + 1 for right in charts), (name, w, charts)
