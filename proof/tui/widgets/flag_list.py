"""The list of open flags, one line each: line number, severity, a short message and the
first suggestion, coloured by severity. Lines too long for the panel end in an ellipsis
(review.tcss)."""

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


def entry(flag: Flag, line: int) -> Text:
    colour = SEVERITY_COLOURS.get(flag.severity, "")
    text = Text()
    text.append(f"{line:>4} ", style="dim")
    text.append(f"{SEVERITY_LABELS.get(flag.severity, flag.severity):<6}", style=f"bold {colour}")
    text.append(short_message(flag.message), style=colour)
    if flag.suggestions:
        text.append(f" → {suggestion_label(flag.suggestions[0])}", style="bold")
    return text


class FlagList(OptionList, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.flags: list[Flag] = []
        self.line_numbers: list[int] = []

    def show(self, flags: list[Flag], lines: list[int], current: Flag | None) -> None:
        if flags != self.flags or lines != self.line_numbers:
            self.set_options(
                Option(entry(flag, line), id=str(index)) for index, (flag, line) in enumerate(zip(flags, lines))
            )
            self.flags, self.line_numbers = list(flags), list(lines)
        self.highlighted = self.flags.index(current) if current in self.flags else None

    def on_resize(self) -> None:
        # After the new size is laid out: a list made shorter (a narrow window) keeps the
        # current flag in sight, as moving to it does.
        self.call_after_refresh(self.scroll_to_highlight)

    def flag_at(self, option_id: str) -> Flag:
        return self.flags[int(option_id)]
