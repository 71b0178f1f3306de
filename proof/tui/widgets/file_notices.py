"""The line under the article that tells of the file itself for the whole session (a
suppression comment naming no rule, which `proof check` warns of); the full text is in the
help (F1). Hidden when there is nothing to tell."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label


class FileNotices(Horizontal):
    def __init__(self, notices: list[str], id: str | None = None) -> None:
        super().__init__(id=id)
        self.notices = notices

    def compose(self) -> ComposeResult:
        yield Label("comments", id="file-notices-label")
        # Text, not a str: a rule name in a comment may hold brackets that would be read as markup.
        yield Label(Text(" · ".join(self.notices)), id="file-notices-text")
        yield Label("F1: details", id="file-notices-more")

    def on_mount(self) -> None:
        self.display = bool(self.notices)
