"""Checks every app shares: each input has a label, nothing is wider than a phone, no traceback."""

from __future__ import annotations

import pytest

from tests.browser.pages import open_app

APPS = [
    ("00-start-here.ipynb", "infoint-profile"),
    ("01-find-contacts.ipynb", "infoint-contacts"),
    ("02-draft-outreach.ipynb", "infoint-outreach"),
    ("03-prepare-questions.ipynb", "infoint-prepare"),
    ("04-reflect-on-fit.ipynb", "infoint-reflect"),
    ("05-my-journey.ipynb", "infoint-journey"),
    ("class-dashboard.ipynb", "infoint-dashboard"),
]

# Every form control a learner can reach, and whether assistive tech can name it.
UNLABELLED = """
(root) => Array.from(root.querySelectorAll('input, textarea, select'))
  .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
  .filter(el => !Array.from(el.labels || []).some(l => l.textContent.trim())
                && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby') && !el.title)
  .map(el => el.outerHTML.slice(0, 160))
"""


@pytest.mark.parametrize(("notebook", "css"), APPS, ids=[a[1] for a in APPS])
def test_inputs_are_labelled_and_fit_a_phone(page, voila, notebook, css):
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, voila.render_url(notebook), css)
    app = page.locator(f".{css}").first
    controls = app.evaluate("r => r.querySelectorAll('input, textarea, select, button').length")
    assert controls > 0  # the check below looks at something
    unlabelled = app.evaluate(UNLABELLED)
    assert unlabelled == [], unlabelled
    widest = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('.infoint-app *'))"
        ".filter(e => getComputedStyle(e).position !== 'fixed')"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert widest <= 392, f"something reaches {widest:.0f} px on a 390 px screen"
    assert page.get_by_text("Traceback").count() == 0
