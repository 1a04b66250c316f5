"""A separate process that saves and reports each save as soon as it returned.

Used by the reliability tests: ``python -m tests.store.writer URL LEARNER COUNT [MODE]``
(COUNT 0 = until killed).

* ``contacts`` (default): saves contacts; prints ``saved <id>`` after every commit.
* ``race``: saves the learner's profile and a state value first (the first-insert race),
  then ``COUNT`` new versions of one shared draft; prints ``version <id> <n>`` after every
  commit. Any exception reaches stderr and a non-zero exit, as it would reach a learner.
"""

from __future__ import annotations

import itertools
import os
import sys

from infoint.model import Contact, Learner, Outreach
from infoint.store import Store

RACE_CONTACT = "Mrs Race"


def main() -> int:
    url, learner, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "contacts"
    store = Store.open(url, learner_id=learner)
    numbers = range(count) if count else itertools.count()
    if mode == "race":
        store.save_profile(Learner(name=f"Racer {os.getpid()}"))
        store.set_state("race", {"pid": os.getpid()})
        for i in numbers:
            draft = store.save_outreach(
                Outreach(contact_id=None, contact_name=RACE_CONTACT, channel="email",
                         body=f"Draft {i} from {os.getpid()}")
            )
            print(f"version {draft.id} {draft.version}", flush=True)
        return 0
    for i in numbers:
        saved = store.add_contact(Contact(name=f"{learner} #{i}", notes="x" * 200))
        print(f"saved {saved.id}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
