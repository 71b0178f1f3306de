"""Fix all and ignore all: the open flags alike to one, handled as one action.

Flags are alike when one rule raised them on the same text ("rouge" three times), and,
for fixing, also when the rule proposes the same fix for different texts (every layout
token of a scraped page deleted). Ignoring stays with the same text: ignoring a rule's
different findings is ignoring the rule, its own action.
"""

from __future__ import annotations

from collections.abc import Sequence

from proof.core.edits import Edit, apply_edits, fix
from proof.core.flag import Flag
from proof.review.spans import difference


def _text(text: str, flag: Flag) -> str:
    return text[flag.start : flag.end]


def ignorable_alike(flags: Sequence[Flag], text: str, flag: Flag) -> list[Flag]:
    """The open flags of `flag`'s rule on the same text, `flag` among them."""
    return [f for f in flags if f.rule == flag.rule and _text(text, f) == _text(text, flag)]


def fixable_alike(flags: Sequence[Flag], text: str, flag: Flag) -> list[Flag]:
    """The open flags of `flag`'s rule with a suggestion, on the same text or with the same
    first suggestion, that do not overlap one another (the earlier one wins)."""
    if not flag.suggestions:
        return []
    alike: list[Flag] = []
    for f in sorted(flags, key=lambda f: (f.start, f.end)):
        same = _text(text, f) == _text(text, flag) or f.suggestions[:1] == flag.suggestions[:1]
        if f.rule == flag.rule and f.suggestions and same and not (alike and f.start < alike[-1].end):
            alike.append(f)
    return alike


def combined(text: str, edits: Sequence[Edit]) -> Edit:
    """One edit doing what the non-overlapping `edits` do: the stretch from the first to the
    last, rewritten. The re-check then runs once, on the paragraphs of that stretch."""
    start = min(e.start for e in edits)
    end = max(e.end for e in edits)
    inner = [Edit(e.start - start, e.end - start, e.replacement) for e in edits]
    return Edit(start, end, apply_edits(text[start:end], inner))


def fixes(text: str, flags: Sequence[Flag]) -> list[Edit]:
    """Each non-overlapping flag's first suggestion as `proof.core.edits.fix` makes it on its
    own (a deletion that empties a line takes the line), in the order they are made: the
    last first, so that each edit's offsets hold in the text the ones before it left."""
    edits: list[Edit] = []
    fixed = text
    for flag in sorted(flags, key=lambda f: f.start, reverse=True):
        edits.append(fix(fixed, flag.start, flag.end, flag.suggestions[0]))
        fixed = apply_edits(fixed, edits[-1:])
    return edits


def in_turn(text: str, steps: Sequence[Edit]) -> Edit:
    """One edit doing what `steps` do made one after another: the stretch from the first
    change to the last, rewritten. The re-check then runs once, on the paragraphs of that stretch."""
    done = text
    for step in steps:
        done = apply_edits(done, [step])
    return difference(text, done)


def all_fixed(text: str, flags: Sequence[Flag]) -> Edit:
    """One edit doing what `fixes` do."""
    return in_turn(text, fixes(text, flags))
