"""A separate process that saves contacts and reports each one as soon as it returned.

Used by the reliability tests: ``python -m tests.store.writer URL LEARNER COUNT``
(COUNT 0 = until killed). Prints ``saved <id>`` after every committed save.
"""

from __future__ import annotations

import itertools
import sys

from infoint.model import Contact
from infoint.store import Store


def main() -> int:
    url, learner, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(url, learner_id=learner)
    numbers = range(count) if count else itertools.count()
    for i in numbers:
        saved = store.add_contact(Contact(name=f"{learner} #{i}", notes="x" * 200))
        print(f"saved {saved.id}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
