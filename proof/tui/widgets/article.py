"""The article in its original layout, every flag highlighted, the current one strongest."""
from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from proof.flag import Flag

_LINE = re.compile(r"[^\r\n]*")
# Colour says where a flag comes from; severity says how loud it is.
SOURCE_COLOURS = {"spelling": "#ff5f5f", "style": "#ffaf00", "grammar": "#5fafff"}
_BACKGROUNDS = {"error": "#5f0000", "warning": "#3a3a00", "info": ""}


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


def render_line(text: str, span: tuple[int, int], flags: list[Flag], current: Flag | None) -> Text:
    """One source line with the flags on it styled; an empty flag (a missing word or
    comma) marks the character after it."""
    start, end = span
    line = Text(text[start:end])
    for flag in sorted(flags, key=lambda f: f == current):
        first, last = max(flag.start, start), min(max(flag.end, flag.start + 1), end)
        if first < last:
            line.stylize(flag_style(flag, flag == current), first - start, last - start)
    return line


class ArticleView(VerticalScroll, can_focus=False):
    """One Static a source line, so the current flag's line can be scrolled to."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._lines: list[Static] = []
        self._rendered: list[Text] = []

    def show(self, text: str, flags: list[Flag], current: Flag | None) -> None:
        spans = line_spans(text)
        rendered = [render_line(text, span, flags, current) for span in spans]
        if len(rendered) != len(self._lines):
            self.remove_children()
            self._lines = [Static(line, classes="line") for line in rendered]
            self.mount_all(self._lines)
        else:
            for widget, old, new in zip(self._lines, self._rendered, rendered):
                if old != new:
                    widget.update(new)
        self._rendered = rendered
        if current is not None:
            index = next((i for i, (s, e) in enumerate(spans) if s <= current.start <= e), 0)
            self.call_after_refresh(self._show_flag, index, current.start - spans[index][0])

    def _show_flag(self, index: int, column: int) -> None:
        """Centre the row of line `index` that shows `column`: a long line (a paragraph
        that is not hard-wrapped) takes several rows and can be taller than the view."""
        widget = self._lines[index]
        region = widget.virtual_region
        row = row_of(self._rendered[index], column, widget.content_region.width, self.app.console)
        self.scroll_to_region(Region(region.x, region.y + min(row, max(region.height - 1, 0)), region.width, 1),
                              center=True, animate=False, immediate=True)


def row_of(line: Text, column: int, width: int, console) -> int:
    """The row, once `line` is wrapped to `width`, that holds `column` (0 when it fits)."""
    if width <= 0 or line.cell_len <= width:
        return 0
    consumed = 0
    rows = line.wrap(console, width)
    for row, part in enumerate(rows):
        consumed += len(part.plain)
        if column < consumed:
            return row
    return len(rows) - 1
