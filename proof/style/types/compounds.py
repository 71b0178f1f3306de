"""`compounds`: one word written two ways in one article, hyphenated, closed or open.

The forms are the document's own: every hyphenated word ("anti-missile", "e-mail",
"co-operation", "post-Cold") is compared with the same letters written closed
("antimissile") and, after a prefix the rule lists, open ("post Cold"). When one
article uses two forms, the less frequent one is flagged with the majority suggested;
on a tie, the form the article used first sets the style. Open forms are only sought
after prefixes because "follow-up"/"follow up" and "long-term"/"long term" are
different parts of speech, not inconsistencies.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from proof.document import Document
from proof.flag import Flag
from proof.style.rule import Rule
from proof.text import words


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
                    yield self.flag(w.start, w.end, [_suggestion(models, w.text)], match=w.text,
                                    count=str(counts[majority]))

    def _forms(self, document: Document) -> dict[str, list[Written]]:
        """Each hyphenated word's letters → every way the article writes them, in order."""
        text = document.text
        tokens = [t for p in document.paragraphs for t in words(text, p.start, p.end)]
        hyphenated: dict[str, tuple[str, ...]] = {}
        for t in tokens:
            parts = tuple(t.lower.split("-"))
            if len(parts) > 1 and all(parts) and t.lower not in self.distinct:
                hyphenated.setdefault("".join(parts), parts)
        found: dict[str, list[Written]] = {key: [] for key in hyphenated}
        for i, t in enumerate(tokens):
            lower = t.lower
            if "-" in lower and lower.replace("-", "") in hyphenated and lower not in self.distinct:
                found[lower.replace("-", "")].append(Written(t.start, t.end, t.text, "hyphenated"))
            elif lower in hyphenated:
                found[lower].append(Written(t.start, t.end, t.text, "closed"))
            elif lower in self.open_prefixes:
                opened = self._open_form(text, tokens, i, hyphenated)
                if opened:
                    found[opened[0]].append(opened[1])
        return {key: forms for key, forms in found.items() if forms}

    def _open_form(self, text, tokens, i, hyphenated) -> tuple[str, Written] | None:
        """The prefix at tokens[i] and the word after it, when together they spell a
        hyphenated word of the article ("post Cold" for "post-Cold")."""
        if i + 1 >= len(tokens):
            return None
        first, second = tokens[i], tokens[i + 1]
        if text[first.end:second.start] != " " or "-" in second.text:
            return None
        key = first.lower + second.lower
        if key not in hyphenated or len(hyphenated[key]) != 2:
            return None
        return key, Written(first.start, second.end, text[first.start:second.end], "open")
