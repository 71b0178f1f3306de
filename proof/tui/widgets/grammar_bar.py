"""The bar under the article while the grammar is checked in the background: the engines
at work and how many paragraphs they have done; and, for as long as it holds, one line
saying an engine could not be used (the full text is in the help, F1)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


def one_line(problems: list[str]) -> str:
    """The notices on one line (the full text of one can run to several), without the
    "grammar: " the label beside them already says."""
    return " · ".join(" ".join(problem.removeprefix("grammar: ").split()) for problem in problems)


class GrammarBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("grammar", id="grammar-label")
        yield ProgressBar(show_eta=False, id="grammar-progress")
        yield Label("", id="grammar-note")
        yield Label("F1: details", id="grammar-more")

    def on_mount(self) -> None:
        self.query_one("#grammar-more").display = False
        self.query_one("#grammar-note").display = False

    def start(self, paragraphs: int, engines: list[str]) -> None:
        self.display = True
        self.query_one(ProgressBar).display = True
        self._show_engines(engines)
        self.query_one(ProgressBar).update(total=paragraphs, progress=0)

    def advance(self, engines: list[str]) -> None:
        """One paragraph done; the engines named again (a fallback may have taken over)."""
        self.query_one(ProgressBar).advance(1)
        self._show_engines(engines)

    def note(self, problems: list[str]) -> None:
        if problems:
            self.query_one("#grammar-note", Label).update(one_line(problems))
            self.query_one("#grammar-note").display = True
            self.query_one("#grammar-more").display = True

    def finish(self) -> None:
        """The run is over: the bar goes, or keeps only the notice."""
        self.query_one(ProgressBar).display = False
        self.display = self.query_one("#grammar-note").display

    def _show_engines(self, engines: list[str]) -> None:
        self.query_one("#grammar-label", Label).update(f"grammar ({', '.join(engines)})" if engines else "grammar")
