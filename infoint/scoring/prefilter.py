"""Skip a pattern when the text cannot hold a match: its necessary words, found by reading
the pattern itself.

For each compiled pattern, :func:`needed` works out a set of literal strings one of which
every match must contain ("referred" or "recommended" or ...), from the pattern's parse
tree: a sequence needs what its most telling part needs, an alternation needs one of what
its branches need, a repeat needs its body only when it must occur at least once, and a
lookaround, a character class or an optional part needs nothing. A pattern none of whose
strings occurs in the text (compared case-folded) is not run. Most messages hold few of a
rule's words, so the per-keystroke scan gets cheaper while every verdict stays the same
(tests/scoring/test_prefilter.py compares the two on every real text and on random text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

try:  # Python 3.11+: the parser lives in re._parser; sre_parse is its deprecated alias
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = [
    "caseless", "disabled", "earliest", "fold_for_keys", "holds", "lowered", "may_match",
    "needed", "prepare_later", "scan", "search", "split",
]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several necessary sets: the longest shortest string, then the
    fewest strings."""
    if not options:
        return None
    return max(options, key=lambda keys: (min(map(len, keys)), -len(keys)))


def _sequence(items: list) -> frozenset[str] | None:
    return _best(_options(items))


def _options(items: list) -> list[frozenset[str]]:
    """Every set of strings a match of the sequence ``items`` needs one of (each part of a
    sequence must match, so each of its parts' sets is needed, not only the best)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isascii():
                run.append(ch.casefold())
                continue
            close()
        elif op is _c.SUBPATTERN:
            close()
            keys = _sequence(list(av[-1]))
            if keys:
                options.append(keys)
        elif op is _c.BRANCH:
            close()
            branches = [_sequence(list(b)) for b in av[1]]
            if branches and all(branches):
                options.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS:
            close()
            low, _high, body = av
            if low >= 1:
                keys = _sequence(list(body))
                if keys:
                    options.append(keys)
        else:  # a class, any character, an anchor or a lookaround: needs no literal
            close()
    close()
    return options


@functools.lru_cache(maxsize=1024)
def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (case-folded), or None
    when the pattern needs no particular word."""
    try:
        tree = _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - a parser change must never break the coaching
        return None
    keys = _sequence(list(tree))
    return keys if keys and all(keys) else None


# The last text each of fold_for_keys() and lowered() was given, with its answer: the rules
# of one check ask for the same text's forms many times, and handing back the very same
# string object also keeps ``_SEEN`` (compared by identity) alive from rule to rule.
# A whole (text, answer) pair is swapped in at once, so threads never see half of one.
_LAST_KEYED: tuple[str, str] = ("", "")
_LAST_LOWERED: tuple[str, str] = ("", "")


def fold_for_keys(text: str) -> str:
    """``text`` case-folded for :func:`may_match`. Case-insensitive patterns also match
    a dotless "ı" for "i", which case-folding keeps apart; it is made an "i" here."""
    global _LAST_KEYED
    last = _LAST_KEYED
    if text is last[0] or text == last[0]:
        return last[1]
    out = text.casefold().replace("ı", "i")
    _LAST_KEYED = (text, out)
    return out


def may_match(pattern: re.Pattern[str], keyed_text: str) -> bool:
    """False only when ``pattern`` cannot match: none of its needed strings is in the text
    (``keyed_text`` from :func:`fold_for_keys`)."""
    if not _enabled:
        return True
    return _present(_entry(pattern)[1], keyed_text)


def _present(sets: tuple[frozenset[str], ...], keyed_text: str) -> bool:
    # map() keeps the inner loop in C: this runs for every pattern on every keystroke.
    for keys in sets:  # noqa: SIM110 - a plain loop is faster than all() over a generator
        if not any(map(keyed_text.__contains__, keys)):
            return False
    return True


def _all_needed(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every set of strings (case-folded) a match of ``pattern`` needs one of, the most
    telling first: "suit your team" needs one of the verbs, and "your", and "team"."""
    try:
        tree = _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - a parser change must never break the coaching
        return ()
    options = [keys for keys in _options(list(tree)) if keys and all(keys)]
    options.sort(key=lambda keys: (min(map(len, keys)), -len(keys)), reverse=True)
    return tuple(options)


# What is known of each pattern, found by its id: hashing a compiled pattern hashes its whole
# program, which cost more than the search it saved when done for every pattern on every
# keystroke. The pattern itself is kept in the entry, so a reused id is never mistaken.
_Entry = tuple[re.Pattern[str], tuple[frozenset[str], ...], "re.Pattern[str] | None"]
_BY_ID: dict[int, _Entry] = {}


def _entry(pattern: re.Pattern[str]) -> _Entry:
    entry = _BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_BY_ID) > 4096:  # patterns made on the fly (tests) must not pile up
            _BY_ID.clear()
        entry = (pattern, _all_needed(pattern), _caseless(pattern))
        _BY_ID[id(pattern)] = entry
    return entry


_enabled = True


class disabled:  # noqa: N801 - used as ``with prefilter.disabled():``
    """Run every pattern inside the block, as if no prefilter existed (the tests compare)."""

    def __enter__(self) -> None:
        global _enabled
        self._before = _enabled
        _enabled = False

    def __exit__(self, *exc: object) -> None:
        global _enabled
        _enabled = self._before


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at each ``|`` that is outside every group and character class."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def split(patterns: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    """Each pattern cut into its top-level alternatives, each compiled alone, so that the
    prefilter can skip the alternatives whose words are absent instead of running one big
    pattern whenever any of its words is there. A pattern that does not split cleanly
    (the pieces do not compile) stays whole."""
    out: list[re.Pattern[str]] = []
    for pattern in patterns:
        pieces = _top_level_alternatives(pattern.pattern)
        try:
            compiled = [re.compile(p, pattern.flags) for p in pieces] if len(pieces) > 1 else []
        except re.error:
            compiled = []
        out.extend(compiled or [pattern])
    return out


# --- case-folded matching ------------------------------------------------------------------
# A case-insensitive pattern is about twice as slow in Python's ``re`` as the same pattern
# run without ``re.I`` on lower-cased text. Lower-casing keeps offsets only when no character
# grows: "İ" is the one code point whose lower() is two characters, and "ı", "ſ" are the
# ones ``re.I`` matches to an ASCII letter that lower() keeps apart; all three are mapped
# first, so spans on the lowered text are spans on the original and every verdict stays.
_LOWER_SAME = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ESCAPE = re.compile(r"\\.")


def lowered(text: str) -> str:
    """``text`` lower-cased, one character for one character (see above)."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if text is last[0] or text == last[0]:
        return last[1]
    out = text
    if "\u0130" in out or "\u0131" in out or "\u017f" in out:  # rare: skip the slow map
        out = out.translate(_LOWER_SAME)
    out = out.lower()
    _LAST_LOWERED = (text, out)
    return out


def caseless(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled without ``re.I``, to run on :func:`lowered` text, or None when
    it cannot be: it is case-sensitive already, or names an upper-case letter (``[A-Z]``,
    a case-sensitive part), which only the original text can match."""
    return _entry(pattern)[2]


class _OnFirstUse:
    """A pattern compiled the first time it runs. Most patterns never run on a given text
    (their needed strings are absent), and compiling a case-free copy of every one at once
    cost a page a third of a second before its first check."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _gated(self._source, self._flags)
        return compiled

    def finditer(self, text: str, *bounds: int):  # noqa: ANN201 - re's own iterator
        return self._get().finditer(text, *bounds)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self._get().search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self._get().match(text, *bounds)


# --- a cheap first look at each position ---------------------------------------------------
# ``re`` tries a pattern that opens with ``\b`` and a choice of words at every position of the
# text, each word in turn. A lookahead for the characters a match can start with, read off the
# pattern, turns most positions away with one test; it holds wherever a match starts, so the
# matches are the same (no group is added). Only the case-free copies get it: their letters
# are exactly the ones matched.
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _firsts(items: list) -> tuple[set[str] | None, bool]:
    """``(chars, empty)``: the characters a match of the sequence ``items`` can start with
    (None: any, or not worked out) and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for item_op, item_av in av:
                if item_op is _c.LITERAL:
                    out.add(chr(item_av))
                elif item_op is _c.RANGE and item_av[1] - item_av[0] < 128:
                    out.update(map(chr, range(item_av[0], item_av[1] + 1)))
                elif item_op is _c.CATEGORY and item_av is _c.CATEGORY_DIGIT:
                    out.add(r"\d")  # a few of the positions, and the gate says it as is
                else:  # a negation or a category (\w, \s): too wide to be worth a look
                    return None, False
            return out, False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # scoped flags change what its letters match
                return None, False
            chars, empty = _firsts(list(av[-1]))
        elif op is _c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                found, can_be_empty = _firsts(list(branch))
                if found is None:
                    return None, False
                chars |= found
                empty = empty or can_be_empty
        elif op in _REPEATS:
            chars, empty = _firsts(list(av[2]))
            empty = empty or av[0] == 0
        else:  # any character, a back-reference, an atomic group: not worked out
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _gated(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with a lookahead for the first characters when they
    are known (see above); the plain pattern when anything is in doubt."""
    plain = re.compile(source, flags)
    if flags & (re.I | re.X):
        return plain
    try:
        chars, empty = _firsts(list(_p.parse(source, flags & ~re.UNICODE)))
        if chars is None or empty or not chars:
            return plain
        gate = "".join(ch if ch == r"\d" else re.escape(ch) for ch in sorted(chars))
        gated = re.compile(f"(?=[{gate}])(?:{source})", flags)
    except Exception:  # noqa: BLE001 - a parser change must never break the coaching
        return plain
    return gated if gated.groups == plain.groups and gated.groupindex == plain.groupindex else plain


def _caseless(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.flags & re.I:
        return None
    source = _ESCAPE.sub("", pattern.pattern)
    if "(?-i" in source or any("A" <= ch <= "Z" for ch in source):
        return None
    return _OnFirstUse(pattern.pattern, pattern.flags & ~re.I)  # type: ignore[return-value]


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the same match, found faster: not run at all when the text
    lacks the strings every match needs, and run case-free when it can be."""
    _pattern, sets, fast = _entry(pattern)
    if _enabled and sets and not _present(sets, fold_for_keys(text)):
        return None
    return fast.search(lowered(text)) if fast is not None else pattern.search(text)


# Each pattern asked about by :func:`holds`, cut into its top-level alternatives (by id, the
# pattern kept to make a reused id harmless).
_PIECES: dict[int, tuple[re.Pattern[str], list[re.Pattern[str]]]] = {}


def holds(pattern: re.Pattern[str], text: str) -> bool:
    """``bool(pattern.search(text))``, found faster: a big alternation is run as its
    alternatives, only those whose needed strings the text holds, case-free when they can
    be. (A pattern matches somewhere exactly when one of its alternatives does.)"""
    entry = _PIECES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _PIECES[id(pattern)] = (pattern, split([pattern]))
    for _pattern, found in candidates(entry[1], fold_for_keys(text), text, lowered(text)):
        if next(found, None) is not None:
            return True
    return False


def scan(pattern: re.Pattern[str], folded: str, low: str):  # noqa: ANN201 - an iterator
    """``pattern.finditer(folded)``, run the faster way when it can be (``low`` is
    :func:`lowered` ``folded``); the matches' spans are the same either way."""
    return _matches(pattern, caseless(pattern), folded, low)


def _matches(  # noqa: ANN202 - re's own iterator
    pattern: re.Pattern[str], fast: re.Pattern[str] | None, folded: str, low: str
):
    """``pattern``'s matches: its case-free copy ``fast`` run on ``low`` when it has one."""
    return fast.finditer(low) if fast is not None else pattern.finditer(folded)


# Per list of patterns: the list (checked by identity), its length, each pattern's entry, and
# an index from every string of a pattern's most telling set to the patterns that need it.
_Prepared = tuple[
    list[re.Pattern[str]], int, list[_Entry], dict[str, tuple[int, ...]], tuple[int, ...]
]
_PREPARED: dict[int, _Prepared] = {}

# Which needed strings a text holds, found with one scan: every needed string of every
# prepared list goes into one trie-shaped pattern, run as a lookahead at each position; it
# names the longest string starting there, and the strings that are prefixes of that one
# start there too. Each pattern then costs a few set look-ups instead of a substring search
# per string, which matters most for short texts (a question) checked against a hundred
# patterns. The last text's answer is kept, compared by identity: any other text, in any
# thread, is scanned afresh.
# Every needed string -> the needed strings it starts with, and the scan that finds them; one
# tuple, swapped whole when a list brings new strings, so a thread never sees half of it.
_FINDER: tuple[dict[str, frozenset[str]], re.Pattern[str] | None] = ({}, None)
# The last text's strings, with the finder that found them (a newer finder must look again).
_SEEN: tuple[str | None, object, frozenset[str]] = (None, None, frozenset())


def _trie_source(keys: list[str]) -> str:
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        alts = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # Greedy: the longer strings are tried first, so the longest one present is named.
        return f"(?:{body})?" if "" in node else body

    return source(trie)


def _register(sets: list[tuple[frozenset[str], ...]]) -> None:
    global _FINDER
    known = _FINDER[0]
    new = {key for entry in sets for keys in entry for key in keys} - known.keys()
    if not new:
        return
    every = sorted(known.keys() | new)
    # Each key's closure is the keys it starts with: read off its own prefixes (linear in
    # the keys' total length), not by comparing every key with every other.
    keyset = set(every)
    closure = {
        key: frozenset(key[:n] for n in range(1, len(key) + 1) if key[:n] in keyset)
        for key in every
    }
    _FINDER = (closure, re.compile(f"(?=({_trie_source(every)}))", re.S))


def _present_keys(keyed: str) -> frozenset[str]:
    """Every needed string of every prepared list that ``keyed`` holds."""
    global _SEEN
    closure, finder = finder_now = _FINDER
    memo = _SEEN
    if memo[0] is keyed and memo[1] is finder_now:
        return memo[2]
    found: set[str] = set()
    if finder is not None:
        for name in set(finder.findall(keyed)):
            found |= closure[name]
    present = frozenset(found)
    _SEEN = (keyed, finder_now, present)
    return present


# Lists a module will hand to candidates(), prepared together on the first call: the finder
# of needed strings is then built once for all of them, not rebuilt once per list (nine
# rebuilds cost a tenth of a second on the first check, which a page pays at first paint).
_PENDING: list[list[re.Pattern[str]]] = []


def prepare_later(*lists: list[re.Pattern[str]]) -> None:
    """Name pattern lists that :func:`candidates` will be given; the first call prepares
    them all at once."""
    _PENDING.extend(lists)


def _prepare_pending() -> None:
    pending = list(_PENDING)
    del _PENDING[: len(pending)]
    built = [_build(patterns) for patterns in pending if id(patterns) not in _PREPARED]
    _register([sets for prepared in built for _p, sets, _f in prepared[2]])
    for prepared in built:
        _PREPARED[id(prepared[0])] = prepared


def _prepare(patterns: list[re.Pattern[str]]) -> _Prepared:
    prepared = _build(patterns)
    _register([sets for _p, sets, _f in prepared[2]])
    _PREPARED[id(patterns)] = prepared
    return prepared


def _build(patterns: list[re.Pattern[str]]) -> _Prepared:
    entries = [_entry(p) for p in patterns]
    index: dict[str, list[int]] = {}
    always = []
    for i, (_pattern, sets, _fast) in enumerate(entries):
        if not sets:
            always.append(i)
            continue
        for key in sets[0]:
            index.setdefault(key, []).append(i)
    return (patterns, len(patterns), entries,
            {key: tuple(ids) for key, ids in index.items()}, tuple(always))


def candidates(
    patterns: list[re.Pattern[str]], keyed: str, folded: str, low: str, filtered: bool = True
):  # noqa: ANN201 - a generator of (pattern, matches)
    """``(pattern, pattern.finditer(folded))`` for each of ``patterns`` that may match, in
    order, run case-free when it can be (spans are the same). This is :func:`may_match` and
    :func:`scan` for a whole list at once: the per-pattern work is looked up once per list,
    which matters when a rule has a hundred patterns and runs on every keystroke.
    ``filtered=False`` (or :class:`disabled`) runs every pattern."""
    prepared = _PREPARED.get(id(patterns))
    if prepared is None and _PENDING:
        _prepare_pending()
        prepared = _PREPARED.get(id(patterns))
    if prepared is None or prepared[0] is not patterns or prepared[1] != len(patterns):
        prepared = _prepare(patterns)
    entries = prepared[2]
    if not (filtered and _enabled):
        for pattern, _sets, fast in entries:
            yield pattern, _matches(pattern, fast, folded, low)
        return
    present = _present_keys(keyed)
    index = prepared[3]
    chosen = set(prepared[4])
    for key in present.intersection(index):  # in C: only the strings this list indexes
        chosen.update(index[key])
    for i in sorted(chosen):
        pattern, sets, fast = entries[i]
        if len(sets) > 1 and any(map(present.isdisjoint, sets[1:])):  # map: no frame per set
            continue
        yield pattern, _matches(pattern, fast, folded, low)


def earliest(
    patterns: list[re.Pattern[str]], keyed: str, folded: str, low: str,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> re.Match[str] | None:
    """The earliest match over ``patterns`` (see :func:`candidates`): each pattern's first
    match that ``accept`` takes, the one starting first winning (the earlier pattern on a
    tie). The rules that look for "the first real X" all read a text this way."""
    best: re.Match[str] | None = None
    for _pattern, found in candidates(patterns, keyed, folded, low):
        for m in found:
            if accept is not None and not accept(m):
                continue
            if best is None or m.start() < best.start():
                best = m
            break
    return best
