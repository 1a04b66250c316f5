"""Benchmark: import and dedupe 2,000 rows against 2,000 existing contacts.

Run: ``python tests/bench/bench_import.py`` (not collected by pytest). Prints the median
time of parse + preview (fuzzy near-duplicate matching included) over several runs, beside
a baseline measured in the same run: the same file deduplicated by exact keys only (what
the importer did before fuzzy matching). The target is under one second.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import time

from infoint.io.importers import parse_contacts, preview_import
from infoint.model import Contact

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
FIRST = ["Ana", "José", "Priya", "Tom", "Zoë", "Li", "Omar", "Grace", "Sam", "Helen", "Ravi"]
LAST = ["Green", "Núñez", "Raman", "O'Brien", "Adeyemi", "Wei", "Haddad", "Park", "Lee"]
COMPANIES = ["Acme, Inc.", "Northwind Traders", "Contoso Ltd", "Fabrikam", "Green & Co. LLP"]
ROLES = ["Senior Accountant", "Audit Intern", "Manager, Tax", "Software Engineer", "CFO", "Nurse"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def linkedin_file(rows: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["Notes:"])
    writer.writerow(["When exporting your connection data, some emails may be missing, see help."])
    writer.writerow([])
    writer.writerow(HEADER)
    for i in range(rows):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i}"
        email = f"{first.lower()}.{i}@example.com" if rng.random() < 0.2 else ""
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2025)}"
        writer.writerow(
            [first, last, f"https://www.linkedin.com/in/p{i}", email,
             rng.choice(COMPANIES), rng.choice(ROLES), date]
        )
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def existing_contacts(n: int, data: bytes) -> list[Contact]:
    """Half of them already in the file (so duplicates are found), half not."""
    known = parse_contacts(data).contacts[: n // 2]
    others = [
        Contact(name=f"Person {i}", organisation="Acme, Inc.", email=f"p{i}@example.com", id=i)
        for i in range(n - len(known))
    ]
    return known + others


def near_copies(contacts: list[Contact]) -> list[Contact]:
    """The same people as the learner might have typed them: no accents, 'Inc' dropped."""
    import unicodedata

    def plain(text: str) -> str:
        return "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )

    return [
        Contact(name=plain(c.name), organisation=c.organisation.replace(", Inc.", ""),
                id=10_000 + i)
        for i, c in enumerate(contacts)
    ]


def exact_baseline(parsed, existing: list[Contact]) -> int:
    """Dedupe by casefolded name|organisation and email only: the old importer's work."""
    keys = set()
    for c in existing:
        keys.add(f"{c.name.casefold()}|{c.organisation.casefold()}")
        if c.email:
            keys.add(c.email.casefold())
    return sum(
        1 for c in parsed.contacts
        if f"{c.name.casefold()}|{c.organisation.casefold()}" not in keys
        and (not c.email or c.email.casefold() not in keys)
    )


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(runs: int = 7) -> None:
    data = linkedin_file(2000)
    parsed = parse_contacts(data, "Connections.csv")
    existing = existing_contacts(1000, data) + near_copies(parsed.contacts[1000:2000])
    assert len(existing) == 2000
    preview = preview_import(parsed, existing)
    fuzzy = median_ms(lambda: preview_import(parse_contacts(data, "Connections.csv"), existing),
                      runs)
    exact = median_ms(lambda: exact_baseline(parse_contacts(data, "Connections.csv"), existing),
                      runs)
    print(f"{len(data) / 1024:.0f} KB, 2,000 rows vs 2,000 existing: {preview.summary()}")
    print(f"median parse + fuzzy dedupe: {fuzzy:.1f} ms over {runs} runs (target < 1,000 ms)")
    print(f"baseline, parse + exact keys only: {exact:.1f} ms; ratio {fuzzy / exact:.2f}x")


if __name__ == "__main__":
    main()
