"""The overview: the open flags counted per severity, source and rule. Enter on a line
shows only its flags; the first line shows them all again."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from proof.report.plural import counted
from proof.review.overview import FlagFilter, Overview
from proof.tui.widgets.article import SOURCE_COLOURS

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def count_line(name: str, count: int, style: str = "", chosen: bool = False) -> Text:
    text = Text(f"{'•' if chosen else ' '} {count:>4}  ")
    text.append(name, style=style)
    return text


class OverviewScreen(ModalScreen[FlagFilter | None]):
    BINDINGS = [Binding("escape,o,q", "dismiss(None)", "Close", id="close-overview")]

    def __init__(self, counts: Overview, shown: FlagFilter) -> None:
        super().__init__(classes="dialog")
        self.counts = counts
        self.shown = shown
        # What each selectable line shows, by its option id.
        self.filters: dict[str, FlagFilter] = {}

    def compose(self) -> ComposeResult:
        with Vertical(classes="box", id="overview"):
            total = sum(count for _, count in self.counts.severities)
            yield Label(counted(total, "open flag"), classes="question")
            yield OptionList(*self._options(total), id="overview-counts")
            yield Label("enter: show only these · escape: close", classes="hint")

    def _options(self, total: int) -> list[Option]:
        shown = self.shown
        options = [self._line(count_line("every flag", total, "bold", shown == FlagFilter()), FlagFilter())]
        for heading, field, rows, colours in (
            ("severity", "severity", self.counts.severities, SEVERITY_COLOURS),
            ("source", "source", self.counts.sources, SOURCE_COLOURS),
            ("rule", "rule", self.counts.rules, {}),
        ):
            options.append(Option(Text(heading, style="bold underline"), disabled=True))
            for name, count in rows:
                chosen = getattr(shown, field) == name
                options.append(
                    self._line(count_line(name, count, colours.get(name, ""), chosen), replace(shown, **{field: name}))
                )
        return options

    def _line(self, text: Text, shows: FlagFilter) -> Option:
        key = str(len(self.filters))
        self.filters[key] = shows
        return Option(text, id=key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.filters[str(event.option.id)])
