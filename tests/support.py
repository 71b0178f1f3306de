"""A small checker for tests of the machinery around checkers (reports, filters, fixes).

It flags given words (case-sensitive, whole words) in the checked text, suggests a
replacement and says whether that fix is safe, so tests do not depend on which real
rules exist.
"""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from proof.pipeline.checker import Checker
from proof.cli import cli
from proof.core.flag import Flag

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
                yield Flag(rule, "style", "test", severity, f"'{match.group()}' flagged", match.start(),
                           match.end(), (suggestion,) if suggestion else (), description, link, safe)


@pytest.fixture
def word_checker(monkeypatch):
    """Make every run (in this process and forked workers) use only `WordChecker`."""
    monkeypatch.setattr("proof.run.runner.build_checkers", lambda config: [WordChecker()])


def invoke(*args):
    """Run the CLI in this process (so `word_checker` applies); returns click's Result."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)
