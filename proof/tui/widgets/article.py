"""The article in its original layout, every flag highlighted, the current one strongest."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from proof.core.flag import Flag, Source
from proof.review.spans import Span
from proof.tui.messages import ArticleClicked

_LINE = re.compile(r"[^\r\n]*")
# Colour says where a flag comes from; severity says how loud it is.
SOURCE_COLOURS = {Source.SPELLING: "#ff5f5f", Source.STYLE: "#ffaf00", Source.GRAMMAR: "#5fafff"}
_BACKGROUNDS = {"error": "#5f0000", "warning": "#3a3a00", "info": ""}
# Text changed in this review and not saved yet; flags on it are drawn over it.
CHANGED = Style(bgcolor="#004a3a", italic=True)
FOUND = Style(color="black", bgcolor="#d7d7ff", bold=True)


def flag_style(flag: Flag, current: bool) -> Style:
    colour = SOURCE_COLOURS.get(flag.source, "#d787ff")
    if current:
        return Style(color="black", bgcolor=colour, bold=True)
    background = _BACKGROUNDS.get(flag.severity, "")
    return Style(color=colour, bgcolor=background or None, underline=True, bold=flag.severity == "error")


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line, without its line ending."""
    spans = []
    position = 0
    while True:
        match = _LINE.match(text, position)
        spans.append((match.start(), match.end()))
        position = match.end()
        if position >= len(text):
            return spans
        position += 2 if text.startswith("\r\n", position) else 1
        if position >= len(text):
            spans.append((position, position))
            return spans


def render_line(
    text: str,
    span: tuple[int, int],
    flags: list[Flag],
    current: Flag | None,
    changed: Sequence[Span] = (),
    found: tuple[int, int] | None = None,
) -> Text:
    """One source line with the changed text, the flags on it and the search match styled;
    an empty flag (a missing word or comma) or deletion marks the character after it."""
    start, end = span
    line = Text(text[start:end])
    for first, last in changed:
        first, last = max(first, start), min(max(last, first + 1), end)
        if first < last:
            line.stylize(CHANGED, first - start, last - start)
    for flag in sorted(flags, key=lambda f: f == current):
        first, last = max(flag.start, start), min(max(flag.end, flag.start + 1), end)
        if first < last:
            line.stylize(flag_style(flag, flag == current), first - start, last - start)
    if found is not None and max(found[0], start) < min(found[1], end):
        line.stylize(FOUND, max(found[0], start) - start, min(found[1], end) - start)
    return line


def column_at(row: str, cell: int) -> int:
    """The index in `row` of the character drawn at screen cell `cell` (wide characters
    take two cells)."""
    width = 0
    for index, character in enumerate(row):
        width += cell_len(character)
        if width > cell:
            return index
    return len(row)


class ArticleView(ScrollView, can_focus=False):
    """The source lines, soft-wrapped to the view's width, drawn a row at a time (Textual's
    line API): only the rows in sight are drawn, and moving to another flag restyles two
    lines instead of laying out the article again."""

    # Rows kept between the current flag and the edge of the view before it scrolls.
    MARGIN = 3

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rendered: list[Text] = []
        # Per source line: its rows, and the offset (in the line) where each row starts.
        self._wrapped: list[list[Strip]] = []
        self._row_starts: list[list[int]] = []
        self._rows: list[Strip] = []
        self._first_row: list[int] = []
        self._width = 0
        self._spans: list[tuple[int, int]] = []
        self._current: tuple[int, int] | None = None

    def show(
        self,
        text: str,
        flags: list[Flag],
        current: Flag | None,
        changed: Sequence[Span] = (),
        found: tuple[int, int] | None = None,
    ) -> None:
        """Draw the article; the view follows the search match `found` when there is one,
        else the current flag."""
        spans = self._spans = line_spans(text)
        rendered = [render_line(text, span, flags, current, changed, found) for span in spans]
        self._layout(rendered)
        followed = found[0] if found is not None else current.start if current is not None else None
        self._current = None if followed is None else self._place(followed)
        self._reveal()

    def _place(self, offset: int) -> tuple[int, int]:
        """(line, column) of an offset in the text."""
        index = next((i for i, (s, e) in enumerate(self._spans) if s <= offset <= e), 0)
        return index, offset - self._spans[index][0]

    def row_of(self, offset: int) -> int:
        """The row (of the whole wrapped article) where `offset` is drawn."""
        return self._row(*self._place(offset))

    def _row(self, index: int, column: int) -> int:
        return self._first_row[index] + bisect.bisect_right(self._row_starts[index], column) - 1

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset drawn at (x, y) of the content region; None past the article."""
        row = self.scroll_offset.y + y
        if not self._rows or not 0 <= row < len(self._rows):
            return None
        index = bisect.bisect_right(self._first_row, row) - 1
        part = row - self._first_row[index]
        return self._spans[index][0] + self._row_starts[index][part] + column_at(self._rows[row].text, x)

    def on_click(self, event: Click) -> None:
        where = event.get_content_offset(self)
        offset = None if where is None else self.offset_at(where.x, where.y)
        if offset is not None:
            self.post_message(ArticleClicked(offset))

    def _layout(self, rendered: list[Text], width: int | None = None) -> None:
        width = max(width or self.scrollable_content_region.width, 1)
        if width != self._width:
            self._width, self._rendered, self._wrapped, self._row_starts = width, [], [], []
        changed = len(rendered) != len(self._rendered)
        wrapped, starts = [], []
        for index, line in enumerate(rendered):
            if not changed and line == self._rendered[index]:
                wrapped.append(self._wrapped[index])
                starts.append(self._row_starts[index])
            else:
                rows, offsets = self._wrap(line)
                wrapped.append(rows)
                starts.append(offsets)
        self._rendered, self._wrapped, self._row_starts = rendered, wrapped, starts
        self._rows = [row for rows in wrapped for row in rows]
        self._first_row = list(accumulate((len(rows) for rows in wrapped), initial=0))
        self.virtual_size = Size(width, len(self._rows))
        self.refresh()

    def _wrap(self, line: Text) -> tuple[list[Strip], list[int]]:
        console = self.app.console
        parts = line.wrap(console, self._width, overflow="fold") if line.plain else [line]
        rows, offsets, offset = [], [], 0
        for part in parts:
            rows.append(Strip(list(part.render(console)), part.cell_len))
            offsets.append(offset)
            offset += len(part.plain)
        return rows, offsets

    @property
    def current_row(self) -> int | None:
        """The row (of the whole wrapped article) where the current flag starts."""
        if self._current is None or not self._rows:
            return None
        return self._row(*self._current)

    @property
    def page_height(self) -> int:
        return max(self.scrollable_content_region.height, 1)

    def in_sight(self, row: int | None) -> bool:
        top = self.scroll_offset.y
        return row is not None and top <= row < top + self.scrollable_content_region.height

    def offset_at_row(self, row: int) -> int:
        """The source offset where a row of the wrapped article starts."""
        if not self._spans:
            return 0
        index = max(bisect.bisect_right(self._first_row, row) - 1, 0)
        index = min(index, len(self._spans) - 1)
        within = min(row - self._first_row[index], len(self._row_starts[index]) - 1)
        return self._spans[index][0] + self._row_starts[index][within]

    def _reveal(self) -> None:
        """Scroll the current flag's row into sight (to the middle when it was out of it)."""
        row = self.current_row
        if row is None:
            return
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        margin = min(self.MARGIN, max(height // 2 - 1, 0))
        if not top + margin <= row < top + height - margin:
            self.scroll_to(y=max(row - height // 2, 0), animate=False, immediate=True)

    def on_resize(self) -> None:
        if self._rendered:
            self._layout(self._rendered, self.scrollable_content_region.width)
            self._reveal()

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        strip = self._rows[row] if row < len(self._rows) else Strip.blank(0)
        return strip.crop_extend(0, width, self.rich_style).apply_style(self.rich_style)
