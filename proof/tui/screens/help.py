"""The help screen (F1, or ? with no flag selected): every key of the review screen, read
from its bindings, and the grammar engine's and the file's notices in full."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from proof.tui.bullets import bulleted
from proof.tui.keys import KeyRow
from proof.tui.screens.dialogs import Dialog


def key_table(rows: list[KeyRow]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for row in rows:
        table.add_row(row.keys, row.does)
    return table


def notices(title: str, problems: list[str]) -> Group:
    return Group(Text(f"\n{title}", style="bold"), bulleted(problems))


class Help(Dialog):
    BINDINGS = [Binding("q,question_mark,f1", "dismiss(None)", "Close", id="close")]

    def __init__(self, rows: list[KeyRow], problems: list[str], file_notices: list[str]) -> None:
        super().__init__()
        self.rows = rows
        self.problems = problems
        self.file_notices = file_notices

    def compose(self) -> ComposeResult:
        self.add_class("help")
        yield from super().compose()

    def body(self) -> ComposeResult:
        yield Label("Keys", classes="question")
        with VerticalScroll(id="help-scroll"):
            yield Static(key_table(self.rows), id="help-keys")
            if self.problems:
                yield Static(notices("Grammar engine", self.problems), id="help-notices")
            if self.file_notices:
                yield Static(notices("This file's comments", self.file_notices), id="help-file-notices")
        yield Label("escape, q, ? or F1: close · up/down/page keys scroll", classes="hint")
