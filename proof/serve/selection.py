"""A request's choice of rules: LanguageTool's enabledRules, disabledRules, enabledCategories,
disabledCategories and enabledOnly, read as proof reads rule selectors.

A rule selector is an id or whole dotted parts of one, as in the config's `[rules]` table
("newsroom" selects every newsroom rule); a category is matched by its exact name.
"""

from __future__ import annotations

from dataclasses import dataclass

from proof.core.flag import Flag
from proof.pipeline.selectors import selects


@dataclass(frozen=True)
class Selection:
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    #: Only the enabled rules and categories are checked (LanguageTool's enabledOnly=true).
    enabled_only: bool = False

    def keeps(self, flag: Flag) -> bool:
        """Whether a flag survives the categories and enabledOnly (rules go through the
        engine's rule levels, so that a disabled rule never hides another in the merge)."""
        if flag.category in self.disabled_categories:
            return False
        if self.enabled_only:
            return flag.category in self.enabled_categories or selects(flag.rule, self.enabled_rules)
        return True


def listed(value: str | None) -> tuple[str, ...]:
    """A comma-separated parameter as LanguageTool's clients send it."""
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())
