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
            # and the words of questions (round 23's probes)
            "qu'est", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "avez",
            "êtes", "ont", "sont", "il", "elle", "ils", "ne", "se", "sa", "ses", "leur", "leurs",
            "aux", "cette", "cet", "mais", "où", "donc", "comme", "tout", "été", "faire",
            "peut", "pouvez", "voudrais", "qu'il", "c'est", "d'un", "d'une", "l'on", "travail",
        )
    ),
    "es": frozenset(
        (
            "el", "la", "los", "las", "del", "y", "es", "que", "en", "un", "una", "para", "por",
            "con", "mi", "su", "sus", "muy", "gracias", "hola", "estoy", "soy", "usted", "le",
            "lo", "como", "pero", "más",
            # and the words of questions (round 23's probes)
            "qué", "cómo", "cuál", "cuáles", "tu", "tus", "fue", "sido", "este", "esta", "esto",
            "ese", "eso", "al", "se", "hay", "también", "cuando", "donde", "dónde", "porque",
            "ya", "puede", "podría", "darías", "empezaste", "trabajo",
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
            # and what questions are made of, which English shares none of ("Wie sind Sie
            # in diesen Bereich gekommen?" has "in", "was" and "am" in common with English,
            # so a German question list read as English: round 23's probes)
            "sind", "ihrer", "ihren", "ihrem", "einem", "einen", "einer", "eines", "diesen",
            "diese", "dieser", "dieses", "welche", "welchen", "welcher", "würden", "würde",
            "gibt", "aus", "im", "zum", "zur", "wird", "werden", "warum", "wann", "können",
            "sollte", "sollten", "um", "vom", "beim", "gefällt", "sehen", "sieht", "würdest",
            "du", "dich", "dir", "dein", "deine",
            # German as much as English: they count for English only when the other
            # language is not German (see detect_language)
            "in", "was", "am", "an", "so",
        )
    ),
    "pt": frozenset(
        (
            "o", "os", "as", "e", "é", "que", "em", "um", "uma", "para", "por", "com", "meu",
            "minha", "seu", "sua", "muito", "obrigado", "obrigada", "olá", "não", "do", "da",
            "dos", "das",
            # and the words of questions (round 23's probes)
            "você", "vocês", "na", "nos", "nas", "mais", "qual", "quais", "ao", "à", "foi",
            "são", "está", "tem", "ser", "isso", "essa", "esse", "quando", "onde", "também",
            "já", "pelo", "pela", "sobre", "até", "ou", "seus", "suas", "trabalho", "área",
        )
    ),
    "it": frozenset(
        (
            "il", "lo", "gli", "e", "è", "che", "di", "un", "una", "per", "con", "mio", "mia",
            "suo", "sua", "molto", "grazie", "ciao", "sono", "non", "della", "del",
            # and the words of questions (round 23's probes)
            "come", "cosa", "tuo", "tua", "hai", "sei", "nel", "nella", "alla", "al", "dei",
            "delle", "questo", "questa", "quale", "quali", "perché", "anche", "più", "ci",
            "daresti", "lavoro", "com'è", "chi",
        )
    ),
    "nl": frozenset(
        (
            "de", "het", "een", "en", "is", "ik", "je", "u", "niet", "met", "voor", "op", "van",
            "zijn", "mijn", "uw", "heel", "bedankt", "hallo", "graag",
            # and the words of questions (round 23's probes)
            "hoe", "wat", "heeft", "hebt", "hebben", "naar", "ook", "maar", "nog", "eruit",
            "uit", "kunt", "zou", "wilt", "terechtgekomen", "vindt", "ziet", "werk",
        )
    ),
}
_EN = _STOP["en"]
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
    counts.pop("en")
    best = max(counts, key=lambda k: counts[k])
    # English's own evidence is its function words that the other language does not share
    # ("in", "was" and "am" are German too)
    theirs = _STOP[best]
    english = sum(1 for word in words if word in _EN and word not in theirs)
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
