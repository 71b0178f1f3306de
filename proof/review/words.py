"""Which flagged text the project dictionary can take: shared by the review and the language
server, kept apart from the review session so the server need not load it."""

from __future__ import annotations

from proof.core.flag import Flag, Source
from proof.realword.checker import REAL_WORD


def addable_word(flag: Flag, text: str) -> bool:
    """Whether a flag's text is one word the dictionary can hold and adding it answers the
    flag: not a real-word flag, whose word is already in every dictionary."""
    one_word = bool(text) and not any(c.isspace() for c in text) and any(c.isalpha() for c in text)
    return flag.source == Source.SPELLING and flag.rule != REAL_WORD and one_word
