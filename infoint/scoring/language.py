"""Is this English? A small, dependency-free guess from the script and the function words.

The coaching rules read English only. Advice computed from French or Spanish would be
wrong on every count ("introduce yourself", "say how you found them"), so a text that is
clearly in another language gets one plain finding instead (rule id ``language``).

The guess needs positive evidence: most letters outside the Latin script, or clearly more
of another language's function words ("le", "und", "que"...) than of English ones. Short or
mixed text counts as English, so a stray foreign greeting never hides the coaching.
"""

from __future__ import annotations

import re
from typing import Any

from .report import Finding, Report

__all__ = ["LANGUAGE_RULE", "detect_language", "not_english_report"]

LANGUAGE_RULE = "language"

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# The commonest function words of each language; words shared with English are left out.
_STOP: dict[str, frozenset[str]] = {
    "en": frozenset(
        (
            "the", "and", "to", "of", "a", "in", "is", "it", "that", "for", "you", "i", "my",
            "your", "with", "on", "be", "this", "have", "are", "was", "would", "could", "will",
            "me", "we", "at", "as", "about", "from", "would", "like", "am", "not", "but", "or",
            "an", "if", "so",
        )
    ),
    "fr": frozenset(
        (
            "le", "la", "les", "des", "du", "et", "est", "je", "vous", "nous", "une", "un", "pour",
            "dans", "que", "qui", "pas", "sur", "au", "avec", "ce", "mon", "ma", "mes", "votre",
            "vos", "suis", "être", "avoir", "très", "merci", "bonjour", "cordialement",
        )
    ),
    "es": frozenset(
        (
            "el", "la", "los", "las", "del", "y", "es", "que", "en", "un", "una", "para", "por",
            "con", "mi", "su", "sus", "muy", "gracias", "hola", "estoy", "soy", "usted", "le",
            "lo", "como", "pero", "más",
        )
    ),
    "de": frozenset(
        (
            "der", "die", "das", "und", "ist", "ich", "sie", "nicht", "mit", "ein", "eine", "zu",
            "den", "dem", "für", "auf", "ihr", "ihre", "mein", "meine", "bin", "sehr", "danke",
            "hallo", "vielen", "grüßen",
            # and more of the commonest, for short German or Swiss German notes and calls
            # ("Grüezi, hier spricht Keller. Ich wollte mich erkundigen, ob ...", round 19)
            "mich", "mir", "ob", "bei", "ihnen", "hier", "auch", "wir", "noch", "wie", "oder",
            "aber", "kann", "könnte", "möchte", "wollte", "habe", "haben", "wäre", "gerne",
            "einmal", "sich", "dass", "von", "nach", "über", "grüezi", "guten", "geehrte",
            "geehrter", "liebe", "lieber",
        )
    ),
    "pt": frozenset(
        (
            "o", "os", "as", "e", "é", "que", "em", "um", "uma", "para", "por", "com", "meu",
            "minha", "seu", "sua", "muito", "obrigado", "obrigada", "olá", "não", "do", "da",
            "dos", "das",
        )
    ),
    "it": frozenset(
        (
            "il", "lo", "gli", "e", "è", "che", "di", "un", "una", "per", "con", "mio", "mia",
            "suo", "sua", "molto", "grazie", "ciao", "sono", "non", "della", "del",
        )
    ),
    "nl": frozenset(
        (
            "de", "het", "een", "en", "is", "ik", "je", "u", "niet", "met", "voor", "op", "van",
            "zijn", "mijn", "uw", "heel", "bedankt", "hallo", "graag",
        )
    ),
}
_NAMES = {
    "fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch",
}
_MIN_WORDS = 8
# Runs, not single characters: summing the runs' lengths counts the same letters with far
# fewer match objects (this runs on every keystroke).
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
#: word -> the languages it is a function word of (one dictionary look-up per word)
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP.items():
    for _w in _words:
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)


def detect_language(text: str) -> str:
    """``"en"``, another ISO 639-1 code, or ``"other"`` (a non-Latin script)."""
    sample = text[:4000]
    # Plain ASCII text is all Latin letters: no other script to find.
    if not sample.isascii():
        letters = sum(map(len, _LETTERS.findall(sample)))
        if letters >= 12 and sum(map(len, _LATIN.findall(sample))) / letters < 0.5:
            return "other"
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return "en"
    counts = dict.fromkeys(_STOP, 0)
    seen: dict[str, set[str]] = {lang: set() for lang in _STOP}
    for word in words:
        for lang in _LANGS_OF.get(word, ()):
            counts[lang] += 1
            seen[lang].add(word)
    english = counts.pop("en")
    best = max(counts, key=lambda k: counts[k])
    distinct = len(seen[best])
    # Clearly another language: several of its function words, common, and far more of
    # them than of English ones.
    if (
        distinct >= 3
        and counts[best] >= max(3, 0.15 * len(words))
        and counts[best] > 2 * english
    ):
        return best
    return "en"


def not_english_report(
    kind: str, language: str, stats: dict[str, Any] | None = None
) -> Report:
    """The single-finding report for a text the rules cannot read; ``stats`` keeps the
    checker's counts (words, characters) so the rest of the app can still show them."""
    name = _NAMES.get(language)
    what = f"This looks like {name}" if name else "This does not look like English"
    message = (
        f"{what}. The coach reads English only, so it gives no advice on this text rather "
        "than wrong advice. Everything else here still works: save it, export it, or write "
        "an English version to get feedback."
    )
    finding = Finding(LANGUAGE_RULE, "warn", message, guideline="English only")
    return Report(kind, 0, [finding], {**(stats or {}), "language": language},
                  (LANGUAGE_RULE,), ())
