"""Checking again after an edit, for the price of the paragraph it touched.

The paragraph-local checks run on the touched paragraphs only and their flags elsewhere
just move; the document-level checks run on the whole text (`Engine.recheck`).
tests/test_review_recheck.py holds this to what a full check of the new text finds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from proof.core.document import Document
from proof.core.edits import Edit, apply_edits
from proof.core.flag import Flag
from proof.pipeline.engine import Engine
from proof.pipeline.merge import merge_flags
from proof.readers import document_from_text
from proof.review.background import GRAMMAR
from proof.review.hidden import apart_from_hidden, carry, sort_out
from proof.review.spans import Span, in_order, moved_all, overlaps, paragraph_span, region_of, touched_paragraphs
from proof.review.state import ReviewState


@dataclass(frozen=True)
class Rechecked:
    # The source span of the paragraphs the edit touched (the edit's own, when none).
    region: Span
    touched: tuple[Span, ...]
    # Each checker's paragraph-local flags, to carry through the next edit.
    local: tuple[tuple[Flag, ...], ...]
    # Every flag of the checkers on the new text, decisions not applied.
    flags: list[Flag]


def carried(flags: Sequence[Flag], edit: Edit, region: Span) -> list[Flag]:
    """The flags moved through `edit`, but those in the region checked again."""
    return [f for f in moved_all(flags, edit) if not overlaps(f.span, region)]


def recheck(
    engine: Engine, checkers: Sequence, document: Document, local: Sequence[Sequence[Flag]], edit: Edit
) -> Rechecked:
    """Check `document`, the text just after `edit`; `local` holds each checker's
    paragraph-local flags of the text before it."""
    paragraphs = touched_paragraphs(document, edit)
    touched = tuple(paragraph_span(document, p) for p in paragraphs)
    region = region_of(touched, edit)
    checked = engine.recheck(document, paragraphs, [carried(own, edit, region) for own in local], checkers)
    return Rechecked(region, touched, tuple(tuple(own) for own in checked.local), checked.flags)


def after_edit(
    state: ReviewState, edit: Edit, path: str, engine: Engine, checkers: Sequence
) -> tuple[ReviewState, Rechecked]:
    """The review after `edit` to the text of the file at `path`, and what its re-check
    found: the decisions follow their flags, the grammar flags outside the touched
    paragraphs move."""
    text = apply_edits(state.text, [edit])
    document = document_from_text(text, path)
    hidden, decided = carry(state.hidden, state.decided, document, edit)
    checked = recheck(engine, checkers, document, state.local, edit)
    # Every flag of `checkers` is new (a document-level one may change anywhere), so the
    # flags they hide are found again; only the grammar's outside the region stand.
    standing = [(f, d) for f, d in hidden if f.source == GRAMMAR and not overlaps(f.span, checked.region)]
    flags, found_hidden = sort_out(decided, state.added_words, document, checked.flags)
    grammar = apart_from_hidden(decided, document, found_hidden, carried(state.grammar, edit, checked.region))
    return replace(
        state,
        text=text,
        document=document,
        flags=tuple(in_order(merge_flags(flags + grammar))),
        decided=decided,
        hidden=tuple(standing + found_hidden),
        local=checked.local,
        grammar=tuple(grammar),
    ), checked
