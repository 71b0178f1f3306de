"""The review app: a thin shell that shows one session on the review screen."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from proof.review.session import ReviewSession
from proof.tui.screens.review import ReviewScreen


class ReviewApp(App[str]):
    """Returns the session's one-line summary when the editor quits."""

    CSS_PATH = "review.tcss"
    TITLE = "proof review"
    # ctrl+p: every review action by name (proof/tui/palette.py, the screen's COMMANDS).
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True, tooltip="Quit, as q does")]

    def __init__(self, session: ReviewSession, notices: list[str] | None = None) -> None:
        super().__init__()
        self.session = session
        # What the review tells of the file itself when it opens (proof.review.notices).
        self.notices = notices or []

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands but its Quit ("as soon as possible"): the review's quit, which
        asks first when there are unsaved changes, is in the palette already."""
        return (command for command in super().get_system_commands(screen) if command.title != "Quit")

    def format_title(self, title: str, sub_title: str) -> Content:
        """The status alone when the window leaves no room for the file's name (proof/tui/title.py)."""
        return super().format_title(title, sub_title) if title else Content(sub_title)

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.session, self.notices))

    async def action_quit(self) -> None:
        """ctrl+q quits as `q` does, asking first when there are unsaved changes."""
        if isinstance(self.screen, ReviewScreen):
            self.screen.action_quit_review()
        else:
            self.bell()
