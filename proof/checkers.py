"""Which checkers a run uses, built once per configuration."""
from __future__ import annotations

from dataclasses import dataclass

from proof.checker import Checker
from proof.config import Config
from proof.spelling import SpellingChecker
from proof.style.checker import StyleChecker


@dataclass(frozen=True)
class RunOptions:
    """Command-line choices that apply to every file of a run."""

    language: str | None = None
    grammar: bool = True
    #: The article date (YYYY-MM-DD) given on the command line, over the config's `date`.
    date: str | None = None


def build_checkers(config: Config, options: RunOptions) -> list[Checker]:
    return [SpellingChecker.from_config(config, options.language), StyleChecker.from_config(config)]
