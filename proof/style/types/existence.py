"""`existence`: words, phrases or patterns the house style forbids (Vale's `existence`)."""

from __future__ import annotations

from collections.abc import Iterator

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import words_pattern


class Existence(PatternRule):
    type_name = "existence"
    fields = {
        "tokens": "words or phrases (each a pattern) that must not appear; matched as whole words",
        "raw": "a pattern, given as parts that are joined, matched as written",
        "append": "true: `raw` follows `tokens` (one pattern) instead of being an alternative",
        **MATCH_FIELDS,
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.read_match_fields()
        tokens = self.strings("tokens")
        raw = "".join(self.strings("raw"))
        if not tokens and not raw:
            raise self.error("tokens", "an existence rule needs `tokens` or `raw`")
        words = words_pattern(tokens, self.nonword) if tokens else ""
        if self.get("append", bool, False) and words and raw:
            pattern = words + raw
        else:
            pattern = "|".join(f"(?:{p})" for p in (words, raw) if p)
        self.regex = self.pattern("tokens" if tokens else "raw", pattern, self.ignorecase)

    def check(self, document: Document) -> Iterator[Flag]:
        for match in self.matches(document):
            yield self.flag(match.start(), match.end(), match=match.group())
