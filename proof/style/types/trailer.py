"""`trailer`: the credit line that closes a wire story ("(Reporting by ...; Editing by ...)").

When the house requires one (config `house.trailer`, or the rule's `required`), a story
without it is flagged at its last paragraph. A credit line that is there must have the
house shape (`shape`; by default roles "Reporting by", "Writing by", "Editing by"...
separated by semicolons, in brackets).
"""

from __future__ import annotations

from collections.abc import Iterator

from proof.core.document import Document
from proof.core.flag import Flag
from proof.settings.house import house_of
from proof.style.news.article import body, trailers
from proof.style.patterns import fullmatch
from proof.style.rule import Rule

_ROLES = r"(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Graphics|Fact-checking) by"
# A role's names run to the next semicolon; another role inside them means a wrong separator.
_ROLE = rf"{_ROLES} (?:(?!,? {_ROLES})[^;()])+"
DEFAULT_SHAPE = rf"\({_ROLE}(?:; {_ROLE})*\)"


class Trailer(Rule):
    type_name = "trailer"
    fields = {
        "required": "true: every story must end with a credit line (also config house.trailer)",
        "shape": "a pattern a credit line must match in full (default: the Reuters shape)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.required = self.get("required", bool, False)
        self.shape = self.pattern("shape", self.get("shape", str, DEFAULT_SHAPE))

    def check(self, document: Document) -> Iterator[Flag]:
        paragraphs = body(document)
        if not paragraphs:
            return
        text = document.text
        found = trailers(document)
        for start, end in found:
            if not fullmatch(self.shape, text, start, end):
                yield self.flag(start, end, match=text[start:end], problem="is not in house shape")
        if not found and (self.required or house_of(document).trailer):
            last = paragraphs[-1]
            yield self.flag(
                last.start,
                last.end,
                match=text[last.start : last.end][:40],
                problem="is missing: the story has no credit line",
            )
