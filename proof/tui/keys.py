"""The keys of a screen as an editor reads them: one row per thing to do, built from the
bindings themselves, so a new key shows in the help and the command palette by itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding


@dataclass(frozen=True)
class KeyRow:
    keys: str  # as shown: "n, j, ↓"
    does: str  # the binding's tooltip, else its description
    action: str  # the first binding's action, e.g. "step(1)"
    names: tuple[str, ...] = ()  # what else an editor may call it: "Apply", "fix" (the command palette's search)


def key_rows(app: App, bindings: list[Binding], everyday: Mapping[str, tuple[str, ...]] = {}) -> list[KeyRow]:
    """Bindings sharing a key_display and description (the digits 1-9) make one row; a
    binding without a description (Textual's own ctrl+c) makes none. A row's names are its
    binding's description and the `everyday` names of its id."""
    rows: list[KeyRow] = []
    grouped: set[tuple[str, str]] = set()
    for binding in bindings:
        if not binding.description:
            continue
        if binding.key_display and sum(b.key_display == binding.key_display for b in bindings) > 1:
            group = (binding.key_display, binding.description)
            if group not in grouped:
                grouped.add(group)
                rows.append(KeyRow(binding.key_display, binding.description, binding.action))
            continue
        keys = ", ".join(app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))
        names = (binding.description, *everyday.get(binding.id or "", ()))
        rows.append(KeyRow(keys, binding.tooltip or binding.description, binding.action, names))
    return rows


def palette_row(app: App) -> KeyRow:
    key = app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette"))
    return KeyRow(key, "Command palette: every action by name", "app.command_palette")
