"""Moving between the flags the review screen shows."""

from __future__ import annotations

from collections.abc import Sequence

from proof.core.flag import Flag


def nearest(visible: Sequence[Flag], offset: int) -> Flag | None:
    """The first visible flag at or after `offset`, else the last one before it."""
    after = [f for f in visible if f.start >= offset]
    return after[0] if after else (visible[-1] if visible else None)


def successor(visible: Sequence[Flag], gone: Flag | None) -> Flag | None:
    """The flag that stands for `gone` once it left the list (merged with a flag found
    later): the first one over its words, else the nearest."""
    if gone is None:
        return nearest(visible, 0)
    over = [f for f in visible if (f.start < gone.end and gone.start < f.end) or f.span == gone.span]
    return over[0] if over else nearest(visible, gone.start)


def next_filter(shown: str | None, sources: tuple[str, ...]) -> str | None:
    """The source to show after `shown` (None: all of them), in the order all, *sources."""
    order = (None, *sources)
    return order[(order.index(shown) + 1) % len(order)] if shown in order else None


def around(visible: Sequence[Flag], current: Flag | None, direction: int) -> tuple[Flag | None, bool]:
    """The flag `direction` steps from `current`, going round at either end, and whether it
    went round (the editor is told, so that the first flag is not mistaken for a new one)."""
    if not visible:
        return None, False
    if current not in visible:
        return nearest(visible, current.start if current else 0), False
    index = visible.index(current) + direction
    return visible[index % len(visible)], not 0 <= index < len(visible)


def same_rule(visible: Sequence[Flag], current: Flag | None, direction: int) -> tuple[Flag | None, bool]:
    """The next (or previous) visible flag of `current`'s rule, going round at the ends;
    `current` itself when it is the rule's only one."""
    if current is None:
        return around(visible, current, direction)
    alike = [f for f in visible if f.rule == current.rule or f == current]
    return around(alike, current, direction)


def position(visible: Sequence[Flag], current: Flag | None) -> str:
    """Where `current` stands among the visible flags, "3/21" ("–/21" when none is selected)."""
    return f"{visible.index(current) + 1 if current in visible else '–'}/{len(visible)}"
