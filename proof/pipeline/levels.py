"""Which rules run and at what severity, from the config's `rules` table.

Keys are rule ids or id prefixes ("spelling", "newsroom.Rogue"); the longest key that
matches a flag's rule wins, as in flake8's selection.
"""
from __future__ import annotations

from dataclasses import replace

from proof.core.flag import SEVERITIES, Flag


class RulePolicy:
    def __init__(self, levels: dict[str, str]):
        self._levels = sorted(levels.items(), key=lambda item: len(item[0]), reverse=True)

    def level(self, rule: str) -> str | None:
        for key, level in self._levels:
            if rule.startswith(key):
                return level
        return None

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
