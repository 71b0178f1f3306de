"""Words the dictionaries lack but English builds from words they have.

Plurals (oilseeds), inflections and adverbs of words the lists hold only in another form
(collateralized, handedly), prefixed words (reinsurers, noncash), closed compounds of two words
(carmaker, frontman), words written without their accents (protege), and the dropped
letters of reported speech ('orrible, lovin'), letters held for emphasis (sooo, pleeease).
A word one edit from a common word is
never accepted this way: "untill" is un + till, but it is a slip for "until".

Buildable is not proof of use ("reachs" is reach + s, "destop" de + stop): the checker
accepts the words these broad rules build only when they are attested (`tools/make_attested.py`
runs them over a frequency list to make proof/data/attested.txt). At run time it builds
words only by the strict rules of `built_word`: spelling-rule plurals, compounds of common
words that are no slip of a dictionary word, and letters held the way emphasis holds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from proof.spelling.lexicon import frequencies
from proof.spelling.suggest import accented_form, begins_a_word, candidates, near_common_word

# Parts that stand before a hyphen, or open a closed word, but are not words on their own.
PREFIXES = frozenset(
    "pre un non anti co re de dis mis post mid ex semi multi pro self sub inter intra trans counter over "
    "under out up down cross neo quasi pseudo bi tri mini micro macro mega ultra hyper super retro "
    "socio geo euro eco cyber vice".split()
)
# Word endings that are also words: "public" + "ally" is no compound but a slip for
# "publicly", as "persist" + "ant" is for "persistent".
SUFFIXES = frozenset(
    "ally less ness able ship hood ion ions ate ant ent ism ward wards wise ing ings ers est "
    "ist ists ity ous ful".split()
)
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
_VOWELS = "aeiouy"
# A plural takes -es after these endings (approaches), -s after any other (reachs is a slip).
_SIBILANTS = ("s", "x", "z", "ch", "sh")
# The parts of a compound built at run time must be this common (pyspellchecker's counts),
# and no word within two edits may be a tenth as common as its rarer part: "soymeal" (soy,
# meal) stands, "keybroads" (key, broads) is a slip for keyboards.
_COMMON_PART = 1000
_SLIP_ODDS = 10


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
    return (
        known(word[:-1])
        or (word.endswith("es") and known(word[:-2]))
        or (word.endswith("ies") and known(word[:-3] + "y"))
    )


def _inflected(word: str, known: Callable[[str], bool]) -> bool:
    endings = [e for e in _INFLECTIONS if word.endswith(e)]
    # "repeled" is repel + ed, but the word is "repelled": a doubled consonant was dropped.
    if any(known(word[: -len(e)] + word[-len(e) - 1] + e) for e in endings):
        return False
    # "basicly" is basic + ly, but adjectives in -ic take -ally.
    stems = [word[: -len(e)] for e in endings if not (e == "ly" and word.endswith("icly"))]
    stems += [word[: -len("ing")] + "e" for _ in range(word.endswith("ing"))]
    stems += [word[: -len(e)] for e in _AFTER_E if word.endswith("e" + e)]
    return any(len(stem) >= _MIN_STEM and known(stem) for stem in stems)


def held(word: str, known: Callable[[str], bool]) -> bool:
    """Letters held for emphasis: "sooo" is "so", "pleeease" is "please"."""
    return bool(_HELD.search(word)) and any(known(_HELD.sub(r"\1" * n, word)) for n in (1, 2))


def _prefixed(word: str, known: Callable[[str], bool]) -> bool:
    return any(word.startswith(p) and len(word) - len(p) >= _MIN_STEM and known(word[len(p) :]) for p in PREFIXES)


def _compound(word: str, known: Callable[[str], bool]) -> bool:
    if len(word) < _MIN_COMPOUND:
        return False
    return any(
        known(word[:i]) and word[i:] not in SUFFIXES and known(word[i:])
        for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
    )


def combining_form(word: str, language: str) -> bool:
    """A combining form before a hyphen: the stem of a word and an -o (anarcho-capitalism,
    socio-economic, electro-pop: anarchy, social, electric)."""
    return len(word) > _MIN_STEM and word.endswith("o") and begins_a_word(word[:-1], language)


def elided(word: str, before: str, after: str, known: Callable[[str], bool]) -> bool:
    """A dropped h or g marked by an apostrophe ('orrible, lovin')."""
    apostrophes = "'’"
    return (before in apostrophes and known("h" + word)) or (
        after in apostrophes and word.endswith("in") and known(word + "g")
    )


def built_word(word: str, known: Callable[[str], bool], language: str, part: bool = False) -> bool:
    """Is `word`, which no list holds, a held form, a regular plural or a compound of common
    words that is no slip of a dictionary word? Measured both ways (docs/spelling.md):
    these rules save the flags on "pleeease", "aramids", "soymeal" in published copy and let
    none of the development set's lower-case misspellings through."""
    if emphasis(word, known):
        return True
    if regular_plural(word, known, _MIN_STEM - 1 if part else _MIN_STEM):
        stems = (word[:-1], word[:-2], word[:-3] + "y")
        return not any(edits == 1 and c not in stems for c, edits in candidates(word, language))
    weight = max((_part_weight(left, right) for left, right in _cuts(word)), default=0)
    if not weight:
        return False
    counts = frequencies()
    return not any(
        (edits == 1 and " " not in c) or counts.get(c, 0) * _SLIP_ODDS > weight
        for c, edits in candidates(word, language)
    )


def emphasis(word: str, known: Callable[[str], bool]) -> bool:
    """A vowel or a final letter held for emphasis: "pleeease", "sooo", "yesss", "hisss".
    A letter held inside a word that is known with a double letter is a slip ("atttacked",
    "seeem", "threee"), unless the word is short and the letter final ("booo")."""
    runs = list(_HELD.finditer(word))
    if not runs or any(m.group(1) not in _VOWELS and m.end() < len(word) for m in runs):
        return False
    double = _HELD.sub(r"\1\1", word)
    if known(double):
        return len(double) <= _MIN_STEM and runs[-1].end() == len(word)
    return known(_HELD.sub(r"\1", word))


def regular_plural(word: str, known: Callable[[str], bool], min_stem: int = _MIN_STEM) -> bool:
    """A plural by the spelling rules: -es after a sibilant or o, -ies for a consonant's y,
    -s after anything else, and no plural of a superlative ("reachs", "proceedes",
    "fastests" are slips)."""
    if word.endswith("ies") and len(word) - 3 >= min_stem and word[-4] not in _VOWELS:
        return known(word[:-3] + "y")
    if (
        word.endswith("es")
        and word[:-2].endswith((*_SIBILANTS, "o"))
        and len(word) - 2 >= min_stem
        and known(word[:-2])
    ):
        return True
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < min_stem or stem.endswith(_SIBILANTS) or not known(stem):
        return False
    if stem.endswith("y") and stem[-2] not in _VOWELS:
        return False
    return not (stem.endswith("est") and known(stem[:-3]))


def _cuts(word: str) -> Iterator[tuple[str, str]]:
    """Ways to read `word` as prefix + word or word + word."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            yield prefix, word[len(prefix) :]
    if len(word) >= _MIN_COMPOUND:
        for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
            if word[i:] not in SUFFIXES:
                yield word[:i], word[i:]


def _part_weight(left: str, right: str) -> int:
    """How common the rarer part is, or 0 if either part is not common."""
    counts = frequencies()
    parts = (right,) if left in PREFIXES else (left, right)
    weight = min(counts.get(p, 0) for p in parts)
    return weight if weight >= _COMMON_PART else 0
