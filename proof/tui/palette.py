"""The command palette (ctrl+p) of the review screen: every action its keys have, found by
the line the help shows, the key's name or an everyday name ("fix" is apply), with the key
beside it; actions that do nothing now (no suggestion, nothing to undo) are left out."""

from __future__ import annotations

from functools import partial

from textual.actions import parse as parse_action
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

from proof.tui.bindings import EVERYDAY_NAMES
from proof.tui.keys import KeyRow, key_rows


def best_match(matcher: Matcher, row: KeyRow) -> tuple[float, str]:
    """The score of the row's best match: its line or one of its names, and that name."""
    return max(((matcher.match(name), name) for name in (row.does, *row.names)), key=lambda match: match[0])


class ReviewCommands(Provider):
    def _commands(self) -> list[KeyRow]:
        screen = self.screen
        # One command per suggestion number, where the help has one "1-9" row.
        picks = [b for b in screen.BINDINGS if b.action.startswith("pick(")]
        rows = key_rows(self.app, [b for b in screen.BINDINGS if b not in picks], EVERYDAY_NAMES)
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
            score, name = best_match(matcher, row)
            if not score:
                continue
            if matcher.match(row.does):
                yield Hit(score, matcher.highlight(row.does), partial(self._run, row.action), help=row.keys)
            else:
                # Found by a name its line does not hold ("fix"): the name says why it is there.
                yield Hit(score, row.does, partial(self._run, row.action), help=f"{row.keys} · {name}")
