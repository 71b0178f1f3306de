"""The command palette (ctrl+p) of the review screen: every action its keys have, by name,
with the key beside it; actions that do nothing now (no suggestion, nothing to undo) are
left out."""

from __future__ import annotations

from functools import partial

from textual.actions import parse as parse_action
from textual.command import DiscoveryHit, Hit, Hits, Provider

from proof.tui.keys import KeyRow, key_rows


class ReviewCommands(Provider):
    def _commands(self) -> list[KeyRow]:
        screen = self.screen
        # One command per suggestion number, where the help has one "1-9" row.
        picks = [b for b in screen.BINDINGS if b.action.startswith("pick(")]
        rows = key_rows(self.app, [b for b in screen.BINDINGS if b not in picks])
        rows += [KeyRow(b.key, f"Apply suggestion {b.key}", b.action) for b in picks]
        return [row for row in rows if screen.check_action(*parse_action(row.action)[1:])]

    async def _run(self, action: str) -> None:
        await self.screen.run_action(action)

    async def discover(self) -> Hits:
        for row in self._commands():
            yield DiscoveryHit(row.does, partial(self._run, row.action), help=row.keys)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for row in self._commands():
            score = matcher.match(row.does)
            if score > 0:
                yield Hit(score, matcher.highlight(row.does), partial(self._run, row.action), help=row.keys)
