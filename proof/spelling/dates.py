"""Day and month names: capitalised like names, but a slip in one is a misspelling.

A capitalised word inside a sentence is taken for a name, so "Thrusday" would pass as one;
but the names of days and months are a closed set, and a capitalised word one edit from one
of them (two for long ones) is a slip: Thrusday, Feburary, Wendsday. The short ones (May,
June, July) are left out, as Mays, Jane and Julie are names, and so is a word in a run of
capitalised words (Sundar Pichai), which the caller checks.
"""

from __future__ import annotations

import calendar

from rapidfuzz.distance import OSA

_MIN_LENGTH = 6
_LONG = 8
# calendar's names follow LC_TIME, which Python leaves at "C" (English) unless the program
# sets it, and proof never does.
_NAMES = tuple(n for n in (*calendar.day_name, *calendar.month_name) if len(n) >= _MIN_LENGTH)


def calendar_word(word: str) -> str | None:
    """The day or month name that the capitalised `word` is a slip for, if any."""
    for name in _NAMES:
        if word[0] != name[0] or word.startswith(name) or name.startswith(word):
            continue
        limit = 2 if len(name) >= _LONG else 1
        if OSA.distance(word, name, score_cutoff=limit) <= limit:
            return name
    return None
