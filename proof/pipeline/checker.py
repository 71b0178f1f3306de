"""The one interface every checker implements: a document in, flags out."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable

from proof.core.document import Document
from proof.core.flag import Flag


class Checker(ABC):
    """A source of flags. The engine knows checkers only through this interface.

    `check` reports spans in the document's checked text. `close` releases what a
    checker holds for a whole run (a grammar server, a cache) and is called once.
    """

    #: Shown to the user, e.g. in the summary of which engines ran.
    name: str = "checker"
    #: The source of every flag this checker reports, when it has one. "grammar" marks
    #: the slow engines that `proof review` runs in the background, a paragraph at a time.
    source: str = ""

    @abstractmethod
    def check(self, document: Document) -> Iterable[Flag]:
        ...

    def local_check(self, document: Document) -> list[Flag]:
        """The flags of this checker's paragraph-local checks: those whose flags in a
        paragraph depend on that paragraph alone. Given the document with its `paragraphs`
        narrowed to some of them, they report exactly their flags in those paragraphs, so
        that after an edit only the touched paragraph is checked again. None by default:
        a check is document-level unless it says otherwise."""
        return []

    def document_check(self, document: Document) -> list[Flag]:
        """The flags of the other checks, which read the whole document (all by default)."""
        return list(self.check(document))

    def combine(self, flags: list[Flag]) -> list[Flag]:
        """This checker's flags from both parts as `check` returns them: `check(document)`
        equals `combine(local_check(document) + document_check(document))`."""
        return flags

    def engines(self) -> list[str]:
        """Names of the engines that did this checker's work so far (grammar: the engine that ran)."""
        return []

    def checked_by(self) -> list[str]:
        """Names of the engines that checked the last document (after a fallback mid-run,
        the one that took over, or both when it happened inside that document)."""
        return self.engines()

    def problems(self) -> list[str]:
        """Problems that kept this checker from its work, one clear message each."""
        return []

    def close(self) -> None:
        return None
