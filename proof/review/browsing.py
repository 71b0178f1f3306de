"""What a review shows of its state, and moving between the flags shown.

`Browsing` is mixed into `ReviewSession`: it reads the session's `state` and narrows it by
the session's `filter`; moving only changes which flag is current, never the text, the
flags or the decisions (nothing to undo).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from proof.core.flag import Flag
from proof.review import navigation
from proof.review.navigation import nearest, next_filter, successor
from proof.review.overview import FlagFilter, Overview, next_severity, overview
from proof.review.paragraph_edit import lines_at, paragraph_at
from proof.review.spans import Span
from proof.review.state import ReviewState


@dataclass(frozen=True)
class Counts:
    open: int
    fixed: int
    ignored: int


class Browsing:
    # What it uses of the session it is mixed into.
    state: ReviewState
    filter: FlagFilter

    # Read-only views of the state.
    text = property(lambda self: self.state.text)
    document = property(lambda self: self.state.document)
    current = property(lambda self: self.state.current)
    fixed = property(lambda self: self.state.fixed)
    ignored = property(lambda self: self.state.ignored)
    added_words = property(lambda self: self.state.added_words)
    flags = property(lambda self: list(self.state.flags))
    hidden = property(lambda self: list(self.state.hidden))

    @property
    def source_filter(self) -> str | None:
        return self.filter.source

    @property
    def visible(self) -> list[Flag]:
        return self.filter.shown(self.state.flags)

    @property
    def nothing_shown(self) -> str:
        """What to say where no flag is shown: none open, or none the filter lets through."""
        if not self.state.flags or self.source_filter is None:
            return "No open flags."
        return f"No {self.source_filter} flags; {len(self.state.flags)} open in all (f shows the others)."

    @property
    def counts(self) -> Counts:
        return Counts(len(self.state.flags), self.fixed, self.ignored)

    @property
    def overview(self) -> Overview:
        """Counts of every open flag, whatever the filter shows."""
        return overview(self.state.flags)

    @property
    def position(self) -> str:
        """The current flag's place among those shown, "3/21"."""
        return navigation.position(self.visible, self.current)

    def paragraph_at(self, offset: int) -> Span | None:
        """The source span of the paragraph at `offset` (the next one when it is between two)."""
        return paragraph_at(self.document, offset)

    def lines_at(self, start: int, end: int) -> Span:
        """The source lines holding `start` to `end`, for a match outside every paragraph."""
        return lines_at(self.text, start, end)

    def flagged_text(self, flag: Flag) -> str:
        return self.text[flag.start : flag.end]

    def line_of(self, flag: Flag) -> int:
        return self.document.position(flag.start)[0]

    # -- moving ---------------------------------------------------------------------------

    def select(self, flag: Flag | None) -> None:
        self.state = replace(self.state, current=flag)

    def go_round(self, direction: int) -> bool:
        """Step to the next (or previous) flag shown, going round at the ends; True when it went round."""
        flag, went_round = navigation.around(self.visible, self.current, direction)
        self.select(flag)
        return went_round

    def same_rule(self, direction: int) -> bool:
        """Step to the next (or previous) flag of the current one's rule; True when it went round."""
        flag, went_round = navigation.same_rule(self.visible, self.current, direction)
        self.select(flag)
        return went_round

    def cycle_filter(self, sources: tuple[str, ...]) -> str | None:
        self.show_only(replace(self.filter, source=next_filter(self.filter.source, sources)))
        return self.filter.source

    def cycle_severity(self) -> str | None:
        """Show only the next severity (all, then the open ones from error down)."""
        shown = next_severity(self.filter.severity, [s for s, _ in self.overview.severities])
        self.show_only(self.filter.with_severity(shown))
        return shown

    def only_rule(self, rule: str | None) -> None:
        """Show only the flags of `rule` (None: of every rule)."""
        self.show_only(self.filter.with_rule(rule))

    def show_only(self, shown: FlagFilter) -> None:
        self.filter = shown
        self.select(nearest(self.visible, self.current.start if self.current else 0))

    def _nearest(self, flags: Iterable[Flag], offset: int) -> Flag | None:
        """The flag shown at or after `offset` among `flags`, else the last one before it."""
        return nearest(self.filter.shown(flags), offset)

    def _still_current(self, state: ReviewState) -> ReviewState:
        """`state`, its current flag the one that stands for it when it left the flags (merged
        with one found later)."""
        if state.current in state.flags:
            return state
        return replace(state, current=successor(self.filter.shown(state.flags), state.current))
