"""Finding text in the article (`/` on the review screen): the next match after a place,
ignoring case, round to the top after the last one."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    wrapped: bool  # the search went past the end and on from the top


def find_next(text: str, query: str, after: int) -> Found | None:
    """The first match of `query` starting at `after` or later, else the first from the top.
    A regular expression ignoring case, not a search of lower-cased text: lower-casing can
    change a string's length (İ), and the offsets must be the text's own."""
    if not query:
        return None
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    match = pattern.search(text, after)
    if match is not None:
        return Found(match.start(), match.end(), wrapped=False)
    match = pattern.search(text)
    return None if match is None else Found(match.start(), match.end(), wrapped=True)
