"""Merging flags that different checkers raise on the same span."""
from __future__ import annotations

from dataclasses import replace

from proof.flag import Flag, severity_rank

# On a tie in severity, the more specific source speaks: house style knows the newsroom,
# the grammar engine knows the sentence, the spelling checker only the word.
_SOURCE_PRIORITY = {"style": 3, "grammar": 2, "spelling": 1}


def _best_first(flags: list[Flag]) -> list[Flag]:
    return sorted(flags, key=lambda f: (-severity_rank(f.severity), -_SOURCE_PRIORITY.get(f.source, 0)))


def merge_flags(flags: list[Flag]) -> list[Flag]:
    """One flag per span and source; flags from different sources on one span become one.

    The merged flag keeps the best flag's rule and message and the union of all the
    suggestions, the best flag's first. Its fix is safe when a flag of the group vouches
    for that first suggestion (a safe spelling variant under a house rule saying the same).
    """
    by_span: dict[tuple[int, int], list[Flag]] = {}
    for flag in flags:
        by_span.setdefault(flag.span, []).append(flag)
    merged = []
    for group in by_span.values():
        sources = {f.source for f in group}
        if len(sources) == 1:
            merged.extend(group)
            continue
        ordered = _best_first(group)
        suggestions = list(dict.fromkeys(s for f in ordered for s in f.suggestions))
        best = ordered[0]
        safe = any(f.safe_fix and f.suggestions[:1] == tuple(suggestions[:1]) for f in group)
        merged.append(replace(best, suggestions=tuple(suggestions), safe_fix=safe,
                              extra={**best.extra, "merged": [f.rule for f in ordered[1:]]}))
    return merged
