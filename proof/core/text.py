"""Words and sentences of checked text, shared by every checker.

Offsets are code points in the string given. Apostrophes may be straight or curly and
hyphens join compounds, so "Putin’s" and "veto-wielding" are one token each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

APOSTROPHES = "'’ʼ"
WORD = re.compile(r"[^\W\d_](?:[\w'’ʼ.\-]*[^\W_])?", re.UNICODE)
_SIMPLE_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", re.UNICODE)
# The word after a point: past spaces and at most one line break (hard-wrapped copy).
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_]+)")


def next_word(text: str, end: int) -> str:
    """The word (letters) that follows `end`, as written, or '' when something else does."""
    found = _NEXT_WORD.match(text, end)
    return found.group(1) if found else ""


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "rep",
    "sen",
    "gov",
    "st",
    "jr",
    "sr",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
    "rev",
    "hon",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "d.c",
    "approx",
    "dept",
    "est",
    "fig",
}
_ABBREVIATION_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+|$)")


# Not frozen: every checker makes one for every word, and a frozen data class's __init__
# costs twice as much. Nothing changes a Token once it is made.
@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (letters, inner apostrophes, hyphens and dots: U.S., Putin’s, anti-missile)."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def simple_words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Letter-only words, split at hyphens and dots (for context rules)."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _SIMPLE_WORD.finditer(text, start, end)]


def _ends_sentence(text: str, match: re.Match) -> bool:
    # "U.S. officials", "Gen. Smith", "5 p.m. on": a full stop after an abbreviation or a
    # single letter is taken as part of it. "...the U.S. It said" then stays one sentence,
    # the cheaper mistake for the checks that use sentences.
    if not match.group().startswith("."):
        return True
    # The word before the stop, found by stepping back (a search of the text before it
    # would make splitting quadratic in the length of the text).
    end = start = match.start()
    while start and text[start - 1] in _ABBREVIATION_CHARS:
        start -= 1
    if start == end:
        return True
    token = text[start:end].lower().rstrip(".")
    # A lone letter is an initial (J. Smith), unless it ends a longer word: "Poor's.", "the 1920s."
    initial = len(token) == 1 and not (start and (text[start - 1].isalnum() or text[start - 1] in APOSTROPHES))
    return not (token in ABBREVIATIONS or initial or "." in token)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Sentence spans within [start, end), trimmed of surrounding white space."""
    end = len(text) if end is None else end
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if not _ends_sentence(text, match):
            continue
        yield from _trimmed(text, position, match.end())
        position = match.end()
    yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
