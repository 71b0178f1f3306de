"""The one interface every checker implements: a document in, flags out.

Two capabilities are optional, each its own abstract class that a checker also derives
from when it has it: `LocalChecks` (flags that a re-check after an edit may compute for the
touched paragraph only) and `ExplainsRules` (what `?` in `proof review` shows about a
rule). Code outside the factory asks for a capability, never for a concrete checker.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag, Source


@dataclass(frozen=True)
class CheckerStatus:
    """What a checker can say about its own run so far."""

    #: The engines that did this checker's work so far (grammar: the fallback too, after one failed).
    engines: tuple[str, ...] = ()
    #: The engines that checked the last document (after a fallback mid-run, the one that
    #: took over, or both when it happened inside that document).
    checked_by: tuple[str, ...] = ()
    #: Problems that kept this checker from its work, one clear message each.
    problems: tuple[str, ...] = ()


class Checker(ABC):
    """A source of flags. The engine knows checkers only through this interface.

    `check` reports spans in the document's checked text. `close` releases what a
    checker holds for a whole run (a grammar server, a cache) and is called once.
    `status` tells which engines did the work and what went wrong, as data.
    """

    #: Shown to the user, e.g. in the summary of which engines ran.
    name: str = "checker"
    #: The source of every flag this checker reports, when it has one. `Source.GRAMMAR`
    #: marks the slow engines that `proof review` runs in the background, a paragraph at a time.
    source: Source | None = None

    @abstractmethod
    def check(self, document: Document) -> Iterable[Flag]: ...

    def status(self) -> CheckerStatus:
        return CheckerStatus()

    def load(self) -> None:
        """Load now what the first check would load (a language model), so that a caller
        that must stay responsive can do it in a worker thread ahead of the check."""
        return None

    def close(self) -> None:
        return None


class LocalChecks(ABC):
    """A checker some of whose checks are paragraph-local: their flags in a paragraph
    depend on that paragraph alone, so after an edit only the touched paragraph is checked
    again. `check(document)` must equal `combine(local_check(document) + document_check(document))`."""

    @abstractmethod
    def local_check(self, document: Document) -> list[Flag]:
        """The flags of the paragraph-local checks. Given the document with its `paragraphs`
        narrowed to some of them, exactly their flags in those paragraphs."""

    @abstractmethod
    def document_check(self, document: Document) -> list[Flag]:
        """The flags of the other checks, which read the whole document."""

    def combine(self, flags: list[Flag]) -> list[Flag]:
        """The flags of both parts as `check` returns them."""
        return flags


class _WholeDocument(LocalChecks):
    """A checker whose checks all read the whole document, seen as `LocalChecks`."""

    def __init__(self, checker: Checker):
        self._checker = checker

    def local_check(self, document: Document) -> list[Flag]:
        return []

    def document_check(self, document: Document) -> list[Flag]:
        return list(self._checker.check(document))


def local_checks(checker: Checker) -> LocalChecks:
    """The checker split into its paragraph-local and document-level checks; a checker
    without `LocalChecks` is document-level throughout."""
    return checker if isinstance(checker, LocalChecks) else _WholeDocument(checker)


@dataclass(frozen=True)
class RuleHelp:
    """What a checker knows about one of its rules beyond what a flag carries."""

    description: str = ""
    link: str = ""
    flagged_examples: tuple[str, ...] = ()
    accepted_examples: tuple[str, ...] = ()


class ExplainsRules(ABC):
    """A checker that can explain its rules (a house-style rule file has examples)."""

    @abstractmethod
    def rule_help(self, rule: str) -> RuleHelp | None:
        """What this checker knows about `rule`, or None when it is not one of its rules."""
