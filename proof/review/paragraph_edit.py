"""Editing a whole paragraph by hand: which source stretch it is, how it is shown in an
editor, and the edit that writes it back.

The paragraph is shown as it stands in the file, hard line breaks included, with its
line endings as plain newlines; what the editor writes goes back with the paragraph's own
line ending (the file's, for a one-line paragraph). Only the stretch that changed is
replaced, so the unchanged lines keep their breaks and every flag outside it just moves.
"""

from __future__ import annotations

from proof.core.document import Document
from proof.core.edits import Edit
from proof.review.spans import Span, difference, paragraph_span


def paragraph_at(document: Document, offset: int) -> Span | None:
    """The source span of the paragraph holding `offset`, or else the first one after it
    (the last one when none is); None for a text without paragraphs."""
    spans = [paragraph_span(document, p) for p in document.paragraphs]
    if not spans:
        return None
    return next((s for s in spans if offset <= s[1]), spans[-1])


def lines_at(text: str, start: int, end: int) -> Span:
    """The source lines holding `start` to `end`, without the last one's line ending: what is
    edited of a search match outside every paragraph (front matter, a code block, a list marker)."""
    first = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    ends = [at for at in (text.find("\n", end), text.find("\r", end)) if at >= 0]
    return first, min(ends, default=len(text))


def for_editing(text: str) -> str:
    """The paragraph's text as an editor shows it: every line ending a newline."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def line_ending(original: str, file_newline: str) -> str:
    return "\r\n" if "\r\n" in original else "\n" if "\n" in original else file_newline


def paragraph_edit(text: str, span: Span, edited: str, file_newline: str) -> Edit | None:
    """The edit that puts `edited` (newlines as an editor gives them) in place of the
    paragraph at `span` in `text`; None when nothing changed."""
    original = text[span[0] : span[1]]
    written = edited.replace("\n", line_ending(original, file_newline))
    if written == original:
        return None
    change = difference(original, written)
    return Edit(span[0] + change.start, span[0] + change.end, change.replacement)


def editing_offset(original: str, offset: int) -> int:
    """Where an offset into the paragraph's source text lands in `for_editing(original)`."""
    return offset - original.count("\r\n", 0, offset)
