"""Where a review keeps what outlives it: the file's decisions and the project dictionary.

The session is given a store and calls it when the editor saves the text; it reads and
writes no file of this kind itself. `ProjectStore` keeps them in the project's files: `.proof/decisions.json`
(`proof.review.decisions`) and the project dictionary (`proof.core.wordlist`).
"""

from __future__ import annotations

from typing import Protocol

from proof.core.atomic import WriteError
from proof.core.wordlist import Added, add_word, dictionary_path, undo_add
from proof.review.decisions import Decision, Decisions
from proof.settings.config import Config


class ReviewStore(Protocol):
    def decided(self, path: str) -> frozenset[Decision]:
        """The decisions recorded for the file at `path`."""
        ...

    def record(self, path: str, decided: frozenset[Decision]) -> None:
        """Make `decided` the decisions of the file at `path`."""
        ...

    def dictionary(self) -> str:
        """The dictionary words are added to; `DictionaryError` when none may take them."""
        ...

    def add_word(self, word: str) -> Added | None:
        """Add a word to the project dictionary; None when it was there already."""
        ...

    def remove_word(self, added: Added) -> None:
        """Take a word `add_word` added out again."""
        ...


class ProjectStore:
    """A project's decisions file and dictionary: `ConfigError` when the decisions file
    cannot be read; `DictionaryError` when no dictionary inside the project may take a
    word, `WriteError` when a file cannot be written."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.decisions = Decisions.load(config.root)

    def decided(self, path: str) -> frozenset[Decision]:
        return frozenset(self.decisions.of(path))

    def record(self, path: str, decided: frozenset[Decision]) -> None:
        self.decisions.restore(path, set(decided))
        # Only this file's entry: another review in the project may be saving its own.
        self.decisions.save(only=path)

    def dictionary(self) -> str:
        return dictionary_path(self.config)

    def add_word(self, word: str) -> Added | None:
        path = self.dictionary()
        try:
            return add_word(path, word)
        except (OSError, UnicodeDecodeError) as exc:
            raise WriteError(f"{path}: cannot read the dictionary to add {word!r} ({exc})") from None

    def remove_word(self, added: Added) -> None:
        undo_add(added)
