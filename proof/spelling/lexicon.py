"""The words the spelling checker accepts, per dialect.

pyspellchecker's English dictionary (loaded once per process: it is the checker's main
start-up cost), plus the SCOWL words of the document's dialect that it lacks, the wire
abbreviations of news copy, and the project's own dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

from proof.core.text import APOSTROPHES
from proof.core.wordlist import parse_words

_STRAIGHT = str.maketrans({a: "'" for a in APOSTROPHES})
# Contracted endings: "wouldn't" is known when "would" is.
_CONTRACTIONS = ("n't", "'re", "'ll", "'ve", "'d", "'m")
DIALECT_WORDS = {"en-GB": "british-extra.txt", "en-US": "american-extra.txt"}
WIRE_ABBREVIATIONS = "wire-abbreviations.txt"
LOAN_PHRASES = "loan-phrases.txt"
# Words in use that the dictionaries lack (tools/make_attested.py).
ATTESTED = "attested.txt"
# SCOWL's huge lists' words that the other lists lack (tools/make_attested.py --huge).
HUGE_EXTRA = "huge-extra.txt"


def normalise(word: str) -> str:
    """The form words are looked up in: lower case, straight apostrophes."""
    lower = word.lower()
    # The curly apostrophes are not ASCII; most words are, and str.translate costs several
    # times the test.
    return lower if lower.isascii() else lower.translate(_STRAIGHT)


@lru_cache(maxsize=1)
def frequencies() -> Mapping[str, int]:
    """pyspellchecker's English words (lower case) and how common each is."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en").word_frequency.dictionary


@cache
def data_words(name: str) -> frozenset[str]:
    """A word list shipped in proof/data: one word a line, `#` comments."""
    text = (resources.files("proof") / "data" / name).read_text(encoding="utf-8")
    return frozenset(parse_word_list(text))


@lru_cache(maxsize=1)
def _loan_phrase_pattern() -> re.Pattern:
    text = (resources.files("proof") / "data" / LOAN_PHRASES).read_text(encoding="utf-8")
    phrases = sorted(parse_word_list(text), key=len, reverse=True)
    alternatives = (r"[\s\-]+".join(re.escape(w) for w in phrase.split()) for phrase in phrases)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def loan_phrase_words(text: str) -> frozenset[str]:
    """The words of the Latin and French phrases (status quo, de facto) that `text` uses."""
    return frozenset(
        normalise(w) for m in _loan_phrase_pattern().finditer(text) for w in re.split(r"[\s\-]+", m.group())
    )


def parse_word_list(text: str) -> set[str]:
    """A word list's words in the form they are looked up in."""
    return {normalise(word) for word in parse_words(text)}


class Lexicon:
    """Known words for the given dialects (both, for copy that shows neither) and a project."""

    def __init__(self, dialects: tuple[str, ...], project: frozenset[str] = frozenset()):
        self.dialects = dialects
        self.project = project
        self._sets = (
            frequencies(),
            *(data_words(DIALECT_WORDS[d]) for d in dialects),
            data_words(WIRE_ABBREVIATIONS),
            project,
        )

    def known(self, word: str) -> bool:
        key = normalise(word)
        if self._has(key):
            return True
        return any(key.endswith(ending) and self._has(key[: -len(ending)]) for ending in _CONTRACTIONS)

    def in_project(self, word: str) -> bool:
        return normalise(word) in self.project

    def _has(self, key: str) -> bool:
        # A plain loop: called for every word of every article, mostly found in the first set.
        for words in self._sets:  # noqa: SIM110
            if key in words:
                return True
        return False
