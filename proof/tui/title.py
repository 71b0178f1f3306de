"""The header's line: the file's name and, after it, the status: the place, counts, filter
and "unsaved". In a narrow window the name gives way first (the "proof review:" before it,
then its middle, then all of it), then the filter's wording (the rule's namespace, the word
"showing", then its end), so the place, the counts and "unsaved" always stay in sight."""

from __future__ import annotations

from dataclasses import dataclass

from proof.review.overview import FlagFilter

# Columns of the header that are not its title (Textual's icon; review.tcss takes the
# clock's space away), the separator before the status, and the fewest characters of the
# name worth showing: with less room the title is left empty and the header shows the
# status alone.
HEADER_SIDES = 8
SEPARATOR = len(" — ")
SHORTEST_NAME = 8


@dataclass(frozen=True)
class Status:
    """What the header says about the review: `place` is the position and the counts
    ("3/21 · 21 open · 0 fixed · 0 ignored"), shown whole whatever the width."""

    place: str
    shown: FlagFilter
    unsaved: bool

    def text(self, filter_words: str) -> str:
        parts = [self.place, filter_words, "unsaved" if self.unsaved else ""]
        return " · ".join(part for part in parts if part)

    def filter_wordings(self) -> tuple[str, ...]:
        """The filter's wording, longest first: "showing spelling · error · spelling.Misspelled",
        then without the rule's namespace, then without "showing", then the rule alone after an
        ellipsis (the rule is the narrowest of the three, and says most of what is shown)."""
        shown = self.shown
        if not shown.describe():
            return ("",)
        short_rule = shown.rule.rsplit(".", 1)[-1] if shown.rule else None
        short = " · ".join(value for value in (shown.source, shown.severity, short_rule) if value)
        wordings = [f"showing {shown.describe()}", f"showing {short}", short]
        if short_rule and (shown.source or shown.severity):
            wordings.append(f"… · {short_rule}")
        return tuple(wordings)


@dataclass(frozen=True)
class HeaderLine:
    title: str
    status: str


def elided(name: str, width: int) -> str:
    """`name` in at most `width` characters, its middle replaced by an ellipsis (the
    start and the extension say which file it is)."""
    if len(name) <= width:
        return name
    tail = (width - 1) // 2
    return f"{name[: width - 1 - tail]}…{name[len(name) - tail :]}"


def cut(words: str, width: int) -> str:
    """`words` in at most `width` characters (at least the ellipsis), their end cut off."""
    return words if len(words) <= width else f"{words[: max(width - 1, 0)].rstrip(' ·…')}…"


def header_title(name: str, status: str, columns: int) -> str:
    """The title beside `status` in a header `columns` wide ("" when only the status fits)."""
    room = columns - HEADER_SIDES - SEPARATOR - len(status)
    full = f"proof review: {name}"
    if len(full) <= room:
        return full
    return elided(name, room) if room >= SHORTEST_NAME else ""


def header_line(name: str, status: Status, columns: int) -> HeaderLine:
    """The title and status of a header `columns` wide: the whole status beside as much of
    the name as fits; with no room for the name, the status alone, its filter shortened to
    fit (a window too narrow even for place, counts and "unsaved" cuts the filter to "…")."""
    wordings = status.filter_wordings()
    whole = status.text(wordings[0])
    title = header_title(name, whole, columns)
    if title:
        return HeaderLine(title, whole)
    room = columns - HEADER_SIDES
    for wording in wordings:
        if len(status.text(wording)) <= room:
            return HeaderLine("", status.text(wording))
    shortest = wordings[-1]
    over = len(status.text(shortest)) - room
    return HeaderLine("", status.text(cut(shortest, len(shortest) - over) if shortest else ""))
