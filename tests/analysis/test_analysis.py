"""infoint.analysis on small hand-built reflections and frames, plus a few properties."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint import analysis as a
from infoint.frames import reflections_to_frame
from infoint.model import CATEGORIES, DIMENSIONS, TONES, Contact, Reflection


def refl(rid, field, contact=None, ratings=None, tone="positive", met=1, **kw) -> Reflection:
    return Reflection(
        id=rid,
        field=field,
        met_on=date(2026, 3, met),
        contact_id=contact,
        ratings=ratings or {},
        tone=tone,
        **kw,
    )


@pytest.fixture
def sample() -> list[Reflection]:
    return [
        refl(1, "nursing", 10, {"daily work": 2, "lifestyle": 5}, "negative", met=1),
        refl(2, "nursing", 11, {"daily work": 5, "lifestyle": 4}, "positive", met=3),
        refl(3, "accounting", None, {"overall interest": 4}, "mixed", met=2),
    ]


# -- ratings_long ----------------------------------------------------------------------


def test_ratings_long_one_row_per_reflection_and_dimension(sample):
    long = a.ratings_long(sample)
    assert len(long) == 3 * len(DIMENSIONS)
    assert list(long.columns) == list(a.RATINGS_LONG_COLUMNS)
    assert {c: str(t) for c, t in long.dtypes.items()} == {
        "reflection_id": "Int64",
        "learner_id": "string",
        "contact_id": "Int64",
        "field": "string",
        "met_on": "datetime64[ns]",
        "dimension": "category",
        "rating": "Int64",
        "tone": "category",
        "consent": "bool",
    }
    assert list(long["dimension"].cat.categories) == list(DIMENSIONS)
    assert long["dimension"].cat.ordered
    assert list(long["tone"].cat.categories) == list(TONES)
    first = long[long["reflection_id"] == 1].set_index("dimension")["rating"]
    assert first["daily work"] == 2 and first["lifestyle"] == 5
    assert first.isna().sum() == len(DIMENSIONS) - 2
    assert (long.loc[long["reflection_id"] == 3, "contact_id"].isna()).all()


def test_ratings_long_accepts_the_wide_frame(sample):
    from_objects = a.ratings_long(sample)
    from_frame = a.ratings_long(reflections_to_frame(sample, learner_id="amara"))
    assert (from_frame["learner_id"] == "amara").all()
    pd.testing.assert_frame_equal(
        from_objects.drop(columns="learner_id"), from_frame.drop(columns="learner_id")
    )


def test_ratings_long_of_nothing_is_empty_but_typed():
    long = a.ratings_long([])
    assert long.empty and str(long["rating"].dtype) == "Int64"


# -- fit_by_field -----------------------------------------------------------------------


def test_fit_by_field_mean_count_std(sample):
    fit = a.fit_by_field(a.ratings_long(sample))
    assert list(fit.columns) == ["field", "dimension", "mean", "n", "std"]
    nursing = fit[fit["field"] == "nursing"].set_index("dimension")
    assert nursing.loc["daily work", "mean"] == pytest.approx(3.5)
    assert nursing.loc["daily work", "n"] == 2
    assert nursing.loc["daily work", "std"] == pytest.approx(np.std([2, 5], ddof=1))
    one = fit[(fit["field"] == "accounting")].iloc[0]
    assert one["dimension"] == "overall interest" and np.isnan(one["std"])
    # Unrated dimensions do not appear as zeros.
    assert len(fit) == 3
    assert list(fit["field"]) == sorted(fit["field"])


def test_fit_matrix_has_every_dimension_as_a_column(sample):
    table = a.fit_matrix(a.fit_by_field(a.ratings_long(sample)))
    assert list(table.columns) == list(DIMENSIONS)
    assert table.loc["nursing", "lifestyle"] == pytest.approx(4.5)
    assert np.isnan(table.loc["accounting", "daily work"])
    assert a.fit_matrix(a.fit_by_field(a.ratings_long([]))).empty


# -- agreement ------------------------------------------------------------------------


def test_agreement_disagree_agree_and_one_view(sample):
    agree = a.agreement(a.ratings_long(sample)).set_index(["field", "dimension"])
    assert agree.loc[("nursing", "daily work"), "verdict"] == "disagree"
    assert agree.loc[("nursing", "daily work"), "spread"] == 3
    assert agree.loc[("nursing", "lifestyle"), "verdict"] == "agree"
    assert agree.loc[("nursing", "lifestyle"), "informants"] == 2
    assert agree.loc[("accounting", "overall interest"), "verdict"] == "one view"


def test_agreement_counts_one_person_met_twice_once():
    same_person = [
        refl(1, "law", 7, {"lifestyle": 1}, met=1),
        refl(2, "law", 7, {"lifestyle": 5}, met=9),
    ]
    row = a.agreement(a.ratings_long(same_person)).iloc[0]
    assert row["informants"] == 1 and row["verdict"] == "one view"
    assert row["low"] == row["high"] == 3.0  # their two ratings averaged


def test_tone_agreement_uses_each_informants_latest_tone(sample):
    later = [*sample, refl(4, "nursing", 10, {}, "positive", met=20)]
    tones = a.tone_agreement(a.ratings_long(later)).set_index("field")
    assert tones.loc["nursing", "positive"] == 2 and tones.loc["nursing", "negative"] == 0
    assert tones.loc["nursing", "verdict"] == "agree"
    tones = a.tone_agreement(a.ratings_long(sample)).set_index("field")
    assert tones.loc["nursing", "verdict"] == "disagree"
    assert tones.loc["accounting", "verdict"] == "one view"
    assert tones.loc["accounting", "mixed"] == 1


def test_agreement_sentences_are_plain_and_per_field(sample):
    long = a.ratings_long(sample)
    lines = a.agreement_sentences(a.agreement(long), a.tone_agreement(long))
    assert set(lines) == {"nursing", "accounting"}
    assert any("disagree on daily work" in s for s in lines["nursing"])
    assert any("Only one person" in s for s in lines["accounting"])


# -- meetings_per_field -----------------------------------------------------------------


def test_meetings_per_field_counts_meetings_and_people(sample):
    extra = refl(4, "nursing", 10, {}, met=20)  # the same person again, unrated
    per = a.meetings_per_field(a.ratings_long([*sample, extra]))
    assert list(per["field"]) == ["nursing", "accounting"]
    nursing = per.iloc[0]
    assert nursing["meetings"] == 3 and nursing["informants"] == 2
    assert nursing["last_met"] == pd.Timestamp("2026-03-20")
    assert str(per["meetings"].dtype) == "Int64"


# -- funnel ---------------------------------------------------------------------------


def test_funnel_counts_each_contact_at_every_stage_up_to_its_furthest():
    people = [
        Contact("Ana", id=1, status="identified"),
        Contact("Ben", id=2, status="contacted"),
        Contact("Cy", id=3, status="met"),
        Contact("Di", id=4, status="keeping in touch"),
        Contact("Ed", id=5, status="declined / no reply"),
        Contact("Flo", id=6, status="asked for intro"),
    ]
    # Ed declined a second meeting after the first one: still counts as met.
    events = [{"contact_id": 5, "kind": "met"}, {"contact_id": 2, "kind": "sent"}]
    out = a.funnel(people, events)
    assert list(out["stage"]) == list(a.FUNNEL_STAGES)
    assert list(out["count"]) == [6, 4, 3, 1]
    assert out["share"].iloc[0] == 1.0 and out["share"].iloc[3] == pytest.approx(1 / 6)


def test_funnel_accepts_frames_and_nothing():
    frame = pd.DataFrame({"id": [1, 2], "status": ["thanked", "identified"]})
    assert list(a.funnel(frame)["count"]) == [2, 1, 1, 1]
    empty = a.funnel([])
    assert list(empty["count"]) == [0, 0, 0, 0] and (empty["share"] == 0).all()


def test_funnel_refuses_unknown_status():
    with pytest.raises(ValueError):
        a.funnel(pd.DataFrame({"id": [1], "status": ["hired"]}))


# -- coverage -------------------------------------------------------------------------


def test_coverage_marks_learned_and_skipped_categories():
    items = [
        refl(1, "law", learned={"advice": "Volunteer at a legal clinic", "lifestyle": "Long"}),
        refl(2, "law", learned={"advice": "Read the trade press"}),
    ]
    cov = a.coverage(items).set_index("category")
    assert cov.loc["advice", "meetings"] == 2 and cov.loc["advice", "share"] == 1.0
    assert cov.loc["lifestyle", "share"] == 0.5
    assert cov.loc["daily workload", "skipped"]
    assert not cov.loc["advice", "skipped"]
    assert list(cov.index) == list(CATEGORIES)


def test_learned_long_shape_and_coverage_from_it():
    items = [refl(1, "law", learned={"career paths": "Clerk first"})]
    learned = a.learned_long(items)
    assert len(learned) == len(CATEGORIES)
    assert learned["learned"].sum() == 1 and learned["chars"].max() == len("Clerk first")
    pd.testing.assert_frame_equal(a.coverage(learned), a.coverage(items))


# -- next_actions ---------------------------------------------------------------------


def test_next_actions_thanks_keep_in_touch_more_people_and_referrals():
    people = [Contact("Grace Ho", id=10), Contact("Ivan Roy", id=11)]
    items = [
        refl(1, "nursing", 10, met=2),  # not thanked yet
        refl(2, "nursing", 11, met=3, thank_you_sent_on=date(2026, 3, 3),
             suggested_people=["Ivan Roy", "Lena Park"]),
        refl(3, "law", None, met=4),
    ]
    out = a.next_actions(items, people, today=date(2026, 3, 10))
    kinds = out.groupby("kind", observed=True).size().to_dict()
    assert kinds == {
        "thank-you": 2, "keep-in-touch": 1, "talk to another person": 1, "add suggested": 1
    }
    thanks = out[out["kind"] == "thank-you"].iloc[0]
    assert thanks["who"] == "Grace Ho" and thanks["due"] == pd.Timestamp("2026-03-03")
    assert thanks["overdue"]
    assert out.loc[out["kind"] == "add suggested", "who"].item() == "Lena Park"
    keep = out[out["kind"] == "keep-in-touch"].iloc[0]
    assert keep["due"] > pd.Timestamp("2026-04-10") and not keep["overdue"]
    assert out.loc[out["kind"] == "talk to another person", "field"].item() == "law"
    assert list(out["due"]) == sorted(out["due"])


def test_next_actions_ask_for_introductions_and_list_each_new_referral_once():
    people = [
        Contact("Grace Ho", id=10, status="met"),
        Contact("Lena Park", id=12, relationship="referral", referred_by="Grace Ho",
                field="pharmacy"),
        Contact("Omar Diaz", id=13, relationship="referral", field="law"),
        Contact("Ivan Roy", id=11, relationship="referral", referred_by="Grace Ho",
                status="contacted"),  # already written to: nothing to ask
    ]
    items = [
        refl(1, "nursing", 10, met=2, suggested_people=["Nadia Jensen", "Lena Park"]),
        refl(2, "nursing", None, met=3, suggested_people=["nadia  jensen"]),
    ]
    out = a.next_actions(items, people, today=date(2026, 3, 10))
    intro = out[out["kind"] == "ask for an introduction"].set_index("who")
    assert list(intro.index) == ["Lena Park", "Omar Diaz"]
    assert intro.loc["Lena Park", "action"].startswith("Ask Grace Ho to introduce you to Lena")
    assert "say who suggested" in intro.loc["Omar Diaz", "action"]
    assert intro["due"].eq(pd.Timestamp("2026-03-10")).all()
    added = out[out["kind"] == "add suggested"]
    assert list(added["who"]) == ["Nadia Jensen"]
    assert added["action"].item().endswith("and ask Grace Ho for an introduction.")


def test_next_actions_of_nothing_is_empty():
    out = a.next_actions([], [])
    assert out.empty and list(out.columns)[:2] == ["due", "kind"]


# -- properties -----------------------------------------------------------------------

ratings = st.dictionaries(st.sampled_from(DIMENSIONS), st.integers(1, 5))
reflections = st.lists(
    st.builds(
        lambda i, f, c, r, t: refl(i, f, c, r, t),
        st.integers(1, 10_000),
        st.sampled_from(["law", "nursing", "art"]),
        st.one_of(st.none(), st.integers(1, 5)),
        ratings,
        st.sampled_from(TONES),
    ),
    max_size=25,
    unique_by=lambda r: r.id,
)


@settings(max_examples=60, deadline=None)
@given(reflections)
def test_summaries_agree_with_a_plain_python_count(items):
    long = a.ratings_long(items)
    assert len(long) == len(items) * len(DIMENSIONS)
    fit = a.fit_by_field(long)
    assert int(fit["n"].sum()) == sum(len(r.ratings) for r in items)
    for row in fit.itertuples():
        values = [r.ratings[row.dimension] for r in items
                  if r.field == row.field and row.dimension in r.ratings]
        assert row.mean == pytest.approx(sum(values) / len(values))
    agree = a.agreement(long)
    assert (agree["low"] <= agree["high"]).all()
    assert (agree["informants"] <= fit.set_index(["field", "dimension"]).loc[
        list(zip(agree["field"], agree["dimension"], strict=True)), "n"].to_numpy()).all()
    per = a.meetings_per_field(long)
    assert int(per["meetings"].sum()) == len(items)
    tones = a.tone_agreement(long)
    assert int(tones["informants"].sum()) == int(per["informants"].sum())
