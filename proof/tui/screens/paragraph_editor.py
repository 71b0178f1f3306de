"""Editing a whole paragraph by hand, in a text area over the review screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea
from textual.widgets.text_area import Selection


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of an offset into a text whose lines end in newlines."""
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)


class ParagraphEditor(ModalScreen[str | None]):
    """The paragraph's text, soft-wrapped and whole, the flagged words selected; answers
    the new text (ctrl+s), or None (escape, a second time when something was typed)."""

    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", priority=True, id="keep-paragraph"),
        Binding("escape", "cancel", "Cancel", priority=True, id="cancel-paragraph"),
    ]

    def __init__(self, text: str, heading: str, selected: tuple[int, int] | None = None) -> None:
        super().__init__(classes="dialog")
        self.text = text
        self.heading = heading
        self.selected = selected
        self._warned = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="box", id="paragraph-box"):
            yield Label(self.heading, classes="question")
            yield TextArea(self.text, soft_wrap=True, id="paragraph")
            yield Label("ctrl+s: keep and check again · escape: cancel · ctrl+z: undo typing", classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        if self.selected:
            start, end = self.selected
            area.selection = Selection(location(self.text, start), location(self.text, end))
        area.scroll_cursor_visible(center=True)

    def action_keep(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        if self.query_one(TextArea).text != self.text and not self._warned:
            self._warned = True
            self.notify("Escape again drops what you typed here; ctrl+s keeps it.", timeout=4)
            return
        self.dismiss(None)
