"""The question bank: format, loading, errors and the essentials it suggests."""

import pytest

from infoint import bank as bank_mod
from infoint.bank import (
    BANK_CATEGORIES,
    CLOSING_MINUTES,
    OPENING_MINUTES,
    Bank,
    BankError,
    Question,
    load_bank,
    parse_bank_csv,
    read_bank_file,
)
from infoint.model import CATEGORIES

HEADER = "id,category,question,minutes,tags,field\n"
FIELD_FILES = (
    "accounting.csv",
    "software-engineering.csv",
    "nursing-health-care.csv",
    "teaching.csv",
    "marketing-communications.csv",
    "research-academia.csv",
)


def test_shipped_bank():
    b = load_bank()
    general = b.filter(field="")
    assert len(general) >= 80
    assert set(BANK_CATEGORIES) >= set(CATEGORIES)
    assert {q.category for q in general} == set(BANK_CATEGORIES)
    for category in CATEGORIES:
        assert len([q for q in general if q.category == category and q.essential]) >= 3
    for q in general:
        assert 1.5 <= q.minutes <= 4 and q.field is None
        assert q.text.endswith("?")
    assert len(b.fields()) >= 6
    for field in b.fields():
        assert len(b.filter(field=field, include_general=False)) >= 10
    sources = {q.source.rsplit("/", 1)[-1] for q in b}
    assert set(FIELD_FILES) <= sources


def test_cached_and_reloadable():
    assert load_bank() is load_bank()
    load_bank.cache_clear()
    assert load_bank() is load_bank()


def test_lookups():
    b = load_bank()
    q = b.get("gen-start-01")
    assert isinstance(q, Question) and q.category == "getting started"
    assert {"essential", "opener"} <= q.tags
    with pytest.raises(KeyError):
        b.get("nope")
    assert b.match("  how did you FIRST get started in this line of work ") is q
    assert b.match("How did you first get started in this line of work?") is q
    assert b.match("Something else entirely?") is None
    assert b.categories()[0] == "getting started"
    assert b.categories() == [c for c in BANK_CATEGORIES if c in b.categories()]


def test_filter():
    b = load_bank()
    acct = b.filter(field="Accounting")
    assert any(q.field == "accounting" for q in acct) and any(q.field is None for q in acct)
    assert all(q.field == "software engineering"
               for q in b.filter(field="software-engineering", include_general=False))
    assert all(q.category == "lifestyle" for q in b.filter(category="lifestyle"))
    found = b.filter(search="typical day")
    assert found and all("typical" in q.text.lower() for q in found)
    assert b.filter(search="zzzz-nothing") == []


@pytest.mark.parametrize("minutes", [15, 20, 30])
@pytest.mark.parametrize("field", [None, "accounting", "teaching", "research and academia"])
def test_essentials_fit_and_flow(minutes, field):
    picks = load_bank().essentials_for(minutes, field=field)
    total = OPENING_MINUTES + CLOSING_MINUTES + sum(q.minutes for q in picks)
    assert total <= minutes
    assert "opener" in picks[0].tags
    assert picks[-1].category in ("advice", "next step")
    assert len({q.id for q in picks}) == len(picks)
    if field:
        assert any(q.field == field for q in picks)


def _err(text):
    with pytest.raises(BankError) as info:
        parse_bank_csv(text, "mine.csv")
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("id,category,question\nx,advice,Why?\n", "missing column(s) minutes"),
        (HEADER + "a1,hobbies,Why?,2,,\n", "unknown category"),
        (HEADER + "a1,advice,Why?,lots,,\n", "bad minutes"),
        (HEADER + "a1,advice,Why?,99,,\n", "bad minutes"),
        (HEADER + "a1,advice,,2,,\n", "empty question"),
        (HEADER + "a1,advice,Why?,2,,\na1,advice,How?,2,,\n", "duplicate id"),
        (HEADER + "a1,advice,Why?,2,famous,\n", "unknown tag"),
        (HEADER + ",advice,Why?,2,,\n", "missing id"),
        (HEADER + "a1,advice,Why, oh why?,2,,\n", "put a question that contains a comma"),
        ("", "empty file"),
        (HEADER + 'a1,advice,"Why?,2,,\n', "cannot read CSV"),
    ],
)
def test_bank_errors_name_file_line_and_problem(text, needle):
    message = _err(text)
    assert message.startswith("mine.csv")
    assert needle in message
    if text and text.startswith("id") and "\n" in text.strip():
        assert "line " in message


def test_error_line_numbers():
    assert "line 3" in _err(HEADER + "a1,advice,Why?,2,,\na2,nope,How?,2,,\n")
    assert "first used on line 2" in _err(HEADER + "a1,advice,Why?,2,,\na1,advice,Hm?,2,,\n")


def test_comments_blank_lines_and_optional_columns():
    qs = parse_bank_csv("# my bank\nid,category,question,minutes\n\nx1,Advice, What now? ,2\n")
    assert qs == [Question("x1", "advice", "What now?", 2.0, frozenset(), None, "<text>")]


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER.encode() + "a1,advice,Caf\xe9?,2,,\n".encode("latin-1"))
    with pytest.raises(BankError, match=r"latin\.csv, line 2: not UTF-8"):
        read_bank_file(path)
    with pytest.raises(BankError, match="cannot read"):
        read_bank_file(tmp_path / "missing.csv")


def test_extra_banks_from_env(tmp_path, monkeypatch):
    extra = tmp_path / "class"
    extra.mkdir()
    (extra / "mine.csv").write_text(HEADER + "cls-01,trends,What changed this year?,2,,\n")
    monkeypatch.setenv("INFOINT_EXTRA_BANKS", str(extra))
    b = load_bank()
    assert b.get("cls-01").source.endswith("mine.csv")
    assert len(b) == len(load_bank(None)) and b.get("gen-start-01")


def test_duplicate_ids_across_files(tmp_path, monkeypatch):
    extra = tmp_path / "dup"
    extra.mkdir()
    (extra / "dup.csv").write_text(HEADER + "gen-start-01,advice,Why though?,2,,\n")
    monkeypatch.setenv("INFOINT_EXTRA_BANKS", str(extra))
    with pytest.raises(BankError, match="duplicate id 'gen-start-01'.*general.csv"):
        load_bank()


def test_missing_extra_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("INFOINT_EXTRA_BANKS", str(tmp_path / "nowhere"))
    with pytest.raises(BankError, match="does not exist"):
        load_bank()


def test_explicit_paths_and_data_dir(tmp_path, monkeypatch):
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "general.csv").write_text(HEADER + "only,advice,What now?,2,,\n")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    assert [q.id for q in load_bank()] == ["only"]
    assert [q.id for q in load_bank([tmp_path / "banks"])] == ["only"]
    assert bank_mod.data_dir() == tmp_path


def test_bank_rejects_duplicate_questions():
    q = Question("a", "advice", "Why?", 2.0)
    with pytest.raises(BankError):
        Bank([q, q])
