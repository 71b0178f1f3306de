"""The list of open flags, one line each: line number, severity, the flagged text and the
first suggestion, then the message (without the flagged text it may open with), coloured by
severity. What tells one flag from another comes first, so a narrow panel cuts the message
(and, only when they alone overfill the row, the flagged text and the suggestion, each
keeping at least half the room)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proof.core.flag import Flag

SEVERITY_COLOURS = {"error": "#ff5f5f", "warning": "#ffaf00", "info": "#5fafff"}
SEVERITY_LABELS = {"error": "error", "warning": "warn", "info": "info"}

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


def one_line(text: str) -> str:
    """Text on one line: its runs of white space one space each (white space alone made visible)."""
    return shown(text) if text.isspace() else " ".join(text.split())


def without_echo(message: str, flagged: str) -> str:
    """The message without the flagged text it opens with ("'rouge': ..."), which the row
    shows just before it."""
    for quoted in (f"'{flagged}'", f"“{flagged}”", f'"{flagged}"'):
        if flagged and message.startswith(quoted):
            return message[len(quoted) :].removeprefix(":").lstrip() or message
    return message


# Fewer cells than this left for the message after the flagged text and the fix: no message.
LEAST_MESSAGE = 6


def entry(flag: Flag, line: int, flagged: str, width: int | None = None) -> Text:
    """The flag's row, in at most `width` cells when one is given: the message ends in an
    ellipsis (or goes) before the flagged text and the suggestion are cut."""
    colour = SEVERITY_COLOURS.get(flag.severity, "")
    head = Text.assemble(
        (f"{line:>4} ", "dim"), (f"{SEVERITY_LABELS.get(flag.severity, flag.severity):<6}", f"bold {colour}")
    )
    flagged = one_line(flagged)
    what = Text(flagged, style=f"bold {colour}")
    arrow = " → " if what else "→ "
    fix = Text(f"{arrow}{suggestion_label(flag.suggestions[0])}", style="bold") if flag.suggestions else Text()
    gap = "  " if what or fix else ""
    message = Text(gap + without_echo(one_line(flag.message), flagged), style=colour)
    room = None if width is None else max(width - head.cell_len, 0)
    if room is not None and what.cell_len + fix.cell_len + message.cell_len > room:
        left = room - what.cell_len - fix.cell_len
        if left >= LEAST_MESSAGE or not (what or fix):
            message.truncate(max(left, 0), overflow="ellipsis")
        else:
            message = Text()
            fix.truncate(max(room // 2, room - what.cell_len), overflow="ellipsis")
            what.truncate(room - fix.cell_len, overflow="ellipsis")
    return Text.assemble(head, what, fix, message)


class FlagList(OptionList, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.flags: list[Flag] = []
        self.line_numbers: list[int] = []
        self.flagged: list[str] = []
        self._width: int | None = None

    def show(self, flags: list[Flag], lines: list[int], flagged: list[str], current: Flag | None) -> None:
        """The flags with their line numbers and flagged texts."""
        before = (self.flags, self.line_numbers, self.flagged, self._width)
        if (flags, lines, flagged, self._row_width(len(flags))) != before:
            self.flags, self.line_numbers, self.flagged = list(flags), list(lines), list(flagged)
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
            Option(entry(flag, line, flagged, self._width), id=str(index))
            for index, (flag, line, flagged) in enumerate(zip(self.flags, self.line_numbers, self.flagged))
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
