"""Words of a phrase in another language (Collège d'enseignement général et professionnel).

A word the English lists lack is no English misspelling when it stands in a run of words of
another language: it and a word beside it are both common words of that language (wordfreq's
list for it) and far commoner there than in English. One foreign word alone is not enough:
many misspellings are words of another language ("dont" is French, "responsable" Spanish and
French, "exemple" French), but they stand among English words. Measured both ways
(docs/spelling.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from proof.spelling.suggest import zipf
from proof.spelling.tokens import Word

# The languages whose phrases and names English news quotes most, with wordfreq's small lists
# (about 0.05 s each to load, on the first run of foreign words only).
LANGUAGES = ("fr", "es", "pt", "it", "de", "nl")
# A word of a language: at least this common there (Zipf: once in a million words)...
COMMON_THERE = 3.0
# ... and this much commoner there than in English ("et" 7.3 in French, 4.7 in English; "de"
# is a word of French, Spanish, Portuguese and Dutch, "the" of none of them).
COMMONER_THERE = 1.5
# Two words are side by side when only spaces, an apostrophe or a hyphen come between them.
_BESIDE = re.compile(r"[\s'’\-]*")


def foreign_words(text: str, words: Sequence[Word], judged: set[int], known: Callable[[str], bool]) -> set[int]:
    """Which of the words at the indexes `judged` (words the English lists lack) stand in a
    run of words of one other language, with a word beside them."""
    found = set()
    for i in judged:
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(words) and _side_by_side(text, words, min(i, j))]
        # A phrase has words the English lists lack besides this one: only then is wordfreq asked.
        near = [j for j in range(i - 2, i + 3) if j != i and 0 <= j < len(words)]
        if not beside or all(known(words[j].text) for j in near):
            continue
        if any(_of(words[i].text, lang) and any(_of(words[j].text, lang) for j in beside) for lang in LANGUAGES):
            found.add(i)
    return found


def _side_by_side(text: str, words: Sequence[Word], i: int) -> bool:
    return _BESIDE.fullmatch(text, words[i].end, words[i + 1].start) is not None


def _of(word: str, language: str) -> bool:
    from wordfreq import zipf_frequency

    lower = word.lower()
    there = zipf_frequency(lower, language, wordlist="small")
    return there >= COMMON_THERE and there - zipf(lower) >= COMMONER_THERE
