"""Direct quotations in a document: where they are, and where their marks do not pair.

Double quotation marks only: curly “…” and straight "…". (Single marks are also
apostrophes, so they are not used to find quotations.) News copy continues a quotation
over several paragraphs by leaving it open at the end of a paragraph and opening the
next paragraph with a quotation mark; that is correct, not an unbalanced mark.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import regex

from proof.core.document import Document
from proof.style.news.memo import per_document

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
_MARK = regex.compile(f"[{MARKS}]")


@dataclass(frozen=True)
class Quotations:
    #: Spans of quoted text in checked-text offsets, the quotation marks included, in text
    #: order and not overlapping.
    spans: tuple[tuple[int, int], ...]
    #: Offsets of quotation marks that have no partner.
    unpaired: tuple[int, ...]

    def inside(self, start: int, end: int) -> bool:
        """True when [start, end) lies within one quotation."""
        # The last quotation to open at or before `start` is the only one that can hold it:
        # every flag of a long document against every quotation was quadratic.
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self.spans[i][1]

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self.spans]


def _opens_next(text: str, start: int) -> bool:
    return start < len(text) and text[start] in OPENING + STRAIGHT


def _opening_shaped(text: str, i: int, paragraph_start: int) -> bool:
    """A mark that opens: a curly “, or a straight mark at the start of a paragraph, after a
    space, bracket or dash, or glued to the next word after a full stop (‘carpet."It’s’)."""
    mark = text[i]
    if mark != STRAIGHT:
        return mark == OPENING
    if i == paragraph_start or text[i - 1].isspace() or text[i - 1] in "([{—–-":
        return True
    return i + 1 < len(text) and text[i + 1].isalnum() and text[i - 1] in ".,;:!?"


def _find(text: str, paragraphs: tuple[tuple[int, int], ...]) -> Quotations:
    spans: list[tuple[int, int]] = []
    unpaired: list[int] = []
    for index, (start, end) in enumerate(paragraphs):
        opened: int | None = None
        for mark in _MARK.finditer(text, start, end):
            i = mark.start()
            opens = _opening_shaped(text, i, start)
            if opened is None:
                if opens:
                    opened = i
                else:
                    unpaired.append(i)
            elif opens and (text[i] == OPENING or text[i - 1].isspace()):
                # A quotation continued in a new paragraph whose break was lost (wire copy
                # indents paragraphs instead of leaving a blank line): the open one ends here.
                spans.append((opened, i))
                opened = i
            else:
                spans.append((opened, i + 1))
                opened = None
        if opened is not None:
            spans.append((opened, end))
            following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if following is None or not _opens_next(text, following):
                unpaired.append(opened)
    return Quotations(tuple(spans), tuple(unpaired))


@per_document
def quotations(document: Document) -> Quotations:
    """The document's quotations, computed once per document and shared by every rule."""
    return _find(document.text, tuple((p.start, p.end) for p in document.paragraphs))
