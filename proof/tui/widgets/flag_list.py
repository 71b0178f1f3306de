"""The list of open flags, two lines each: line number, rule and first suggestion, then
the message. Lines too long for the panel end in an ellipsis (review.tcss)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from proof.core.flag import Flag
from proof.tui.widgets.article import SOURCE_COLOURS

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


def entry(flag: Flag, line: int) -> Text:
    text = Text()
    text.append(f"{line:>4} ", style="dim")
    text.append(flag.rule, style=f"bold {SOURCE_COLOURS.get(flag.source, '')}")
    if flag.suggestions:
        text.append(f" → {suggestion_label(flag.suggestions[0])}")
    text.append(f"\n     {flag.message}")
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

    def flag_at(self, option_id: str) -> Flag:
        return self.flags[int(option_id)]
