"""The class views' privacy rules on hand-built data: consent, k >= 5, no contact details."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from sqlalchemy import event

from infoint import analysis, classview
from infoint.model import Contact, Meeting, Outreach, Reflection
from infoint.store import Store

SECRET = {
    "name": "Zebediah Secretname",
    "organisation": "Hushhush Holdings",
    "role": "Undisclosed Role",
    "email": "zebediah.secret@private.example",
    "phone": "+1 555 0199",
    "url": "https://secret.example/zebediah",
    "notes": "PRIVATE-NOTE-7731",
    "referred_by": "Introducer Hiddenperson",
}
UNSHARED = "UNSHARED-SURPRISE-4410"
MET = date(2026, 3, 2)


def _reflect(store: Store, field: str, contact_id: int | None, *, consent: bool,
             surprises: str = "Busier than expected.", rating: int = 4) -> Reflection:
    return store.save_reflection(
        Reflection(
            field=field,
            met_on=MET,
            contact_id=contact_id,
            learned={"getting started": "Began as an intern.", "advice": "Talk to more people."},
            surprises=surprises,
            ratings={"daily work": rating, "overall interest": rating},
            follow_up_questions="FOLLOWUP-SECRET",
            suggested_people=["Suggested Secretperson"],
            consent=consent,
            thank_you="Dear Zebediah Secretname, thank you.",
        )
    )


def _learner(url: str, lid: str, field: str, *, consent: bool = True, meet: bool = True,
             surprises: str = "Busier than expected.") -> Store:
    store = Store.open(url, learner_id=lid)
    (contact,) = store.add_contacts(
        [Contact(field=field, relationship="alumni", status="identified", **SECRET)]
    )
    if meet:
        draft = store.save_outreach(
            Outreach(contact_id=contact.id, channel="email", body="Dear Zebediah, 20 minutes?")
        )
        store.mark_sent(draft.id, MET - timedelta(days=10))
        store.set_status(contact.id, "met", on=MET, event_kind="met")
        from datetime import UTC, datetime

        store.save_meeting(Meeting(contact_id=contact.id, place="SECRET PLACE 12",
                                   starts_at=datetime(2026, 3, 2, 10, tzinfo=UTC)))
        _reflect(store, field, contact.id, consent=consent, surprises=surprises)
    return store


@pytest.fixture
def klass(sqlite_url):
    """Six sharing learners in nursing, four in teaching, one who keeps things private."""
    for i in range(6):
        _learner(sqlite_url, f"nurse-{i}", "nursing and health care",
                 surprises=f"Handover is a skill of its own ({i % 2}).")
    for i in range(4):
        _learner(sqlite_url, f"teacher-{i}", "teaching", surprises="Marking happens at night.")
    _learner(sqlite_url, "private-1", "nursing and health care", consent=False,
             surprises=UNSHARED)
    _learner(sqlite_url, "idle-1", "accounting", meet=False)
    return sqlite_url


def _all_text(frames) -> str:
    parts = []
    for frame in frames:
        parts.append(frame.to_csv(index=False))
        parts.append(repr(frame.attrs))
    return "\n".join(parts)


def test_only_consented_reflections_are_read(klass):
    refl = classview.class_reflections(klass)
    assert len(refl) == 10
    assert refl["consent"].all()
    assert "private-1" not in set(refl["learner_id"])
    assert UNSHARED not in refl.to_csv()


def test_no_contact_detail_or_private_text_reaches_any_class_view(klass):
    data = classview.load_class(klass)
    frames = [
        data.learners, data.contacts, data.outreach, data.events, data.meetings, data.plans,
        data.reflections,
        classview.class_funnel(data),
        classview.stuck_learners(data, today=MET + timedelta(days=60)),
        classview.meetings_by_field(data),
        classview.fit_by_field(data),
        classview.common_surprises(data),
        *classview.load_frames(klass).values(),
    ]
    text = _all_text(frames)
    for secret in [*SECRET.values(), UNSHARED, "FOLLOWUP-SECRET", "Suggested Secretperson",
                   "SECRET PLACE", "Dear Zebediah"]:
        assert secret not in text, secret


def test_queries_never_select_contact_details(klass):
    engine = classview._engine(klass)
    statements: list[str] = []

    def capture(conn, cursor, statement, params, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", capture)
    try:
        classview.load_class(engine)
        classview.class_reflections(engine)
        classview.load_frames(engine)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    sql = "\n".join(statements).lower()
    assert "contacts.status" in sql  # the capture saw the class queries
    assert "*" not in sql
    for column in classview.CONTACT_DETAILS:
        assert f"contacts.{column}" not in sql, column
    for column in ("body", "subject", "contact_name"):
        assert f"outreach.{column}" not in sql
    for column in ("thank_you,", "thank_you\n", "follow_up_questions", "suggested_people"):
        assert f"reflections.{column}" not in sql + "\n"
    assert "meetings.place" not in sql and "contact_events.note" not in sql
    assert "learners.name" not in sql and "learners.email" not in sql


def test_every_safe_column_exists_and_no_detail_is_declared_safe():
    from infoint import schema

    for table, columns in classview.SAFE_COLUMNS.items():
        for column in columns:
            assert column in getattr(schema, table).c, (table, column)
    assert not set(classview.CONTACT_DETAILS) & set(classview.SAFE_COLUMNS["contacts"])


def test_groups_of_fewer_than_five_learners_are_suppressed(klass):
    data = classview.load_class(klass)
    fit = classview.fit_by_field(data)
    assert set(fit["field"]) == {"nursing and health care"}
    assert fit.attrs["suppressed"] == ["teaching"]
    surprises = classview.common_surprises(data)
    assert set(surprises["field"]) == {"nursing and health care"}
    assert "Marking happens at night." not in surprises.to_csv()
    meetings = classview.meetings_by_field(data)
    teaching = meetings.loc[meetings["learners"] == classview.FEWER]
    assert len(teaching) == 1 and teaching.iloc[0]["held"] == classview.FEWER
    assert "teaching" not in set(meetings["field"])


def test_suppression_counts_distinct_learners_not_rows():
    frame = pd.DataFrame({
        "field": ["a"] * 12 + ["b"] * 5,
        "learner_id": ["same"] * 12 + ["p", "q", "r", "s", "t"],
        "x": range(17),
    })
    out = classview.suppress_small_groups(frame, "field")
    assert set(out["field"]) == {"b"}  # 12 rows from one learner is still one learner
    assert out.attrs["suppressed"] == ["a"]
    assert classview.suppress_small_groups(frame, "field", k=1)["field"].nunique() == 2
    four = frame.iloc[12:16]
    assert classview.suppress_small_groups(four, "field").empty


def test_suppression_by_several_keys():
    frame = pd.DataFrame({
        "field": ["a"] * 10,
        "tone": ["positive"] * 5 + ["negative"] * 5,
        "learner_id": list("pqrst") + list("pqrs") + ["p"],
    })
    out = classview.suppress_small_groups(frame, ["field", "tone"])
    assert set(out["tone"]) == {"positive"}
    assert out.attrs["suppressed"] == [("a", "negative")]


def test_mask_small_counts_replaces_numbers_with_words():
    table = pd.DataFrame({"stage": ["x", "y"], "learners": [7, 3], "contacts": [20, 4]})
    out = classview.mask_small_counts(table, ["contacts"])
    assert out.loc[0, "contacts"] == 20 and out.loc[0, "learners"] == 7
    assert out.loc[1, "contacts"] == classview.FEWER == out.loc[1, "learners"]
    assert table.loc[1, "contacts"] == 4  # the input is left alone


def test_small_class_funnel_says_fewer_than_five(sqlite_url):
    for i in range(3):
        _learner(sqlite_url, f"small-{i}", "teaching")
    funnel = classview.class_funnel(classview.load_class(sqlite_url)).set_index("stage")
    reached = funnel.loc[["contacts", "asked", "met"]]
    assert (reached["learners"] == classview.FEWER).all()
    assert (reached["contacts"] == classview.FEWER).all()
    assert reached["share"].isna().all()
    # Nobody thanked yet, but in a class of 3 "nobody" is about all 3: withheld too.
    assert funnel.loc["thanked", "learners"] == classview.FEWER == funnel.loc["thanked",
                                                                            "contacts"]


def test_class_funnel_matches_the_learner_funnel(klass):
    data = classview.load_class(klass)
    funnel = classview.class_funnel(data, k=1)
    expected = analysis.funnel(data.contacts, data.events.assign(
        contact_id=data.events["contact_id"]))
    assert list(funnel["contacts"]) == list(expected["count"])
    assert list(funnel["stage"]) == list(analysis.FUNNEL_STAGES)
    assert funnel.loc[funnel["stage"] == "met", "learners"].item() == 11


def test_stuck_learners_by_id_only(sqlite_url):
    waiting = Store.open(sqlite_url, learner_id="waiting")
    waiting.add_contacts([Contact(name="A Person", field="teaching")])
    silent = Store.open(sqlite_url, learner_id="silent")
    (c,) = silent.add_contacts([Contact(name="B Person", field="teaching")])
    draft = silent.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    silent.mark_sent(draft.id, date.today())
    answered = Store.open(sqlite_url, learner_id="answered")
    (c2,) = answered.add_contacts([Contact(name="C Person", field="teaching")])
    d2 = answered.save_outreach(Outreach(contact_id=c2.id, channel="email", body="Hello"))
    answered.mark_sent(d2.id, date.today())
    answered.add_event(c2.id, "replied", date.today())

    data = classview.load_class(sqlite_url)
    assert classview.stuck_learners(data, today=date.today()).empty
    later = classview.stuck_learners(data, today=date.today() + timedelta(days=20))
    by_id = later.set_index("learner_id")
    assert set(by_id.index) == {"waiting", "silent"}
    assert by_id.loc["waiting", "reason"].startswith("nothing sent in 20 days")
    assert by_id.loc["silent", "overdue_follow_ups"] == 1
    assert "follow-up overdue" in by_id.loc["silent", "reason"]
    assert "Person" not in later.to_csv()


def test_load_frames_pseudonymises_learners(klass):
    frames = classview.load_frames(klass)
    ids = set(frames["reflections"]["learner_id"])
    assert ids and all(i.startswith("L") and i[1:].isdigit() for i in ids)
    assert not any("nurse" in i for i in set(frames["contacts"]["learner_id"]))
    # The same learner keeps one pseudonym across frames.
    assert ids <= set(frames["contacts"]["learner_id"])
    assert set(frames["ratings"]["dimension"].cat.categories) >= {"daily work"}
    o2m = frames["outreach_to_meeting"]
    assert (o2m["days"] == 10).all() and len(o2m) == 11
    learned = frames["learned"]
    assert learned.groupby("category", observed=True)["learned"].sum()["getting started"] == 10
    raw = classview.load_frames(klass, pseudonymise=False)
    assert "nurse-0" in set(raw["reflections"]["learner_id"])


def test_empty_store_gives_empty_views(sqlite_url):
    data = classview.load_class(sqlite_url)
    assert classview.class_summary(data)["learners"] == 0
    assert classview.fit_by_field(data).empty
    assert classview.common_surprises(data).empty
    assert classview.meetings_by_field(data).empty
    assert classview.stuck_learners(data).empty
    frames = classview.load_frames(sqlite_url)
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())


def test_class_reads_refuse_a_learner_server(tmp_path, monkeypatch):
    from infoint import classview

    url = f"sqlite:///{tmp_path / 'class.db'}"
    monkeypatch.delenv("INFOINT_ROLE", raising=False)
    monkeypatch.setenv("JUPYTERHUB_USER", "maya")
    with pytest.raises(classview.ClassAccessError):
        classview.load_frames(url)
    with pytest.raises(PermissionError):
        classview.class_reflections(url)
    # On the hub the role variable alone is not enough (a learner's process can set it):
    # class reads need the instructor credentials the hub hands only to instructors.
    monkeypatch.setenv("INFOINT_ROLE", "instructor")
    with pytest.raises(classview.ClassAccessError, match="INFOINT_CLASS_DB"):
        classview.load_frames(url)
    monkeypatch.setenv("INFOINT_CLASS_DB", url)
    monkeypatch.setenv("INFOINT_DB", f"sqlite:///{tmp_path / 'own.db'}")
    assert classview.load_frames()["reflections"].empty
    # The server's own store means the class, read with the class credentials.
    assert str(classview._engine(f"sqlite:///{tmp_path / 'own.db'}").url) == url
