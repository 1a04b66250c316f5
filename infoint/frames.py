"""Reflections as pandas frames with explicit dtypes.

Kept apart from the store so analysis code and tests can build frames from plain
:class:`~infoint.model.Reflection` objects, and so importing the store stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from infoint.model import DIMENSIONS, TONES, Reflection


def rating_column(dimension: str) -> str:
    return "rating_" + dimension.replace(" ", "_")


REFLECTION_COLUMNS: dict[str, str] = {
    "id": "Int64",
    "learner_id": "string",
    "contact_id": "Int64",
    "field": "string",
    "met_on": "datetime64[ns]",
    "tone": "category",
    "pitch_strength": "Int64",
    "consent": "bool",
    "n_learned": "Int64",
    **{rating_column(d): "Int64" for d in DIMENSIONS},
    "surprises": "string",
    "thank_you_sent_on": "datetime64[ns]",
}


def reflections_to_frame(items: Iterable[Reflection], learner_id: str = "") -> pd.DataFrame:
    """One row per reflection; ratings spread into one nullable column per dimension."""
    rows = []
    for r in items:
        row = {
            "id": r.id,
            "learner_id": getattr(r, "learner_id", learner_id),
            "contact_id": r.contact_id,
            "field": r.field,
            "met_on": pd.Timestamp(r.met_on),
            "tone": r.tone,
            "pitch_strength": r.pitch_strength,
            "consent": bool(r.consent),
            "n_learned": len(r.learned),
            "surprises": r.surprises,
            "thank_you_sent_on": pd.Timestamp(r.thank_you_sent_on)
            if r.thank_you_sent_on
            else pd.NaT,
        }
        for d in DIMENSIONS:
            row[rating_column(d)] = r.ratings.get(d)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(REFLECTION_COLUMNS))
    for column, dtype in REFLECTION_COLUMNS.items():
        if dtype == "category":
            frame[column] = pd.Categorical(frame[column], categories=list(TONES))
        elif dtype.startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column]).astype(dtype)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame
