"""`compounds`: one word written two ways in one article, hyphenated, closed or open.

The forms are the document's own: every hyphenated word ("anti-missile", "e-mail",
"co-operation", "post-Cold") is compared with the same letters written closed
("antimissile") and, after a prefix the rule lists, open ("post Cold"). When one
article uses two forms, the less frequent one is flagged with the majority suggested;
on a tie, the form the article used first sets the style. Open forms are only sought
after prefixes because "follow-up"/"follow up" and "long-term"/"long term" are
different parts of speech, not inconsistencies. A form capitalised inside a sentence
is a name ("Email Systems", a firm, beside "e-mail") and does not count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.rule import Rule


@dataclass(frozen=True)
class Written:
    start: int
    end: int
    text: str
    form: str  # "hyphenated", "closed" or "open"


def _suggestion(models: list[str], like: str) -> str:
    """A majority form written with the flagged word's initial case ("Cooperation" at the
    start of a sentence, "cooperation" inside one)."""
    same = [m for m in models if m[:1].isupper() == like[:1].isupper()]
    if same:
        return same[0]
    model = models[0]
    return (model[:1].upper() if like[:1].isupper() else model[:1].lower()) + model[1:]


class Compounds(Rule):
    type_name = "compounds"
    fields = {
        "open_prefixes": "prefixes after which a spaced form counts too (post Cold War)",
        "distinct": "hyphenated words that differ from their closed form (re-sign, re-cover)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.open_prefixes = {p.lower() for p in self.strings("open_prefixes")}
        self.distinct = {d.lower() for d in self.strings("distinct")}

    def check(self, document: Document) -> Iterator[Flag]:
        for forms in self._forms(document).values():
            counts = Counter(w.form for w in forms)
            if len(counts) < 2:
                continue
            first_seen = {w.form: i for i, w in reversed(list(enumerate(forms)))}
            majority = max(counts, key=lambda f: (counts[f], -first_seen[f]))
            models = [w.text for w in forms if w.form == majority]
            for w in forms:
                if w.form != majority:
                    yield self.flag(
                        w.start, w.end, [_suggestion(models, w.text)], match=w.text, count=str(counts[majority])
                    )

    def _forms(self, document: Document) -> dict[str, list[Written]]:
        """Each hyphenated word's letters → every way the article writes them, in order."""
        text = document.text
        hyphenated: dict[str, tuple[str, ...]] = {}
        found: dict[str, list[Written]] = {}
        names: set[str] = set()
        for m in _HYPHENATED.finditer(text):
            lower = m.group().lower()
            if lower in self.distinct:
                continue
            if _name(text, m.start()):
                names.add(m.group())
                continue
            parts = tuple(lower.split("-"))
            key = "".join(parts)
            hyphenated.setdefault(key, parts)
            found.setdefault(key, []).append(Written(m.start(), m.end(), m.group(), "hyphenated"))
        if not hyphenated:
            return {}
        spaced = {
            " ".join(parts): key
            for key, parts in hyphenated.items()
            if len(parts) == 2 and parts[0] in self.open_prefixes
        }
        for start, end, key, form in _other_forms(text, hyphenated, spaced):
            written = text[start:end]
            if _name(text, start):
                names.add(written)
                continue
            found[key].append(Written(start, end, written, form))
        # A name keeps its spelling at the start of a sentence too ("Email Systems refers to").
        return {
            key: sorted((w for w in forms if w.text not in names), key=lambda w: w.start)
            for key, forms in found.items()
        }


def _name(text: str, start: int) -> bool:
    """A word capitalised inside a sentence: part of a name."""
    return text[start].isupper() and not _SENTENCE_OPENS.search(text[max(0, start - 4) : start])


_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:\"“”‘(]\s*|\n\s*)$")
_HYPHENATED = regex.compile(r"(?<![\w\-])\p{L}+(?:-\p{L}+)+(?![\w\-])")


_LETTER_WORD = regex.compile(r"(?<![\w\-])\p{L}+(?![\w\-])")


def _other_forms(
    text: str, closed: dict[str, tuple[str, ...]], spaced: dict[str, str]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, key, form) of each closed ("antimissile") and spaced ("post cold") form
    of a hyphenated word: words of letters looked up by their lower case. (One pattern
    alternating every form cost time in proportion to the text times the forms.)"""
    # A spaced form starts with one of the open prefixes: only after one is the pair looked up.
    prefixes = {pair.partition(" ")[0] for pair in spaced}
    words = _LETTER_WORD.finditer(text)
    word = next(words, None)
    while word is not None:
        following = next(words, None)
        lower = word.group().lower()
        if lower in prefixes and following and following.start() == word.end() + 1 and text[word.end()] == " ":
            pair = text[word.start() : following.end()].lower()
            if pair in spaced:
                yield word.start(), following.end(), spaced[pair], "open"
                word = next(words, None)
                continue
        if lower in closed:
            yield word.start(), word.end(), lower, "closed"
        word = following
