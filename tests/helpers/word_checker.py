"""A small checker for tests of the machinery around checkers (reports, filters, fixes).

It flags given words (case-sensitive, whole words) in the checked text, suggests a
replacement and says whether that fix is safe, so tests do not depend on which real
rules exist.
"""

from __future__ import annotations

import re

from proof.core.flag import Flag
from proof.pipeline.checker import Checker

WORDS = {
    "rouge": ("house.Rogue", "error", "rogue", True, "Confusable: rouge for rogue.", "https://example.org/rogue"),
    "teh": ("spelling.Typo", "warning", "the", True, "", ""),
    "very": ("house.Weasel", "info", "", False, "Weasel word.", ""),
}


class WordChecker(Checker):
    name = "words"

    def check(self, document):
        for match in re.finditer(r"\w+", document.text):
            entry = WORDS.get(match.group())
            if entry:
                rule, severity, suggestion, safe, description, link = entry
                yield Flag(
                    rule,
                    "style",
                    "test",
                    severity,
                    f"'{match.group()}' flagged",
                    match.start(),
                    match.end(),
                    (suggestion,) if suggestion else (),
                    description,
                    link,
                    safe,
                )
