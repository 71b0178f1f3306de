"""A review's edit history: the steps to undo, the steps undone to redo, and where the save stands.

Each action of the editor pushes the state before it; undo pops it back whole and pushes
the state it leaves, to redo, until the next action. The history also knows how many of
its steps the text as last read or saved holds, so that a reload can re-apply the edits
made since.
"""

from __future__ import annotations

from dataclasses import dataclass

from proof.review.state import ReviewState


@dataclass(frozen=True)
class Step:
    """One action of the editor, to undo: the state before it."""

    label: str
    before: ReviewState


class History:
    def __init__(self) -> None:
        self._undo: list[Step] = []
        # Steps undone, most recent last, until the next action. A redo step holds the
        # state the undone action had made (its `before` is the state before the undo).
        self._redo: list[Step] = []
        # How many steps of the undo stack the text as last read or saved holds.
        self._saved = 0

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def clear(self) -> None:
        """A text read anew: nothing to undo or redo, and it is the saved text."""
        self._undo.clear()
        self._redo.clear()
        self._saved = 0

    def did(self, label: str, before: ReviewState) -> None:
        """An action was taken from `before`; what was undone can no longer be redone."""
        self._undo.append(Step(label, before))
        self._redo.clear()

    def undo(self, now: ReviewState) -> Step:
        """The last action, to undo from `now` (which redo brings back)."""
        step = self._undo.pop()
        self._redo.append(Step(step.label, now))
        self._saved = min(self._saved, len(self._undo))
        return step

    def redo(self, now: ReviewState) -> Step:
        """The last action undone, to do again from `now` (which undo brings back)."""
        step = self._redo.pop()
        self._undo.append(Step(step.label, now))
        return step

    def saved(self) -> None:
        """The text now is the one saved."""
        self._saved = len(self._undo)

    def since_saved(self, saved_text: str, text: str) -> list[tuple[str, str]]:
        """(label, text) of each step since the text was last read or saved (`saved_text`,
        first) up to `text`, the text now; undoing past the save is a step of its own."""
        later = self._undo[self._saved :]
        texts = [step.before.text for step in later] + [text]
        return [("", saved_text), ("undo of saved edits", texts[0])] + [
            (step.label, text) for step, text in zip(later, texts[1:], strict=True)
        ]
