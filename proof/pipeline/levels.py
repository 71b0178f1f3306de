"""Which rules run and at what severity, from the config's `rules` table.

Keys are rule selectors: ids or whole dotted parts of ids ("spelling", "newsroom.Rogue",
see `proof.pipeline.selectors`); the longest key that matches a flag's rule wins, as in
flake8's selection.
"""

from __future__ import annotations

from dataclasses import replace

from proof.core.flag import SEVERITIES, Flag
from proof.pipeline.selectors import most_specific


class RulePolicy:
    def __init__(self, levels: dict[str, str]):
        self._levels = dict(levels)

    def level(self, rule: str) -> str | None:
        selector = most_specific(rule, self._levels)
        return None if selector is None else self._levels[selector]

    def enabled(self, rule: str) -> bool:
        return self.level(rule) != "off"

    def apply(self, flags: list[Flag]) -> list[Flag]:
        kept = []
        for flag in flags:
            level = self.level(flag.rule)
            if level == "off":
                continue
            if level in SEVERITIES and level != flag.severity:
                flag = replace(flag, severity=level)
            kept.append(flag)
        return kept
