"""The flags an editor's decisions hide during a review, and how the decisions follow an edit.

The hidden flags move along with the text like the open ones. A decision is known by the
sentence around its flag (`Decision.for_flag`), so when the editor rewrites that sentence
(but not the flagged text) the decision is re-recorded for the new sentence: the editor's
own edit must not bring back what they ignored. A decision whose flagged text was edited
lapses. A grammar flag that arrives after the decision, one finding with a flag it hides,
is hidden too (`apart_from_hidden`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace

from proof.core.document import Document
from proof.core.edits import Edit
from proof.core.flag import Flag, Source
from proof.pipeline.merge import PHRASE, merge_flags
from proof.review.decisions import Decision, decision_for
from proof.review.spans import Span, moved, overlaps

# A flag a decision hides, with that decision.
Hidden = tuple[Flag, Decision]


def sort_out(
    decided: frozenset[Decision], added_words: frozenset[str], document: Document, flags: Iterable[Flag]
) -> tuple[list[Flag], list[Hidden]]:
    """The flags the decisions and the words added to the dictionary leave open, and the
    ones a decision hides, with it."""
    kept: list[Flag] = []
    hidden: list[Hidden] = []
    for flag in flags:
        decision = decision_for(decided, document, flag)
        if decision is None:
            if not (flag.source == Source.SPELLING and document.source[flag.start : flag.end] in added_words):
                kept.append(flag)
        else:
            hidden.append((flag, decision))
    return kept, hidden


def apart_from_hidden(
    decided: frozenset[Decision], document: Document, hidden: Iterable[Hidden], flags: Iterable[Flag]
) -> list[Flag]:
    """The flags but those that are one finding with a hidden flag, merged as the decisions
    would hide them: a grammar flag arriving on the text an editor ignored goes with the
    ignored flag, as it would have had it come first (and as `proof check` merges, then
    applies the decisions)."""
    # Only phrase flags merge, so a hidden flag one finding with `flag` starts at most a
    # phrase before it: an ignored rule may hide hundreds of flags.
    phrases = sorted((f for f, _ in hidden if f.end - f.start <= PHRASE), key=lambda f: f.start)
    starts = [f.start for f in phrases]

    def hidden_with(flag: Flag) -> bool:
        near = phrases[bisect_left(starts, flag.start - PHRASE) : bisect_right(starts, flag.end)]
        return any(_one_hidden_finding(decided, document, h, flag) for h in near)

    return [flag for flag in flags if not hidden_with(flag)]


def _one_hidden_finding(decided: frozenset[Decision], document: Document, hidden: Flag, flag: Flag) -> bool:
    if not overlaps(hidden.span, flag.span):
        return False
    merged = merge_flags([hidden, flag])
    return len(merged) == 1 and decision_for(decided, document, merged[0]) is not None


def carry(
    hidden: Iterable[Hidden], decided: frozenset[Decision], document: Document, edit: Edit
) -> tuple[list[Hidden], frozenset[Decision]]:
    """The hidden flags moved through `edit` (`document` is the text after it), and the
    decisions re-recorded for the sentences the edit rewrote."""
    carried: list[Hidden] = []
    now_decided = set(decided)
    for flag, decision in hidden:
        after = moved(flag, edit)
        if after is None:
            continue
        # A decision on a text or a rule holds wherever its flag moves.
        now = Decision.for_flag(document, replace(after, rule=decision.rule)) if decision.fingerprint else decision
        if now != decision:
            now_decided.discard(decision)
            now_decided.add(now)
        carried.append((after, now))
    return carried, frozenset(now_decided)


def outside(hidden: Iterable[Hidden], region: Span, source: str) -> list[Hidden]:
    """The hidden flags but those of one source in a region about to be checked again."""
    return [(f, d) for f, d in hidden if not (overlaps(f.span, region) and f.source == source)]
