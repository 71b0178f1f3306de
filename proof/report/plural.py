"""A count with its noun: "1 flag", "3 flags", "2 fixes"."""

from __future__ import annotations


def counted(count: int, word: str, plural: str | None = None) -> str:
    """`count` then `word`, in the plural (`word` + s unless `plural` says otherwise) for any count but 1."""
    return f"{count} {word if count == 1 else plural or word + 's'}"
