"""The document model: the text checkers see, and the exact way back to the file.

Readers build a `Document` from a file's decoded text (the *source*). Checkers see only
`Document.text`, the *checked text*: the article's prose with markup removed and hard
line breaks turned into spaces, paragraphs joined by blank lines. An `OffsetMap` records,
piece by piece, where each run of checked text came from, so every span a checker reports
maps back to the exact code points of the source. Line and column are computed only at
the edge, from the source's line starts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

_LINE_BREAK = re.compile(r"\r\n?|\n")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of checked text and the source span it stands for.

    A verbatim piece is a copy of the source (same length); a replacement stands for a
    source span of any length (a folded line break, an HTML entity). A stand-in is a
    replacement for skipped text that sits in a sentence as a word does (inline code): the
    checkers read it as a word, but it is not read text, so no flag and no fix goes in it.
    """

    check_start: int
    check_len: int
    source_start: int
    source_len: int
    verbatim: bool
    stand_in: bool = False


class SourceOffsets(Protocol):
    """What a document's `offsets` offer: an `OffsetMap`, or a view of one (a paragraph's)."""

    def start(self, index: int) -> int: ...

    def end(self, index: int) -> int: ...

    def span(self, start: int, end: int) -> tuple[int, int]: ...

    def runs(self, start: int, end: int) -> list[tuple[int, int]]: ...

    def stand_ins(self, start: int, end: int) -> list[tuple[int, int]]: ...


class OffsetMap:
    """Maps offsets in the checked text back to offsets in the source."""

    def __init__(self, pieces: list[Piece]):
        self.pieces = pieces
        self._starts = [p.check_start for p in pieces]

    def _piece_at(self, index: int) -> Piece:
        i = bisect.bisect_right(self._starts, index) - 1
        return self.pieces[max(i, 0)]

    def start(self, index: int) -> int:
        """Source offset of the checked character at `index`."""
        if not self.pieces:
            return 0
        piece = self._piece_at(index)
        if piece.verbatim:
            return piece.source_start + min(index - piece.check_start, piece.check_len)
        if index >= piece.check_start + piece.check_len:
            return piece.source_start + piece.source_len
        return piece.source_start

    def end(self, index: int) -> int:
        """Source offset just past the checked character at `index - 1`."""
        if index <= 0 or not self.pieces:
            return self.start(0)
        piece = self._piece_at(index - 1)
        if piece.verbatim:
            return piece.source_start + min(index - piece.check_start, piece.check_len)
        return piece.source_start + piece.source_len

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)

    def runs(self, start: int, end: int) -> list[tuple[int, int]]:
        """The checked range [start, end) cut wherever the source skips text between two
        pieces (markup, a link target, front matter, code), stand-ins left out: each run
        maps to one stretch of the source that the reader read from end to end. A range
        inside one stand-in has no runs."""
        if end <= start or not self.pieces:
            return [(start, end)]
        runs = []
        run_start = start
        previous = None
        for piece in self._pieces_over(start, end):
            piece_start = max(piece.check_start, start)
            skipped = previous is not None and piece.source_start != previous.source_start + previous.source_len
            if piece.stand_in or skipped:
                if run_start < piece_start:
                    runs.append((run_start, piece_start))
                run_start = min(piece.check_start + piece.check_len, end) if piece.stand_in else piece_start
            previous = piece
        if run_start < end:
            runs.append((run_start, end))
        return runs

    def stand_ins(self, start: int, end: int) -> list[tuple[int, int]]:
        """The checked spans of the stand-ins that the range [start, end) overlaps."""
        return [
            (piece.check_start, piece.check_start + piece.check_len)
            for piece in self._pieces_over(start, end)
            if piece.stand_in and piece.check_start + piece.check_len > start
        ]

    def _pieces_over(self, start: int, end: int) -> Iterator[Piece]:
        """The pieces from the one holding `start` to the last one starting before `end`."""
        pieces = self.pieces
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        while i < len(pieces) and pieces[i].check_start < end:
            yield pieces[i]
            i += 1


class TextBuilder:
    """Builds checked text and its offset map together, so the two never disagree."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self.length = 0

    def copy(self, source_start: int, text: str) -> None:
        """Append `text`, which stands verbatim at `source_start` in the source."""
        if text:
            self._add(Piece(self.length, len(text), source_start, len(text), True), text)

    def replace(self, source_start: int, source_end: int, text: str) -> None:
        """Append `text` standing for the source span [source_start, source_end)."""
        if text:
            self._add(Piece(self.length, len(text), source_start, source_end - source_start, False), text)

    def stand_in(self, source_start: int, source_end: int, word: str) -> None:
        """Append `word` standing in for the skipped source span [source_start, source_end)
        (see `Piece`)."""
        self._add(Piece(self.length, len(word), source_start, source_end - source_start, False, True), word)

    def tail(self, size: int) -> str:
        """The last `size` characters of the text so far (fewer at its start)."""
        tail = ""
        for part in reversed(self._parts):
            tail = part[-size:] + tail
            if len(tail) >= size:
                break
        return tail[-size:]

    def _add(self, piece: Piece, text: str) -> None:
        last = self._pieces[-1] if self._pieces else None
        if (
            piece.verbatim
            and last is not None
            and last.verbatim
            and last.source_start + last.source_len == piece.source_start
        ):
            # Text that goes on in the source goes on in the same piece: maps the same, and
            # a long document does not keep a piece for every word.
            self._pieces[-1] = Piece(
                last.check_start,
                last.check_len + piece.check_len,
                last.source_start,
                last.source_len + piece.source_len,
                True,
            )
        else:
            self._pieces.append(piece)
        self._parts.append(text)
        self.length += len(text)

    def ends_with(self, suffix: str) -> bool:
        return "".join(self._parts[-2:]).endswith(suffix)

    def length_without_trailing_spaces(self, since: int) -> int:
        """The length of the text so far without the spaces it ends with, not less than
        `since`: read from the last parts back, as joining the whole text for it at every
        paragraph made a reader quadratic."""
        end = self.length
        for part in reversed(self._parts):
            kept = len(part.rstrip(" "))
            end -= len(part) - kept
            if kept or end <= since:
                break
        return max(end, since)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._pieces)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the checked text: the unit of checking, caching and re-checking.

    `lines` are the spans (in checked text) of the source lines the paragraph was folded
    from, for rules that judge whole lines (page furniture, headlines).
    """

    start: int
    end: int
    kind: str = "text"  # "text", "heading", "list", "quote"
    lines: tuple[tuple[int, int], ...] = ()


@dataclass
class Document:
    path: str
    source: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    offsets: SourceOffsets
    format: str = "txt"
    language: str | None = None
    metadata: dict = field(default_factory=dict)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)

    @cached_property
    def line_starts(self) -> list[int]:
        # A line ends at "\r\n", "\r" or "\n"; a search finds them many times faster than
        # a loop over every character of a long document.
        return [0, *(m.end() for m in _LINE_BREAK.finditer(self.source))]

    def position(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a source offset."""
        line = bisect.bisect_right(self.line_starts, source_offset) - 1
        return line + 1, source_offset - self.line_starts[line] + 1
