"""What a step's page loads before its widgets show (issue #14, time to widgets).

Each app module is imported in a fresh interpreter, as a Voila kernel does for the
notebook's one cell, and the heavy modules it must leave for later are listed: the coaching
rules compile hundreds of patterns when loaded, pandas and matplotlib only draw.
"""

from __future__ import annotations

import subprocess
import sys

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


def loaded_after(code: str, watched: tuple[str, ...] = LATER) -> list[str]:
    probe = code + f"\nimport sys\nprint(sorted(m for m in {watched!r} if m in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
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
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays",)) == []
    live = (
        "    turns.page_ready()\n"
        "    for _ in range(200):\n"
        "        await asyncio.sleep(0.02)\n"
        "        if not app.country.disabled:\n"
        "            break\n"
        "    assert ('United Kingdom (GB)', 'GB') in app.country.options\n"
        "    assert app.country.value == 'GB' and not app.model.differs_from_saved\n"
    )
    assert loaded_after(f"{page}{live}asyncio.run(main())\n", ("holidays",)) == ["holidays"]


def _learner_in_gb(tmp_path) -> str:
    """A learner whose profile names a country, with a contact written to last week."""
    from datetime import date, timedelta

    from infoint.model import Contact, Learner

    url = f"sqlite:///{tmp_path / 'learner.db'}"
    store = Store.open(url, learner_id="ana")
    store.save_profile(Learner(name="Ana", country="GB", region="ENG"))
    lee = store.add_contact(Contact(name="Lee Park", organisation="Harbour Trust",
                                    status="contacted"))
    assert lee.id is not None
    store.add_event(lee.id, "sent", date.today() - timedelta(days=7))
    return url


@pytest.mark.parametrize("app", ["ContactsApp", "OutreachApp"])
def test_a_learner_with_a_country_loads_no_calendar_before_a_date_is_shown(tmp_path, app):
    """Loading one country's holidays loads every country's module (about 0.1 s): the
    contacts page's dates are in its cards below the first screen, and the outreach page
    needs one only to say when a colleague's wait is over. Built as in a Voila page, with a
    contact written to and the learner's country set, neither loads it before the page is
    live; the contacts page does once its lower cards are made."""
    url = _learner_in_gb(tmp_path)
    module = "contacts" if app == "ContactsApp" else "outreach"
    page = (
        "import asyncio\nfrom infoint.ui import turns\n"
        "turns.PageSignal.listening, turns.PageSignal.ready = True, False\n"
        f"from infoint.store import Store\nfrom infoint.ui.{module} import {app}\n"
        "async def main():\n"
        f"    app = {app}(Store.open({url!r}, learner_id='ana'))\n"
    )
    assert loaded_after(f"{page}asyncio.run(main())\n", ("holidays.countries",)) == []
    if app == "ContactsApp":
        live = (
            "    turns.page_ready()\n"
            "    for _ in range(200):\n"
            "        await asyncio.sleep(0.02)\n"
            "        if app.lower.built:\n"
            "            break\n"
            "    assert 'Lee Park' in app.this_week.value\n"
        )
        assert loaded_after(f"{page}{live}asyncio.run(main())\n", ("holidays.countries",)) \
            == ["holidays.countries"]
