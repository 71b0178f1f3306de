"""Applying fixes to a source text: replacements at source spans, nothing else touched."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


class OverlappingEdits(ValueError):
    pass


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (source coordinates) in one pass.

    Everything outside the edited spans (line endings, curly quotes, hard wraps) is kept
    byte for byte.
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            raise OverlappingEdits(f"edits at {before.start}-{before.end} and {after.start}-{after.end} overlap")
    parts = []
    position = 0
    for edit in ordered:
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def shift(offset: int, edit: Edit) -> int:
    """Where a source offset after `edit` lands once the edit is applied."""
    if offset <= edit.start:
        return offset
    return offset + len(edit.replacement) - (edit.end - edit.start) if offset >= edit.end else edit.start


# A line with its ending; the last line may have none.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def fix(text: str, start: int, end: int, replacement: str) -> Edit:
    """The edit that puts `replacement` in place of text[start:end].

    A deletion that would leave its line empty or only spaces (page furniture, a stray
    counter) takes the whole line with its ending instead, and when that line stood alone
    between blank lines, one of them too: deleting a line leaves no blank or
    whitespace-only line behind. An empty edit at a point deletes nothing, so it takes nothing.
    """
    if replacement or start == end:
        return Edit(start, end, replacement)
    lines = [m.span() for m in _LINE.finditer(text)]
    first = bisect.bisect_right(lines, (start, len(text) + 1)) - 1
    last = bisect.bisect_right(lines, (max(start, end - 1), len(text) + 1)) - 1
    if (
        first < 0
        or text[lines[first][0] : start].strip()
        or _content(text, lines[last])[end - lines[last][0] :].strip()
    ):
        return Edit(start, end, replacement)
    line_start, line_end = lines[first][0], lines[last][1]

    def blank(index: int) -> bool:
        return 0 <= index < len(lines) and not text[slice(*lines[index])].strip()

    alone = (first == 0 or blank(first - 1)) and (last == len(lines) - 1 or blank(last + 1))
    if alone and blank(last + 1):
        line_end = lines[last + 1][1]
    elif alone and blank(first - 1):
        line_start = lines[first - 1][0]
    elif last == len(lines) - 1 and first > 0 and _content(text, lines[last]) == text[slice(*lines[last])]:
        # The last line has no ending: the one before gives up its own.
        line_start = lines[first - 1][0] + len(_content(text, lines[first - 1]))
    return Edit(line_start, line_end, "")


def _content(text: str, line: tuple[int, int]) -> str:
    return text[slice(*line)].rstrip("\r\n")
