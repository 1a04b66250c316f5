"""The demo class: reproducible, plausible, written through the store, fast."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import select

from infoint import classview, schema
from infoint.cli import main
from infoint.demo import DEMO_FIELDS, generate_demo, simulate
from infoint.store import Store, StoreError

TODAY = date(2026, 4, 20)
SKIP = {"created_at", "updated_at"}


def _dump(url: str) -> dict[str, list[tuple]]:
    engine = Store.open(url, learner_id="reader").engine
    out = {}
    with engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            cols = [c for c in table.c if c.name not in SKIP]
            order = [c for c in table.primary_key.columns]
            rows = conn.execute(select(*cols).order_by(*order)).all()
            out[table.name] = [tuple(str(v) for v in r) for r in rows]
    return out


def test_same_seed_same_class(tmp_path):
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    generate_demo(a, seed=11, learners=15, today=TODAY)
    generate_demo(b, seed=11, learners=15, today=TODAY)
    assert _dump(a) == _dump(b)
    c = f"sqlite:///{tmp_path / 'c.db'}"
    generate_demo(c, seed=12, learners=15, today=TODAY)
    assert _dump(a)["reflections"] != _dump(c)["reflections"]


def test_timestamps_are_reproducible_too(tmp_path):
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    for url in (a, b):
        generate_demo(url, seed=3, learners=6, today=TODAY)
    engine_a = Store.open(a, learner_id="r").engine
    engine_b = Store.open(b, learner_id="r").engine
    t = schema.reflections
    q = select(t.c.id, t.c.created_at).order_by(t.c.id)
    with engine_a.connect() as ca, engine_b.connect() as cb:
        assert ca.execute(q).all() == cb.execute(q).all()
    with engine_a.connect() as ca:
        newest = max(r.created_at for r in ca.execute(q).all())
    assert newest.date() <= TODAY  # mid-course, not "written just now"


def test_forty_learners_look_like_a_class(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    started = time.perf_counter()
    summary = generate_demo(url, seed=7, today=TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 15, elapsed  # a few seconds normally; generous for a busy CI box
    assert summary.learners == 40 and summary.fields == DEMO_FIELDS
    assert summary.stuck and 0 < summary.sent < summary.outreach
    assert 0 < summary.consented < summary.reflections

    data = classview.load_class(url)
    statuses = set(data.contacts["status"])
    assert {"identified", "contacted", "met", "thanked", "declined / no reply"} <= statuses
    assert len(set(data.contacts["relationship"])) >= 6
    refl = data.reflections
    assert set(refl["field"]) == set(DEMO_FIELDS)
    assert set(refl["tone"].dropna()) == {"positive", "mixed", "negative"}
    # Every field has enough sharing learners for the class dashboard to show it.
    assert refl.groupby("field")["learner_id"].nunique().min() >= 5
    fit = classview.fit_matrix(classview.fit_by_field(data))
    # The per-field tendencies survive the noise: nursing's values beat its lifestyle.
    assert fit.loc["nursing and health care", "values and culture"] > fit.loc[
        "nursing and health care", "lifestyle"
    ]
    stuck = classview.stuck_learners(data, today=TODAY)
    assert set(summary.stuck) <= set(stuck["learner_id"])
    # Stuck learners really sent nothing.
    sent = data.outreach.loc[data.outreach["sent_on"].notna(), "learner_id"]
    assert not set(summary.stuck) & set(sent)


def test_each_learner_sees_only_their_own_demo_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    generate_demo(url, seed=7, learners=8, today=TODAY)
    one = Store.open(url, learner_id="demo-002")
    assert one.load_profile() is not None
    contact_ids = {c.id for c in one.contacts()}
    assert contact_ids and all(r.contact_id in contact_ids for r in one.reflections()
                               if r.contact_id)


def test_refuses_to_write_twice_unless_replace(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    Store.open(url, learner_id="real-learner").save_profile(
        __import__("infoint.model", fromlist=["Learner"]).Learner(name="Real Person")
    )
    generate_demo(url, seed=1, learners=5, today=TODAY)
    with pytest.raises(StoreError, match="already holds a demo class"):
        generate_demo(url, seed=1, learners=5, today=TODAY)
    summary = generate_demo(url, seed=2, learners=7, today=TODAY, replace=True)
    data = classview.load_class(url)
    assert data.n_learners == summary.learners + 1  # the real learner is untouched
    assert Store.open(url, learner_id="real-learner").load_profile().name == "Real Person"


def test_bulk_writes_the_same_kind_of_class_quickly(tmp_path):
    url = f"sqlite:///{tmp_path / 'bulk.db'}"
    started = time.perf_counter()
    summary = generate_demo(url, seed=7, learners=60, today=TODAY, bulk=True,
                            meetings_per_learner=5)
    assert time.perf_counter() - started < 20
    data = classview.load_class(url)
    assert len(data.contacts) == summary.contacts
    assert len(data.meetings) == summary.meetings >= 60 * 4
    assert len(data.reflections) == summary.consented
    # Links hold: every reflection's contact belongs to the same learner.
    pairs = set(zip(data.contacts["learner_id"], data.contacts["id"], strict=True))
    assert all((r.learner_id, r.contact_id) in pairs for r in data.reflections.itertuples())


def test_simulation_checks_its_arguments():
    with pytest.raises(ValueError):
        simulate(learners=0)
    with pytest.raises(ValueError):
        simulate(fields=7)
    few = simulate(seed=1, learners=3, fields=2, today=TODAY)
    assert {f for lp in few for f in lp.profile.fields} <= set(DEMO_FIELDS[:2])


def test_cli_demo(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["demo", "--db", url, "--learners", "6", "--seed", "5"]) == 0
    assert "6 learners" in capsys.readouterr().out
    assert main(["demo", "--db", url, "--learners", "6"]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["demo", "--db", url, "--learners", "6", "--replace"]) == 0


@pytest.mark.postgres
def test_demo_on_postgres():
    from tests.conftest import _postgres_or_skip

    url = _postgres_or_skip()
    from infoint.demo import remove_demo

    remove_demo(url)
    try:
        summary = generate_demo(url, seed=7, learners=10, today=TODAY)
        data = classview.load_class(url)
        demo_refl = data.reflections.loc[data.reflections["learner_id"].str.startswith("demo-")]
        assert len(demo_refl) == summary.consented
    finally:
        remove_demo(url)
