"""Suggestions for a flagged word, best first.

Candidates are dictionary words within a small edit distance (optimal string alignment,
so a swapped pair of letters counts as one edit), ranked by distance and then by how
common the word is, with a head start for the words that only add letters to the typo:
a dropped letter is the commonest slip ("wich" is "which" before it is "with"). A word
run together with the next ("alot") is split when both halves are common words. Computed
only for words that are not accepted, and cached.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from proof.core.dialect import variant_table
from proof.spelling.lexicon import DIALECT_WORDS, data_words, frequencies

LIMIT = 5
# Short words have many neighbours two edits away, nearly all of them wrong.
_SHORT = 4
# Both halves of a split must be at least this common (pyspellchecker's counts).
_COMMON = 100_000
# How many times more common another candidate must be to beat one that only adds letters.
_DROPPED_LETTER_ODDS = 20
# A split weighs as its rarer half made this many times rarer: "a lot" for "alot", but
# "foresee" before "for see".
_SPLIT_ODDS = 100


@lru_cache(maxsize=2)
def _choices(language: str) -> tuple[str, ...]:
    """Words worth suggesting in `language`: words and contractions ("don't"), no
    possessives, no other-dialect spellings."""
    british_only, american_only = variant_table()
    foreign = american_only if language == "en-GB" else british_only
    words = set(frequencies()) | data_words(DIALECT_WORDS[language])
    return tuple(sorted(w for w in words if w not in foreign and (w.isalpha() or _contraction(w))))


def _contraction(word: str) -> bool:
    stem, _, ending = word.rpartition("'")
    return stem.isalpha() and ending in ("t", "re", "ll", "ve", "d", "m")


@lru_cache(maxsize=4096)
def candidates(word: str, language: str) -> tuple[tuple[str, int], ...]:
    """(candidate, edits) for a lower-case word, best first."""
    counts = frequencies()
    cutoff = 1 if len(word) <= _SHORT else 2
    found = process.extract(word, _choices(language), scorer=OSA.distance, score_cutoff=cutoff, limit=None)
    ranked = [
        (distance, -_weight(word, candidate, counts.get(candidate, 0)), candidate) for candidate, distance, _ in found
    ]
    ranked.extend((1, -count / _SPLIT_ODDS, split) for split, count in _splits(word))
    return tuple((candidate, distance) for distance, _, candidate in sorted(ranked))


def _weight(word: str, candidate: str, count: int) -> float:
    return count * _DROPPED_LETTER_ODDS if _adds_letters(word, candidate) else count


def _adds_letters(word: str, candidate: str) -> bool:
    """Is `candidate` the typo `word` with letters added (a subsequence of it)?"""
    letters = iter(candidate)
    return len(candidate) > len(word) and all(c in letters for c in word)


def suggestions(word: str, language: str, limit: int = LIMIT) -> tuple[str, ...]:
    return tuple(match_case(word, c) for c, _ in candidates(word.lower(), language)[:limit])


@lru_cache(maxsize=4)
def _common_choices(language: str, common: int) -> tuple[str, ...]:
    counts = frequencies()
    return tuple(w for w in _choices(language) if counts.get(w, 0) >= common)


@lru_cache(maxsize=8192)
def near_common_word(word: str, language: str, common: int, edits: int = 1, same_first: bool = False) -> bool:
    """Is `word` within `edits` edits of a word at least `common` frequent (untill → until)?
    `same_first`: only of a word with the same first letter.

    Searches only the common words, a few thousand, not the whole dictionary."""
    lower = word.lower()
    found = process.extract(
        lower, _common_choices(language, common), scorer=OSA.distance, score_cutoff=edits, limit=None
    )
    return any(distance > 0 and not (same_first and c[0] != lower[0]) for c, distance, _ in found)


@lru_cache(maxsize=2)
def _accented(language: str) -> dict[str, tuple[str, ...]]:
    """The words of `language` that have accents, by their form without them."""
    found: dict[str, list[str]] = {}
    for word in _choices(language):
        if not word.isascii():
            plain = strip_accents(word)
            if plain != word:
                found.setdefault(plain, []).append(word)
    return {plain: tuple(words) for plain, words in found.items()}


def accented_form(word: str, language: str) -> str | None:
    """The dictionary word `word` is when written without its accents (protege → protégé):
    the best-ranked such candidate, as `candidates` would rank it, looked up directly
    instead of searching the whole dictionary."""
    lower = word.lower()
    counts = frequencies()
    cutoff = 1 if len(lower) <= _SHORT else 2
    ranked = [
        (distance, -_weight(lower, candidate, counts.get(candidate, 0)), candidate)
        for candidate in _accented(language).get(lower, ())
        if candidate != lower
        for distance in (OSA.distance(lower, candidate),)
        if distance <= cutoff
    ]
    return min(ranked)[2] if ranked else None


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _splits(word: str) -> list[tuple[str, int]]:
    counts = frequencies()
    found = []
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        score = min(counts.get(left, 0), counts.get(right, 0))
        if score >= _COMMON:
            found.append((f"{left} {right}", score))
    return found


def match_case(original: str, suggestion: str) -> str:
    """Capitalise a suggestion as the flagged word was (a sentence's first word)."""
    if original[:1].isupper() and not suggestion[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
