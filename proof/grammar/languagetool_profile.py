"""proof's news-copy profile for LanguageTool, and the switches it gives with a config.

The profile (proof/data/languagetool-profile.toml) names the rules and categories that cry
wolf on published news, each with the reason. A config's `[house]` settings lift the
entries that are house style (curly quotes, typographic dashes, Oxford -ize), and
`[languagetool]` switches rules and categories on or off on top. LanguageTool's own
dictionary spelling rules (MORFOLOGIK_RULE_*, HUNSPELL_*) are left to proof's spelling
checker unless `languagetool.spelling` keeps them; its real-word rules (category TYPOS)
stay on.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from proof.settings.config import HouseTable, LanguageToolTable

PROFILE_FILE = "languagetool-profile.toml"
# LanguageTool's dictionary spellers; proof's spelling checker owns what they flag.
SPELLER_PREFIXES = ("MORFOLOGIK_RULE_", "HUNSPELL_")
PROFILES = ("news", "none")


@dataclass(frozen=True)
class ProfileEntry:
    id: str
    kind: str  # "rule" or "category"
    level: str  # "off" or the severity proof reports
    why: str
    lifted_by: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Decision:
    """What proof does with one rule or category, and why (for `proof rules languagetool`)."""

    id: str
    kind: str
    state: str  # "off", "on" or a severity
    why: str


@dataclass(frozen=True)
class Switches:
    """What is sent to LanguageTool and what proof does with its answer."""

    disabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    levels: tuple[tuple[str, str], ...] = ()  # (rule or category id, severity)
    spelling: bool = False

    def keeps(self, rule_id: str) -> bool:
        return self.spelling or not rule_id.startswith(SPELLER_PREFIXES)

    def level(self, rule_id: str, category: str) -> str | None:
        """The severity the profile gives a match, if it re-levels the rule or its category.

        A rule that reports sub-ids (EN_GB_SIMPLE_REPLACE_MOVIE) answers to its own id."""
        for name, level in self.levels:
            if rule_id == name or rule_id.startswith(name + "_") or category == name:
                return level
        return None


def _entry(raw: dict) -> ProfileEntry:
    kind = "rule" if "rule" in raw else "category"
    lifted = tuple(sorted(raw.get("lifted_by", {}).items()))
    return ProfileEntry(raw[kind], kind, raw["level"], raw["why"], lifted)


@lru_cache(maxsize=1)
def news_profile() -> tuple[ProfileEntry, ...]:
    text = (resources.files("proof") / "data" / PROFILE_FILE).read_text(encoding="utf-8")
    return tuple(_entry(raw) for raw in tomllib.loads(text)["entry"])


def _lifted(entry: ProfileEntry, house: HouseTable) -> bool:
    return bool(entry.lifted_by) and all(getattr(house, key) == value for key, value in entry.lifted_by)


def decisions(languagetool: LanguageToolTable, house: HouseTable) -> list[Decision]:
    """Every rule and category the profile or the config decides, in profile order then
    config order; anything not listed runs as LanguageTool ships it."""
    found: dict[tuple[str, str], Decision] = {}
    if languagetool.profile == "news":
        for entry in news_profile():
            if _lifted(entry, house):
                named = " and ".join(f"house.{key} = {json.dumps(value)}" for key, value in entry.lifted_by)
                found[entry.kind, entry.id] = Decision(entry.id, entry.kind, "on", f"{named} in the config")
            else:
                found[entry.kind, entry.id] = Decision(entry.id, entry.kind, entry.level, entry.why)
    for kind, key, state in (
        ("rule", "disabled_rules", "off"),
        ("category", "disabled_categories", "off"),
        ("rule", "enabled_rules", "on"),
        ("category", "enabled_categories", "on"),
    ):
        for name in getattr(languagetool, key):
            found[kind, name] = Decision(name, kind, state, f"languagetool.{key} in the config")
    if not languagetool.spelling:
        found["rule", "MORFOLOGIK_RULE_*"] = Decision(
            "MORFOLOGIK_RULE_*, HUNSPELL_*",
            "rule",
            "off",
            "dictionary spelling: proof's spelling checker owns it (languagetool.spelling = true keeps them)",
        )
    return list(found.values())


def switches(languagetool: LanguageToolTable, house: HouseTable) -> Switches:
    """The profile and the config as LanguageTool request options and proof's levels."""
    chosen = decisions(languagetool, house)
    named = [d for d in chosen if "*" not in d.id]

    def ids(kind: str, state: str) -> tuple[str, ...]:
        return tuple(sorted(d.id for d in named if d.kind == kind and d.state == state))

    return Switches(
        disabled_rules=ids("rule", "off"),
        disabled_categories=ids("category", "off"),
        enabled_rules=ids("rule", "on"),
        enabled_categories=ids("category", "on"),
        levels=tuple((d.id, d.state) for d in named if d.state not in ("on", "off")),
        spelling=languagetool.spelling,
    )
