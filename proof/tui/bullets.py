"""A bulleted list whose items wrap under their own text, not under the bullet (a hanging
indent, which rich's Text cannot do: a two-column grid does)."""

from __future__ import annotations

from rich.padding import Padding
from rich.table import Table
from rich.text import Text


def bulleted(items: list[str], indent: int = 0) -> Padding:
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        # Text, not a str: a notice may hold brackets ("[Errno 2]") that rich would read as markup.
        grid.add_row("•", Text(item))
    return Padding(grid, (0, 0, 0, indent))
