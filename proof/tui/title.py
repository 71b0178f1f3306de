"""The header's line: the file's name and, after it, the place, counts, filter and "unsaved".
In a narrow window the name gives way first (the "proof review:" before it, then its middle),
so what the editor is doing stays in sight."""

from __future__ import annotations

# Columns of the header that are not its title (Textual's icon; review.tcss takes the
# clock's space away), the separator before the status, and the fewest characters of the
# name worth showing: with less room the title is left empty and the header shows the
# status alone.
HEADER_SIDES = 8
SEPARATOR = len(" — ")
SHORTEST_NAME = 8


def elided(name: str, width: int) -> str:
    """`name` in at most `width` characters, its middle replaced by an ellipsis (the
    start and the extension say which file it is)."""
    if len(name) <= width:
        return name
    tail = (width - 1) // 2
    return f"{name[: width - 1 - tail]}…{name[len(name) - tail :]}"


def header_title(name: str, status: str, columns: int) -> str:
    """The title beside `status` in a header `columns` wide ("" when only the status fits)."""
    room = columns - HEADER_SIDES - SEPARATOR - len(status)
    full = f"proof review: {name}"
    if len(full) <= room:
        return full
    return elided(name, room) if room >= SHORTEST_NAME else ""
