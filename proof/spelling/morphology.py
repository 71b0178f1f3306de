"""Words the dictionaries lack but English builds from words they have.

Plurals (oilseeds), inflections and adverbs of words the lists hold only in another form
(collateralized, handedly), prefixed words (reinsurers, noncash), closed compounds of two words
(carmaker, frontman), words written without their accents (protege), and the dropped
letters of reported speech ('orrible, lovin'), letters held for emphasis (sooo, pleeease).
A word one edit from a common word is
never accepted this way: "untill" is un + till, but it is a slip for "until".

Buildable is not proof of use ("reachs" is reach + s): the checker accepts only the built
words that are attested. `tools/make_attested.py` runs these rules over a frequency list
to make that list (proof/data/attested.txt); at run time only `elided` and `PREFIXES` are used.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from proof.spelling.suggest import accented_form, near_common_word

# Parts that stand before a hyphen, or open a closed word, but are not words on their own.
PREFIXES = frozenset(
    "pre un non anti co re de dis mis post mid ex semi multi pro self sub inter intra trans counter over "
    "under out up down cross neo quasi pseudo bi tri mini micro macro mega ultra hyper super retro "
    "socio geo euro eco cyber vice".split())
# Word endings that are also words: "public" + "ally" is no compound but a slip for
# "publicly", as "persist" + "ant" is for "persistent".
SUFFIXES = frozenset("ally less ness able ship hood ion ions ate ant ent ism ward wards wise ing ings ers est "
                     "ist ists ity ous ful".split())
_MIN_PART = 3
_MIN_COMPOUND = 6
_MIN_STEM = 4
# pyspellchecker's count above which a word one edit away makes a built form suspect.
_COMMON = 1000
# Endings added to a known word, and the final e they replace ("collateralize" + "d",
# "securitise" - "e" + "ing").
_INFLECTIONS = ("ed", "ing", "ly")
_AFTER_E = ("d", "r", "rs")
# Three of a letter in a row never occur in an English word: they are a held sound.
_HELD = re.compile(r"(\w)\1{2,}")


def built_from_known(word: str, known: Callable[[str], bool], language: str, part: bool = False) -> bool:
    """`part`: the word follows a hyphen, where short plurals are common (30-year-olds)."""
    lower = word.lower()
    if plural_of_known(lower, known, _MIN_STEM - 1 if part else _MIN_STEM) or accented_form(lower, language):
        return True
    if not (_prefixed(lower, known) or _compound(lower, known) or _inflected(lower, known)):
        return False
    return not near_common_word(lower, language, _COMMON)


def plural_of_known(word: str, known: Callable[[str], bool], min_stem: int = _MIN_STEM) -> bool:
    if len(word) <= min_stem or not word.endswith("s"):
        return False
    return known(word[:-1]) or (word.endswith("es") and known(word[:-2])) or \
        (word.endswith("ies") and known(word[:-3] + "y"))


def _inflected(word: str, known: Callable[[str], bool]) -> bool:
    endings = [e for e in _INFLECTIONS if word.endswith(e)]
    # "repeled" is repel + ed, but the word is "repelled": a doubled consonant was dropped.
    if any(known(word[:-len(e)] + word[-len(e) - 1] + e) for e in endings):
        return False
    # "basicly" is basic + ly, but adjectives in -ic take -ally.
    stems = [word[:-len(e)] for e in endings if not (e == "ly" and word.endswith("icly"))]
    stems += [word[:-len("ing")] + "e" for _ in range(word.endswith("ing"))]
    stems += [word[:-len(e)] for e in _AFTER_E if word.endswith("e" + e)]
    return any(len(stem) >= _MIN_STEM and known(stem) for stem in stems)


def held(word: str, known: Callable[[str], bool]) -> bool:
    """Letters held for emphasis: "sooo" is "so", "pleeease" is "please"."""
    return bool(_HELD.search(word)) and any(known(_HELD.sub(r"\1" * n, word)) for n in (1, 2))


def _prefixed(word: str, known: Callable[[str], bool]) -> bool:
    return any(word.startswith(p) and len(word) - len(p) >= _MIN_STEM and known(word[len(p):])
               for p in PREFIXES)


def _compound(word: str, known: Callable[[str], bool]) -> bool:
    if len(word) < _MIN_COMPOUND:
        return False
    return any(known(word[:i]) and word[i:] not in SUFFIXES and known(word[i:])
               for i in range(_MIN_PART, len(word) - _MIN_PART + 1))


def elided(word: str, before: str, after: str, known: Callable[[str], bool]) -> bool:
    """A dropped h or g marked by an apostrophe ('orrible, lovin')."""
    apostrophes = "'’"
    return (before in apostrophes and known("h" + word)) or \
        (after in apostrophes and word.endswith("in") and known(word + "g"))


# --- experiment
from functools import lru_cache as _lru
from proof.spelling.suggest import candidates as _candidates
from proof.spelling.lexicon import frequencies as _freq
_SIBILANT = ("s", "x", "z", "ch", "sh")
_PART_COMMON = 0


def emphasis(word, known):
    runs = list(_HELD.finditer(word))
    if not runs or any(m.group(1) not in "aeiouy" and m.end() < len(word) for m in runs):
        return False
    single, double = _HELD.sub(r"\1", word), _HELD.sub(r"\1\1", word)
    if known(double):
        return len(double) <= 4 and runs[-1].end() == len(word)
    return known(single)


def regular_plural(word, known, min_stem=_MIN_STEM):
    if word.endswith("ies") and len(word) - 3 >= min_stem and word[-4] not in "aeiou":
        return known(word[:-3] + "y")
    if word.endswith("es") and word[:-2].endswith(_SIBILANT + ("o",)) and len(word) - 2 >= min_stem and known(word[:-2]):
        return True
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < min_stem or stem.endswith(_SIBILANT) or not known(stem):
        return False
    if stem.endswith("y") and stem[-2:-1] not in tuple("aeiou"):
        return False
    return not (stem.endswith("est") and known(stem[:-3]))


def _near(word, language, but=()):
    return any(edits == 1 and c not in but for c, edits in _candidates(word, language))


def built_word(word, known, language, part=False):
    if emphasis(word, known):
        return True
    if regular_plural(word, known, _MIN_STEM - 1 if part else _MIN_STEM):
        return not _near(word, language, but=(word[:-1], word[:-2], word[:-3] + "y"))
    weight = max((_weight(word, cut) for cut in _cuts(word)), default=0)
    if weight:
        f = _freq()
        return not any(e == 1 and " " not in c or f.get(c, 0) * ODDS > weight for c, e in _candidates(word, language))
    return False


def _cuts(word):
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _MIN_STEM:
            yield p, word[len(p):]
    if len(word) >= _MIN_COMPOUND:
        for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
            if word[i:] not in SUFFIXES:
                yield word[:i], word[i:]


def _weight(word, cut):
    f = _freq()
    left, right = cut
    counts = [f.get(right, 0)] + ([] if left in PREFIXES else [f.get(left, 0)])
    return min(counts) if min(counts) >= PART_COMMON else 0

PART_COMMON = 1000
ODDS = 10
