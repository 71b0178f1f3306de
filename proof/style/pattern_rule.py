"""What the pattern-matching rule types share: the Vale keys `ignorecase`, `nonword`,
`exceptions` and `scope`, and the search of every scope span within the time limit."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.document import Document
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

    def matches(self, document: Document) -> Iterator[regex.Match]:
        """Every non-empty match in the rule's scope that is not an exception."""
        for start, end in self.spans(document, self.scopes):
            yield from self.matches_in(document.text, start, end)

    def matches_in(self, text: str, start: int, end: int) -> Iterator[regex.Match]:
        for match in finditer(self.regex, text, start, end):
            found = match.group()
            if found and self._key(found) not in self.exceptions:
                yield match
