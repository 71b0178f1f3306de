"""The current flag in full: message, numbered suggestions, rule id and category."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from proof.core.flag import Flag
from proof.tui.widgets.article import SOURCE_COLOURS
from proof.tui.widgets.flag_list import shown, suggestion_label


def describe(flag: Flag | None, flagged: str, nothing: str = "No open flags.") -> Text:
    if flag is None:
        return Text(nothing, style="italic")
    text = Text()
    text.append(f"{flag.source} · {flag.severity}", style=f"bold {SOURCE_COLOURS.get(flag.source, '')}")
    text.append(f"  “{shown(flagged)}”\n", style="bold")
    text.append(f"{flag.message}\n")
    for number, suggestion in enumerate(flag.suggestions[:9], 1):
        text.append(f" {number} ", style="reverse")
        text.append(f" {suggestion_label(suggestion)}\n", style="" if suggestion else "italic")
    if not flag.suggestions:
        text.append("no suggestion: e edits by hand\n", style="italic")
    text.append(f"{flag.rule}", style="dim")
    text.append(f" · {flag.category}", style="dim")
    return text


class FlagDetail(Static):
    def show(self, flag: Flag | None, flagged: str, nothing: str = "No open flags.") -> None:
        self.update(describe(flag, flagged, nothing))
