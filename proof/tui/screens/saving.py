"""Saving from the review screen, with the questions it may take: the file changed on
disk since it was opened (save as a new name, reload and re-apply this session's edits,
reload dropping them, cancel), save as names a file that exists (replace, cancel), or the
file is read-only (save as a new name, or cancel).
Nothing is overwritten without the editor's answer to a question that says what is lost."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from proof.core.atomic import ReadOnly, WriteError
from proof.core.source import ChangedOnDisk, InputError, WouldReplace, unused_name
from proof.review.kept import NotKept
from proof.tui.screens.dialogs import Ask, changed_on_disk, confirm_replace, not_reapplied

if TYPE_CHECKING:
    from proof.tui.screens.review import ReviewScreen

Then = Callable[[], None] | None


def _size(path: str) -> str:
    try:
        size = os.path.getsize(path)
    except OSError:
        return "unreadable"
    return f"{size:,} bytes"


class Saving:
    """The save dialogs of one review screen; `then` runs once the file is saved."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def save(self, path: str | None = None, then: Then = None, replace: bool = False) -> None:
        screen = self.screen
        try:
            screen.session.save(path, replace)
        except ChangedOnDisk:
            if path is None:
                screen.app.push_screen(
                    changed_on_disk(screen.session.source.path), lambda answer: self._after_conflict(answer, then)
                )
            else:
                self._confirm_replace(path, self._lost(), then)
            return
        except WouldReplace:
            self._confirm_replace(path, f"It exists ({_size(path)}): what it holds now will be lost.", then)
            return
        except ReadOnly as exc:
            # As an editor refuses a read-only file; nothing typed is lost.
            self._save_as(f"Not saved: {exc}. Save as:", path or screen.session.source.path, then)
            return
        except NotKept as exc:
            # The review stays open (no pending quit): quitting now would lose them.
            screen.notify(f"Text saved; decisions/words not kept: {exc}", severity="error")
            screen.refresh_view()
            return
        except (WriteError, OSError) as exc:
            screen.notify(f"Not saved: {exc}", severity="error")
            return
        screen.notify(f"Saved {screen.session.source.path}", timeout=2)
        screen.refresh_view()
        if then:
            then()

    def _lost(self) -> str:
        try:
            return self.screen.session.what_would_be_lost()
        except InputError as exc:
            return f"It changed on disk since it was opened ({exc})."

    def _confirm_replace(self, path: str, loses: str, then: Then) -> None:
        self.screen.app.push_screen(
            confirm_replace(path, loses),
            lambda answer: self.save(path, then, replace=True) if answer == "replace" else None,
        )

    def _after_conflict(self, answer: str | None, then: Then) -> None:
        screen = self.screen
        if answer in ("reload", "reapply"):
            self._reload(reapply=answer == "reapply")
        elif answer == "save-as":
            # A new name: the file on disk holds someone else's changes.
            self._save_as("Save as:", screen.session.source.path, then)

    def _save_as(self, prompt: str, beside: str, then: Then) -> None:
        """Ask for a new name, offering one beside `beside` that no file has, and save there."""
        self.screen.app.push_screen(
            Ask(prompt, unused_name(beside)), lambda path: self.save(path, then) if path else None
        )

    def _reload(self, reapply: bool) -> None:
        screen = self.screen
        try:
            missed = screen.session.reload_reapplying() if reapply else screen.session.reload()
        except InputError as exc:
            screen.notify(str(exc), severity="error")
            return
        # The search match's offsets were in the text as it was.
        screen._found = None
        screen.refresh_view()
        screen.start_grammar()
        if missed:
            # A step of several changes (fix all) is named once, however many of them missed.
            screen.app.push_screen(not_reapplied(list(dict.fromkeys(change.label for change in missed))))
        elif reapply:
            screen.notify("Reloaded; every edit re-applied. Save to keep them.", timeout=4)
