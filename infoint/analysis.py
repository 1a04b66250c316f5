"""Tidy pandas frames of a learner's reflections, and the summaries the journey dashboard draws.

Every function takes plain data (model objects or frames) and returns a new frame with the
columns and dtypes listed in its docstring; nothing here touches widgets or the store, so the
dashboard, the class view and a unit test all see the same numbers.

Vectorised throughout (no Python loop per reflection): a million reflections, six million
rating rows, summarise in a few seconds. Categories (dimension, tone, question category,
funnel stage) use pandas ``category`` dtype in the product's own order, so plots and tables
list them the way the apps do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from infoint.frames import rating_column, reflections_to_frame
from infoint.model import CATEGORIES, DIMENSIONS, PIPELINE, TONES, Contact, Reflection
from infoint.pipeline import EVENT_FUNNEL, FUNNEL_STAGES, STAGES, STATUS_FUNNEL

__all__ = [
    "AGREEMENT_VERDICTS",
    "FUNNEL_STAGES",
    "NEXT_ACTION_KINDS",
    "agreement",
    "agreement_sentences",
    "coverage",
    "fit_by_field",
    "fit_matrix",
    "funnel",
    "journey",
    "learned_long",
    "meetings_per_field",
    "next_actions",
    "ratings_long",
    "reflections_export",
    "to_csv_bytes",
    "to_parquet_bytes",
    "tone_agreement",
]

AGREEMENT_VERDICTS = ("one view", "agree", "disagree")
NEXT_ACTION_KINDS = (
    "thank-you",
    "keep-in-touch",
    "talk to another person",
    "add suggested",
    "ask for an introduction",
)

# Two informants who rate a dimension two or more points apart see the field differently
# enough that the learner should find out why before trusting either view.
DISAGREE_SPREAD = 2

_DIMENSION_DTYPE = pd.CategoricalDtype(list(DIMENSIONS), ordered=True)
_TONE_DTYPE = pd.CategoricalDtype(list(TONES))
_CATEGORY_DTYPE = pd.CategoricalDtype(list(CATEGORIES), ordered=True)
_STAGE_DTYPE = pd.CategoricalDtype(list(FUNNEL_STAGES), ordered=True)
_VERDICT_DTYPE = pd.CategoricalDtype(list(AGREEMENT_VERDICTS))
_KIND_DTYPE = pd.CategoricalDtype(list(NEXT_ACTION_KINDS))

RATINGS_LONG_COLUMNS: dict[str, str] = {
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


def _wide(source: Iterable[Reflection] | pd.DataFrame) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        return source
    return reflections_to_frame(list(source))


def _nullable_int(values: np.ndarray) -> pd.arrays.IntegerArray:
    """float array with NaN -> Int64 with <NA>, without a Python loop."""
    mask = np.isnan(values)
    ints = np.where(mask, 0, values).astype("int64")
    return pd.arrays.IntegerArray(ints, mask)


def ratings_long(source: Iterable[Reflection] | pd.DataFrame) -> pd.DataFrame:
    """One row per reflection x dimension: the tidy frame every fit summary starts from.

    ``source`` is a list of :class:`~infoint.model.Reflection` or the wide frame of
    :func:`infoint.frames.reflections_to_frame` (``Store.reflections_frame()``).

    Columns and dtypes:

    ========================  ==========================================================
    reflection_id  Int64      the reflection's id (<NA> before it is saved)
    learner_id     string     whose reflection it is
    contact_id     Int64      the informant met (<NA> when no contact was picked)
    field          string     the field of work the meeting was about
    met_on         datetime64[ns]  the meeting day
    dimension      category   ordered as ``model.DIMENSIONS``
    rating         Int64      1..5, <NA> when that dimension was left unrated
    tone           category   ``model.TONES``: how the informant spoke of their work
    consent        bool       shared with the instructor
    ========================  ==========================================================

    Unrated dimensions are kept (rating <NA>) so every reflection appears exactly
    ``len(DIMENSIONS)`` times and counts of meetings stay right.
    """
    wide = _wide(source)
    n, k = len(wide), len(DIMENSIONS)
    rows = np.repeat(np.arange(n), k)

    def repeat(column: str, dtype: str) -> Any:
        if column not in wide:
            return pd.array([pd.NA] * (n * k), dtype=dtype)
        return wide[column].astype(dtype).array.take(rows)

    # Row-major ravel of an (n, k) block lines up with np.repeat(range(n), k).
    block = np.column_stack(
        [
            wide[rating_column(d)].to_numpy(dtype="float64", na_value=np.nan)
            if rating_column(d) in wide
            else np.full(n, np.nan)
            for d in DIMENSIONS
        ]
    ) if n else np.empty((0, k))
    tone = wide["tone"] if "tone" in wide else pd.Series([], dtype="object")
    tone_codes = pd.Categorical(tone, dtype=_TONE_DTYPE).codes
    return pd.DataFrame(
        {
            "reflection_id": repeat("id", "Int64"),
            "learner_id": repeat("learner_id", "string"),
            "contact_id": repeat("contact_id", "Int64"),
            "field": repeat("field", "string"),
            "met_on": wide["met_on"].astype("datetime64[ns]").to_numpy()[rows],
            "dimension": pd.Categorical.from_codes(
                np.tile(np.arange(k, dtype="int8"), n), dtype=_DIMENSION_DTYPE
            ),
            "rating": _nullable_int(block.ravel()),
            "tone": pd.Categorical.from_codes(tone_codes[rows], dtype=_TONE_DTYPE),
            "consent": wide["consent"].to_numpy(dtype=bool)[rows],
        }
    )


def learned_long(reflections: Iterable[Reflection]) -> pd.DataFrame:
    """One row per reflection x question category: was something learned about it?

    Columns: reflection_id Int64, field string, category category (ordered as
    ``model.CATEGORIES``), learned bool (notes were written for it), chars Int64 (length
    of the notes).
    """
    items = list(reflections)
    k = len(CATEGORIES)
    chars = np.array(
        [[len(r.learned.get(c, "")) for c in CATEGORIES] for r in items], dtype="int64"
    ).reshape(len(items), k)
    rows = np.repeat(np.arange(len(items)), k)
    ids = pd.array([r.id for r in items], dtype="Int64")
    fields = pd.array([r.field for r in items], dtype="string")
    return pd.DataFrame(
        {
            "reflection_id": ids.take(rows),
            "field": fields.take(rows),
            "category": pd.Categorical.from_codes(
                np.tile(np.arange(k, dtype="int8"), len(items)), dtype=_CATEGORY_DTYPE
            ),
            "learned": chars.ravel() > 0,
            "chars": pd.array(chars.ravel(), dtype="Int64"),
        }
    )


def fit_by_field(long: pd.DataFrame) -> pd.DataFrame:
    """How well each field fits, per dimension, from the rated rows of ``long``.

    Columns: field string, dimension category (ordered), mean float64, n Int64 (rated
    reflections), std float64 (sample std; NaN for a single rating). Sorted by field name,
    then dimensions in product order; only field x dimension pairs with a rating appear.
    """
    k = len(DIMENSIONS)
    cell, rating, fields = _rated_cells(long)
    counts = np.bincount(cell, minlength=len(fields) * k)
    sums = np.bincount(cell, weights=rating, minlength=len(fields) * k)
    squares = np.bincount(cell, weights=rating * rating, minlength=len(fields) * k)
    cells = np.flatnonzero(counts)
    n = counts[cells]
    mean = sums[cells] / n
    with np.errstate(invalid="ignore", divide="ignore"):
        var = (squares[cells] - n * mean * mean) / (n - 1)
    std = np.where(n > 1, np.sqrt(np.clip(var, 0, None)), np.nan)
    out = pd.DataFrame(
        {
            "field": pd.array(fields[cells // k] if len(cells) else [], dtype="string"),
            "dimension": pd.Categorical.from_codes(cells % k, dtype=_DIMENSION_DTYPE),
            "mean": mean,
            "n": pd.array(n, dtype="Int64"),
            "std": std,
        }
    )
    return out.sort_values(["field", "dimension"], kind="stable").reset_index(drop=True)


def _rated_cells(long: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(field x dimension cell code, rating) for rated rows, plus the field names.

    Works on numpy arrays so six million rows never get copied as a whole frame.
    """
    rated = long["rating"].notna().to_numpy()
    field_code, fields = _field_codes(long["field"])
    dim_code = long["dimension"].astype(_DIMENSION_DTYPE).cat.codes.to_numpy("int64")
    cell = (field_code * len(DIMENSIONS) + dim_code)[rated]
    rating = long["rating"].to_numpy("float64", na_value=np.nan)[rated]
    return cell, rating, fields


def fit_matrix(fit: pd.DataFrame) -> pd.DataFrame:
    """``fit_by_field`` pivoted for a heatmap: fields as rows, dimensions as columns."""
    if fit.empty:
        return pd.DataFrame(columns=list(DIMENSIONS), dtype="float64")
    table = fit.pivot_table(
        index="field", columns="dimension", values="mean", observed=False, dropna=False
    )
    return table.reindex(columns=list(DIMENSIONS)).astype("float64")


def _informant(long: pd.DataFrame) -> np.ndarray:
    # The same person met twice is one informant; a meeting with no contact picked is
    # its own informant (negative numbers keep reflection ids apart from contact ids).
    contact = long["contact_id"].to_numpy(dtype="float64", na_value=np.nan)
    reflection = long["reflection_id"].to_numpy(dtype="float64", na_value=0.0)
    return np.where(np.isnan(contact), -(reflection + 1), contact)


def _field_codes(field: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(field.astype("string"), use_na_sentinel=False)
    return codes.astype("int64"), np.asarray(uniques, dtype=object)


def agreement(long: pd.DataFrame) -> pd.DataFrame:
    """Where different informants agree or disagree on a field, per dimension.

    Each informant's ratings are averaged first, so one person met twice speaks once.
    Columns: field string, dimension category (ordered), informants Int64, low float64,
    high float64 (lowest and highest informant rating), spread float64 (high - low),
    verdict category: "one view" (fewer than two informants rated it), "disagree"
    (spread >= 2 points) or "agree". Sorted by field, then dimension.
    """
    k = len(DIMENSIONS)
    cell, rating, fields = _rated_cells(long)
    person_code, people = pd.factorize(_informant(long)[long["rating"].notna().to_numpy()])
    # One integer per (field, dimension, informant): grouping a single int64 key with
    # bincount is an order of magnitude faster than a three-column groupby.
    key = cell * max(len(people), 1) + person_code
    group, keys = pd.factorize(key)
    counts = np.bincount(group, minlength=len(keys))
    sums = np.bincount(group, weights=rating, minlength=len(keys))
    person_mean = pd.Series(sums / np.maximum(counts, 1))
    cell_of_key = keys // max(len(people), 1)
    stats = person_mean.groupby(cell_of_key).agg(["count", "min", "max"])
    cells = stats.index.to_numpy("int64")
    out = pd.DataFrame(
        {
            "field": pd.array(fields[cells // k] if len(cells) else [], dtype="string"),
            "dimension": pd.Categorical.from_codes(cells % k, dtype=_DIMENSION_DTYPE),
            "informants": pd.array(stats["count"].to_numpy("int64"), dtype="Int64"),
            "low": stats["min"].to_numpy("float64"),
            "high": stats["max"].to_numpy("float64"),
        }
    )
    out["spread"] = out["high"] - out["low"]
    verdict = np.where(
        out["informants"].to_numpy(dtype="int64") < 2,
        "one view",
        np.where(out["spread"].to_numpy() >= DISAGREE_SPREAD, "disagree", "agree"),
    )
    out["verdict"] = pd.Categorical(verdict, dtype=_VERDICT_DTYPE)
    out = out.sort_values(["field", "dimension"], kind="stable").reset_index(drop=True)
    return out[["field", "dimension", "informants", "low", "high", "spread", "verdict"]]


def tone_agreement(long: pd.DataFrame) -> pd.DataFrame:
    """How informants spoke of each field: counts of informants per tone.

    Columns: field string, informants Int64, positive Int64, mixed Int64, negative Int64,
    verdict category ("one view", "agree": everyone the same tone, "disagree").
    An informant's tone is the one from their most recent meeting. Sorted by field.
    """
    # ratings_long keeps each reflection's rows together: every k-th row is one reflection.
    first = long.iloc[:: len(DIMENSIONS)]
    field_code, fields = _field_codes(first["field"])
    person_code, people = pd.factorize(_informant(first))
    order = np.argsort(first["met_on"].to_numpy(), kind="stable")
    key = field_code[order] * max(len(people), 1) + person_code[order]
    latest = order[~pd.Series(key).duplicated(keep="last").to_numpy()]
    tone_code = first["tone"].astype(_TONE_DTYPE).cat.codes.to_numpy("int64")[latest]
    t = len(TONES)
    table = np.bincount(
        field_code[latest] * t + tone_code, minlength=len(fields) * t
    ).reshape(len(fields), t)
    out = pd.DataFrame({"field": pd.array(fields, dtype="string")})
    for i, tone in enumerate(TONES):
        out[tone] = pd.array(table[:, i], dtype="Int64")
    out["informants"] = pd.array(table.sum(axis=1), dtype="Int64")
    kinds = (table > 0).sum(axis=1)
    verdict = np.where(
        table.sum(axis=1) < 2, "one view", np.where(kinds > 1, "disagree", "agree")
    )
    out["verdict"] = pd.Categorical(verdict, dtype=_VERDICT_DTYPE)
    out = out[out["informants"] > 0].sort_values("field", kind="stable")
    return out[["field", "informants", *TONES, "verdict"]].reset_index(drop=True)


def agreement_sentences(agree: pd.DataFrame, tones: pd.DataFrame) -> dict[str, list[str]]:
    """Plain sentences per field for the dashboard (unescaped text: the view escapes it)."""
    out: dict[str, list[str]] = {}
    for row in tones.itertuples(index=False):
        lines = out.setdefault(str(row.field), [])
        if row.verdict == "one view":
            lines.append(
                "Only one person so far: their view may be their own experience or their "
                "employer's. Talk to someone else in this field before deciding."
            )
        elif row.verdict == "agree":
            lines.append(
                f"All {row.informants} people you met spoke of it in a {_tone_of(row)} way."
            )
        else:
            parts = [f"{getattr(row, t)} {t}" for t in TONES if getattr(row, t)]
            lines.append(f"People spoke of it differently ({', '.join(parts)}).")
    for row in agree.itertuples(index=False):
        if row.verdict == "one view":
            continue
        lines = out.setdefault(str(row.field), [])
        if row.verdict == "disagree":
            lines.append(
                f"They disagree on {row.dimension}: your ratings after each meeting ran from "
                f"{row.low:g} to {row.high:g}. Worth asking the next person about it."
            )
        else:
            lines.append(
                f"They broadly agree on {row.dimension} (ratings {row.low:g} to {row.high:g})."
            )
    return out


def _tone_of(row: Any) -> str:
    for tone in TONES:
        if getattr(row, tone):
            return tone
    return "mixed"


def meetings_per_field(long: pd.DataFrame) -> pd.DataFrame:
    """How many meetings and different informants each field has had.

    Columns: field string, meetings Int64 (reflections), informants Int64 (different
    people), last_met datetime64[ns]. Most-met field first, ties by name.
    """
    first = long.iloc[:: len(DIMENSIONS)] if len(long) else long
    frame = pd.DataFrame(
        {"field": first["field"], "informant": _informant(first), "met_on": first["met_on"]}
    )
    grouped = frame.groupby("field", sort=True)
    out = pd.DataFrame(
        {
            "meetings": grouped.size(),
            "informants": grouped["informant"].nunique(),
            "last_met": grouped["met_on"].max(),
        }
    ).reset_index()
    out["field"] = out["field"].astype("string")
    out["meetings"] = out["meetings"].astype("Int64")
    out["informants"] = out["informants"].astype("Int64")
    out["last_met"] = out["last_met"].astype("datetime64[ns]")
    out = out.sort_values(["meetings", "field"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


# Pipeline status -> furthest funnel stage it proves (index into FUNNEL_STAGES).
_STATUS_STAGE = STATUS_FUNNEL  # one home for the pipeline: infoint.pipeline
_EVENT_STAGE = EVENT_FUNNEL


def funnel(
    contacts: Sequence[Contact] | pd.DataFrame, events: Sequence[dict] | pd.DataFrame = ()
) -> pd.DataFrame:
    """The pipeline funnel: contacts -> asked -> met -> thanked.

    A contact counts at every stage up to the furthest one its status or any of its events
    proves (a contact marked "declined / no reply" after a meeting still counts as met).
    ``contacts`` is a list of Contact or a frame with ``id`` and ``status``; ``events`` a list
    of dicts or a frame with ``contact_id`` and ``kind`` (``Store.events()``).

    Columns: stage category (ordered contacts, asked, met, thanked), count Int64,
    share float64 (of all contacts; 0 when there are none).
    """
    if isinstance(contacts, pd.DataFrame):
        people = contacts[["id", "status"]]
    else:
        people = pd.DataFrame(
            {"id": [c.id for c in contacts], "status": [c.status for c in contacts]}
        )
    unknown = set(people["status"]) - set(PIPELINE)
    if unknown:
        raise ValueError(f"unknown pipeline status: {sorted(unknown)}")
    stage = people["status"].map(_STATUS_STAGE).astype("int64")
    ev = events if isinstance(events, pd.DataFrame) else pd.DataFrame(list(events))
    if len(ev):
        ev_stage = ev["kind"].map(_EVENT_STAGE).fillna(0).astype("int64")
        best = ev_stage.groupby(ev["contact_id"]).max()
        from_events = people["id"].map(best).fillna(0).astype("int64")
        stage = np.maximum(stage.to_numpy(), from_events.to_numpy())
    else:
        stage = stage.to_numpy()
    counts = [(stage >= i).sum() for i in range(len(FUNNEL_STAGES))]
    total = counts[0]
    return pd.DataFrame(
        {
            "stage": pd.Categorical(list(FUNNEL_STAGES), dtype=_STAGE_DTYPE),
            "count": pd.array(counts, dtype="Int64"),
            "share": np.array([c / total if total else 0.0 for c in counts], dtype="float64"),
        }
    )


def coverage(source: Iterable[Reflection] | pd.DataFrame) -> pd.DataFrame:
    """Which question categories the learner has learned about, and which were skipped.

    ``source`` is a list of Reflection or the frame of :func:`learned_long`.
    Columns: category category (ordered as ``model.CATEGORIES``), meetings Int64
    (reflections with notes for it), share float64 (of all reflections), skipped bool
    (no notes in any meeting). One row per category, in product order.
    """
    learned = source if isinstance(source, pd.DataFrame) else learned_long(source)
    total = learned["reflection_id"].nunique(dropna=False) if len(learned) else 0
    if len(learned) and learned["reflection_id"].isna().any():
        total = len(learned) // len(CATEGORIES)
    hits = learned["learned"].groupby(learned["category"], observed=False).sum()
    hits = hits.reindex(list(CATEGORIES), fill_value=0).to_numpy(dtype="int64")
    return pd.DataFrame(
        {
            "category": pd.Categorical(list(CATEGORIES), dtype=_CATEGORY_DTYPE),
            "meetings": pd.array(hits, dtype="Int64"),
            "share": hits / total if total else np.zeros(len(CATEGORIES)),
            "skipped": hits == 0,
        }
    )


def _keep_in_touch(thanked_on: date) -> date:
    try:
        from infoint.contacts import keep_in_touch_due
    except ImportError:  # pragma: no cover - the contacts core ships with the package
        return thanked_on + timedelta(weeks=6)
    return keep_in_touch_due(thanked_on)


def _awaits_introduction(contact: Contact) -> bool:
    """A referral the learner has not written to yet (still before "contacted")."""
    status = contact.status if contact.status in STAGES else STAGES[0]
    return contact.relationship == "referral" and (
        STAGES.index(status) < STAGES.index("contacted")
    )


def _introduction(contact: Contact, today: date) -> dict[str, Any]:
    by = contact.referred_by.strip()
    if by:
        action = (f"Ask {by} to introduce you to {contact.name}, or write to {contact.name} "
                  f"saying {by} suggested you get in touch.")
    else:
        action = (f"Write to {contact.name}, the referral you added, and say who suggested "
                  "you get in touch.")
    return {
        "due": today,
        "kind": "ask for an introduction",
        "who": contact.name,
        "field": contact.field,
        "action": action,
        "reflection_id": None,
    }


def next_actions(
    reflections: Sequence[Reflection],
    contacts: Sequence[Contact] = (),
    today: date | None = None,
    per_field: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """What to do next, soonest first. ``per_field`` (meetings_per_field) is reused if given.

    * a thank-you not yet sent: due the day after the meeting;
    * a thank-you sent: a keep-in-touch note is due about six weeks later;
    * a field with only one informant: talk to another person (due today);
    * people an informant suggested who are not contacts yet: add them (due today), once
      per person however many informants named them;
    * a referral added as a contact but not written to yet: ask whoever suggested them for
      an introduction, or write mentioning them (due today).

    Columns: due datetime64[ns], kind category (``NEXT_ACTION_KINDS``), who string (the
    contact or suggested person, may be empty), field string, action string (plain text,
    unescaped), overdue bool (due before ``today``), reflection_id Int64.
    """
    today = today or date.today()
    names = {c.id: c.name for c in contacts}
    known = {" ".join(c.name.casefold().split()) for c in contacts}
    suggested: set[str] = set()
    rows: list[dict[str, Any]] = []
    latest_thanks: dict[Any, Reflection] = {}
    for r in reflections:
        who = names.get(r.contact_id, "")
        label = who or f"your {r.field} contact"
        if r.thank_you_sent_on is None:
            rows.append(
                {
                    "due": r.met_on + timedelta(days=1),
                    "kind": "thank-you",
                    "who": who,
                    "field": r.field,
                    "action": f"Send {label} a thank-you mentioning something specific.",
                    "reflection_id": r.id,
                }
            )
        else:
            key = r.contact_id if r.contact_id is not None else ("r", r.id)
            prev = latest_thanks.get(key)
            if prev is None or prev.thank_you_sent_on < r.thank_you_sent_on:
                latest_thanks[key] = r
        for person in r.suggested_people:
            key = " ".join(person.casefold().split())
            if key not in known and key not in suggested:
                suggested.add(key)
                rows.append(
                    {
                        "due": today,
                        "kind": "add suggested",
                        "who": person,
                        "field": r.field,
                        "action": f"Add {person} (suggested by {label}) to your contacts"
                        + (f" and ask {who} for an introduction." if who else "."),
                        "reflection_id": r.id,
                    }
                )
    for r in latest_thanks.values():
        who = names.get(r.contact_id, "")
        rows.append(
            {
                "due": _keep_in_touch(r.thank_you_sent_on),
                "kind": "keep-in-touch",
                "who": who,
                "field": r.field,
                "action": f"Send {who or 'your ' + r.field + ' contact'} a short update "
                "on how your search is going.",
                "reflection_id": r.id,
            }
        )
    rows += [_introduction(c, today) for c in contacts if _awaits_introduction(c)]
    if reflections:
        if per_field is None:
            per_field = meetings_per_field(ratings_long(reflections))
        for row in per_field.itertuples(index=False):
            if row.informants < 2:
                rows.append(
                    {
                        "due": today,
                        "kind": "talk to another person",
                        "who": "",
                        "field": row.field,
                        "action": f"Talk to at least one more person in {row.field} "
                        "before judging how it fits you.",
                        "reflection_id": None,
                    }
                )
    frame = pd.DataFrame(
        rows, columns=["due", "kind", "who", "field", "action", "reflection_id"]
    )
    frame["due"] = pd.to_datetime(frame["due"]).astype("datetime64[ns]")
    frame["kind"] = pd.Categorical(frame["kind"], dtype=_KIND_DTYPE)
    for column in ("who", "field", "action"):
        frame[column] = frame[column].astype("string")
    frame["reflection_id"] = frame["reflection_id"].astype("Int64")
    frame["overdue"] = frame["due"] < pd.Timestamp(today)
    frame = frame.sort_values(["due", "kind"], kind="stable").reset_index(drop=True)
    return frame[["due", "kind", "who", "field", "action", "overdue", "reflection_id"]]


def journey(
    reflections: Sequence[Reflection],
    contacts: Sequence[Contact] = (),
    events: Sequence[dict] = (),
    today: date | None = None,
) -> dict[str, pd.DataFrame]:
    """Every frame the journey dashboard draws, computed once per refresh.

    Keys: "long" (ratings_long), "funnel", "per_field" (meetings_per_field), "fit"
    (fit_by_field), "agreement", "tones" (tone_agreement), "coverage", "next" (next_actions).
    """
    long = ratings_long(reflections)
    per_field = meetings_per_field(long)
    return {
        "long": long,
        "funnel": funnel(contacts, events),
        "per_field": per_field,
        "fit": fit_by_field(long),
        "agreement": agreement(long),
        "tones": tone_agreement(long),
        "coverage": coverage(reflections),
        "next": next_actions(reflections, contacts, today=today, per_field=per_field),
    }


def reflections_export(reflections: Sequence[Reflection], learner_id: str = "") -> pd.DataFrame:
    """Everything a learner wrote, one row per reflection, for CSV and Parquet downloads.

    The columns of :func:`infoint.frames.reflections_to_frame`, then one ``learned_<category>``
    string column per question category, follow_up_questions string, suggested_people string
    (joined with "; "), thank_you string.
    """
    frame = reflections_to_frame(reflections, learner_id=learner_id)
    for cat in CATEGORIES:
        frame["learned_" + cat.replace(" ", "_")] = pd.array(
            [r.learned.get(cat, "") for r in reflections], dtype="string"
        )
    frame["follow_up_questions"] = pd.array(
        [r.follow_up_questions for r in reflections], dtype="string"
    )
    frame["suggested_people"] = pd.array(
        ["; ".join(r.suggested_people) for r in reflections], dtype="string"
    )
    frame["thank_you"] = pd.array([r.thank_you for r in reflections], dtype="string")
    return frame


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV (UTF-8 with BOM, so spreadsheet apps read accents) with formula injection defused:
    a text cell starting with = + - @ is prefixed with an apostrophe."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) and not isinstance(
            safe[column].dtype, pd.CategoricalDtype
        ):
            text = safe[column].astype("string")
            risky = text.str.startswith(_FORMULA_START).fillna(False)
            safe[column] = text.where(~risky, "'" + text)
    return safe.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet (pyarrow) keeping the nullable and categorical dtypes."""
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()
