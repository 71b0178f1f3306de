"""Rule patterns: compiled once with the `regex` module and run with a time limit.

A newsroom's pack may hold a pattern that backtracks without end on some input
("(a|aa)+b"). Every search runs with `TIME_LIMIT` seconds; when it runs out, `regex`
raises `TimeoutError`, and the style checker reports the rule and skips it for the rest
of the run instead of hanging a CI job.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

#: Seconds one search of one stretch of text may take.
TIME_LIMIT = 1.0
#: The length of text from which a search is split into stretches that end at a paragraph
#: break, each with its own time limit: the limit is for a pattern that backtracks without
#: end, and a long document must not run out of it for its length alone.
STRETCH = 100_000

# Word edges that also work for tokens that start or end in punctuation ("U.S.", "e-mail").
WORD_START = r"(?<![\w'’\-])"
WORD_END = r"(?![\w'’]|-\w)"


class PatternError(ValueError):
    """A pattern that does not compile; the message is the regex engine's."""


def compile_pattern(pattern: str, ignorecase: bool = False) -> regex.Pattern:
    # MULTILINE: in checked text paragraphs are separated by a blank line and lines within
    # one are joined, so ^ and $ mark a paragraph's start and end.
    flags = regex.VERSION0 | regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0)
    try:
        return regex.compile(pattern, flags)
    except (regex.error, TypeError, ValueError, OverflowError) as exc:
        raise PatternError(f"bad regular expression {pattern!r}: {exc}") from None


def words_pattern(tokens: list[str], nonword: bool = False, names: list[str] | None = None) -> str:
    """One alternation of `tokens` (themselves patterns), as whole words unless `nonword`;
    with `names`, each token is a named group so a match tells which token it was.

    The word edges stand outside the alternation: tested once a position rather than
    once a token, which makes a long list several times faster."""
    body = "|".join(f"(?P<{names[i]}>{t})" if names else f"(?:{t})" for i, t in enumerate(tokens))
    return f"(?:{body})" if nonword else f"{WORD_START}(?:{body}){WORD_END}"


# A rule file's pattern is run only through these, so that every search of one is time-limited.
def finditer(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match]:
    """`pattern.finditer` over text[start:end], each stretch within the time limit (raises
    TimeoutError)."""
    for stretch_start, stretch_end in _stretches(text, start, len(text) if end is None else end):
        yield from pattern.finditer(text, stretch_start, stretch_end, timeout=TIME_LIMIT)


def _stretches(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] in stretches of at least STRETCH characters that end at a paragraph
    break (checked text joins paragraphs with a blank line), the last one shorter."""
    while end - start > STRETCH:
        cut = text.find("\n\n", start + STRETCH, end)
        if cut < 0:
            break
        yield start, cut + 2
        start = cut + 2
    yield start, end


def match(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None) -> regex.Match | None:
    """`pattern.match` at text[start:end] within the time limit (raises TimeoutError)."""
    return pattern.match(text, start, len(text) if end is None else end, timeout=TIME_LIMIT)


def fullmatch(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None) -> regex.Match | None:
    """`pattern.fullmatch` of text[start:end] within the time limit (raises TimeoutError)."""
    return pattern.fullmatch(text, start, len(text) if end is None else end, timeout=TIME_LIMIT)


# What in a pattern names a group by number or name, or the pattern itself: a backreference
# (\1, \g<1>, (?P=name)), a call ((?1), (?+1), (?&name), (?P>name), (?R)) or a condition
# ((?(1)...)). An escaped backslash before a digit is caught too: harmless, see below.
_GROUP_REFERENCE = regex.compile(r"\\(?:[1-9]|g[<{]|k<)|\(\?(?:P[=>]|&|R\)|[+-]?\d|\()")


def refers_to_groups(pattern: str) -> bool:
    """Whether `pattern` may refer to its own groups by number or name. Joined with other
    patterns in one alternation, each in a group of its own, its numbers would shift: such a
    pattern is searched alone (a false alarm costs a search, never a match)."""
    return bool(_GROUP_REFERENCE.search(pattern))


_META = set(r".^$*+?{}[]|()")


def literal_text(pattern: str) -> str | None:
    """The one text `pattern` matches ("U\\.S\\." → "U.S."), or None if it is a real pattern."""
    out = []
    escaped = False
    for char in pattern:
        if escaped:
            if char.isalnum():
                return None
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in _META:
            return None
        else:
            out.append(char)
    return None if escaped else "".join(out)
