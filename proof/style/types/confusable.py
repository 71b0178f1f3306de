"""`confusable`: a real word standing for another, decided by the words around it.

"rouge states", "will effect exporters", "was lead away": each word is in the dictionary,
so only its neighbours show the slip. A rule names the wrong forms and their corrections
(`words`), the contexts that give the slip away (`when`: any one suffices) and the ones
where the word is right after all (`unless`). A context is word phrases (see
`proof.style.wordseq`) that must precede and/or follow the word; `classes` names the word lists the
phrases use. A capitalised word inside a sentence is a name ("Moulin Rouge", "Baton
Rouge") and is left alone unless `capitalised: check`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.case import match_case
from proof.style.rule import Rule
from proof.style.wordseq import (
    LexiconError,
    Phrase,
    Word,
    any_after,
    any_before,
    compile_classes,
    compile_phrases,
    normalise,
    occurrences,
)

_CONTEXT_KEYS = {"preceded_by", "followed_by", "word"}
# Punctuation after which a capital starts a new stretch of prose, not a name.
_OPENERS = set('“"‘:—–(')


@dataclass(frozen=True)
class Context:
    """Words before and after the word that must both match (each: any of its phrases),
    for the rule's forms in `forms` (all of them when empty)."""

    preceded_by: tuple[Phrase, ...]
    followed_by: tuple[Phrase, ...]
    forms: frozenset[str] = frozenset()

    def holds(self, sentence: Sequence[Word], index: int) -> bool:
        return (
            (not self.forms or sentence[index].key in self.forms)
            and (not self.preceded_by or any_before(self.preceded_by, sentence, index))
            and (not self.followed_by or any_after(self.followed_by, sentence, index))
        )


class Confusable(Rule):
    type_name = "confusable"
    # A real-word slip is a typo, in a quotation as anywhere else.
    in_quotes = True
    # The contexts that show a slip are words of its own sentence.
    local = True
    fields = {
        "words": "map of wrong form → right form (every inflection the rule covers)",
        "classes": "map of class name → word list, used in phrases as $name",
        "when": "list of contexts that show the slip, each a map with `preceded_by` and/or "
        "`followed_by` phrases (and `word`: the forms it applies to, if not all); any one "
        "context suffices (`always`: every occurrence)",
        "unless": "list of contexts (same form) where the word is right after all",
        "capitalised": "skip (default: a capitalised word mid-sentence is a name) or check",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.words = {normalise(k): v for k, v in self.mapping("words").items()}
        if not self.words:
            raise self.error("words", "a confusable rule needs a `words` map (wrong → right)")
        try:
            classes = compile_classes(self.get("classes", dict, {}))
        except LexiconError as exc:
            raise self.error("classes", str(exc)) from None
        self.when = self._contexts("when", classes)
        if not self.when:
            raise self.error("when", "a confusable rule needs at least one context")
        self.unless = self._contexts("unless", classes)
        capitalised = self.get("capitalised", str, "skip")
        if capitalised not in ("skip", "check"):
            raise self.error("capitalised", f"must be skip or check, not {capitalised!r}")
        self.skip_capitalised = capitalised == "skip"

    def _contexts(self, field_name: str, classes) -> list[Context]:
        if field_name == "when" and self.spec.get(field_name) == "always":
            return [Context((), ())]
        entries = self.get(field_name, list, [])
        contexts = []
        for entry in entries:
            if not isinstance(entry, dict) or not entry or set(entry) - _CONTEXT_KEYS:
                raise self.error(field_name, "each context is a map with `preceded_by` and/or `followed_by` phrases")
            try:
                phrases = {
                    key: tuple(compile_phrases(self._phrase_list(field_name, entry[key]), classes))
                    for key in ("preceded_by", "followed_by")
                    if key in entry
                }
            except LexiconError as exc:
                raise self.error(field_name, str(exc)) from None
            forms = frozenset(normalise(f) for f in self._phrase_list(field_name, entry.get("word", [])))
            if forms - set(self.words):
                raise self.error(
                    field_name,
                    f"`word` names forms that are not in `words`: {', '.join(sorted(forms - set(self.words)))}",
                )
            contexts.append(Context(phrases.get("preceded_by", ()), phrases.get("followed_by", ()), forms))
        return contexts

    def _phrase_list(self, field_name: str, value) -> list[str]:
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(field_name, "`preceded_by`, `followed_by` and `word` hold a text or a list of texts")
        return value

    def _is_name(self, text: str, sentence: Sequence[Word], index: int) -> bool:
        word = sentence[index]
        if word.lower or word.first:
            return False
        gap = text[sentence[index - 1].end : word.start]
        return not (_OPENERS & set(gap))

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for sentence, index in occurrences(document, self.words):
            word = sentence[index]
            if self.skip_capitalised and self._is_name(text, sentence, index):
                continue
            if not any(c.holds(sentence, index) for c in self.when):
                continue
            if any(c.holds(sentence, index) for c in self.unless):
                continue
            suggestion = match_case(self.words[word.key], word.text)
            yield self.flag(word.start, word.end, [suggestion], match=word.text)
