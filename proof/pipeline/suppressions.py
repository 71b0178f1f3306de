"""Inline suppressions in Markdown and HTML, written as comments the reader never shows:

    <!-- proof-disable RULE... -->   ... <!-- proof-enable [RULE...] -->
    <!-- proof-disable-next-line [RULE...] -->

A RULE is a rule selector, an id or whole dotted parts of one (`spelling` covers `spelling.Variant`,
see `proof.pipeline.selectors`); no RULE means every rule. A disable without an enable lasts to the
end of the file. The filter runs in the engine on source-coordinate flags, so it scans the source
for the comments."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag
from proof.pipeline.selectors import did_you_mean, matches, selector_names, unknown_selectors

COMMENT_FORMATS = {"md", "html"}
_DIRECTIVE = re.compile(r"<!--\s*proof-(disable-next-line|disable|enable)\b((?:(?!-->).)*)-->", re.S)
ALL_RULES = ("",)


@dataclass(frozen=True)
class Suppression:
    start: int
    end: int
    rules: tuple[str, ...]

    def covers(self, flag: Flag) -> bool:
        return self.start <= flag.start < self.end and any(not rule or matches(flag.rule, rule) for rule in self.rules)


def _line_span_after(line_starts: list[int], offset: int, length: int) -> tuple[int, int]:
    """The source span of the line after the one holding `offset`."""
    line = bisect.bisect_right(line_starts, offset)
    if line >= len(line_starts):
        return length, length
    return line_starts[line], line_starts[line + 1] if line + 1 < len(line_starts) else length


def suppressions(document: Document) -> list[Suppression]:
    source = document.source
    found: list[Suppression] = []
    open_regions: dict[str, int] = {}
    for match in _DIRECTIVE.finditer(source):
        action, rules = match.group(1), tuple(match.group(2).split()) or ALL_RULES
        if action == "disable-next-line":
            start, end = _line_span_after(document.line_starts, match.end() - 1, len(source))
            found.append(Suppression(start, end, rules))
        elif action == "disable":
            for rule in rules:
                open_regions.setdefault(rule, match.end())
        else:
            closing = list(open_regions) if rules == ALL_RULES else [r for r in rules if r in open_regions]
            for rule in closing:
                found.append(Suppression(open_regions.pop(rule), match.start(), (rule,)))
    found.extend(Suppression(start, len(source), (rule,)) for rule, start in open_regions.items())
    return found


def may_have_comments(document: Document) -> bool:
    """Whether the document's format has comments and its source may hold one of proof's."""
    return document.format in COMMENT_FORMATS and "proof-" in document.source


def suppress_comments(document: Document, flags: list[Flag]) -> list[Flag]:
    """Drop flags that an inline comment disables (the engine's, before merging)."""
    if not may_have_comments(document):
        return flags
    regions = suppressions(document)
    return [flag for flag in flags if not any(region.covers(flag) for region in regions)]


@dataclass(frozen=True)
class UnknownRule:
    """A rule name in a suppression comment that matches no rule: where it is in the source
    (its line, and its span, for the editor to underline it) and what to say of it."""

    path: str
    line: int
    start: int
    end: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


_NAME = re.compile(r"\S+")


def unknown_in_comments(document: Document, known: list[str]) -> list[UnknownRule]:
    """Each rule a comment names that matches no rule: a typo there (`newsroom.Rouge`) would
    silently disable nothing. The file is still checked."""
    if not may_have_comments(document):
        return []
    names = selector_names(known)
    warnings = []
    for match in _DIRECTIVE.finditer(document.source):
        for name in _NAME.finditer(document.source, match.start(2), match.end(2)):
            if unknown_selectors([name.group()], known):
                line, _ = document.position(name.start())
                message = f"proof-{match.group(1)}: no rule matches {name.group()!r}{did_you_mean(name.group(), names)}"
                warnings.append(UnknownRule(document.path, line, name.start(), name.end(), message))
    return warnings
