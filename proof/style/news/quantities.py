"""Counted things in news copy: "14 interceptors", "twelve people", "1,200 troops".

A count is a whole number (figure or word) followed by a lower-case noun that is not a
unit; money, percentages, decimals, ranges, times and approximations ("about 12",
"another 12") are not counts, so they are never compared or restyled. The noun agrees
with the number: after two or more it is plural, found past up to two describing words
("five ethnic minority women"), so "993,000 imported", "3 already established" (the
network "3") and "1,000 franc" are no counts; nor is a number in a range or ratio ("2
to 9", "four in ten").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from proof.core.document import Document
from proof.style.news.lexicon import FUNCTION_WORDS, describes
from proof.style.news.memo import per_document

WORD_NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS = {n: w for w, n in WORD_NUMBERS.items()}

COUNT = regex.compile(
    r"(?<![\w$£€¥.,:/\-–]|No\. |[$£€¥] ?)(?P<number>\d{1,3}(?:,\d{3})+|\d+|(?i:"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    + r"))(?![\w%.,:/\-–]\d|[\w%\-–/]) (?P<noun>\p{Ll}[\p{Ll}\-]*\p{Ll})\b(?!-)"
)
# Words before a number that make it approximate, additional or a different quantity.
QUALIFIERS = frozenset(
    "about around approximately nearly almost some over under roughly another further additional "
    "extra other more less fewer least most up than only just first last top bottom all".split()
)


# Plurals without an -s.
PLURALS = frozenset(
    "people men women children police staff personnel cattle sheep deer fish aircraft spacecraft "
    "crew feet teeth geese mice media data clergy livestock offspring infantry cavalry youth".split()
)
_FOLLOWING = regex.compile(r"\s+(\p{Ll}[\p{Ll}\-]*\p{Ll})\b(?!-)")
# "2 to 9", "between 5 and 12", "four in ten", "one of 12": the number is part of a range or ratio.
_AFTER_NUMBER = regex.compile(r"(?:\d|\b(?i:" + "|".join(WORD_NUMBERS) + r"))\s+(?:to|and|or|in|of|out of)\s+$")


def plural(word: str) -> bool:
    return word in PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    number_end: int
    value: int
    written: str
    noun: str
    #: The words from the number to the noun, describing words included ("new construction
    #: jobs"): what is counted, for comparing two counts.
    phrase: str = ""

    @property
    def in_words(self) -> bool:
        return not self.written[0].isdigit()


_NEXT_LETTERS = regex.compile(r"\s+(\p{L}+)")
_WORD_CHARACTERS = regex.compile(r"[\w’']+")


@per_document
def paragraph_counts(document: Document, units: frozenset[str]) -> dict[tuple[int, int], tuple[Count, ...]]:
    """The counts of each paragraph of `document`, by the paragraph's span, found once: the
    number rules and the lede check share them. (A cache of the last thousand paragraphs
    held none of a long document's by the time the next rule asked.)"""
    return {(p.start, p.end): counts(document.text, p.start, p.end, units) for p in document.paragraphs}


def counts(text: str, start: int, end: int, units: frozenset[str]) -> tuple[Count, ...]:
    """The counts in text[start:end]."""
    found = []
    for m in COUNT.finditer(text, start, end):
        written, noun = m.group("number"), m.group("noun")
        if noun in units or noun in FUNCTION_WORDS or noun.endswith("-old") or _qualified(text, start, m.start()):
            continue
        following = _NEXT_LETTERS.match(text[m.end() : end])
        if following and following.group(1) in units:
            continue  # "1,001,430 short tons": the noun describes a unit
        if not written[0].isdigit() and written[0].isupper():
            continue  # "Twelve" opening a sentence is the house style, not a count to compare
        if _AFTER_NUMBER.search(text, max(start, m.start() - 12), m.start()):
            continue
        value = int(written.replace(",", "")) if written[0].isdigit() else WORD_NUMBERS[written.lower()]
        if "," not in written and len(written) == 4 and 1800 <= value <= 2100:
            continue  # a year
        noun_end = m.end()
        if value != 1:
            noun, noun_end = _plural_noun(text, noun, m.end(), end)
            if noun is None or noun in units:
                continue
        phrase = " ".join(text[m.end("number") : noun_end].split())
        found.append(Count(m.start(), noun_end, m.end("number"), value, written, noun, phrase))
    return tuple(found)


def _plural_noun(text: str, first: str, at: int, end: int) -> tuple[str | None, int]:
    """The plural noun a number counts: `first` itself or one of the next two words, past
    describing words ("ethnic minority women"); None when there is none."""
    if plural(first):
        return first, at
    if not describes(first):
        return None, at
    for _ in range(2):
        m = _FOLLOWING.match(text, at, end)
        if m is None:
            break
        if plural(m.group(1)):
            return m.group(1), m.end()
        if not describes(m.group(1)):
            break
        at = m.end()
    return None, at


def _qualified(text: str, start: int, at: int) -> bool:
    before = _WORD_CHARACTERS.findall(text[max(start, at - 25) : at])
    return bool(before) and before[-1].lower() in QUALIFIERS


def stem(word: str) -> str:
    """A crude stem for comparing context words ("killed" ~ "kill", "troops" ~ "troop")."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
