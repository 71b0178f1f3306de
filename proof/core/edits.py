"""Applying fixes to a source text: replacements at source spans, nothing else touched."""

from __future__ import annotations

import itertools
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
