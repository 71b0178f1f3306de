"""The list of open flags, one line each: line number, severity, a short message and the
first suggestion, coloured by severity. In a narrow panel the message is cut first, so the
suggestion stays whole (or keeps at least half the room)."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proof.core.flag import Flag

SEVERITY_COLOURS = {"error": "#ff5f5f", "warning": "#ffaf00", "info": "#5fafff"}
SEVERITY_LABELS = {"error": "error", "warning": "warn", "info": "info"}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s")

_SHOWN_SPACE = str.maketrans({" ": "␣", "\t": "⇥", "\n": "↵"})


def shown(text: str) -> str:
    """Text as the screen shows it: white space alone is made visible ("␣␣")."""
    return text.translate(_SHOWN_SPACE) if text and text.isspace() else text


def suggestion_label(suggestion: str) -> str:
    # An empty suggestion deletes the flagged text (web residue, a doubled word).
    if not suggestion:
        return "(delete)"
    if suggestion == " ":
        return "␣ (one space)"
    return shown(suggestion)


def short_message(message: str) -> str:
    """The message's first sentence, on one line."""
    return _SENTENCE_END.split(" ".join(message.split()), maxsplit=1)[0]


def entry(flag: Flag, line: int, width: int | None = None) -> Text:
    """The flag's row, in at most `width` cells when one is given: the message ends in an
    ellipsis before the suggestion does."""
    colour = SEVERITY_COLOURS.get(flag.severity, "")
    head = Text.assemble(
        (f"{line:>4} ", "dim"), (f"{SEVERITY_LABELS.get(flag.severity, flag.severity):<6}", f"bold {colour}")
    )
    message = Text(short_message(flag.message), style=colour)
    fix = Text(f" → {suggestion_label(flag.suggestions[0])}", style="bold") if flag.suggestions else Text()
    room = None if width is None else max(width - head.cell_len, 0)
    if room is not None and message.cell_len + fix.cell_len > room:
        fix.truncate(max(room // 2, room - message.cell_len), overflow="ellipsis")
        message.truncate(room - fix.cell_len, overflow="ellipsis")
    return Text.assemble(head, message, fix)


class FlagList(OptionList, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.flags: list[Flag] = []
        self.line_numbers: list[int] = []
        self._width: int | None = None

    def show(self, flags: list[Flag], lines: list[int], current: Flag | None) -> None:
        if flags != self.flags or lines != self.line_numbers or self._width != self._row_width(len(flags)):
            self.flags, self.line_numbers = list(flags), list(lines)
            self._fill()
        self.highlighted = self.flags.index(current) if current in self.flags else None

    def _row_width(self, rows: int) -> int | None:
        """The cells a row has beside the scrollbar that `rows` rows need (None before the
        list is laid out). Worked out here: the scrollbar comes and goes with no resize."""
        region = self.content_region
        scrollbar = self.styles.scrollbar_size_vertical if rows > region.height else 0
        return max(region.width - scrollbar, 0) or None

    def _fill(self) -> None:
        self._width = self._row_width(len(self.flags))
        highlighted = self.highlighted
        self.set_options(
            Option(entry(flag, line, self._width), id=str(index))
            for index, (flag, line) in enumerate(zip(self.flags, self.line_numbers))
        )
        self.highlighted = highlighted

    def on_resize(self) -> None:
        if self._width != self._row_width(len(self.flags)):
            self._fill()
        # After the new size is laid out: a list made shorter (a narrow window) keeps the
        # current flag in sight, as moving to it does.
        self.call_after_refresh(self.scroll_to_highlight)

    def flag_at(self, option_id: str) -> Flag:
        return self.flags[int(option_id)]
