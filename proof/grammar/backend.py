"""What a grammar engine must provide, and the match it returns.

A backend checks one paragraph of plain text and returns `GrammarMatch`es with spans in
code points of that text. Matches are plain data so they can be cached on disk.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass


class GrammarUnavailable(Exception):
    """The engine cannot work in this run; the message says why and how to fix it."""


@dataclass(frozen=True)
class GrammarMatch:
    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    description: str = ""
    link: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> GrammarMatch:
        return cls(**{**data, "suggestions": tuple(data.get("suggestions", ()))})


class GrammarBackend(ABC):
    #: The engine's name in rule ids and reports: "languagetool", "harper".
    name: str
    #: Requests this backend can serve at once (threads).
    concurrency: int = 1

    @abstractmethod
    def start(self) -> None:
        """Get ready (start or reach the server, build the linter). Raises GrammarUnavailable."""

    @abstractmethod
    def version(self) -> str:
        """Engine and version, part of the cache key."""

    def version_known(self) -> bool:
        """Whether `version` answers before `start`, so cached answers need no start."""
        return False

    @abstractmethod
    def options_key(self) -> str:
        """Every option that changes the answer, part of the cache key."""

    @abstractmethod
    def check(self, text: str, language: str) -> list[GrammarMatch]:
        """Matches in one paragraph. Raises GrammarUnavailable when the engine fails."""

    def check_many(self, texts: list[str], language: str) -> list[list[GrammarMatch]]:
        """Matches in each of several paragraphs; engines with a cost per call batch them."""
        return [self.check(text, language) for text in texts]

    def close(self) -> None:
        return None
