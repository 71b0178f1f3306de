"""The house-style checker: every enabled rule of the built-in and configured packs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.pipeline.checker import Checker, ExplainsRules, LocalChecks, RuleHelp
from proof.pipeline.levels import RulePolicy
from proof.settings.config import Config
from proof.style import patterns
from proof.style.loader import load_rules
from proof.style.quotes import quotations
from proof.style.rule import Rule


def warn(message: str) -> None:
    print(f"proof: warning: {message}", file=sys.stderr)


class StyleChecker(Checker, LocalChecks, ExplainsRules):
    """Runs compiled rules, dropping the findings inside direct quotations of rules that do
    not check quotations (`Rule.checks_quotes`). A rule whose pattern runs out of time (see
    `proof.style.patterns.TIME_LIMIT`) is reported once and skipped for the rest of the run."""

    name = "style"
    source = Source.STYLE

    def __init__(self, rules: Iterable[Rule], warn: Callable[[str], None] = warn):
        self.rules = list(rules)
        self._warn = warn

    @classmethod
    def from_config(cls, config: Config, rules: Iterable[Rule] | None = None) -> StyleChecker:
        """The config's enabled rules, out of `rules` when they are already loaded."""
        policy = RulePolicy(config.settings.rules)
        return cls(rule for rule in (load_rules(config) if rules is None else rules) if policy.enabled(rule.info.id))

    def check(self, document: Document) -> list[Flag]:
        # Two rules flagging one thing become one flag in the engine (`proof.pipeline.merge`),
        # after the config has set each rule's level.
        return self._run(document, self.rules)

    def local_check(self, document: Document) -> list[Flag]:
        return self._run(document, [rule for rule in self.rules if rule.paragraph_local])

    def document_check(self, document: Document) -> list[Flag]:
        return self._run(document, [rule for rule in self.rules if not rule.paragraph_local])

    def combine(self, flags: list[Flag]) -> list[Flag]:
        # In rule order, as `check` gives them: when two rules flag one thing at one level,
        # the engine keeps the first rule's flag.
        order = {rule.info.id: index for index, rule in enumerate(self.rules)}
        return sorted(flags, key=lambda f: order.get(f.rule, len(order)))

    def rule_help(self, rule: str) -> RuleHelp | None:
        info = next((r.info for r in self.rules if r.info.id == rule), None)
        return None if info is None else RuleHelp(info.description, info.link, info.bad_examples, info.good_examples)

    def _run(self, document: Document, rules: list[Rule]) -> list[Flag]:
        found: list[Flag] = []
        for rule in list(rules):
            try:
                flags = list(rule.check(document))
            except TimeoutError:
                self.rules.remove(rule)
                self._warn(
                    f"rule {rule.info.id} ({rule.info.path}): a pattern took over "
                    f"{patterns.TIME_LIMIT:g} s on {document.path}; the rule is skipped for the "
                    "rest of this run"
                )
                continue
            if not rule.checks_quotes:
                quoted = quotations(document)
                flags = [f for f in flags if not quoted.inside(f.start, f.end)]
            found.extend(flags[: rule.info.limit] if rule.info.limit else flags)
        return found
