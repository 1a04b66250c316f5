"""The learner's holidays kept in the cache folder, so that a page dating a follow-up does
not load every country's calendar module before it shows (issue #14, time to widgets)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import infoint.cadence as cadence_module
from infoint.cadence import (
    HolidayError,
    holiday_cache_folder,
    keep_holidays,
    public_holidays,
    read_kept_holidays,
)

YEARS = (2025, 2026, 2027)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty cache folder, and no copy of the holidays in this process's memory."""
    monkeypatch.setenv("INFOINT_CACHE_DIR", str(tmp_path / "cache"))
    cadence_module._holidays.cache_clear()
    yield tmp_path / "cache"
    cadence_module._holidays.cache_clear()


def _kept_files(folder) -> list[str]:
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def test_the_first_look_up_keeps_a_copy_the_next_process_reads(folder):
    days = public_holidays("GB", "ENG", YEARS)
    assert days[date(2026, 12, 25)] == "Christmas Day"
    assert _kept_files(folder) == ["holidays-GB-ENG-2025-2026-2027.json"]
    # A new kernel: the same days, and not one country module loaded for them.
    probe = (
        "import sys\nfrom infoint.cadence import public_holidays\n"
        f"days = public_holidays('GB', 'ENG', {YEARS!r})\n"
        "print(len(days), 'holidays.countries' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={**os.environ, "INFOINT_CACHE_DIR": str(folder)})
    assert out.stdout.split() == [str(len(days)), "False"]


def test_a_copy_from_another_calendar_version_is_worked_out_again(folder):
    real = public_holidays("US", "", (2026,))
    path = folder / "holidays-US-all-2026.json"
    raw = json.loads(path.read_text())
    raw["holidays"] = "0.1"  # an older package may have named or dated a day differently
    raw["days"] = [["2026-03-03", "Invented Day"]]
    path.write_text(json.dumps(raw))
    assert read_kept_holidays("US", "", (2026,)) is None
    cadence_module._holidays.cache_clear()
    assert public_holidays("US", "", (2026,)) == real
    assert json.loads(path.read_text())["holidays"] == cadence_module._calendar_version()


def test_unknown_codes_are_still_clear_errors_and_keep_nothing(folder):
    with pytest.raises(HolidayError, match="ZZ"):
        public_holidays("ZZ", "", YEARS)
    with pytest.raises(HolidayError, match="not a region"):
        public_holidays("DE", "XX", YEARS)
    assert _kept_files(folder) == []


def test_codes_that_are_no_file_name_are_never_kept(folder):
    keep_holidays("../GB", "", YEARS, ((date(2026, 1, 1), "New Year's Day"),))
    keep_holidays("GB", "E/NG", YEARS, ((date(2026, 1, 1), "New Year's Day"),))
    assert _kept_files(folder) == [] and not (folder.parent / "GB").exists()
    assert read_kept_holidays("../GB", "", YEARS) is None


def test_an_empty_cache_setting_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("INFOINT_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    cadence_module._holidays.cache_clear()
    try:
        assert holiday_cache_folder() is None
        assert date(2026, 12, 25) in public_holidays("GB", "", (2026,))
    finally:
        cadence_module._holidays.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_only_means_working_them_out(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("INFOINT_CACHE_DIR", str(blocked / "cache"))
    cadence_module._holidays.cache_clear()
    try:
        assert date(2026, 12, 25) in public_holidays("GB", "", (2026,))
    finally:
        cadence_module._holidays.cache_clear()
    assert blocked.read_text() == "not a folder"


def test_no_half_written_file_is_left_behind(folder):
    public_holidays("FR", "", YEARS)
    public_holidays("FR", "", (2026,))
    assert all(not name.startswith(".") for name in _kept_files(folder))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(
    st.binary(max_size=200),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=12),
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["holidays", "country", "region", "years", "days"]),
                          inner, max_size=5),
        max_leaves=12,
    ).map(lambda v: json.dumps(v).encode()),
))
def test_any_file_in_the_copy_s_place_gives_the_real_days_or_none(folder, body):
    """Whatever lies in the file (damaged, hand-edited, another program's), reading it
    raises nothing, and the page's days are the calendar's."""
    path = folder / "holidays-GB-all-2026.json"
    path.unlink(missing_ok=True)
    real = dict(cadence_module._holidays.__wrapped__("GB", "", (2026,)))  # and a true copy
    path.write_bytes(body)
    kept = read_kept_holidays("GB", "", (2026,))
    assert kept is None or dict(kept) == real
    cadence_module._holidays.cache_clear()
    assert public_holidays("GB", "", (2026,)) == real


def test_a_kept_day_outside_its_years_or_without_a_name_is_not_read(folder):
    public_holidays("GB", "", (2026,))
    path = folder / "holidays-GB-all-2026.json"
    raw = json.loads(path.read_text())
    for days in ([["2031-01-01", "New Year's Day"]], [["2026-01-01", 7]]):
        path.write_text(json.dumps({**raw, "days": days}))
        assert read_kept_holidays("GB", "", (2026,)) is None
