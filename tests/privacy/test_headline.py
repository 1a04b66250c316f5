"""The class headline never carries a figure that fewer than 5 learners are behind."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from infoint import classview
from infoint.model import Contact, Meeting, Outreach, Reflection
from infoint.store import Store

TODAY = date(2026, 4, 20)


@pytest.fixture(autouse=True)
def _instructor(monkeypatch):
    monkeypatch.setenv("INFOINT_ROLE", "instructor")


def _learner(url: str, lid: str, *, share: bool = True, send: bool = True) -> None:
    s = Store.open(url, learner_id=lid)
    c1, _ = s.add_contacts([Contact(name="A", field="law"), Contact(name="B", field="law")])
    if send:
        d = s.save_outreach(Outreach(contact_id=c1.id, channel="email", body="20 minutes?"))
        s.mark_sent(d.id, TODAY - timedelta(days=3))
        s.save_meeting(Meeting(contact_id=c1.id, starts_at=datetime(2026, 4, 2, 9, tzinfo=UTC)))
    s.save_reflection(Reflection(field="law", met_on=TODAY, contact_id=c1.id,
                                 ratings={"lifestyle": 3}, consent=share))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_summary_bands_every_figure_below_five(sqlite_url, n):
    for i in range(n):
        _learner(sqlite_url, f"l{i}")
    data = classview.load_class(sqlite_url)
    summary = classview.class_summary(data)
    headline = classview.class_headline(data)
    if n < 5:
        assert set(summary.values()) == {classview.FEWER}
        assert all(f.withheld for f in headline)
        assert classview.class_too_small(data)
        text = " ".join(f"{f.value} {f.label}" for f in headline)
        assert not any(ch.isdigit() and ch != "5" for ch in text)
        assert "fewer than 5 learners have shared yet" in text
    else:
        assert summary == {"learners": n, "contacts": 2 * n, "sent": n, "meetings": n,
                           "shared_reflections": n, "sharing_learners": n}
        assert not any(f.withheld for f in headline)
        assert headline[-1].label == f"reflections shared by {n} learners"
        assert not classview.class_too_small(data)


def test_each_figure_counts_its_own_contributors(sqlite_url):
    for i in range(6):
        _learner(sqlite_url, f"l{i}", share=i < 4, send=i < 2)
    summary = classview.class_summary(classview.load_class(sqlite_url))
    assert summary["learners"] == 6 and summary["contacts"] == 12
    assert summary["sent"] == summary["meetings"] == classview.FEWER  # 2 learners sent
    assert summary["shared_reflections"] == summary["sharing_learners"] == classview.FEWER


def test_empty_class_is_zero_not_withheld(sqlite_url):
    data = classview.load_class(sqlite_url)
    assert set(classview.class_summary(data).values()) == {0}
    assert not classview.class_too_small(data)


def test_analyst_notebook_falls_back_to_the_demo_below_five_sharing(sqlite_url, monkeypatch):
    from infoint.demo import frames_or_demo

    for i in range(4):
        _learner(sqlite_url, f"l{i}")
    frames, source = frames_or_demo(sqlite_url)
    assert "demo class" in source and "fewer than 5" in source
    assert frames["reflections"]["learner_id"].nunique() >= 5
    _learner(sqlite_url, "l4")
    frames, source = frames_or_demo(sqlite_url)
    assert source.startswith("the store") and len(frames["reflections"]) == 5


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_funnel_of_a_tiny_class_withholds_even_zeros(sqlite_url, n):
    for i in range(n):
        _learner(sqlite_url, f"l{i}")
    funnel = classview.class_funnel(classview.load_class(sqlite_url))
    if n < 5:
        assert set(funnel["learners"]) == set(funnel["contacts"]) == {classview.FEWER}
        assert funnel["share"].isna().all()
    else:
        assert funnel.loc[0, "learners"] == n and funnel.loc[0, "contacts"] == 2 * n


def test_tiny_class_withholds_zeros_too(sqlite_url):
    for i in range(3):
        Store.open(sqlite_url, learner_id=f"quiet-{i}").add_contact(Contact(name="A"))
    data = classview.load_class(sqlite_url)
    assert set(classview.class_summary(data).values()) == {classview.FEWER}
    assert all(f.withheld for f in classview.class_headline(data))
