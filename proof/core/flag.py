"""A flag: one thing a checker wants an editor to look at."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

SEVERITIES = ("error", "warning", "info")


class Source(StrEnum):
    """The kind of checker that reported a flag. A `str`, so reports print its value."""

    SPELLING = "spelling"
    STYLE = "style"
    #: The slow engines (LanguageTool, Harper), which `proof review` runs in the background.
    GRAMMAR = "grammar"


SOURCES = tuple(Source)


def severity_rank(severity: str) -> int:
    """Higher is more severe; unknown severities rank lowest."""
    return {"info": 1, "warning": 2, "error": 3}.get(severity, 0)


@dataclass(frozen=True)
class Flag:
    """A finding on the span [start, end).

    Checkers report spans in the document's checked text; the engine moves them to the
    source text once, and everything after the engine (reporters, the review screen, the
    fixer) works in source coordinates.
    """

    rule: str
    source: Source
    category: str
    severity: str
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    description: str = ""
    link: str = ""
    # True when applying the first suggestion is always right (`proof fix` applies it).
    safe_fix: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def moved(self, start: int, end: int) -> Flag:
        return replace(self, start=start, end=end)


def reading_order(flag: Flag) -> tuple[int, int, str]:
    """The one order flags are kept and reported in: by span, then rule, so that two runs
    list the same flags the same way."""
    return flag.start, flag.end, flag.rule
