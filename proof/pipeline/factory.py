"""Which checkers a run uses, built once per configuration."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from proof.grammar import build_grammar_checkers
from proof.pipeline.checker import Checker
from proof.pipeline.selectors import describe_unknown, unknown_selectors
from proof.settings.config import Config
from proof.spelling import SpellingChecker
from proof.spelling.checker import MISSPELLED, NAME_VARIANT, VARIANT
from proof.style.checker import StyleChecker
from proof.style.loader import load_rules
from proof.style.rule import Rule

SPELLING_RULES = (MISSPELLED, VARIANT, NAME_VARIANT)


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


def known_rule_ids(rules: Iterable[Rule]) -> list[str]:
    """Every rule id a run can report, but grammar's (see `proof.pipeline.selectors`)."""
    return [*SPELLING_RULES, *(rule.info.id for rule in rules)]


def build_checkers(config: Config, options: RunOptions) -> list[Checker]:
    """The checkers of a config; ConfigError for a `[rules]` key that matches no rule."""
    rules = load_rules(config)
    known = known_rule_ids(rules)
    unknown = unknown_selectors(config["rules"], known)
    if unknown:
        raise config.key_error("rules", describe_unknown(unknown, known))
    checkers: list[Checker] = [SpellingChecker.from_config(config, options.language),
                               StyleChecker.from_config(config, rules)]
    if options.grammar:
        checkers.extend(build_grammar_checkers(config, options.languagetool_url, options.cache))
    return checkers
