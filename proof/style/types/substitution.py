"""`substitution`: a phrase and its preferred form (Vale's `substitution` with `swap`).

The replacement keeps the original's capitalisation ("Towards" → "Toward"), and a
replacement may use the pattern's capture groups ($1 or \\1). "a|b" offers two forms.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style import patterns
from proof.style.case import match_case
from proof.style.pattern_rule import MATCH_FIELDS, PatternRule
from proof.style.patterns import refers_to_groups, words_pattern

_GO_GROUP = regex.compile(r"\$\{?(\d+)\}?")


class Substitution(PatternRule):
    type_name = "substitution"
    vale_placeholders = ("suggestion", "match")
    fields = {
        "swap": 'map of pattern → preferred form ("a|b" for several; $1 or \\1 for a capture group)',
        "capitalize": "Vale's switch; proof always keeps the original's capitalisation",
        **MATCH_FIELDS,
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        swap = self.mapping("swap")
        if not swap:
            raise self.error("swap", "a substitution rule needs a `swap` map")
        self.get("capitalize", bool)
        self.read_match_fields()
        keys = list(swap)
        self.patterns = [self.pattern("swap", key, self.ignorecase) for key in keys]
        self.replacements = [
            [_GO_GROUP.sub(r"\\g<\1>", r.strip()) for r in value.split("|")] for value in swap.values()
        ]
        # The keys are searched together, each in a named group that tells which matched;
        # a key that refers to its own groups (\1) is searched alone, where their numbers hold.
        alone = [i for i, key in enumerate(keys) if refers_to_groups(key)]
        together = [i for i in range(len(keys)) if i not in alone]
        self.searches: list[tuple[regex.Pattern, int | None]] = [
            (self.pattern("swap", words_pattern([keys[i]], self.nonword), self.ignorecase), i) for i in alone
        ]
        if together:
            names = [f"swap{i}" for i in together]
            combined = words_pattern([keys[i] for i in together], self.nonword, names)
            self.searches.insert(0, (self.pattern("swap", combined, self.ignorecase), None))

    def _suggestions(self, index: int, match: regex.Match) -> list[str]:
        # The key's own pattern, run again at the same place of the same text, so its
        # look-arounds see the same context and its groups can be expanded.
        found = match.group()
        own = patterns.match(self.patterns[index], match.string, match.start())
        suggestions = []
        for template in self.replacements[index]:
            try:
                text = own.expand(template) if own and own.end() == match.end() else template
            except (regex.error, IndexError):
                text = template
            suggestions.append(match_case(text, found))
        return suggestions

    def check(self, document: Document) -> Iterator[Flag]:
        # In the order of the text, whichever search found them: a rule's `limit` keeps the first.
        found = sorted(
            ((match, key) for pattern, key in self.searches for match in self.matches(document, pattern)),
            key=lambda found: found[0].start(),
        )
        for match, key in found:
            text = match.group()
            index = key if key is not None else int(str(match.lastgroup)[4:])
            suggestions = [s for s in self._suggestions(index, match) if s != text]
            if suggestions:
                yield self.flag(match.start(), match.end(), suggestions, match=text)
