"""The consistency view: every word the article writes two ways, with how often each way.

The checkers already find these sets and flag their minority form with the majority one
suggested: spelling's NameVariant (Shoigu/Shoygu), the style rules of type `consistency`
(defence/defense, per cent/percent), `compounds` (e-mail/email), `titles` (Foreign
Minister/foreign minister) and `numbers` with `check: mixed` (five soldiers/5 soldiers).
This module groups their open flags into sets, one per rule and majority form, and counts
the majority form in the text: written exactly as a flag suggests it, or in lower case
(so "the Ministry of Defence", a name, is neither counted nor rewritten for "defence").
Making a set consistent rewrites every use of the other forms, each in its own case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from proof.core.document import Document
from proof.core.edits import Edit
from proof.core.flag import Flag
from proof.review.spans import Span, overlaps
from proof.spelling.checker import NAME_VARIANT
from proof.style.case import match_case
from proof.style.checker import StyleChecker
from proof.style.types.consistency import starts_sentence

# What each kind of variant rule finds, as the view names it.
KINDS = {"consistency": "spelling", "compounds": "hyphenation", "titles": "title case", "numbers": "number style"}
NAME = "name"


def variant_rules(checkers: Iterable[object]) -> dict[str, str]:
    """The rule ids whose flags mark the minority form of a set, each with its kind."""
    rules = {NAME_VARIANT: NAME}
    for checker in checkers:
        if isinstance(checker, StyleChecker):
            for rule in checker.rules:
                # Of the number rules, only `check: mixed` weighs one form against another.
                compares_forms = rule.type_name != "numbers" or getattr(rule, "which", None) == "mixed"
                if rule.type_name in KINDS and compares_forms:
                    rules[rule.info.id] = KINDS[rule.type_name]
    return rules


@dataclass(frozen=True)
class Form:
    """One way the article writes the word: as first seen, and every place it stands."""

    text: str
    spans: tuple[Span, ...]

    @property
    def count(self) -> int:
        return len(self.spans)


@dataclass(frozen=True)
class VariantSet:
    rule: str
    kind: str
    # The majority form first (the one the checker suggests), then the others, most used first.
    forms: tuple[Form, ...]
    # The open flags of the set, each with the checker's own suggestion.
    flags: tuple[Flag, ...]
    # Whether its forms differ only in case, and so are told apart by it.
    by_case: bool = False

    @property
    def majority(self) -> Form:
        return self.forms[0]

    def describe(self) -> str:
        """ "defence ×12 / defense ×1"."""
        return " / ".join(f"{form.text} ×{form.count}" for form in self.forms)


def _key(text: str, by_case: bool) -> str:
    return text if by_case else text.casefold()


_NEXT_WORD = regex.compile(r"\s+([\w-]+)")


def read_stretches(document: Document) -> tuple[Span, ...]:
    """The source stretches the reader read as the article's text: never markup, a link
    target, code or front matter, which no form of a word is counted or rewritten in."""
    return tuple(
        document.to_source(start, end)
        for p in document.paragraphs
        for start, end in document.offsets.runs(p.start, p.end)
    )


def _majority_spans(
    text: str, read: Sequence[Span], members: Sequence[Flag], by_case: bool, kind: str
) -> tuple[Span, ...]:
    """Where the majority form stands in the `read` text: as suggested, in lower case, or
    capitalised where a sentence starts (unless the set differs only in case); never on a
    flagged span. A number counts only before the word its flags stand before ("five" of
    "five soldiers")."""
    suggested = {f.suggestions[0] for f in members}
    after = ""
    if kind == KINDS["numbers"]:
        nouns = {m.group(1) for f in members if (m := _NEXT_WORD.match(text, f.end))}
        after = rf"(?=\s+(?:{'|'.join(map(regex.escape, sorted(nouns)))})(?![\w-]))" if nouns else ""
    spans: set[Span] = set()
    for written in {_key(s, by_case) for s in suggested}:
        pattern = rf"(?<![\w-]){regex.escape(written)}(?![\w-]){after}"
        for match in regex.finditer(pattern, text, flags=0 if by_case else regex.IGNORECASE):
            found = match.group()
            plain = found == found.lower() or starts_sentence(text, match.start())
            counted = found in suggested or (not by_case and plain)
            in_text = any(start <= match.start() and match.end() <= end for start, end in read)
            if counted and in_text and not any(overlaps(match.span(), f.span) for f in members):
                spans.add(match.span())
    return tuple(sorted(spans))


def variant_sets(document: Document, flags: Iterable[Flag], rules: dict[str, str]) -> list[VariantSet]:
    """The sets the open `flags` of the variant `rules` show in `document`, in the order of their first flag."""
    text, read = document.source, read_stretches(document)
    grouped: dict[tuple[str, str], list[Flag]] = {}
    for flag in flags:
        if flag.rule in rules and flag.suggestions and flag.suggestions[0]:
            grouped.setdefault((flag.rule, flag.suggestions[0].casefold()), []).append(flag)
    sets = []
    for (rule, _), members in grouped.items():
        # A set whose forms differ only in case (Foreign Minister / foreign minister) is told
        # apart by case; any other ignores it, so that a sentence's first word counts.
        by_case = any(text[f.start : f.end].casefold() == f.suggestions[0].casefold() for f in members)
        majority = Form(members[0].suggestions[0], _majority_spans(text, read, members, by_case, rules[rule]))
        minority: dict[str, list[Flag]] = {}
        for flag in members:
            minority.setdefault(_key(text[flag.start : flag.end], by_case), []).append(flag)
        others = sorted(
            (Form(text[group[0].start : group[0].end], tuple(f.span for f in group)) for group in minority.values()),
            key=lambda form: -form.count,
        )
        sets.append(VariantSet(rule, rules[rule], (majority, *others), tuple(members), by_case))
    return sets


def consistent_edits(text: str, variants: VariantSet, chosen: int = 0) -> list[Edit]:
    """The edits that write every use of `variants` as its form number `chosen` (0: the
    majority, each flag taking the checker's own suggestion; another form takes the case
    of the word it replaces)."""
    if chosen == 0:
        return [Edit(f.start, f.end, f.suggestions[0]) for f in variants.flags]
    form = variants.forms[chosen]
    # A name keeps its capitals (McFaul); a word takes the case of the one it replaces.
    written = form.text if variants.by_case or variants.kind == NAME else form.text.lower()
    return [
        Edit(start, end, written if variants.by_case else match_case(written, text[start:end]))
        for other in variants.forms
        if other is not form
        for start, end in other.spans
    ]


def every_majority(text: str, sets: Sequence[VariantSet]) -> list[Edit]:
    """Every set made its majority form; an edit overlapping an earlier one is left out."""
    edits: list[Edit] = []
    for edit in sorted((e for s in sets for e in consistent_edits(text, s)), key=lambda e: (e.start, e.end)):
        if not edits or edit.start >= edits[-1].end:
            edits.append(edit)
    return edits
