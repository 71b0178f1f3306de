"""Counted things in news copy: "14 interceptors", "twelve people", "1,200 troops".

A count is a whole number (figure or word) followed by a lower-case noun that is not a
unit; money, percentages, decimals, ranges, times and approximations ("about 12",
"another 12") are not counts, so they are never compared or restyled.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

WORD_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS = {n: w for w, n in WORD_NUMBERS.items()}

COUNT = regex.compile(
    r"(?<![\w$£€¥.,:/\-–]|No\. |[$£€¥] ?)(?P<number>\d{1,3}(?:,\d{3})+|\d+|(?i:"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) +
    r"))(?![\w%.,:/\-–]\d|[\w%\-–/]) (?P<noun>\p{Ll}[\p{Ll}\-]*\p{Ll})\b(?!-)")
# Words that follow a number without being what it counts ("in 2013 and", "5 of them").
FUNCTION_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as is are was were be been has have "
    "had will would can could may might should must do did does not no so than then that this "
    "these those there their they them it its he she his her we our you your who which what "
    "when where while if per via vs into onto upon out off up down over under after before since "
    "until against between among through during about".split())
# Words before a number that make it approximate, additional or a different quantity.
QUALIFIERS = frozenset(
    "about around approximately nearly almost some over under roughly another further additional "
    "extra other more less fewer least most up than only just first last top bottom all".split())


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    number_end: int
    value: int
    written: str
    noun: str

    @property
    def in_words(self) -> bool:
        return not self.written[0].isdigit()


@lru_cache(maxsize=1024)
def counts(text: str, start: int, end: int, units: frozenset[str]) -> tuple[Count, ...]:
    """The counts in text[start:end] (cached: the number rules and the lede check share them)."""
    found = []
    for m in COUNT.finditer(text, start, end):
        written, noun = m.group("number"), m.group("noun")
        if noun in units or noun in FUNCTION_WORDS or noun.endswith("-old") or _qualified(text, start, m.start()):
            continue
        following = regex.match(r"\s+(\p{L}+)", text[m.end():end])
        if following and following.group(1) in units:
            continue  # "1,001,430 short tons": the noun describes a unit
        if not written[0].isdigit() and written[0].isupper():
            continue  # "Twelve" opening a sentence is the house style, not a count to compare
        value = int(written.replace(",", "")) if written[0].isdigit() else WORD_NUMBERS[written.lower()]
        if "," not in written and len(written) == 4 and 1800 <= value <= 2100:
            continue  # a year
        found.append(Count(m.start(), m.end(), m.end("number"), value, written, noun))
    return tuple(found)


def _qualified(text: str, start: int, at: int) -> bool:
    before = regex.findall(r"[\w’']+", text[max(start, at - 25):at])
    return bool(before) and before[-1].lower() in QUALIFIERS


def stem(word: str) -> str:
    """A crude stem for comparing context words ("killed" ~ "kill", "troops" ~ "troop")."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
