"""Spans and flags in a text the editor changes: where they land after an edit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from proof.core.document import Document, Paragraph
from proof.core.edits import Edit, shift
from proof.core.flag import Flag, reading_order

Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """Spans that share a character, or touch when one of them is empty or they meet."""
    return a[0] <= b[1] and b[0] <= a[1]


def inside(flag: Flag, span: Span) -> bool:
    return span[0] <= flag.start and flag.end <= span[1]


def paragraph_span(document: Document, paragraph: Paragraph) -> Span:
    return document.to_source(paragraph.start, paragraph.end)


def touched_paragraphs(document: Document, edit: Edit) -> tuple[Paragraph, ...]:
    """The paragraphs of `document`, the text just after `edit`, that the edit touched."""
    edited = (edit.start, edit.start + len(edit.replacement))
    return tuple(p for p in document.paragraphs if overlaps(paragraph_span(document, p), edited))


def region_of(spans: tuple[Span, ...], edit: Edit) -> Span:
    """The stretch the touched paragraphs' `spans` cover (the edit's own, when none)."""
    if not spans:
        return edit.start, edit.start + len(edit.replacement)
    return min(s for s, _ in spans), max(e for _, e in spans)


def shifted(span: Span, edit: Edit) -> Span:
    return shift(span[0], edit), shift(span[1], edit)


def changes(edit: Edit, span: Span) -> bool:
    """Whether `edit` changes the text at `span` (or inserts inside it)."""
    start, end = span
    return (start < edit.end and edit.start < end) or (edit.start == edit.end and start < edit.start < end)


def moved(flag: Flag, edit: Edit) -> Flag | None:
    """The flag after `edit`, or None when the edit changed its text."""
    if changes(edit, flag.span):
        return None
    return flag.moved(shift(flag.start, edit), shift(flag.end, edit))


def standing_after(flag: Flag, steps: Sequence[Edit]) -> int:
    """Where an editor standing on `flag` stands once `steps` are made one after another
    (each in the coordinates of the text the ones before it left): on the flag when they left
    it, else just after the step that changed it, not after the last step."""
    start, end = flag.span
    for step in steps:
        if changes(step, (start, end)):
            start = end = step.start + len(step.replacement)
        else:
            start, end = shift(start, step), shift(end, step)
    return start


def moved_all(flags: Iterable[Flag], edit: Edit) -> list[Flag]:
    """The flags `edit` left alone, moved; the ones whose text it changed are gone."""
    return [m for m in (moved(f, edit) for f in flags) if m is not None]


def difference(old: str, new: str) -> Edit:
    """The one edit that turns `old` into `new` (common prefix and suffix kept)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return Edit(prefix, len(old) - suffix, new[prefix : len(new) - suffix])


def in_order(flags: list[Flag]) -> list[Flag]:
    return sorted(flags, key=reading_order)
