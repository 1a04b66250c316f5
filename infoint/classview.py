"""Class-wide reads for the instructor and the analyst, with the privacy rules in one place.

Every class view in infoint reads the store through this module, and this module follows
three rules so no view can forget them:

1. **Only shared reflections.** Reflection content (ratings, tone, notes, surprises) is
   read only where the learner ticked consent; the filter is in the SQL, so unshared
   rows never leave the database.
2. **No contact details, ever.** Queries name the columns they read (:data:`SAFE_COLUMNS`);
   a contact's name, organisation, role, email, phone, web address, notes and introducer,
   outreach bodies, meeting places, thank-you letters and suggested people are never
   selected, so they cannot leak through a join, a ``SELECT *`` or a later refactor.
3. **Groups of at least five.** Any figure about a group (a field, a stage, the whole
   class in the headline) that fewer than :data:`K_MIN` different learners contributed
   to is withheld and shown as "fewer than 5" (:func:`suppress_small_groups`,
   :func:`mask_small_counts`, :func:`class_summary`).

Stuck learners are the one per-learner list: an instructor needs to know whom to help.
It names learners by their id only and carries counts, never content.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, DateTime, Engine, String, select, type_coerce

from infoint import schema
from infoint.model import CATEGORIES, DIMENSIONS
from infoint.pipeline import FUNNEL_LABELS

if TYPE_CHECKING:
    import pandas as pd

    from infoint.store import Store

__all__ = [
    "FEWER",
    "K_MIN",
    "SAFE_COLUMNS",
    "ClassData",
    "HeadlineFigure",
    "class_headline",
    "class_summary",
    "class_too_small",
    "class_funnel",
    "class_reflections",
    "common_surprises",
    "fit_by_field",
    "informant_agreement",
    "load_class",
    "load_frames",
    "mask_small_counts",
    "meetings_by_field",
    "stuck_learners",
    "suppress_small_groups",
]

K_MIN = 5
FEWER = f"fewer than {K_MIN}"

# The only columns any class view reads, per table. Everything else stays in the store.
SAFE_COLUMNS: dict[str, tuple[str, ...]] = {
    "learners": ("learner_id", "fields", "updated_at"),
    "contacts": ("id", "learner_id", "field", "relationship", "status", "source", "created_at"),
    "outreach": ("id", "learner_id", "contact_id", "channel", "version", "score", "sent_on",
                 "created_at"),
    "contact_events": ("learner_id", "contact_id", "kind", "on_date"),
    "meetings": ("id", "learner_id", "contact_id", "starts_at_utc", "minutes"),
    "plans": ("id", "learner_id", "contact_id", "field"),
    "reflections": ("id", "learner_id", "contact_id", "field", "met_on", "learned", "surprises",
                    "ratings", "tone", "pitch_strength", "consent", "thank_you_sent_on",
                    "created_at"),
}

# Never selected by this module; listed so a test can prove it.
CONTACT_DETAILS = ("name", "organisation", "role", "email", "phone", "url", "notes",
                   "referred_by")

STUCK_DAYS = 14
SURPRISE_CHARS = 160


INSTRUCTOR = "instructor"


class ClassAccessError(PermissionError):
    """Class-wide data was asked for by someone who is not an instructor."""


def viewer_role(environ: Mapping[str, str] | None = None) -> str:
    """Who is looking, from the server's environment only (never from a widget).

    * ``INFOINT_ROLE=instructor``: an instructor (JupyterHub sets this for instructors);
    * any other ``INFOINT_ROLE``, or a JupyterHub learner server (``JUPYTERHUB_USER``
      set without the instructor role): a learner;
    * neither: a single-user install, whose owner already owns the whole database file,
      so it counts as the instructor (a teacher trying the demo on a laptop).
    """
    env = os.environ if environ is None else environ
    role = env.get("INFOINT_ROLE", "").strip().lower()
    if role:
        return INSTRUCTOR if role == INSTRUCTOR else "learner"
    return "learner" if env.get("JUPYTERHUB_USER", "").strip() else INSTRUCTOR


def require_instructor(environ: Mapping[str, str] | None = None) -> str | None:
    """Refuse class-wide reads on a learner's server; returns the URL to read the class with.

    Every class read goes through :func:`_engine`, so the dashboard, the analysis
    notebook and any learner typing ``classview.load_frames()`` meet the same rule. On
    JupyterHub the role in the environment is not trusted on its own: class data is read
    only with the instructor credentials the hub gives instructors' servers
    (``INFOINT_CLASS_DB``), and PostgreSQL's row-level security decides what those, or any
    forged ones, may read (see :mod:`infoint.access`).
    """
    from infoint.access import CLASS_DB_VAR, class_store_url, on_hub

    env = os.environ if environ is None else environ
    if viewer_role(env) != INSTRUCTOR:
        raise ClassAccessError(
            "Class data is for instructors: this server was not started with the "
            "instructor role (INFOINT_ROLE=instructor)."
        )
    url = class_store_url(env)
    if on_hub(env) and url is None:
        raise ClassAccessError(
            "Class data is for instructors: the hub did not give this server the class's "
            f"instructor credentials ({CLASS_DB_VAR})."
        )
    return url


def _engine(source: Engine | Store | str | None) -> Engine:
    hub_url = require_instructor()
    from infoint.access import on_hub
    from infoint.store import Store, default_url

    own_store = source is None or not isinstance(source, str) or source == default_url()
    if on_hub() and own_store:
        # The dashboard passes its own (learner) store and the notebooks pass nothing: on
        # a hub server both mean the class, read through the instructor role it was given.
        # An explicit other URL (a demo file) is read with whatever rights that URL has.
        return Store.open(hub_url, learner_id="class-view").engine
    if isinstance(source, Engine):
        return source
    if source is not None and hasattr(source, "engine"):
        return source.engine  # a Store

    # Opening a store migrates the schema; the learner id is never used for reads here.
    return Store.open(source, learner_id="class-view").engine


def _select(table_name: str, *where: Any) -> Any:
    table = getattr(schema, table_name)
    columns = []
    for name in SAFE_COLUMNS[table_name]:
        column = table.c[name]
        if isinstance(column.type, (Date, DateTime)):
            # SQLite keeps dates as text and SQLAlchemy parses them one by one; pandas
            # parses the whole column at once, ten times faster for a big class.
            column = type_coerce(column, String).label(name)
        columns.append(column)
    query = select(*columns)
    return query.where(*where) if where else query


def _to_datetime(values: pd.Series) -> pd.Series:
    import pandas as pd

    first = values.dropna().head(1).tolist()
    # Text from SQLite: ISO 8601 parses vectorised; date objects from PostgreSQL as they are.
    fmt = "ISO8601" if first and isinstance(first[0], str) else None
    return pd.to_datetime(values, format=fmt).astype("datetime64[ns]")


def _dates(frame: pd.DataFrame, table_name: str) -> pd.DataFrame:

    table = getattr(schema, table_name)
    for name in SAFE_COLUMNS[table_name]:
        if isinstance(table.c[name].type, (Date, DateTime)) and name in frame:
            frame[name] = _to_datetime(frame[name])
    return frame


def _frame(rows: Iterable[Any], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame.from_records([tuple(r) for r in rows], columns=list(columns))


@dataclass
class ClassData:
    """Everything a class view may see, read in one pass: safe columns only."""

    learners: pd.DataFrame
    contacts: pd.DataFrame
    outreach: pd.DataFrame
    events: pd.DataFrame
    meetings: pd.DataFrame
    plans: pd.DataFrame
    reflections: pd.DataFrame  # consented only, wide: see class_reflections

    @property
    def n_learners(self) -> int:
        ids = set(self.learners["learner_id"]) | set(self.contacts["learner_id"])
        return len(ids)


def load_class(source: Engine | Store | str | None = None) -> ClassData:
    """Read the whole class once (one connection, seven narrow queries)."""
    engine = _engine(source)
    with engine.connect() as conn:
        raw = {
            name: _dates(_frame(conn.execute(_select(name)).all(), SAFE_COLUMNS[name]), name)
            for name in ("learners", "contacts", "outreach", "contact_events", "meetings",
                         "plans")
        }
        refl_rows = conn.execute(
            _select("reflections", schema.reflections.c.consent.is_(True))
        ).all()
    return ClassData(
        learners=raw["learners"],
        contacts=raw["contacts"],
        outreach=raw["outreach"],
        events=raw["contact_events"],
        meetings=raw["meetings"],
        plans=raw["plans"],
        reflections=_reflections_frame(refl_rows),
    )


def class_reflections(source: Engine | Store | str | None = None) -> pd.DataFrame:
    """Shared (consented) reflections of the whole class, one row each.

    Columns: id, learner_id, contact_id, field, met_on (datetime64), tone, pitch_strength,
    consent (always True), n_learned, categories (list of question categories with notes),
    surprises, one ``rating_<dimension>`` Int64 column per dimension, thank_you_sent_on,
    created_at. The notes themselves, follow-up questions, suggested people and
    thank-you letters are not read.
    """
    engine = _engine(source)
    t = schema.reflections
    with engine.connect() as conn:
        rows = conn.execute(_select("reflections", t.c.consent.is_(True))).all()
    return _reflections_frame(rows)


def _reflections_frame(rows: list[Any]) -> pd.DataFrame:
    import pandas as pd

    from infoint.frames import rating_column

    records = []
    for r in rows:
        m = r._mapping
        if not m["consent"]:  # belt and braces: the query already filtered
            continue
        learned = m["learned"] or {}
        ratings = m["ratings"] or {}
        record = {
            "id": m["id"],
            "learner_id": m["learner_id"],
            "contact_id": m["contact_id"],
            "field": m["field"],
            "met_on": m["met_on"],
            "tone": m["tone"],
            "pitch_strength": m["pitch_strength"],
            "consent": True,
            "n_learned": sum(1 for c in CATEGORIES if learned.get(c)),
            "categories": [c for c in CATEGORIES if learned.get(c)],
            "surprises": m["surprises"] or "",
            "thank_you_sent_on": m["thank_you_sent_on"],
            "created_at": m["created_at"],
        }
        for d in DIMENSIONS:
            record[rating_column(d)] = ratings.get(d)
        records.append(record)
    columns = ["id", "learner_id", "contact_id", "field", "met_on", "tone", "pitch_strength",
               "consent", "n_learned", "categories", "surprises",
               *[rating_column(d) for d in DIMENSIONS], "thank_you_sent_on", "created_at"]
    frame = pd.DataFrame.from_records(records, columns=columns)
    for col in ("id", "contact_id", "pitch_strength", "n_learned",
                *[rating_column(d) for d in DIMENSIONS]):
        frame[col] = frame[col].astype("Int64")
    for col in ("learner_id", "field", "surprises"):
        frame[col] = frame[col].astype("string")
    frame["tone"] = pd.Categorical(frame["tone"], categories=["positive", "mixed", "negative"])
    frame["consent"] = frame["consent"].astype(bool)
    for col in ("met_on", "thank_you_sent_on", "created_at"):
        frame[col] = _to_datetime(frame[col])
    return frame


# -- the k >= 5 rule ----------------------------------------------------------------------


def suppress_small_groups(
    frame: pd.DataFrame, by: str | list[str], k: int = K_MIN, learners: str = "learner_id"
) -> pd.DataFrame:
    """Keep only rows whose group (``by``) has at least ``k`` different learners.

    The withheld groups' keys are listed in ``result.attrs["suppressed"]`` so a view can
    say which groups are "fewer than 5" without showing anything about them.
    """
    keys = [by] if isinstance(by, str) else list(by)
    if frame.empty:
        out = frame.copy()
        out.attrs["suppressed"] = []
        return out
    sizes = frame.groupby(keys, observed=True, dropna=False)[learners].transform("nunique")
    keep = sizes >= k
    small = frame.loc[~keep, keys].drop_duplicates()
    out = frame.loc[keep].copy()
    out.attrs["suppressed"] = sorted(
        (tuple(row) if len(keys) > 1 else row[0]) for row in small.itertuples(index=False)
    )
    return out


def mask_small_counts(
    table: pd.DataFrame, columns: list[str], learners: str = "learners", k: int = K_MIN
) -> pd.DataFrame:
    """For display: replace ``columns`` (and the learner count) by "fewer than 5" in rows
    that between 1 and ``k - 1`` learners contributed to (a zero reveals no one).
    Returns an object-dtype copy."""
    out = table.copy()
    n = out[learners].fillna(0).astype(int)
    small = (n > 0) & (n < k)  # nobody at all reveals no one
    for col in [*columns, learners]:
        out[col] = out[col].astype(object)
        out.loc[small, col] = FEWER
    return out


# -- class views ---------------------------------------------------------------------------

STAGE_LABELS = FUNNEL_LABELS  # one home for the pipeline: infoint.pipeline


def _contact_stage(data: ClassData) -> pd.Series:
    """Furthest funnel stage (index into analysis.FUNNEL_STAGES) each contact reached.

    Uses the same status and event mapping as ``analysis.funnel`` (a test compares the
    two), applied to the whole class at once instead of one learner at a time.
    """
    import numpy as np
    import pandas as pd

    from infoint.analysis import _EVENT_STAGE, _STATUS_STAGE

    contacts = data.contacts
    stage = contacts["status"].map(_STATUS_STAGE).fillna(0).to_numpy("int64")
    ev = data.events
    if len(ev) and len(contacts):
        best = (
            ev["kind"].map(_EVENT_STAGE).fillna(0).astype("int64")
            .groupby([ev["learner_id"], ev["contact_id"]]).max()
        )
        index = pd.MultiIndex.from_arrays([contacts["learner_id"], contacts["id"]])
        stage = np.maximum(stage, best.reindex(index).fillna(0).to_numpy("int64"))
    return pd.Series(stage, index=contacts.index, dtype="int64")


def class_funnel(data: ClassData, k: int = K_MIN) -> pd.DataFrame:
    """The class pipeline: per stage, how many learners and contacts reached it.

    Columns: stage (analysis.FUNNEL_STAGES), label, learners, contacts, share (of all
    learners in the class). Counts from fewer than ``k`` learners read "fewer than 5";
    in a class of fewer than ``k`` learners every row does, zeros included.
    """
    import pandas as pd

    from infoint.analysis import FUNNEL_STAGES

    total = data.n_learners
    rows = []
    stage = _contact_stage(data) if len(data.contacts) else pd.Series([], dtype="int64")
    for i, name in enumerate(FUNNEL_STAGES):
        reached = data.contacts.loc[stage.to_numpy() >= i] if len(data.contacts) else (
            data.contacts
        )
        n_learners = reached["learner_id"].nunique()
        rows.append({
            "stage": name,
            "label": STAGE_LABELS[name],
            "learners": n_learners,
            "contacts": len(reached),
            "share": n_learners / total if total else 0.0,
        })
    table = pd.DataFrame(rows)
    if 0 < total < k:
        # In a class this small even a zero is about everyone ("nobody has met anyone").
        table["share"] = None
        table = table.astype({"learners": object, "contacts": object})
        table[["learners", "contacts"]] = FEWER
        return table
    small = (table["learners"] > 0) & (table["learners"] < k)
    table["share"] = table["share"].astype(object)
    table.loc[small, "share"] = None
    return mask_small_counts(table, ["contacts"], k=k)


def stuck_learners(
    data: ClassData,
    today: date | None = None,
    days: int = STUCK_DAYS,
    follow_up_days: int | None = None,
) -> pd.DataFrame:
    """Learners who may need a nudge, by learner id only, with counts (never names).

    Stuck means either nothing sent ``days`` or more days after the learner started
    (first contact added, or profile saved), or a follow-up overdue: a message sent more
    than ``follow_up_days`` business days ago with no reply, follow-up, meeting or
    decline since. Columns: learner_id, days_in, contacts, sent, overdue_follow_ups,
    reason. Longest-waiting first.
    """
    import pandas as pd

    from infoint.contacts import add_business_days

    today = today or date.today()
    starts: dict[str, date] = {}
    for lid, ts in zip(data.learners["learner_id"], data.learners["updated_at"], strict=True):
        starts[lid] = _day(ts)
    first_contact = data.contacts.groupby("learner_id")["created_at"].min()
    for lid, ts in first_contact.items():
        day = _day(ts)
        starts[lid] = min(day, starts.get(lid, day))
    n_contacts = data.contacts.groupby("learner_id").size()
    sent = data.outreach.loc[data.outreach["sent_on"].notna()]
    n_sent = sent.groupby("learner_id")["contact_id"].nunique()
    ev = data.events
    key = ["learner_id", "contact_id"]
    last_sent = ev.loc[ev["kind"] == "sent"].groupby(key)["on_date"].max().rename("sent")
    answered = ev.loc[ev["kind"].isin(["replied", "followed up", "met", "declined", "thanked"])]
    waiting = last_sent.to_frame().join(
        answered.groupby(key).size().rename("answers"), how="left"
    ).join(data.contacts.set_index(["learner_id", "id"]).rename_axis(key)["status"], how="left")
    waiting = waiting.loc[waiting["answers"].isna()
                          & waiting["status"].isin(["contacted", "follow-up due"])]
    # Few distinct send days: compute each one's follow-up day once.
    if follow_up_days is None:
        from infoint.cadence import cadence  # data/rules/cadence.toml, as the learners see it

        follow_up_days = cadence().follow_up_after
    due_on = {d: add_business_days(_day(d), follow_up_days) for d in waiting["sent"].unique()}
    late = waiting["sent"].map(due_on) < today
    overdue = late[late].groupby(level="learner_id").size().to_dict()
    rows = []
    for lid, start in starts.items():
        days_in = (today - start).days
        n_s = int(n_sent.get(lid, 0))
        n_o = overdue.get(lid, 0)
        reasons = []
        if n_s == 0 and days_in >= days:
            n_c = int(n_contacts.get(lid, 0))
            reasons.append("no contacts yet" if n_c == 0 else f"nothing sent in {days_in} days")
        if n_o:
            reasons.append(f"{n_o} follow-up{'s' if n_o > 1 else ''} overdue")
        if reasons:
            rows.append({
                "learner_id": lid,
                "days_in": days_in,
                "contacts": int(n_contacts.get(lid, 0)),
                "sent": n_s,
                "overdue_follow_ups": n_o,
                "reason": "; ".join(reasons),
            })
    columns = ["learner_id", "days_in", "contacts", "sent", "overdue_follow_ups", "reason"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["sent", "days_in", "learner_id"], ascending=[True, False, True],
                             kind="stable").reset_index(drop=True)


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    import pandas as pd

    return pd.Timestamp(value).date()


def meetings_by_field(data: ClassData, k: int = K_MIN, today: date | None = None
                      ) -> pd.DataFrame:
    """Meetings per field (the contact's field, else the plan's): held, upcoming, learners.

    Fields with fewer than ``k`` learners are one line, "fewer than 5", counts withheld.
    Columns: field, learners, held, upcoming.
    """
    import pandas as pd

    today = today or date.today()
    m = data.meetings
    if m.empty:
        return pd.DataFrame(columns=["field", "learners", "held", "upcoming"])
    contact_field = {
        (lid, cid): f
        for lid, cid, f in zip(data.contacts["learner_id"], data.contacts["id"],
                               data.contacts["field"], strict=True)
    }
    fields = [
        contact_field.get((lid, cid)) or "(no field given)"
        for lid, cid in zip(m["learner_id"], m["contact_id"], strict=True)
    ]
    frame = pd.DataFrame({
        "learner_id": m["learner_id"].to_numpy(),
        "field": fields,
        "held": pd.to_datetime(m["starts_at_utc"]).dt.date.to_numpy() < today,
    })
    grouped = frame.groupby("field")
    table = pd.DataFrame({
        "learners": grouped["learner_id"].nunique(),
        "held": grouped["held"].sum(),
        "upcoming": grouped.size() - grouped["held"].sum(),
    }).reset_index()
    table = table.sort_values(["held", "field"], ascending=[False, True], kind="stable")
    return _fold_small(table.reset_index(drop=True), ["held", "upcoming"], k)


def _fold_small(table: pd.DataFrame, counts: list[str], k: int) -> pd.DataFrame:
    """Fold every row with fewer than k learners into one "fewer than 5" row per field."""
    small = table["learners"] < k
    big = table.loc[~small].astype({c: object for c in [*counts, "learners"]})
    if not small.any():
        return big.reset_index(drop=True)
    import pandas as pd

    folded = pd.DataFrame([{
        "field": f"{int(small.sum())} other field{'s' if small.sum() > 1 else ''}",
        "learners": FEWER,
        **{c: FEWER for c in counts},
    }])
    return pd.concat([big, folded], ignore_index=True)


def fit_by_field(data: ClassData | pd.DataFrame, k: int = K_MIN) -> pd.DataFrame:
    """Mean fit rating per field x dimension from shared reflections, fields with at least
    ``k`` learners only (the rest listed in ``attrs["suppressed"]``).

    Columns: field, dimension, mean, n (rated reflections), learners.
    """
    from infoint.analysis import fit_by_field as fit
    from infoint.analysis import ratings_long

    refl = data.reflections if isinstance(data, ClassData) else data
    kept = suppress_small_groups(refl, "field", k)
    table = fit(ratings_long(kept))
    learners = kept.groupby("field")["learner_id"].nunique()
    table["learners"] = table["field"].map(learners).astype("Int64")
    table.attrs["suppressed"] = kept.attrs["suppressed"]
    return table


def fit_matrix(fit_table: pd.DataFrame) -> pd.DataFrame:
    """Fields as rows, dimensions as columns, mean ratings: what the heatmap draws."""
    from infoint.analysis import fit_matrix as matrix

    return matrix(fit_table)


def common_surprises(
    data: ClassData | pd.DataFrame, k: int = K_MIN, per_field: int = 3,
    chars: int = SURPRISE_CHARS,
) -> pd.DataFrame:
    """The most often mentioned surprises per field (shared reflections, fields with at
    least ``k`` learners), shortened to ``chars``. Text is raw: the view escapes it.

    Columns: field, surprise, mentions. No learner id: the text is about the field.
    """
    import pandas as pd

    refl = data.reflections if isinstance(data, ClassData) else data
    kept = suppress_small_groups(refl, "field", k)
    text = kept["surprises"].fillna("").astype(str).str.strip()
    kept = kept.assign(surprise=text.map(lambda s: _shorten(s, chars)),
                       key=text.str.casefold())
    kept = kept.loc[kept["surprise"] != ""]
    if kept.empty:
        return pd.DataFrame(columns=["field", "surprise", "mentions"])
    counted = (
        kept.groupby(["field", "key"], sort=False)
        .agg(surprise=("surprise", "first"), mentions=("id", "size"),
             latest=("met_on", "max"))
        .reset_index()
        .sort_values(["field", "mentions", "latest"], ascending=[True, False, False],
                     kind="stable")
    )
    top = counted.groupby("field", sort=True).head(per_field)
    return top[["field", "surprise", "mentions"]].reset_index(drop=True)


def _shorten(text: str, chars: int) -> str:
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    cut = text[: chars - 1].rsplit(" ", 1)[0]
    return cut + "\u2026"


def class_summary(data: ClassData, k: int = K_MIN) -> dict[str, int | str]:
    """Headline counts, each withheld ("fewer than 5") when fewer than ``k`` learners
    contributed to it: a total over two learners is a figure about those two.

    An empty class gives zeros (nobody to reveal); a class of 1 to ``k - 1`` learners
    gives "fewer than 5" for every key, zeros included. From ``k`` learners on,
    ``learners`` is the class size, and ``contacts``, ``sent``, ``meetings`` and
    ``shared_reflections`` count only when at least ``k`` different learners have some
    (0 when nobody has); ``sharing_learners`` likewise.
    """
    sent = data.outreach.loc[data.outreach["sent_on"].notna()]
    figures: dict[str, tuple[int, int]] = {  # key: (figure, learners behind it)
        "learners": (data.n_learners, data.n_learners),
        "contacts": (len(data.contacts), data.contacts["learner_id"].nunique()),
        "sent": (len(sent), sent["learner_id"].nunique()),
        "meetings": (len(data.meetings), data.meetings["learner_id"].nunique()),
        "shared_reflections": (len(data.reflections),
                               data.reflections["learner_id"].nunique()),
    }
    figures["sharing_learners"] = (figures["shared_reflections"][1],) * 2
    if 0 < data.n_learners < k:
        # In a class this small even a zero is about everyone ("nobody has sent anything").
        return dict.fromkeys(figures, FEWER)
    return {key: _banded(value, learners, k) for key, (value, learners) in figures.items()}


def _banded(value: int, learners: int, k: int) -> int | str:
    if learners == 0:
        return 0  # nobody in a class of k or more: a zero reveals no one
    return int(value) if learners >= k else FEWER


@dataclass(frozen=True)
class HeadlineFigure:
    """One box of the dashboard's headline: the figure as text and what it counts."""

    key: str
    value: str
    label: str

    @property
    def withheld(self) -> bool:
        return self.value == WITHHELD


WITHHELD = "hidden"

_HEADLINE = {  # key: (label when shown, sentence when withheld)
    "learners": ("learners", f"learners so far: {FEWER}"),
    "contacts": ("contacts listed", f"contacts: {FEWER} learners have listed any"),
    "sent": ("messages sent", f"messages: {FEWER} learners have sent any"),
    "meetings": ("meetings", f"meetings: {FEWER} learners have planned any"),
    "shared_reflections": ("reflections shared by {sharing} learners",
                           f"{FEWER} learners have shared yet"),
}


def class_headline(data: ClassData, k: int = K_MIN) -> list[HeadlineFigure]:
    """The headline the dashboard shows, already banded: no exact figure from fewer than
    ``k`` learners, each withheld one replaced by a plain sentence."""
    summary = class_summary(data, k)
    out = []
    for key, (label, sentence) in _HEADLINE.items():
        value = summary[key]
        if value == FEWER:
            out.append(HeadlineFigure(key, WITHHELD, sentence))
            continue
        sharing = summary["sharing_learners"]
        text = label.format(sharing=f"{sharing:,}" if isinstance(sharing, int) else sharing)
        out.append(HeadlineFigure(key, f"{int(value):,}", text))
    return out


def class_too_small(data: ClassData, k: int = K_MIN) -> bool:
    """True when the class has between 1 and ``k - 1`` learners (figures withheld)."""
    return 0 < data.n_learners < k


# -- the analyst's frames --------------------------------------------------------------


def load_frames(
    source: Engine | Store | str | None = None, *, pseudonymise: bool = True
) -> dict[str, pd.DataFrame]:
    """The store as tidy DataFrames in one call, for pandas analysis.

    Keys:

    * ``reflections``: shared reflections, one row each (see :func:`class_reflections`);
    * ``ratings``: one row per shared reflection x dimension (``analysis.ratings_long``);
    * ``learned``: one row per shared reflection x question category, ``learned`` True
      when the learner wrote notes under it;
    * ``contacts``: field, relationship, status, source per contact (no names or details);
    * ``outreach``: channel, version, score, sent_on per saved draft (no text);
    * ``events``: contact timeline kinds and dates;
    * ``meetings``: contact id, start (UTC), length;
    * ``outreach_to_meeting``: per contact that was written to and met, the first send
      day, the meeting day and the days between.

    Learner ids are replaced by stable pseudonyms (``L001``...) unless ``pseudonymise`` is
    false; contact ids stay as the join key between frames.
    """
    import pandas as pd

    from infoint.analysis import ratings_long

    data = load_class(source)
    refl = data.reflections
    ratings = ratings_long(refl.drop(columns=["categories"]))
    learned = pd.DataFrame({
        "reflection_id": refl["id"].repeat(len(CATEGORIES)).to_numpy(),
        "learner_id": refl["learner_id"].repeat(len(CATEGORIES)).to_numpy(),
        "field": refl["field"].repeat(len(CATEGORIES)).to_numpy(),
        "category": pd.Categorical(list(CATEGORIES) * len(refl), categories=list(CATEGORIES),
                                   ordered=True),
        "learned": [c in cats for cats in refl["categories"] for c in CATEGORIES],
    })
    meetings = data.meetings.rename(columns={"starts_at_utc": "starts_at"})
    meetings["starts_at"] = pd.to_datetime(meetings["starts_at"])
    first_sent = (
        data.outreach.loc[data.outreach["sent_on"].notna()]
        .groupby(["learner_id", "contact_id"])["sent_on"].min().rename("first_sent")
    )
    first_meeting = meetings.groupby(["learner_id", "contact_id"])["starts_at"].min().rename(
        "met_on"
    )
    o2m = pd.concat([first_sent, first_meeting], axis=1, join="inner").reset_index()
    o2m["first_sent"] = pd.to_datetime(o2m["first_sent"])
    o2m["met_on"] = pd.to_datetime(o2m["met_on"]).dt.normalize()
    o2m["days"] = (o2m["met_on"] - o2m["first_sent"]).dt.days
    field_of = data.contacts.set_index(["learner_id", "id"])["field"]
    o2m["field"] = [field_of.get((lid, cid), "") for lid, cid in
                    zip(o2m["learner_id"], o2m["contact_id"], strict=True)]
    frames = {
        "reflections": refl,
        "ratings": ratings,
        "learned": learned,
        "contacts": data.contacts.rename(columns={"id": "contact_id"}),
        "outreach": data.outreach,
        "events": data.events,
        "meetings": meetings,
        "outreach_to_meeting": o2m,
    }
    if pseudonymise:
        frames = _pseudonymise(frames, data)
    return frames


def informant_agreement(ratings: pd.DataFrame) -> pd.DataFrame:
    """Within each learner's own meetings, did the people they met in a field agree?

    ``ratings`` is the ``ratings`` frame of :func:`load_frames`. Runs
    :func:`infoint.analysis.agreement` per learner (informants are compared only with the
    other people the same learner met) and returns its columns plus ``learner_id``.
    """
    import pandas as pd

    from infoint.analysis import agreement

    parts = [agreement(group).assign(learner_id=lid)
             for lid, group in ratings.groupby("learner_id", sort=True)]
    if not parts:
        return agreement(ratings).assign(learner_id=pd.Series(dtype="string"))
    return pd.concat(parts, ignore_index=True)


def _pseudonymise(frames: dict[str, pd.DataFrame], data: ClassData) -> dict[str, pd.DataFrame]:
    ids = sorted(set(data.learners["learner_id"]) | set(data.contacts["learner_id"])
                 | set(data.reflections["learner_id"].astype(str)))
    alias = {lid: f"L{i + 1:03d}" for i, lid in enumerate(ids)}
    out = {}
    for name, frame in frames.items():
        frame = frame.copy()
        if "learner_id" in frame:
            frame["learner_id"] = frame["learner_id"].astype(str).map(alias).astype("string")
        out[name] = frame
    return out
