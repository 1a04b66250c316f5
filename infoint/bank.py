"""Question banks: good, open questions for an informational interview, kept as data.

Banks are CSV files under ``data/banks`` (see ``data/banks/README.md`` for the format),
plus any folders named in ``INFOINT_EXTRA_BANKS`` (instructor files, ``:``-separated).
:func:`load_bank` reads them once and caches the result. A malformed file raises
:class:`BankError` naming the file, the line and the problem.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from infoint.content import SHIPPED, data_dir
from infoint.model import CATEGORIES

__all__ = [
    "BANK_CATEGORIES",
    "CLOSING_MINUTES",
    "COLUMNS",
    "CORE_ESSENTIALS",
    "DEFAULT_MINUTES",
    "ESSENTIALS",
    "OPENING_MINUTES",
    "TAGS",
    "Bank",
    "BankError",
    "Question",
    "data_dir",
    "load_bank",
    "normalise",
    "parse_bank_csv",
    "question_budget",
    "read_bank_file",
    "required_essentials",
]

#: Display order: roughly the order a conversation takes, warm-up first, next steps last.
BANK_CATEGORIES: tuple[str, ...] = (
    "getting started",
    "career paths",
    "daily workload",
    "lifestyle",
    "qualifications",
    "company and culture",
    "trends",
    "insights",
    "breaking in",
    "advice",
    "resources",
    "next step",
)
assert set(CATEGORIES) <= set(BANK_CATEGORIES)

#: The seven things every meeting should cover (the model's categories).
ESSENTIALS: tuple[str, ...] = CATEGORIES
#: What a meeting under 20 minutes must cover at least: the basics every contact should be
#: asked (how they started, paths, lifestyle, qualifications, advice).
CORE_ESSENTIALS: tuple[str, ...] = (
    "getting started",
    "career paths",
    "lifestyle",
    "qualifications",
    "advice",
)
SHORT_MEETING = 20

TAGS = frozenset({"essential", "opener", "closer"})
COLUMNS = ("id", "category", "question", "minutes", "tags", "field")
REQUIRED_COLUMNS = ("id", "category", "question", "minutes")

#: Time a meeting spends on greetings and introductions, and on thanks and goodbyes.
OPENING_MINUTES = 3.0
CLOSING_MINUTES = 2.0
#: Estimate for a question that is not in the bank.
DEFAULT_MINUTES = 2.5
MIN_MINUTES, MAX_MINUTES = 0.5, 15.0

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


class BankError(ValueError):
    """A bank file cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Question:
    """One question from a bank."""

    id: str
    category: str
    text: str
    minutes: float
    tags: frozenset[str] = frozenset()
    field: str | None = None
    source: str = ""

    @property
    def essential(self) -> bool:
        return "essential" in self.tags


def required_essentials(minutes: float) -> tuple[str, ...]:
    """The categories a meeting of ``minutes`` should cover."""
    return CORE_ESSENTIALS if minutes < SHORT_MEETING else ESSENTIALS


def question_budget(minutes: float) -> float:
    """Minutes left for questions once opening and closing are allowed for."""
    return max(0.0, minutes - OPENING_MINUTES - CLOSING_MINUTES)


_PUNCT = re.compile(r"[^\w\s]+")
_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced text, for matching questions."""
    text = text.translate(_QUOTES).casefold().replace("'", "")
    return _WS.sub(" ", _PUNCT.sub(" ", text)).strip()


def _field_key(field: str | None) -> str:
    if not field:
        return ""
    return " ".join(field.casefold().replace("&", " and ").replace("-", " ").replace("_", " ")
                    .split())


# --- parsing -----------------------------------------------------------------------------


def parse_bank_csv(text: str, source: str = "<text>") -> list[Question]:
    """Parse the text of one bank file; raise BankError on anything malformed."""
    if not isinstance(text, str):
        raise BankError(f"{source}: expected text, got {type(text).__name__}")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    seen: dict[str, int] = {}
    out: list[Question] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise BankError(f"{source}, line {reader.line_num}: cannot read CSV ({exc})") from None
        line = reader.line_num
        if not row or all(not cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise BankError(
                    f"{source}, line {line}: missing column(s) {', '.join(missing)}; the header "
                    f"must be {','.join(COLUMNS)}"
                )
            continue
        if len(row) > len(header):
            raise BankError(
                f"{source}, line {line}: {len(row)} values but the header has {len(header)} "
                "columns (put a question that contains a comma in double quotes)"
            )
        values = dict(zip(header, (cell.strip() for cell in row), strict=False))
        out.append(_question(values, source, line, seen))
    if header is None:
        raise BankError(f"{source}, line 1: empty file; the header must be {','.join(COLUMNS)}")
    return out


def _question(values: dict[str, str], source: str, line: int, seen: dict[str, int]) -> Question:
    where = f"{source}, line {line}"
    qid = values.get("id", "")
    if not qid:
        raise BankError(f"{where}: missing id")
    if not _ID.match(qid):
        raise BankError(f"{where}: bad id {qid!r} (use letters, digits, '-', '_' or '.')")
    if qid in seen:
        raise BankError(f"{where}: duplicate id {qid!r} (first used on line {seen[qid]})")
    seen[qid] = line
    category = " ".join(values.get("category", "").lower().split())
    if category not in BANK_CATEGORIES:
        raise BankError(
            f"{where}: unknown category {values.get('category', '')!r}; use one of: "
            + ", ".join(BANK_CATEGORIES)
        )
    text = " ".join(values.get("question", "").split())
    if not text:
        raise BankError(f"{where}: empty question")
    raw = values.get("minutes", "")
    try:
        minutes = float(raw)
    except ValueError:
        minutes = float("nan")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise BankError(
            f"{where}: bad minutes {raw!r} (a number from {MIN_MINUTES:g} to {MAX_MINUTES:g},"
            " like 2 or 2.5)"
        )
    tags = frozenset(t.strip().lower() for t in values.get("tags", "").split(";") if t.strip())
    unknown = sorted(tags - TAGS)
    if unknown:
        raise BankError(
            f"{where}: unknown tag(s) {', '.join(unknown)}; use {', '.join(sorted(TAGS))}"
        )
    field = " ".join(values.get("field", "").split()) or None
    return Question(qid, category, text, minutes, tags, field, source)


def read_bank_file(path: str | os.PathLike[str]) -> list[Question]:
    """Read one bank file; raise BankError if it cannot be read or is malformed."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BankError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BankError(f"{path}, line {line}: not UTF-8 text; save the file as UTF-8") from None
    return parse_bank_csv(text, str(path))


# --- the bank ----------------------------------------------------------------------------


class Bank:
    """All loaded questions, in file order (general questions first)."""

    def __init__(self, questions: Iterable[Question] = ()) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        self._by_id: dict[str, Question] = {}
        for q in self.questions:
            if q.id in self._by_id:
                other = self._by_id[q.id]
                raise BankError(
                    f"{q.source}: duplicate id {q.id!r} (also used in {other.source})"
                )
            self._by_id[q.id] = q
        self._by_text: dict[str, Question] = {}
        for q in self.questions:
            self._by_text.setdefault(normalise(q.text), q)

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __repr__(self) -> str:
        return f"Bank({len(self)} questions, fields={list(self.fields())})"

    def fields(self) -> list[str]:
        """The fields that have their own questions, sorted."""
        return sorted({q.field for q in self.questions if q.field}, key=str.casefold)

    def categories(self) -> list[str]:
        """The categories that hold questions, in display order."""
        present = {q.category for q in self.questions}
        return [c for c in BANK_CATEGORIES if c in present]

    def get(self, qid: str) -> Question:
        """The question with id ``qid``; KeyError if there is none."""
        return self._by_id[qid]

    def match(self, text: str) -> Question | None:
        """The bank question with the same text (ignoring case, punctuation and spacing)."""
        if not isinstance(text, str):
            return None
        return self._by_text.get(normalise(text))

    def filter(
        self,
        category: str | None = None,
        field: str | None = None,
        search: str | None = None,
        *,
        include_general: bool = True,
    ) -> list[Question]:
        """Questions of ``category``, for ``field`` and containing every word of ``search``.

        ``field=None`` keeps every field; a field name keeps that field's questions plus
        the general ones (unless ``include_general=False``); ``field=""`` keeps only the
        general questions. Field names match loosely ("Software-Engineering" works).
        """
        out = list(self.questions)
        if category:
            wanted = " ".join(category.lower().split())
            out = [q for q in out if q.category == wanted]
        if field is not None:
            key = _field_key(field)
            out = [
                q for q in out
                if _field_key(q.field) == key or (include_general and q.field is None)
            ]
        if search:
            words = normalise(search).split()
            out = [
                q for q in out
                if all(w in normalise(f"{q.text} {q.id} {q.category} {' '.join(q.tags)}")
                       for w in words)
            ]
        return out

    def essentials_for(self, minutes: int = 20, field: str | None = None) -> list[Question]:
        """A starter list of essential questions that fits a meeting of ``minutes``.

        One question per essential category the meeting should cover (see
        :func:`required_essentials`), preferring ``field``'s own questions; then, while time
        allows, more essentials and a "who else should I talk to" closer. The warm opener
        comes first and the closers last; the total, with opening and closing time, stays
        within ``minutes`` (the budget the ``fits-time`` rule uses).
        """
        budget = question_budget(minutes)
        key = _field_key(field)
        pool = [
            q for q in self.questions
            if q.field is None or (key and _field_key(q.field) == key)
        ]

        def rank(q: Question) -> tuple:
            return (
                0 if (key and q.field) else 1,
                0 if ("opener" in q.tags or "closer" in q.tags) else 1,
                q.minutes,
            )

        by_category: dict[str, list[Question]] = {}
        for category in ESSENTIALS:
            by_category[category] = sorted(
                (q for q in pool if q.category == category and q.essential), key=rank
            )
        chosen: list[Question] = []
        for category in required_essentials(minutes):
            if by_category[category]:
                chosen.append(by_category[category][0])
        # Too long: swap in the quickest question of a category, last categories first,
        # and only then drop middle questions.
        for i in reversed(range(len(chosen))):
            if sum(q.minutes for q in chosen) <= budget + 1e-9:
                break
            quickest = min(by_category[chosen[i].category], key=lambda q: q.minutes)
            if quickest.minutes < chosen[i].minutes:
                chosen[i] = quickest
        while chosen and sum(q.minutes for q in chosen) > budget + 1e-9:
            middle = [q for q in chosen if not ({"opener", "closer"} & q.tags)] or chosen
            chosen.remove(middle[-1])
        used = sum(q.minutes for q in chosen)
        # Room to spare: more essentials, one per category in turn, then a closer that
        # asks who else to talk to.
        extras: list[Question] = []
        queues = [[q for q in by_category[c] if q not in chosen] for c in ESSENTIALS]
        while any(queues):
            for queue in queues:
                if queue:
                    extras.append(queue.pop(0))
        extras = [q for q in pool if q.category == "next step"][:1] + extras
        for q in extras:
            if used + q.minutes <= budget + 1e-9:
                chosen.append(q)
                used += q.minutes
        return sorted(chosen, key=_conversation_order)


def _conversation_order(q: Question) -> tuple:
    if "opener" in q.tags or q.category == "getting started":
        stage = 0
    elif q.category == "next step":
        stage = 3
    elif "closer" in q.tags or q.category == "advice":
        stage = 2
    else:
        stage = 1
    return stage, BANK_CATEGORIES.index(q.category), "opener" not in q.tags


# --- loading -----------------------------------------------------------------------------


def _files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.csv"), key=lambda p: (p.name != "general.csv", p.name))
    return [p for p in files if p.is_file()]


def bank_paths() -> list[Path]:
    """The bank files :func:`load_bank` reads by default."""
    banks = data_dir() / "banks"
    if not banks.is_dir():
        banks = SHIPPED / "banks"
    paths = _files(banks)
    for extra in os.environ.get("INFOINT_EXTRA_BANKS", "").split(os.pathsep):
        if not extra.strip():
            continue
        folder = Path(extra.strip())
        if folder.is_file():
            paths.append(folder)
        elif folder.is_dir():
            paths.extend(_files(folder))
        else:
            raise BankError(f"{folder}: INFOINT_EXTRA_BANKS names a folder that does not exist")
    return paths


@functools.lru_cache(maxsize=8)
def _load_default(data: str, extra: str) -> Bank:
    return _load_paths(bank_paths())


def _load_paths(paths: Iterable[str | os.PathLike[str]]) -> Bank:
    questions: list[Question] = []
    for path in paths:
        p = Path(path)
        for f in _files(p) if p.is_dir() else [p]:
            questions.extend(read_bank_file(f))
    return Bank(questions)


def load_bank(paths: Iterable[str | os.PathLike[str]] | None = None) -> Bank:
    """Load the question bank.

    With no ``paths``: ``data/banks`` (``$INFOINT_DATA_DIR/banks`` when set) plus the
    folders in ``INFOINT_EXTRA_BANKS``, loaded once and cached. With ``paths`` (files or
    folders): exactly those, uncached.
    """
    if paths is None:
        return _load_default(str(data_dir()), os.environ.get("INFOINT_EXTRA_BANKS", ""))
    return _load_paths(paths)


load_bank.cache_clear = _load_default.cache_clear  # type: ignore[attr-defined]
