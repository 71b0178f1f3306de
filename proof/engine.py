"""The engine: runs the checkers on a document and returns flags in source coordinates."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from proof.checker import Checker
from proof.dialect import resolve_language
from proof.document import Document
from proof.flag import Flag
from proof.merge import merge_flags
from proof.policy import RulePolicy

FlagFilter = Callable[[Document, list[Flag]], list[Flag]]


class Engine:
    """Runs enabled checkers, maps spans to the source, merges, applies config, sorts.

    `filters` run last, on source-coordinate flags: suppressions, decisions and
    baselines plug in there without the checkers knowing.
    """

    def __init__(self, checkers: Sequence[Checker], policy: RulePolicy | None = None,
                 language: str = "auto", filters: Sequence[FlagFilter] = (),
                 metadata: Mapping[str, Any] | None = None):
        self.checkers = list(checkers)
        self.policy = policy or RulePolicy({})
        self.language = language
        self.filters = list(filters)
        # Settings every checked document carries (`proof.house`: the article date...).
        self.metadata = dict(metadata or {})

    def prepare(self, document: Document) -> Document:
        document.language = resolve_language(self.language, document.text)
        document.metadata.update(self.metadata)
        return document

    def check(self, document: Document) -> list[Flag]:
        self.prepare(document)
        found: list[Flag] = []
        for checker in self.checkers:
            found.extend(checker.check(document))
        return self.finish(document, found)

    def finish(self, document: Document, checked_flags: list[Flag]) -> list[Flag]:
        """Turn checked-text flags into the final, source-coordinate list."""
        flags = [flag.moved(*document.to_source(flag.start, flag.end)) for flag in checked_flags]
        flags = merge_flags(self.policy.apply(flags))
        for apply in self.filters:
            flags = apply(document, flags)
        return sorted(flags, key=lambda f: (f.start, f.end, f.rule))

    def close(self) -> None:
        for checker in self.checkers:
            checker.close()
