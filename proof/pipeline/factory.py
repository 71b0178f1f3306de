"""Which checkers a run uses, built once per configuration (the command line's values already in it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from proof.grammar import build_grammar_checkers
from proof.pipeline.checker import Checker, RuleHelp
from proof.pipeline.selectors import describe_unknown, unknown_selectors
from proof.realword import REAL_WORD, SEVERITY, RealWordChecker
from proof.realword.in_context import ContextEvidence, SuggestionsInContext
from proof.settings.config import Config, Settings
from proof.spelling import SpellingChecker
from proof.spelling.checker import DESCRIPTIONS, LONG_WORD, MISSPELLED, NAME_VARIANT, VARIANT
from proof.style.checker import StyleChecker
from proof.style.loader import load_rules
from proof.style.rule import Rule

# Every rule the spelling checker raises has a description (its flags carry it).
SPELLING_RULES = (*DESCRIPTIONS, REAL_WORD)
# The level each spelling rule raises its flags at (`proof rules list` gives it).
_SPELLING_SEVERITY = {MISSPELLED: "error", VARIANT: "warning", NAME_VARIANT: "warning", LONG_WORD: "error"}


@dataclass(frozen=True)
class CheckerRule:
    """A rule of a built-in checker other than house style, as `proof rules list` and `show` give it."""

    id: str
    checker: str
    severity: str
    help: RuleHelp
    #: Whether the config's settings run its checker (`spelling.realword`).
    on: bool


def checker_rules(settings: Settings) -> list[CheckerRule]:
    """The built-in checkers' rules other than house style's, whether or not `settings` turn them on."""
    spelling = [
        CheckerRule(rule, SpellingChecker.name, _SPELLING_SEVERITY[rule], RuleHelp(description), True)
        for rule, description in DESCRIPTIONS.items()
    ]
    checker = RealWordChecker()  # builds nothing until it checks
    about = checker.rule_help(REAL_WORD)
    realword = [CheckerRule(REAL_WORD, checker.name, SEVERITY, about, settings.spelling.realword)] if about else []
    return spelling + realword


def known_rule_ids(rules: Iterable[Rule]) -> list[str]:
    """Every rule id a run can report, but grammar's (see `proof.pipeline.selectors`)."""
    return [*SPELLING_RULES, *(rule.info.id for rule in rules)]


def build_checkers(
    config: Config, grammar: Callable[[Config], list[Checker]] = build_grammar_checkers
) -> list[Checker]:
    """The checkers of a config; ConfigError for a `[rules]` key that matches no rule. `grammar`
    gives the grammar checkers (`proof lsp` keeps a running engine's through a reload)."""
    rules = load_rules(config)
    known = known_rule_ids(rules)
    unknown = unknown_selectors(config.settings.rules, known)
    if unknown:
        raise config.key_error("rules", describe_unknown(unknown, known))
    realword: list[Checker] = [RealWordChecker()] if config.settings.spelling.realword else []
    return [
        SuggestionsInContext(SpellingChecker.from_config(config, ContextEvidence())),
        *realword,
        StyleChecker.from_config(config, rules),
        *grammar(config),
    ]
