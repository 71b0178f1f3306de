"""Modal dialogs of the review screen: quit, edit by hand, explain, changed on disk, save as."""

from __future__ import annotations

import os

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from proof.report.plural import counted
from proof.review.explain import Explanation
from proof.tui.bullets import bulleted


class Dialog(ModalScreen[str | None]):
    """A modal box over the review screen with a question on top; escape closes it
    with no answer."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="cancel")]

    def __init__(self, question: str = "") -> None:
        super().__init__(classes="dialog")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            if self.question:
                # Wrapped, and scrolled when longer than the window allows (a list of lost lines).
                with VerticalScroll(classes="question-scroll"):
                    yield Label(self.question, classes="question")
            yield from self.body()

    def body(self) -> ComposeResult:
        return iter(())


class Choice(Dialog):
    """A question with a few answers, each a button."""

    # The first answer has the focus (enter chooses it), not the question's scroll.
    AUTO_FOCUS = "Button"

    def __init__(self, question: str, answers: list[tuple[str, str]]) -> None:
        super().__init__(question)
        self.answers = answers

    def body(self) -> ComposeResult:
        # More answers than fit one row at 80 columns go two to a row.
        with Horizontal(classes="buttons many" if len(self.answers) > 3 else "buttons"):
            for answer, label in self.answers:
                yield Button(label, id=answer, variant="primary" if answer == self.answers[0][0] else "default")
        if len(self.answers) > 1:
            yield Label("tab: next answer · enter: choose · escape: cancel", classes="hint")
        else:
            yield Label("enter or escape: close", classes="hint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)


def confirm_quit() -> Choice:
    return Choice(
        "There are unsaved changes.",
        [("save", "Save and quit"), ("discard", "Quit without saving"), ("cancel", "Cancel")],
    )


def changed_on_disk(path: str) -> Choice:
    """Named by its base name, as the header names it (a long folder would take the box's lines)."""
    return Choice(
        f"{os.path.basename(path)} changed on disk since it was opened; it was not overwritten.",
        [
            ("save-as", "Save as…"),
            ("reapply", "Reload, re-apply my edits"),
            ("reload", "Reload, drop my edits"),
            ("cancel", "Cancel"),
        ],
    )


def not_reapplied(labels: list[str]) -> Choice:
    """The edits that reloading could not make again: their text changed on disk."""
    return Choice(
        f"Reloaded. Not re-applied, their text changed on disk: {'; '.join(labels)}. Make them again by hand.",
        [("ok", "OK")],
    )


def confirm_ignore_rule(rule: str, open_flags: int) -> Choice:
    """Whether to ignore a rule in the whole file; cancelling is the default."""
    return Choice(
        f"Ignore {rule} everywhere in this file? That closes {counted(open_flags, 'open flag')}, "
        "and it flags nothing here again.",
        [("cancel", "Cancel"), ("ignore-rule", f"Ignore {rule}")],
    )


def confirm_replace(path: str, loses: str) -> Choice:
    """Whether to overwrite `path` (named by its base name: the editor just typed it),
    saying what would be lost; cancelling is the default."""
    name = os.path.basename(path)
    return Choice(f"Replace {name}? {loses}", [("cancel", "Cancel"), ("replace", f"Replace {name}")])


class Ask(Dialog):
    """One line of text, pre-filled; enter answers it."""

    AUTO_FOCUS = "Input"

    def __init__(self, prompt: str, value: str, hint: str = "enter: accept · escape: cancel") -> None:
        super().__init__(prompt)
        self.value = value
        self.hint = hint

    def body(self) -> ComposeResult:
        yield Input(self.value, id="answer")
        yield Label(self.hint, classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


def explanation(about: Explanation) -> Group:
    head = Text()
    head.append(f"{about.rule}\n", style="bold")
    head.append(f"{about.category} · {about.source} · {about.severity}\n\n", style="dim")
    head.append(about.description)
    parts: list[RenderableType] = [head]
    for heading, examples in (("Flagged", about.flagged_examples), ("Accepted", about.accepted_examples)):
        if examples:
            parts += [Text(f"\n{heading}:", style="bold"), bulleted(list(examples), indent=2)]
    if about.link:
        parts.append(Text(f"\n{about.link}", style="underline"))
    return Group(*parts)


class Explain(Dialog):
    BINDINGS = [Binding("q,question_mark", "dismiss(None)", "Close", id="close")]

    def __init__(self, about: Explanation) -> None:
        super().__init__()
        self.about = about

    def body(self) -> ComposeResult:
        with VerticalScroll(id="explanation-scroll"):
            yield Static(explanation(self.about), id="explanation")
        yield Label("escape or ?: close", classes="hint")
