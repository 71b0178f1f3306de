"""The grammar flags in a review's state: merged with the others as they arrive, gone with
a flag they merged into, and kept through undo and redo.

The grammar checkers answer in the background (`proof.review.background`), a paragraph at a
time; `with_grammar` folds a paragraph's answer into the open flags, the decisions applied.
A flag the editor dismisses takes the grammar merged into it along (`without_merged`).
Undo and redo go back to a state that may lack the grammar found since: `back_to` gives it
that grammar where it still holds, and says which paragraphs to check again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from proof.core.edits import Edit
from proof.core.flag import Flag
from proof.pipeline.merge import merge_flags
from proof.review.background import GRAMMAR
from proof.review.hidden import apart_from_hidden, outside, sort_out
from proof.review.recheck import carried
from proof.review.spans import (
    Span,
    difference,
    in_order,
    inside,
    overlaps,
    paragraph_span,
    region_of,
    touched_paragraphs,
)
from proof.review.state import ReviewState


def _merged_into(grammar: Flag, shown: Flag) -> bool:
    """Whether a grammar flag is the same span as a shown flag, or was merged into it."""
    return grammar.span == shown.span or (
        grammar.rule in shown.extra.get("merged", ()) and overlaps(grammar.span, shown.span)
    )


def without_merged(grammar: tuple[Flag, ...], dismissed: list[Flag]) -> tuple[Flag, ...]:
    """The grammar flags taken so far, but those merged into a dismissed flag: they go with it."""
    return tuple(f for f in grammar if not any(_merged_into(f, d) for d in dismissed))


def with_grammar(state: ReviewState, span: Span, found: list[Flag]) -> ReviewState:
    """`state` with a paragraph's grammar flags `found` in `span` in place of the ones taken
    there before, the decisions applied; grammar and other flags on one finding merge."""
    found, hidden = sort_out(state.decided, state.added_words, state.document, found)
    hidden = [*outside(state.hidden, span, GRAMMAR), *hidden]
    found = apart_from_hidden(state.decided, state.document, hidden, found)
    grammar = [f for f in state.grammar if not inside(f, span)] + found
    others = [f for f in state.flags if not (f.source == GRAMMAR and inside(f, span))]
    return replace(
        state,
        flags=tuple(in_order(merge_flags(others + found))),
        grammar=tuple(grammar),
        hidden=tuple(hidden),
    )


@dataclass(frozen=True)
class Regrammar:
    """A change of the text undo or redo makes, and the paragraphs whose grammar it sends
    to be checked again."""

    edit: Edit
    # The source span of the paragraphs the change touched (the change's own, when none).
    region: Span
    touched: tuple[Span, ...]


def back_to(now: ReviewState, earlier: ReviewState) -> tuple[ReviewState, Regrammar | None]:
    """`earlier` (the state undo or redo goes back to) with the grammar found since, as it
    holds there, and the change of the text to check again (None: a step of decisions or
    words alone, which are in the state)."""
    whole = (0, len(earlier.text))
    if now.text != earlier.text:
        # A step of the text alone: outside the paragraphs it changes, the grammar found
        # since (which `earlier` may lack) holds for `earlier` too.
        edit = difference(now.text, earlier.text)
        touched = tuple(paragraph_span(earlier.document, p) for p in touched_paragraphs(earlier.document, edit))
        region = region_of(touched, edit)
        return with_grammar(earlier, whole, carried(now.grammar, edit, region)), Regrammar(edit, region, touched)
    # A step of decisions alone: every grammar flag found for this text holds for `earlier`
    # too, but those merged into a flag `earlier` dismisses and `now` did not.
    grammar = tuple(dict.fromkeys(now.grammar + earlier.grammar))
    left, _ = sort_out(earlier.decided, earlier.added_words, earlier.document, now.flags)
    dismissed = [f for f in now.flags if f.source != GRAMMAR and f not in left]
    return with_grammar(earlier, whole, list(without_merged(grammar, dismissed))), None
