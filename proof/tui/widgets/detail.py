"""The current flag in full: source and severity, rule id and category, message, numbered
suggestions. The rule id comes before the message and the suggestions, so a panel a few rows
high (80x24) keeps it in sight; there, the suggestions go across the width, several a row."""

from __future__ import annotations

from rich.columns import Columns
from rich.console import Group, RenderableType
from rich.text import Text
from textual.widgets import Static

from proof.core.flag import Flag
from proof.tui.widgets.article import SOURCE_COLOURS
from proof.tui.widgets.flag_list import shown, suggestion_label


def suggestion(number: int, suggested: str) -> Text:
    return Text.assemble((f" {number} ", "reverse"), (f" {suggestion_label(suggested)}", "" if suggested else "italic"))


def describe(flag: Flag | None, flagged: str, nothing: str = "No open flags.", across: bool = False) -> RenderableType:
    """`across`: the suggestions side by side (each whole), not one a line."""
    if flag is None:
        return Text(nothing, style="italic")
    head = Text()
    head.append(f"{flag.source} · {flag.severity}", style=f"bold {SOURCE_COLOURS.get(flag.source, '')}")
    head.append(f"  “{shown(flagged)}”\n", style="bold")
    head.append(f"{flag.rule} · {flag.category}\n", style="dim")
    head.append(flag.message)
    suggestions = [suggestion(number, suggested) for number, suggested in enumerate(flag.suggestions[:9], 1)]
    if not suggestions:
        return Group(head, Text("no suggestion: e edits by hand", style="italic"))
    return Group(head, Columns(suggestions, padding=(0, 3)) if across else Group(*suggestions))


class FlagDetail(Static):
    def show(self, flag: Flag | None, flagged: str, nothing: str = "No open flags.", across: bool = False) -> None:
        self.update(describe(flag, flagged, nothing, across))
