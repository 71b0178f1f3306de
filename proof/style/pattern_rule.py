"""What the pattern-matching rule types share: the Vale keys `ignorecase`, `nonword`,
`exceptions` and `scope`, and the search of every scope span within the time limit."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

import regex

from proof.core.document import Document
from proof.style.patterns import finditer
from proof.style.rule import Rule

MATCH_FIELDS = {
    "ignorecase": "true: match regardless of case",
    "nonword": "true: do not require word edges around the patterns",
    "exceptions": "matched texts that are allowed after all",
    "scope": "where to look: text (default), sentence, paragraph, heading, line, list, blockquote",
}


class PatternRule(Rule):
    """A rule type that searches its scope with one compiled pattern, `self.regex`."""

    regex: regex.Pattern

    def read_match_fields(self) -> None:
        self.ignorecase = self.get("ignorecase", bool, False)
        self.nonword = self.get("nonword", bool, False)
        self.exceptions = {self._key(e) for e in self.strings("exceptions")}
        self.scopes = self.scope()

    def _key(self, text: str) -> str:
        return text.casefold() if self.ignorecase else text

    def matches(self, document: Document, pattern: regex.Pattern | None = None) -> Iterator[regex.Match]:
        """Every non-empty match of `pattern` (by default `self.regex`) that lies inside one
        span of the rule's scope and is not an exception."""
        found = scope_matches(pattern or self.regex, document.text, self.spans(document, self.scopes))
        for _, match in found:
            if self._key(match.group()) not in self.exceptions:
                yield match


def scope_matches(pattern: regex.Pattern, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, regex.Match]]:
    """Each non-empty match of `pattern` that lies inside one of `spans` (in order of their
    starts), with the index of the last span that starts at or before it.

    The text is searched once, from the first span to the last: a search a span costs
    more in set-up than in matching when spans are short paragraphs. A match that runs
    across a span's edge is no match, but it has consumed the start of the span it ran
    into, so the search starts again there."""
    if not spans:
        return
    starts = [start for start, _ in spans]
    # Spans of several scopes may overlap: a match lies inside one exactly when a span
    # that starts at or before it ends at or after it, the furthest such end decides.
    furthest = list(accumulate((end for _, end in spans), max))
    position: int | None = spans[0][0]
    while position is not None:
        search_from, position = position, None
        for match in finditer(pattern, text, search_from, spans[-1][1]):
            if match.start() == match.end():
                continue
            i = bisect_right(starts, match.start()) - 1
            if i >= 0 and match.end() <= furthest[i]:
                yield i, match
            elif i + 1 < len(starts) and starts[i + 1] < match.end():
                position = starts[i + 1]  # after match.start(): the search moves on
                break
