"""One flag per finding: flags that different checkers raise about the same words merge.

Two flags are about the same finding when they come from different origins (house style,
the spelling checker, LanguageTool, Harper) and cover overlapping words of one phrase:
"This are" flagged by newsroom.DemonstrativeAgreement and "This" by LanguageTool's
THIS_NNS. Flags over a long stretch (a whole sentence that is too long, a quotation) are
about something else and never merge. Two house rules on the same span with the same
suggestion are one finding too (`one_per_finding`).
"""

from __future__ import annotations

from dataclasses import replace

from proof.core.flag import Flag, Source, severity_rank

# The house rule speaks first: house style knows the newsroom; then the grammar engine,
# which knows the sentence; the spelling checker only knows the word.
_SOURCE_PRIORITY = {Source.STYLE: 3, Source.GRAMMAR: 2, Source.SPELLING: 1}
# The spelling checker's rule for a word in no dictionary (`proof.spelling.checker.MISSPELLED`;
# named here, not imported, so that the engine loads no checker).
MISSPELLED = "spelling.Misspelled"
# Longest span (in characters) of a flag about a phrase rather than a sentence or more.
PHRASE = 40


def origin(flag: Flag) -> str:
    """Which checker raised a flag: its source, or for grammar its engine."""
    return ".".join(flag.rule.split(".")[:2]) if flag.source == Source.GRAMMAR else flag.source


def _best_first(flags: list[Flag]) -> list[Flag]:
    return sorted(
        flags,
        key=lambda f: (
            f.source != Source.STYLE,
            -severity_rank(f.severity),
            -_SOURCE_PRIORITY.get(f.source, 0),
            f.start,
            f.end,
            f.rule,
        ),
    )


def one_per_finding(flags: list[Flag]) -> list[Flag]:
    """Two house rules flagging one span with the same first suggestion found one thing (a
    pair rule and the headline-dialect rule both on "defense"; a house pack's Kiev rule and
    the built-in Kyiv): the editor sees it once, from the more severe rule at the level the
    config gives it, or on a tie the first. A flag without a suggestion is its own finding."""
    best: dict[tuple[int, int, str], Flag] = {}
    for flag in flags:
        if flag.source == Source.STYLE:
            key = _house_finding(flag)
            kept = best.get(key)
            if kept is None or severity_rank(flag.severity) > severity_rank(kept.severity):
                best[key] = flag
    return [flag for flag in flags if flag.source != Source.STYLE or best[_house_finding(flag)] is flag]


def _house_finding(flag: Flag) -> tuple[int, int, str]:
    return (flag.start, flag.end, flag.suggestions[0] if flag.suggestions else flag.rule)


def _findings(flags: list[Flag]) -> list[list[Flag]]:
    """Flags grouped by finding: overlapping phrase flags of different origins join, but a
    misspelled word is a finding of its own: a flag on exactly its span joins it (another
    engine's typo rule), a flag on a phrase around it (a house rule on "very \\w+") stays
    apart, or the slip's correction would be lost under the phrase's suggestion."""
    misspelled = {flag.span for flag in flags if flag.rule == MISSPELLED}
    parent = list(range(len(flags)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    phrases = sorted((i for i, f in enumerate(flags) if f.end - f.start <= PHRASE), key=lambda i: flags[i].start)
    for n, i in enumerate(phrases):
        for j in phrases[n + 1 :]:
            if flags[j].start >= max(flags[i].end, flags[i].start + 1):
                break
            same_span = flags[i].span == flags[j].span
            overlap = flags[j].start < flags[i].end and not misspelled & {flags[i].span, flags[j].span}
            if origin(flags[i]) != origin(flags[j]) and (same_span or overlap):
                parent[root(j)] = root(i)
    groups: dict[int, list[Flag]] = {}
    for i, flag in enumerate(flags):
        groups.setdefault(root(i), []).append(flag)
    return list(groups.values())


def _without_repeats(flag: Flag) -> Flag:
    """The flag with each suggestion once (two of a checker's sources may offer the same)."""
    unique = tuple(dict.fromkeys(flag.suggestions))
    return flag if unique == flag.suggestions else replace(flag, suggestions=unique)


def merge_flags(flags: list[Flag]) -> list[Flag]:
    """One flag per finding.

    The merged flag is the best flag (house style first, then the most severe) at the
    most severe level of the group, with the suggestions of every merged flag on exactly
    its span, its own first; a suggestion for other words would contradict it. The other
    rules are kept in `extra["merged"]`. Its fix is safe when a flag on its span vouches
    for that first suggestion (a safe spelling variant under a house rule saying the same).
    """
    merged = []
    for group in _findings(one_per_finding(flags)):
        if len(group) == 1:
            merged.append(_without_repeats(group[0]))
            continue
        ordered = _best_first(group)
        best = ordered[0]
        suggestions = list(dict.fromkeys(s for f in ordered if f.span == best.span for s in f.suggestions))
        severity = max((f.severity for f in group), key=severity_rank)
        safe = any(f.safe_fix and f.span == best.span and f.suggestions[:1] == tuple(suggestions[:1]) for f in group)
        merged.append(
            replace(
                best,
                severity=severity,
                suggestions=tuple(suggestions),
                safe_fix=safe,
                extra={**best.extra, "merged": [f.rule for f in ordered[1:]]},
            )
        )
    return merged
