"""The file as saving would write it, against the file as read or last saved: a unified diff."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from proof.report.plural import counted

_STYLES = {"+": "green", "-": "red", "@": "cyan"}


def coloured(lines: list[str]) -> Text:
    text = Text(no_wrap=False)
    for line in lines:
        style = "bold" if line.startswith(("+++", "---")) else _STYLES.get(line[:1], "")
        text.append(line + "\n", style=style)
    return text


def heading(name: str, lines: list[str]) -> str:
    removed, added = (sum(line[:1] == mark for line in lines[2:]) for mark in "-+")
    return f"What saving {name} writes: {counted(removed, 'line')} removed, {added} added"


class DiffView(ModalScreen[None]):
    """The diff of a file (`unified_diff`'s lines), scrolled with the keys."""

    BINDINGS = [Binding("escape,q,D", "dismiss(None)", "Close", id="close-diff")]

    def __init__(self, name: str, lines: list[str]) -> None:
        super().__init__(classes="dialog")
        self.heading = heading(name, lines)
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="box", id="diff-box"):
            yield Label(self.heading, classes="question")
            with VerticalScroll(id="diff-scroll"):
                yield Static(coloured(self.lines), id="diff")
            yield Label("escape, q or D: close · arrows, pgup/pgdn: scroll", classes="hint")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()
