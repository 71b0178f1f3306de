"""The engine: runs the checkers on a document and returns flags in source coordinates."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from proof.core.dialect import resolve_language
from proof.core.document import Document, Paragraph
from proof.core.flag import Flag, reading_order
from proof.pipeline.checker import Checker, CheckerStatus, local_checks
from proof.pipeline.levels import RulePolicy
from proof.pipeline.merge import merge_flags
from proof.pipeline.placement import place_flag
from proof.pipeline.suppressions import suppress_comments

FlagFilter = Callable[[Document, list[Flag]], list[Flag]]


@dataclass(frozen=True)
class Checked:
    """A check kept for re-checking after an edit: the final flags, and each checker's
    paragraph-local flags (source coordinates, before merging) to carry through edits."""

    flags: list[Flag]
    local: tuple[list[Flag], ...]


class Engine:
    """Runs enabled checkers, maps spans to the source, merges, applies config, sorts.

    `filters` run last, on source-coordinate flags: suppressions, decisions and
    baselines plug in there without the checkers knowing.
    """

    def __init__(
        self,
        checkers: Sequence[Checker],
        policy: RulePolicy | None = None,
        language: str = "auto",
        filters: Sequence[FlagFilter] = (),
        metadata: Mapping[str, Any] | None = None,
    ):
        self.checkers = list(checkers)
        self.policy = policy or RulePolicy({})
        self.language = language
        self.filters = list(filters)
        # Settings every checked document carries (`proof.settings.house`: the article date...).
        self.metadata = dict(metadata or {})

    def prepare(self, document: Document) -> Document:
        document.language = resolve_language(self.language, document.text)
        # Whether the dialect was set or only guessed: a check that judges copy by its
        # dialect (per cent/percent) has nothing to go on when the guess had no evidence.
        document.metadata["dialect_given"] = self.language != "auto"
        document.metadata.update(self.metadata)
        return document

    def check(self, document: Document, checkers: Sequence[Checker] | None = None) -> list[Flag]:
        """Flags of the whole document, from all checkers or the given subset of them."""
        self.prepare(document)
        found: list[Flag] = []
        for checker in self.checkers if checkers is None else checkers:
            found.extend(checker.check(document))
        return self.finish(document, found)

    def check_paragraph(
        self, document: Document, paragraph: Paragraph, checkers: Sequence[Checker] | None = None
    ) -> list[Flag]:
        """Flags of one paragraph, which the checkers see on its own.

        For checks that need only the sentence (grammar engines): they get a short text,
        so re-checking an edited paragraph costs that paragraph, not the article.
        """
        if document.language is None:
            self.prepare(document)
        part = excerpt(document, paragraph)
        found: list[Flag] = []
        for checker in self.checkers if checkers is None else checkers:
            found.extend(checker.check(part))
        return self.finish(part, found)

    def check_parts(self, document: Document, checkers: Sequence[Checker]) -> Checked:
        """`check`, keeping the paragraph-local flags apart for `recheck`."""
        self.prepare(document)
        local = tuple(_to_source(document, local_checks(checker).local_check(document)) for checker in checkers)
        return self._combine(document, checkers, local)

    def recheck(
        self, document: Document, touched: Sequence[Paragraph], kept: Sequence[list[Flag]], checkers: Sequence[Checker]
    ) -> Checked:
        """`check_parts` after an edit, for the price of the touched paragraphs' local checks.

        The paragraph-local checks run on the `touched` paragraphs only; `kept` holds each
        checker's local flags of the other paragraphs, already moved through the edit. The
        document-level checks run on the whole document: whether a word is the minority
        spelling or a name's first mention can change anywhere when one paragraph changes.
        """
        self.prepare(document)
        narrowed = replace(document, paragraphs=tuple(touched))
        local = tuple(
            sorted(old + _to_source(narrowed, local_checks(checker).local_check(narrowed)), key=reading_order)
            for checker, old in zip(checkers, kept)
        )
        return self._combine(document, checkers, local)

    def _combine(self, document: Document, checkers: Sequence[Checker], local: tuple[list[Flag], ...]) -> Checked:
        found: list[Flag] = []
        for checker, own in zip(checkers, local):
            parts = local_checks(checker)
            found.extend(parts.combine(own + _to_source(document, parts.document_check(document))))
        return Checked(self._settle(document, found), local)

    def finish(self, document: Document, checked_flags: list[Flag]) -> list[Flag]:
        """Turn checked-text flags into the final, source-coordinate list."""
        return self._settle(document, _to_source(document, checked_flags))

    def _settle(self, document: Document, flags: list[Flag]) -> list[Flag]:
        """Source-coordinate flags after the policy, the inline comments, merging and the
        filters, sorted. A comment turns rules off where it stands as the config's levels do
        everywhere, so both come before the merging: a rule switched off hides no other."""
        flags = merge_flags(suppress_comments(document, self.policy.apply(flags)))
        for apply in self.filters:
            flags = apply(document, flags)
        return sorted(flags, key=reading_order)

    def status(self, checkers: Sequence[Checker] | None = None) -> CheckerStatus:
        """The status of all checkers, or of the given subset of them, in checker order."""
        statuses = [checker.status() for checker in (self.checkers if checkers is None else checkers)]
        return CheckerStatus(
            engines=tuple(name for status in statuses for name in status.engines),
            checked_by=tuple(name for status in statuses for name in status.checked_by),
            problems=tuple(problem for status in statuses for problem in status.problems),
        )

    def close(self) -> None:
        for checker in self.checkers:
            checker.close()


def _to_source(document: Document, flags: list[Flag]) -> list[Flag]:
    return [placed for flag in flags if (placed := place_flag(document, flag)) is not None]


class _ShiftedOffsets:
    """The document's offset map seen from a paragraph that starts at checked offset `delta`."""

    def __init__(self, offsets, delta: int):
        self._offsets = offsets
        self._delta = delta

    def start(self, index: int) -> int:
        return self._offsets.start(index + self._delta)

    def end(self, index: int) -> int:
        return self._offsets.end(index + self._delta)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._offsets.span(start + self._delta, end + self._delta)

    def runs(self, start: int, end: int) -> list[tuple[int, int]]:
        return [
            (s - self._delta, e - self._delta) for s, e in self._offsets.runs(start + self._delta, end + self._delta)
        ]

    def stand_ins(self, start: int, end: int) -> list[tuple[int, int]]:
        return [
            (s - self._delta, e - self._delta)
            for s, e in self._offsets.stand_ins(start + self._delta, end + self._delta)
        ]


def excerpt(document: Document, paragraph: Paragraph) -> Document:
    """A document holding one paragraph of `document`; its spans still map to the full source."""
    delta = paragraph.start
    text = document.text[paragraph.start : paragraph.end]
    lines = tuple((start - delta, end - delta) for start, end in paragraph.lines)
    return replace(
        document,
        text=text,
        paragraphs=(Paragraph(0, len(text), paragraph.kind, lines),),
        offsets=_ShiftedOffsets(document.offsets, delta),
    )
