"""`conditional`: something used before (or without) what it depends on, Vale's
`conditional`; above all an acronym used before it is spelt out.

`first` matches the uses (the acronym is its first group, or the whole match); `second`
matches the definitions ("International Atomic Energy Agency (IAEA)"), with the defined
acronym as its first group. Unlike Vale, the check is order-aware: a use BEFORE the
definition is flagged. The first use of each acronym is flagged once, not every use.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from proof.core.document import Document
from proof.core.flag import Flag
from proof.settings.house import house_of
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import finditer


def _key(match) -> str:
    return match.group(1) if match.re.groups and match.group(1) else match.group()


class Conditional(PatternRule):
    type_name = "conditional"
    fields = {
        "first": "a pattern for the uses (its first group, if any, is the term)",
        "second": "a pattern for the definitions (its first group is the term defined)",
        "exceptions": "terms every reader knows, never flagged (NATO, U.S., EU...)",
        "undefined": "true (default, as Vale): flag a term never defined; false: only one used before its definition",
        "ignorecase": MATCH_FIELDS["ignorecase"],
        "scope": "where uses are looked for (definitions anywhere): text (default), paragraph...",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.read_match_fields()
        for name in ("first", "second"):
            if not isinstance(spec.get(name), str):
                raise self.error(name, f"a conditional rule needs a `{name}` pattern")
        self.regex = self.pattern("first", spec["first"], self.ignorecase)
        self.definition = self.pattern("second", spec["second"], self.ignorecase)
        self.undefined = self.get("undefined", bool, True)

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        defined: dict[str, int] = {}
        # The defined terms' spans, in text order and not overlapping (one a definition).
        inside_starts: list[int] = []
        inside_ends: list[int] = []
        for match in finditer(self.definition, text):
            defined.setdefault(_key(match), match.start())
            # Only the defined term is no use: a long name may hold another abbreviation
            # ("its probe into CAM and Columbia Funds Distributor (CFD)").
            start, end = match.span(1) if match.re.groups and match.group(1) else match.span()
            inside_starts.append(start)
            inside_ends.append(end)
        seen: set[str] = set()
        # The house's own list (config `house.known_abbreviations`) joins the rule's exceptions.
        known = {self._key(term) for term in house_of(document).known_abbreviations}
        for match in self.matches(document):
            term = _key(match)
            if term in seen or self._key(term) in self.exceptions or self._key(term) in known:
                continue
            i = bisect.bisect_right(inside_starts, match.start()) - 1
            if i >= 0 and match.start() < inside_ends[i]:
                continue
            seen.add(term)
            at = defined.get(term)
            if (at is None and self.undefined) or (at is not None and match.start() < at):
                yield self.flag(match.start(), match.end(), match=term)
