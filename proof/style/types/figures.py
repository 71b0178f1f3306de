"""`figures`: a count in the lede contradicted later in the article.

The lede (the first paragraphs) states the facts the body repeats. When the body gives
a different number for the same thing ("12 people were killed" in the lede, "11 people
were killed" later), one of them is wrong. The same thing means the same noun with the
same describing words ("337,000 jobs" and "71,000 new construction jobs" are different
things) and at least one shared content word around the numbers (the verb, the place), so "14
interceptors in Alaska" and "44 interceptors in all" on different subjects stay apart.
A figure restated wrongly is a slip of a digit or two (12 and 11, 25,873,904 and
25,873,906, 12 and 120); figures further apart ("a monthly record of 1,472,184 contracts"
in the lede, "a monthly record of 235,916 contracts" for another market lower down) are
other things the same words describe.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from rapidfuzz.distance import OSA

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.news.article import body
from proof.style.news.lexicon import FUNCTION_WORDS, SAYING
from proof.style.news.quantities import Count, paragraph_counts, stem
from proof.style.rule import Rule

_WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")
# Most digits two figures may differ by and still be one figure restated wrongly.
_SLIPS = 2


def _digit_slips(a: int, b: int) -> int:
    """Edits (a digit added, dropped, changed or two swapped) from one figure's digits to the other's."""
    return OSA.distance(str(a), str(b))


def _context(text: str, count: Count, start: int, end: int, reach: int, units: frozenset[str]) -> set[str]:
    """Content words around a count; units ("mln", "tonnes") are everywhere in figures and
    tell nothing about which thing is counted."""
    before = _WORD.findall(text[max(start, count.start - 60) : count.start])[-reach:]
    after = _WORD.findall(text[count.end : min(end, count.end + 60)])[:reach]
    return {
        stem(w)
        for w in before + after
        if w.lower() not in FUNCTION_WORDS | SAYING and w.lower() not in units and len(w) > 2
    }


class Figures(Rule):
    type_name = "figures"
    fields = {
        "lede": "how many body paragraphs (after the headline) make the lede (default 2)",
        "units": "nouns that measure rather than count (years, miles, tonnes...): never compared",
        "reach": "how many words either side of a count give its context (default 3)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.lede = self.get("lede", int, 2)
        self.reach = self.get("reach", int, 3)
        self.units = frozenset(self.strings("units"))

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        paragraphs = body(document)
        counted = paragraph_counts(document, self.units)
        stated: dict[str, list[tuple[Count, set[str]]]] = {}
        for p in paragraphs[: self.lede]:
            for count in counted[p.start, p.end]:
                context = _context(text, count, p.start, p.end, self.reach, self.units)
                stated.setdefault(count.phrase, []).append((count, context))
        for p in paragraphs[self.lede :]:
            for count in counted[p.start, p.end]:
                context = _context(text, count, p.start, p.end, self.reach, self.units)
                same = [c for c, ctx in stated.get(count.phrase, ()) if ctx & context]
                if not same or any(c.value == count.value for c in same):
                    continue
                lede = min(same, key=lambda c: _digit_slips(c.value, count.value))
                if _digit_slips(lede.value, count.value) <= _SLIPS:
                    yield self.flag(
                        count.start,
                        count.end,
                        [text[lede.start : lede.end]],
                        match=text[count.start : count.end],
                        lede=text[lede.start : lede.end],
                    )
