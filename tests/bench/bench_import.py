"""Benchmark: parse a 2,000-row LinkedIn export and preview it against 500 existing contacts.

Run: ``python tests/bench/bench_import.py`` (not collected by pytest). Prints the median
time of parse + preview over several runs; the target is well under one second.
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


def main(runs: int = 7) -> None:
    data = linkedin_file(2000)
    existing = existing_contacts(500, data)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        preview = preview_import(parse_contacts(data, "Connections.csv"), existing)
        times.append(time.perf_counter() - start)
    print(f"{len(data) / 1024:.0f} KB, 2,000 rows vs 500 existing: {preview.summary()}")
    print(f"median parse+preview: {statistics.median(times) * 1000:.1f} ms over {runs} runs")


if __name__ == "__main__":
    main()
