"""Carrying a matched word's capitalisation over to its replacement."""

from __future__ import annotations


def case_of(text: str) -> str:
    """ "upper" (NATO, DEFENCE), "title" (Defence) or "lower"."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters and letters[0].isupper():
        return "title"
    return "lower"


def match_case(replacement: str, original: str) -> str:
    """`replacement` in the capitalisation of `original`.

    A replacement that has capitals of its own (a name, an acronym) is kept as written.
    """
    if any(c.isupper() for c in replacement):
        return replacement
    case = case_of(original)
    if case == "upper":
        return replacement.upper()
    if case == "title":
        return replacement[:1].upper() + replacement[1:]
    return replacement
