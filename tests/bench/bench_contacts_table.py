"""Benchmark the contacts app with 2,000 LinkedIn connections, through the app's own handlers.

Prints, for a throwaway SQLite store:

* the import path a learner takes: FileUpload value set -> preview shown -> "Import N"
  clicked -> one transaction -> every panel re-ranked and redrawn (target: under 1 s);
* a filter change on the table (status, field, search, sort, next page): the handler's
  time from setting the widget value to the new HTML (target: under 200 ms).

Run: ``.venv/bin/python tests/bench/bench_contacts_table.py``
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROWS = 2_000
REPEATS = 15

FIRST = ["Maria", "José", "Wanjiru", "Tom", "Priya", "Saoirse", "Li", "Ahmed", "Ingrid", "Kofi"]
LAST = ["Green", "Núñez", "Kamau", "O'Brien", "Raman", "Nakagawa", "Wei", "Haddad", "Berg"]
COMPANIES = ["Green, Hale & Co. LLP", "Northwind Traders", "Contoso, Ltd.", "Fabrikam", "Tailspin"]
ROLES = [
    "Senior Accountant", "Tax Manager", "Audit Intern", "Software Engineer", "Charge Nurse",
    "Marketing Coordinator", "Chief Financial Officer", "Data Analyst", "HR Business Partner",
    "Teacher", "Payroll Clerk", "Director of Finance",
]


def linkedin_csv(rows: int = ROWS, seed: int = 4) -> bytes:
    """A LinkedIn export with the real quirks: BOM, Notes preamble, CRLF, quoted commas."""
    rnd = random.Random(seed)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    start = date(2019, 1, 1)
    for i in range(rows):
        first, last = rnd.choice(FIRST), f"{rnd.choice(LAST)}-{i}"
        email = f"{first.lower()}.{i}@example.com" if rnd.random() < 0.2 else ""
        day = start + timedelta(days=rnd.randrange(2000))
        lines.append(
            f'{first},{last},https://www.linkedin.com/in/p{i},{email},'
            f'"{rnd.choice(COMPANIES)}",{rnd.choice(ROLES)},{day:%d %b %Y}'
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    from infoint.model import Learner
    from infoint.store import Store
    from infoint.ui.contacts import ContactsApp

    data = linkedin_csv()
    folder = Path(tempfile.mkdtemp(prefix="infoint-bench-contacts-"))
    store = Store.open(f"sqlite:///{folder / 'bench.db'}", learner_id="bench")
    store.save_profile(Learner(name="Bench", school="State University", fields=["accounting"]))

    t0 = time.perf_counter()
    app = ContactsApp(store)
    built = time.perf_counter() - t0

    def pick_file() -> None:
        app.importer.upload.value = (
            {
                "name": "Connections.csv",
                "type": "text/csv",
                "size": len(data),
                "content": memoryview(data),
                "last_modified": datetime.now(UTC),
            },
        )

    preview = timed(pick_file)
    assert app.model.pending is not None, app.importer.notice.text
    shown = len(app.model.pending.preview.new)
    confirm = timed(app.importer.confirm.click)
    assert len(store.contacts()) == shown == ROWS, app.importer.notice.text

    print(f"contacts app, {ROWS:,} LinkedIn connections ({len(data) / 1024:.0f} KB)")
    print(f"  app built on an empty store:          {built * 1000:7.1f} ms")
    print(f"  upload -> preview shown:               {preview * 1000:7.1f} ms")
    print(f"  confirm -> saved, ranked, redrawn:     {confirm * 1000:7.1f} ms")
    print(f"  import total (target < 1000 ms):       {(preview + confirm) * 1000:7.1f} ms")

    statuses = [v for _label, v in app.status_filter.options]
    fields = [v for _label, v in app.field_filter.options]
    changes: dict[str, Callable[[int], None]] = {
        "status filter": lambda i: setattr(app.status_filter, "value", statuses[i % len(statuses)]),
        "field filter": lambda i: setattr(app.field_filter, "value", fields[i % len(fields)]),
        "search": lambda i: setattr(app.search, "value", ["green", "tax", "", "kamau-1"][i % 4]),
        "sort": lambda i: setattr(app.sort, "value", ["name", "organisation", "status"][i % 3]),
        "next page": lambda i: (app.go_page(i % 40)),
    }
    print(f"  table re-render after a change (median of {REPEATS}, target < 200 ms):")
    for label, change in changes.items():
        times = [timed(lambda i=i, change=change: change(i)) for i in range(REPEATS)]
        print(
            f"    {label:<14} median {statistics.median(times) * 1000:6.1f} ms"
            f"   max {max(times) * 1000:6.1f} ms"
        )
    for widget, value in ((app.status_filter, ""), (app.field_filter, ""), (app.search, "")):
        widget.value = value
    assert "of 2,000 contacts" in app.table.value or "2,000" in app.table.value
    print(f"  table HTML on one page: {len(app.table.value) / 1024:.0f} KB, {app.page.caption()}")


if __name__ == "__main__":
    main()
