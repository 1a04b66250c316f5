"""Checks every app shares: each input has a label, nothing is wider than a phone, no traceback,
and a desktop's width is used."""

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


# The right edge of the widest element a learner would have to scroll the page sideways to
# see. Content inside its own scroll box (a wide table in a card that scrolls) is fine.
WIDEST = """
() => {
  const clipped = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if ((ox === 'auto' || ox === 'scroll' || ox === 'hidden')
          && a.getBoundingClientRect().right <= window.innerWidth + 2) return true;
      if (a.classList.contains('infoint-app')) return false;
    }
    return false;
  };
  const rights = Array.from(document.querySelectorAll('.infoint-app *'))
    .filter(e => getComputedStyle(e).position !== 'fixed' && !clipped(e))
    .map(e => e.getBoundingClientRect().right);
  return Math.max(0, ...rights);
}
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
    widest = page.evaluate(WIDEST)
    assert widest <= 392, f"something reaches {widest:.0f} px on a 390 px screen"
    assert page.get_by_text("Traceback").count() == 0


@pytest.mark.parametrize(("notebook", "css"), APPS, ids=[a[1] for a in APPS])
def test_apps_use_the_width_of_a_desktop(page, voila, notebook, css):
    """At 1280 px an app is not held to a narrow column (it was 936 px, issue 13)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_app(page, voila.render_url(notebook), css)
    box = page.locator(f".{css}").first.bounding_box()
    assert box is not None and box["width"] >= 1150, box
