"""What a step's page loads before its widgets show (issue #14, time to widgets).

Each app module is imported in a fresh interpreter, as a Voila kernel does for the
notebook's one cell, and the heavy modules it must leave for later are listed: the coaching
rules compile hundreds of patterns when loaded, pandas and matplotlib only draw.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from infoint.store import Store

# Loaded on first use only: a check, a chart, a table of figures.
LATER = (
    "pandas",
    "matplotlib",
    "infoint.scoring.outreach",
    "infoint.scoring.questions",
    "infoint.scoring.thank_you",
)

APPS = ["profile", "contacts", "outreach", "prepare", "reflect", "journey", "workshop"]


def loaded_after(code: str, watched: tuple[str, ...] = LATER,
                 cache: Path | None = None) -> list[str]:
    """The ``watched`` modules loaded once ``code`` has run in a new interpreter (with
    ``cache`` as its cache folder, where the learner's holidays are kept)."""
    probe = code + f"\nimport sys\nprint(sorted(m for m in {watched!r} if m in sys.modules))\n"
    env = {**os.environ, **({"INFOINT_CACHE_DIR": str(cache)} if cache else {})}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env=env)
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own probe's list


@pytest.mark.parametrize("app", APPS)
def test_importing_an_app_leaves_the_heavy_modules_for_later(app):
    assert loaded_after(f"import infoint.ui.{app}") == []


def test_the_contacts_page_loads_the_file_readers_with_its_import_card():
    """The import card is made after the page paints (infoint.ui.later), and so are the
    readers of exported files it uses: vCard's parser alone is about 9 ms."""
    watched = ("vobject", "infoint.io.importers", "infoint.ui.contacts_import")
    assert loaded_after("import infoint.ui.contacts", watched) == []
    built = ("from infoint.store import Store\nfrom infoint.ui.contacts import ContactsApp\n"
             "ContactsApp(Store.open('sqlite://', learner_id='ana')).importer")
    assert loaded_after(built, watched) == sorted(watched)


def test_a_sqlite_learner_loads_no_postgresql_or_migration_code(tmp_path):
    """SQLAlchemy's PostgreSQL dialect (with all its drivers' modules) costs about 45 ms and
    Alembic more: a page on SQLite whose database is already migrated loads neither."""
    url = f"sqlite:///{tmp_path / 'learner.db'}"
    Store.open(url, learner_id="ana")  # the server's first page migrated it
    code = (f"from infoint.store import Store\ns = Store.open({url!r}, learner_id='ana')\n"
            "s.load_profile(); s.contacts(); s.plans()\n"
            "from infoint.model import Learner\ns.save_profile(Learner(name='Ana'))\n")
    assert loaded_after(code, ("sqlalchemy.dialects.postgresql", "alembic")) == []


def test_start_here_loads_the_holiday_calendar_after_the_page_shows(tmp_path):
    """Listing the countries imports the calendar package (about 25 ms, more on a cold
    disk): in a Voila page, Start here shows the saved country alone until the page is
    live, and loads the calendar in a turn after that."""
    url = f"sqlite:///{tmp_path / 'learner.db'}"
    from infoint.model import Learner

    Store.open(url, learner_id="ana").save_profile(Learner(name="Ana", country="GB"))
    page = (
        "import asyncio\nfrom infoint.ui import turns\n"
        "turns.PageSignal.listening, turns.PageSignal.ready = True, False\n"
        "from infoint.store import Store\nfrom infoint.ui.profile import ProfileApp\n"
        "async def main():\n"
        f"    app = ProfileApp(Store.open({url!r}, learner_id='ana'))\n"
        "    assert list(app.country.options) == [('No public holidays', ''), ('GB', 'GB')]\n"
        "    assert app.country.value == 'GB' and app.country.disabled\n"
    )
    cache = tmp_path / "cache"
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays",), cache) == []
    assert not cache.exists()
    live = (
        "    turns.page_ready()\n"
        "    for _ in range(200):\n"
        "        await asyncio.sleep(0.02)\n"
        "        if not app.country.disabled:\n"
        "            break\n"
        "    assert ('United Kingdom (GB)', 'GB') in app.country.options\n"
        "    assert app.country.value == 'GB' and not app.model.differs_from_saved\n"
    )
    assert loaded_after(f"{page}{live}asyncio.run(main())\n", ("holidays",), cache) \
        == ["holidays"]
    # With the calendar loaded anyway, it keeps the saved country's holidays for the
    # other steps to read.
    year = date.today().year
    kept = f"holidays-GB-all-{year - 1}-{year}-{year + 1}.json"
    assert [p.name for p in cache.iterdir()] == [kept]


def _learner_in_gb(tmp_path) -> str:
    """A learner whose profile names a country, with a contact written to yesterday and a
    colleague of theirs, not written to yet, picked last on the outreach page."""
    from datetime import timedelta

    from infoint.model import Contact, Learner
    from infoint.steps.outreach import STATE_LAST

    url = f"sqlite:///{tmp_path / 'learner.db'}"
    store = Store.open(url, learner_id="ana")
    store.save_profile(Learner(name="Ana", country="GB", region="ENG"))
    lee = store.add_contact(Contact(name="Lee Park", organisation="Harbour Trust",
                                    status="contacted"))
    assert lee.id is not None
    store.add_event(lee.id, "sent", date.today() - timedelta(days=1))
    sam = store.add_contact(Contact(name="Sam Ortiz", organisation="Harbour Trust"))
    store.set_state(STATE_LAST, {"contact_id": sam.id, "name": sam.name})
    return url


def _page(app: str, url: str) -> str:
    module = "contacts" if app == "ContactsApp" else "outreach"
    return (
        "import asyncio\nfrom infoint.ui import turns\n"
        "turns.PageSignal.listening, turns.PageSignal.ready = True, False\n"
        f"from infoint.store import Store\nfrom infoint.ui.{module} import {app}\n"
        "async def main():\n"
        f"    app = {app}(Store.open({url!r}, learner_id='ana'))\n"
    )


def test_the_contacts_page_dates_nothing_before_it_is_live(tmp_path):
    """Loading one country's holidays loads every country's module (about 0.1 s): the
    contacts page's dates are in its cards below the first screen, so it loads them only
    once those are made, after the page is live."""
    url, cache = _learner_in_gb(tmp_path), tmp_path / "cache"
    page = _page("ContactsApp", url)
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays.countries",), cache) == []
    live = (
        "    turns.page_ready()\n"
        "    for _ in range(200):\n"
        "        await asyncio.sleep(0.02)\n"
        "        if app.lower.built:\n"
        "            break\n"
        "    assert 'Lee Park' in app.this_week.value\n"
    )
    assert loaded_after(f"{page}{live}asyncio.run(main())\n", ("holidays.countries",), cache) \
        == ["holidays.countries"]
    # The next time, the days it worked out are read from the kept copy.
    assert loaded_after(f"{page}{live}asyncio.run(main())\n", ("holidays.countries",), cache) \
        == []


def test_the_outreach_page_reads_a_colleague_s_wait_from_the_kept_holidays(tmp_path):
    """Writing to Sam while Lee, at the same organisation, has not had three business days
    to reply shows when that wait is over: a date, so the learner's holidays. The first
    page ever to need them works them out (every country's module); the next page, or one
    opened after Start here kept them, reads one small file instead."""
    url, cache = _learner_in_gb(tmp_path), tmp_path / "cache"
    shown = ("    assert app.model.organisation_wait is not None\n"
             "    assert app.model.organisation_wait.other.name == 'Lee Park'\n")
    page = _page("OutreachApp", url) + shown
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays.countries",), cache) \
        == ["holidays.countries"]
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays.countries",), cache) == []
