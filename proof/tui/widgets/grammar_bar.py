"""The bar under the article while the grammar is checked in the background: the engines
at work and how many paragraphs they have done."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class GrammarBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("grammar", id="grammar-label")
        yield ProgressBar(show_eta=False, id="grammar-progress")

    def start(self, paragraphs: int, engines: list[str]) -> None:
        self.display = True
        self._show_engines(engines)
        self.query_one(ProgressBar).update(total=paragraphs, progress=0)

    def advance(self, engines: list[str]) -> None:
        """One paragraph done; the engines named again (a fallback may have taken over)."""
        self.query_one(ProgressBar).advance(1)
        self._show_engines(engines)

    def _show_engines(self, engines: list[str]) -> None:
        self.query_one(Label).update(f"grammar ({', '.join(engines)})" if engines else "grammar")
