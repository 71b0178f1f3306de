"""How a report names a flag's first suggestion."""

from __future__ import annotations

from proof.core.flag import Flag


def first_suggestion(flag: Flag) -> str | None:
    """The first suggestion as a report shows it, or None when there is none. An empty
    suggestion deletes the flagged text (web residue, a doubled word): it reads `delete`."""
    if not flag.suggestions:
        return None
    return flag.suggestions[0] or "delete"
