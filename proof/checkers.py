"""Which checkers a run uses, built once per configuration."""
from __future__ import annotations

from dataclasses import dataclass

from proof.checker import Checker
from proof.config import Config
from proof.grammar import build_grammar_checkers
from proof.spelling import SpellingChecker
from proof.style.checker import StyleChecker


@dataclass(frozen=True)
class RunOptions:
    """Command-line choices that apply to every file of a run."""

    language: str | None = None
    grammar: bool = True
    #: The article date (YYYY-MM-DD) given on the command line, over the config's `date`.
    date: str | None = None
    #: A LanguageTool server given on the command line, over the config and environment.
    languagetool_url: str | None = None
    #: False with --no-cache: every paragraph goes to the grammar engine.
    cache: bool = True


def build_checkers(config: Config, options: RunOptions) -> list[Checker]:
    checkers: list[Checker] = [SpellingChecker.from_config(config, options.language), StyleChecker.from_config(config)]
    if options.grammar:
        checkers.extend(build_grammar_checkers(config, options.languagetool_url, options.cache))
    return checkers
