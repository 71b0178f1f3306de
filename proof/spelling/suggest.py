"""Suggestions for a flagged word, best first.

Candidates are dictionary words within a small edit distance (optimal string alignment,
so a swapped pair of letters counts as one edit), ranked as a noisy channel would: how
common the word is against how likely the slip that turns it into the typo is
(`proof.spelling.edits`: "laoded" is "loaded" with two letters swapped before it is the
commoner "landed" with a letter replaced). A word run together with the next ("alot") is
split when both halves are common words. A long word with no candidate within two edits
gets those three edits away ("seperratly" → "separately"). Computed only for words that
are not accepted, and cached. `unlikeliness` gives the ranking's score of any suggestion,
for a ranker that also knows the word's context (`proof.realword.in_context`).
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from proof.core.dialect import variant_table
from proof.spelling.edits import DROPPED, slip_cost
from proof.spelling.lexicon import DIALECT_WORDS, data_words, frequencies

LIMIT = 5
# Short words have many neighbours two edits away, nearly all of them wrong.
_SHORT = 4
# A word this long with no candidate within two edits gets those three edits away: long
# misspellings are often garbled further. Only a candidate at most `_FAR_UNLIKELINESS`
# unlikely (`unlikeliness`): cheap slips on a common word ("seperratly"), not three
# arbitrary edits that make a term the dictionaries lack a rare word ("nandrolone",
# "telecentres"), which would turn the term into a flag. Both chosen on the development set
# (docs/spelling.md).
_FAR = 9
_FAR_UNLIKELINESS = 6.5
# Both halves of a split must be at least this common (pyspellchecker's counts).
_COMMON = 100_000
# How many times more common a candidate must be to make up for a slip one edit less likely
# (chosen on the development set, docs/spelling.md).
_ODDS_PER_EDIT = 10**3.5
# A split weighs as its rarer half made this many times rarer: "a lot" for "alot", but
# "foresee" before "for see".
_SPLIT_ODDS = 100


@lru_cache(maxsize=3)
def _choices(language: str, both_dialects: bool = False) -> tuple[str, ...]:
    """Words worth suggesting in `language`: words and contractions ("don't"), no
    possessives, no other-dialect spellings unless `both_dialects` (copy that shows
    neither dialect, where "orginisation" is "organisation")."""
    british_only, american_only = variant_table()
    foreign = frozenset() if both_dialects else american_only if language == "en-GB" else british_only
    lists = DIALECT_WORDS.values() if both_dialects else (DIALECT_WORDS[language],)
    words = set(frequencies()).union(*(data_words(name) for name in lists))
    return tuple(sorted(w for w in words if w not in foreign and (w.isalpha() or _contraction(w))))


def begins_a_word(prefix: str, language: str) -> bool:
    """Is `prefix` the beginning of a longer dictionary word (anarch: anarchy)?"""
    words = _choices(language, both_dialects=True)
    i = bisect.bisect_right(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


# A word within n edits of another is at most n letters longer or shorter: only the choices
# of those lengths are searched. Kept in alphabetical order, as in `_choices`: rapidfuzz runs
# three to four times slower over the same words in any other order. Each window is a tuple of
# up to 130,000 references (about 1 MB); a document asks for a few dozen (one per word length
# and edit distance), so 32 bound the memory to about 32 MB.
@lru_cache(maxsize=32)
def _choices_within(language: str, both_dialects: bool, shortest: int, longest: int) -> tuple[str, ...]:
    return tuple(w for w in _choices(language, both_dialects) if shortest <= len(w) <= longest)


def _near(word: str, language: str, both_dialects: bool, edits: int) -> list[tuple[str, int, int]]:
    """(choice, OSA distance, index) of the choices at most `edits` from `word`."""
    choices = _choices_within(language, both_dialects, len(word) - edits, len(word) + edits)
    return process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits, limit=None)


def _contraction(word: str) -> bool:
    stem, _, ending = word.rpartition("'")
    return stem.isalpha() and ending in ("t", "re", "ll", "ve", "d", "m")


@lru_cache(maxsize=4096)
def candidates(word: str, language: str, both_dialects: bool = False) -> tuple[tuple[str, int], ...]:
    """(candidate, edits) for a lower-case word, best first."""
    found = _near(word, language, both_dialects, 1 if len(word) <= _SHORT else 2)
    ranked = [(unlikeliness(word, candidate), candidate, distance) for candidate, distance, _ in found if distance]
    ranked.extend((unlikeliness(word, split), split, 1) for split in _splits(word))
    return tuple((candidate, distance) for _, candidate, distance in sorted(ranked))


@lru_cache(maxsize=1024)
def far_candidates(word: str, language: str, both_dialects: bool = False) -> tuple[str, ...]:
    """The likely words three edits from a lower-case word, best first (for a long word
    that has nothing closer)."""
    found = _near(word, language, both_dialects, 3)
    ranked = sorted((unlikeliness(word, c), c) for c, distance, _ in found if distance == 3)
    return tuple(c for score, c in ranked if score <= _FAR_UNLIKELINESS)


def unlikeliness(typed: str, suggestion: str) -> float:
    """Minus the log10 of how likely the lower-case `typed` is to be `suggestion` (a word,
    or two words for a split), context aside: the slip's cost against the word's frequency.
    A split weighs as a dropped space and its rarer half made `_SPLIT_ODDS` times rarer."""
    left, space, right = suggestion.partition(" ")
    if space:
        return _unlikeliness(DROPPED, min(zipf(left), zipf(right)) - math.log10(_SPLIT_ODDS))
    return _unlikeliness(slip_cost(typed, suggestion), zipf(suggestion))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common `word` is in use, on wordfreq's Zipf scale (log10 of its uses in a billion
    words; 0 when it is not listed). wordfreq's list (news, books, subtitles, the web) ranks
    the candidates better than pyspellchecker's counts ("however" before "whoever"). Loaded
    on the first suggestion only."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="large")


def _unlikeliness(cost: float, frequency: float) -> float:
    """Minus the log10 of how likely the typo is to be this candidate: the slip's cost
    against the word's frequency."""
    return cost * math.log10(_ODDS_PER_EDIT) - frequency


def suggestions(word: str, language: str, limit: int = LIMIT, both_dialects: bool = False) -> tuple[str, ...]:
    lower = word.lower()
    found = tuple(c for c, _ in candidates(lower, language, both_dialects))
    if not found and len(lower) >= _FAR:
        found = far_candidates(lower, language, both_dialects)
    return tuple(match_case(word, c) for c in found[:limit])


@lru_cache(maxsize=4)
def _common_choices(language: str, common: int) -> tuple[str, ...]:
    counts = frequencies()
    return tuple(w for w in _choices(language) if counts.get(w, 0) >= common)


@lru_cache(maxsize=8192)
def near_common_word(word: str, language: str, common: int) -> bool:
    """Is `word` one edit from a word at least `common` frequent (untill → until)?

    Searches only the common words, a few thousand, not the whole dictionary."""
    found = process.extract(
        word.lower(), _common_choices(language, common), scorer=OSA.distance, score_cutoff=1, limit=None
    )
    return any(distance > 0 for _, distance, _ in found)


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
    cutoff = 1 if len(lower) <= _SHORT else 2
    ranked = [
        (unlikeliness(lower, candidate), candidate)
        for candidate in _accented(language).get(lower, ())
        if candidate != lower and OSA.distance(lower, candidate) <= cutoff
    ]
    return min(ranked)[1] if ranked else None


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _splits(word: str) -> list[str]:
    """The word cut in two common words."""
    counts = frequencies()
    found = []
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        # The only lower-case word of one letter is "a".
        if any(len(half) == 1 and half != "a" for half in (left, right)):
            continue
        if min(counts.get(left, 0), counts.get(right, 0)) >= _COMMON:
            found.append(f"{left} {right}")
    return found


def match_case(original: str, suggestion: str) -> str:
    """Capitalise a suggestion as the flagged word was (a sentence's first word)."""
    if original[:1].isupper() and not suggestion[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
