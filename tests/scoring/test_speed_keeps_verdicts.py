"""A speed-up must change no verdict, span, message or score: every report of
``verdict_inputs.calls()`` (dev corpus, labelled examples, random texts) is compared with
the snapshot taken before. When a rule change is *meant* to change reports, regenerate it
(and review the diff): ``.venv/bin/python tests/scoring/fixtures/make_verdict_snapshot.py``."""

import json

from infoint.scoring.questions import _facts
from tests.scoring.fixtures.make_verdict_snapshot import SNAPSHOT, label, run
from tests.scoring.verdict_inputs import calls

REGENERATE = ".venv/bin/python tests/scoring/fixtures/make_verdict_snapshot.py"


def test_every_report_matches_the_snapshot():
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    current = calls()
    assert [item["call"] for item in saved] == [label(k, a) for k, a, _ in current], (
        f"the inputs changed since the snapshot was taken; regenerate it: {REGENERATE}")
    _facts.cache_clear()  # read every question afresh, as the snapshot did
    changed = [
        (item["call"], item["report"], report)
        for item, (kind, args, kwargs) in zip(saved, current, strict=True)
        if (report := run(kind, args, kwargs)) != item["report"]
    ]
    if changed:
        call, before, after = changed[0]
        diff = {key: (before.get(key), after.get(key)) for key in before.keys() | after.keys()
                if before.get(key) != after.get(key)}
        raise AssertionError(
            f"{len(changed)} of {len(saved)} reports differ from the snapshot; first: {call}\n"
            f"{json.dumps(diff, ensure_ascii=False, indent=1)[:3000]}\n"
            f"If a rule change meant this, regenerate the snapshot and review its diff: "
            f"{REGENERATE}")
