"""The consistency view: each word the article writes two ways, its forms with their counts.

Enter on a form writes its whole set that way; `a` writes every set in its majority form.
The screen answers with what to do and the review screen does it (one undo step)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from proof.report.plural import counted
from proof.review.consistency import VariantSet

# The answer: (set number, form number) for one set, ALL for every set in its majority form.
ALL = (-1, 0)
HINT = "enter: this form everywhere · a: every majority · esc: close"


def heading(variants: VariantSet) -> Text:
    text = Text()
    text.append(variants.describe(), style="bold")
    text.append(f"  {variants.kind} · {variants.rule}", style="dim")
    return text


def form_line(variants: VariantSet, number: int) -> Text:
    form = variants.forms[number]
    text = Text(f"   {form.text}", style="bold" if number == 0 else "")
    text.append(f"  ×{form.count}")
    text.append("  majority" if number == 0 else "", style="dim")
    return text


class Consistency(ModalScreen[tuple[int, int] | None]):
    BINDINGS = [
        Binding("escape,c,q", "dismiss(None)", "Close", id="close-consistency"),
        Binding("a", "dismiss_all", "All to majority", id="consistency-all"),
    ]

    def __init__(self, sets: list[VariantSet]) -> None:
        super().__init__(classes="dialog")
        self.sets = sets

    def compose(self) -> ComposeResult:
        with Vertical(classes="box", id="consistency"):
            if not self.sets:
                yield Label("Every word is written one way: no variants found.", classes="question")
                yield Label("escape: close", classes="hint")
                return
            count = len(self.sets)
            yield Label(f"{counted(count, 'word')} written two ways in this article", classes="question")
            options: list[Option | None] = []
            for index, variants in enumerate(self.sets):
                options.append(Option(heading(variants), disabled=True))
                options.extend(
                    Option(form_line(variants, number), id=f"{index}:{number}") for number in range(len(variants.forms))
                )
            yield OptionList(*options, id="variant-forms")
            yield Label(HINT, classes="hint")

    def on_mount(self) -> None:
        if self.sets:
            # The first form of the first set (line 0 is its heading).
            self.query_one(OptionList).highlighted = 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index, number = (int(part) for part in str(event.option.id).split(":"))
        self.dismiss((index, number))

    def action_dismiss_all(self) -> None:
        self.dismiss(ALL)
