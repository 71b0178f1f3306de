"""What is open at a glance, and which of it the screen shows: counts of the open flags per
source, severity and rule, and the filter an editor narrows the list with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from proof.core.flag import SEVERITIES, SOURCES, Flag, severity_rank


@dataclass(frozen=True)
class Overview:
    """Each a tuple of (name, count), the names with no open flag left out: sources and
    severities in their fixed order, rules most frequent first (then by name)."""

    sources: tuple[tuple[str, int], ...]
    severities: tuple[tuple[str, int], ...]
    rules: tuple[tuple[str, int], ...]


def overview(flags: Iterable[Flag]) -> Overview:
    flags = list(flags)
    sources = Counter(str(f.source) for f in flags)
    severities = Counter(f.severity for f in flags)
    rules = Counter(f.rule for f in flags)
    # A severity outside the three (a rule file's own) still counts, after them.
    severity_order = [*SEVERITIES, *sorted(set(severities) - set(SEVERITIES))]
    return Overview(
        tuple((str(s), sources[s]) for s in SOURCES if sources[s]),
        tuple((s, severities[s]) for s in severity_order if severities[s]),
        tuple(sorted(rules.items(), key=lambda item: (-item[1], item[0]))),
    )


@dataclass(frozen=True)
class FlagFilter:
    """Which open flags the list shows: None in a field lets every value through."""

    source: str | None = None
    severity: str | None = None
    rule: str | None = None

    def shows(self, flag: Flag) -> bool:
        return (
            self.source in (None, flag.source)
            and self.severity in (None, flag.severity)
            and self.rule in (None, flag.rule)
        )

    def shown(self, flags: Iterable[Flag]) -> list[Flag]:
        """The flags of `flags` the list shows, in their order."""
        return [f for f in flags if self.shows(f)]

    def describe(self) -> str:
        """ "spelling · error", "" when everything is shown."""
        return " · ".join(value for value in (self.source, self.severity, self.rule) if value)

    def with_severity(self, severity: str | None) -> FlagFilter:
        return replace(self, severity=severity)

    def with_rule(self, rule: str | None) -> FlagFilter:
        return replace(self, rule=rule)


def next_severity(shown: str | None, open_severities: Sequence[str]) -> str | None:
    """The severity to show after `shown`: all, then the open ones from most severe down."""
    order = (None, *sorted(open_severities, key=severity_rank, reverse=True))
    return order[(order.index(shown) + 1) % len(order)] if shown in order else None
