"""`occurrence`: too many (or too few) of something in a scope, Vale's `occurrence`:
a sentence over N words, a headline over N words, more than N commas in a sentence."""

from __future__ import annotations

from collections.abc import Iterator

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule, scope_matches


class Occurrence(PatternRule):
    type_name = "occurrence"
    fields = {
        "token": "a pattern: what is counted (e.g. '[^\\s]+' for words)",
        "max": "flag a scope with more than this many",
        "min": "flag a scope with fewer than this many",
        "ignorecase": MATCH_FIELDS["ignorecase"],
        "scope": "what is counted in: sentence (default), paragraph, heading, text, line",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.ignorecase = self.get("ignorecase", bool, False)
        self.scopes = self.scope("sentence")
        if "token" not in spec:
            raise self.error("token", "an occurrence rule needs a `token` pattern")
        self.regex = self.pattern("token", self.get("token", str), self.ignorecase)
        self.max = self.get("max", int)
        self.min = self.get("min", int)
        if self.max is None and self.min is None:
            raise self.error("max", "an occurrence rule needs `max` or `min`")

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        spans = self.spans(document, self.scopes)
        counts = [0] * len(spans)
        # Each match is counted in the span that holds it.
        for i, match in scope_matches(self.regex, text, spans):
            if match.end() <= spans[i][1]:
                counts[i] += 1
        for (start, end), count in zip(spans, counts):
            if (self.max is not None and count > self.max) or (self.min is not None and count < self.min):
                yield self.flag(
                    start, end, match=text[start:end], count=str(count), max=str(self.max), min=str(self.min)
                )
