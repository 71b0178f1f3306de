"""What the review changed since the file was read or saved: the spans to mark in the
article, and the unified diff of the file as it will be saved."""

from __future__ import annotations

import difflib
from functools import lru_cache

from proof.review.spans import Span


# The screen asks at every key; the texts change only with an edit.
@lru_cache(maxsize=4)
def changed_spans(saved: str, now: str) -> tuple[Span, ...]:
    """The spans of `now` that differ from `saved`, widened to whole words ("rouge" to
    "rogue" marks the word, not a letter or two); a deletion is an empty span where the
    text was. Lines first, then characters within the lines that changed."""
    old_lines = saved.splitlines(keepends=True)
    new_lines = now.splitlines(keepends=True)
    old_starts = _starts(old_lines)
    new_starts = _starts(new_lines)
    spans: list[Span] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            continue
        old = saved[old_starts[i1] : old_starts[i2]]
        base = new_starts[j1]
        chars = difflib.SequenceMatcher(None, old, now[base : new_starts[j2]], autojunk=False)
        for op, _, _, b1, b2 in chars.get_opcodes():
            if op != "equal":
                _add(spans, _word_wide(now, base + b1, base + b2))
    return tuple(spans)


def _word_wide(text: str, start: int, end: int) -> Span:
    if start == end:
        return start, end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _add(spans: list[Span], span: Span) -> None:
    """Append `span`, joined to the last one when they overlap."""
    if spans and span[0] < spans[-1][1] and spans[-1][0] < spans[-1][1]:
        spans[-1] = (spans[-1][0], max(span[1], spans[-1][1]))
    elif not (spans and span[0] == span[1] == spans[-1][1]):
        spans.append(span)


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def unified_diff(saved: str, now: str, path: str) -> list[str]:
    """The unified diff of the file as read (or last saved) against what saving writes,
    one line of it per item, line endings left out."""
    return [
        line.rstrip("\r\n")
        for line in difflib.unified_diff(
            saved.splitlines(keepends=True), now.splitlines(keepends=True), f"{path} (on disk)", f"{path} (to save)"
        )
    ]
