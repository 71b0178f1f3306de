"""Rule selectors: how `[rules]` keys, `fix --rule`, suppression comments and the like
name rules, and the check that `[rules]` keys and `fix --rule` name rules that exist.

A selector names a rule id or whole dotted parts of one: "newsroom" selects every
"newsroom.*" rule, "newsroom.Rogue" that rule, and "newsroom.Rog" nothing (a plain
prefix would have selected "newsroom.Rogue"). Where several selectors match a rule, the
longest, the most specific, wins. A selector that matches no rule is a typo that would
silently change nothing, so it is an error naming it, with the closest existing names
when there are some.

Grammar rule ids cannot all be listed: LanguageTool's depend on the server's version,
language and settings, so any id under `grammar.languagetool.` is taken as given (and
`grammar`, `grammar.languagetool`, `grammar.harper` themselves). Harper's rule names are
known, but only by building its linter, which costs about a second; ids under
`grammar.harper.` are taken as given too.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

#: Ids under these prefixes are accepted without being listed.
GRAMMAR_PREFIXES = ("grammar.languagetool.", "grammar.harper.")


def matches(rule: str, selector: str) -> bool:
    """Whether `selector` names `rule`: the id itself, or whole dotted parts at its start."""
    return rule == selector or rule.startswith(selector + ".")


def selects(rule: str, selectors: Iterable[str]) -> bool:
    """Whether any of `selectors` names `rule`."""
    return any(matches(rule, selector) for selector in selectors)


def most_specific(rule: str, selectors: Iterable[str]) -> str | None:
    """The longest of `selectors` that names `rule`, or None when none does."""
    return max((selector for selector in selectors if matches(rule, selector)), key=len, default=None)


def unknown_selectors(selectors: Iterable[str], known: Sequence[str]) -> list[str]:
    """The selectors that match none of the `known` rule ids nor a grammar id."""
    return [
        selector
        for selector in selectors
        if not any(matches(rule, selector) for rule in (*known, *GRAMMAR_PREFIXES))
        and not selector.startswith(GRAMMAR_PREFIXES)
    ]


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """ " (did you mean 'X'?)" naming the closest candidate, or "" when none is close.

    The cutoff is above difflib's 0.6: ids share long prefixes ("newsroom."), which alone
    make unrelated ids look alike."""
    close = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.8)
    return f" (did you mean {close[0]!r}?)" if close else ""


def selector_names(known: Iterable[str]) -> list[str]:
    """Every id and every id prefix ending at a dot: what a selector may sensibly be."""
    names: set[str] = set()
    for rule in (*known, *(p.rstrip(".") for p in GRAMMAR_PREFIXES)):
        parts = rule.split(".")
        names.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return sorted(names)


def describe_unknown(unknown: Sequence[str], known: Sequence[str]) -> str:
    """'no rule matches 'X' (did you mean ...?); ...' for the unknown selectors."""
    names = selector_names(known)
    return "; ".join(f"no rule matches {name!r}{did_you_mean(name, names)}" for name in unknown)
