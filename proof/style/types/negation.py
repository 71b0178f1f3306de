"""`negation`: a clause that says the opposite of what its frame implies.

Two shapes, chosen by `kind`:

- `inverted`: a party seeks an assurance (guarantees, a pledge, a promise...) and the
  clause it seeks is a harm to itself, with no negation: "Russia demanded guarantees that
  the shield would be used against it" (→ "would not be used against it"). The harm
  groups of the rule file say which verb phrases are harms and, where a harm is one only
  for some subjects or objects ("published" photographs, "prosecuted" when the subject is
  "they"), which ones.
- `doubled`: a denial whose clause is negated as well: "denied that the army had not
  used force" (→ "had used force"), for accusations of doing something.

All word lists live in the rule file; the type only knows the shape of the clause.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from proof.document import Document
from proof.flag import Flag
from proof.style.rule import Rule
from proof.style.wordseq import (LexiconError, Phrase, Word, WordSet, compile_classes, compile_phrases,
                                 document_sentences, word_set)

_KINDS = ("inverted", "doubled")
_REACH = 6         # words between a seeking verb and its frame ("demanded legally binding guarantees")
_FRAME_TO_THAT = 5  # words between a frame and "that" ("guarantees from Washington that")
_SUBJECT = 8       # words of the clause's subject before its modal
_RESTRICTED = 4    # words after the verb phrase where a restrictor ("only with consent") counts
# "n't" contractions whose stem is not the auxiliary itself.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


@dataclass(frozen=True)
class Harm:
    verbs: tuple[Phrase, ...]
    subjects: WordSet | None
    objects: WordSet | None


def _join(text: str, sentence: Sequence[Word], first: int, last: int) -> str:
    return text[sentence[first].start:sentence[last].end]


class Negation(Rule):
    type_name = "negation"
    # A lost "not" inverts a quotation as surely as a report.
    in_quotes = True
    fields = {
        "kind": "inverted (an assurance sought against oneself) or doubled (a negated denial)",
        "classes": "map of class name → word list, used in phrases as $name",
        "frames": "inverted: nouns of assurance (guarantees, assurances, pledge...)",
        "seekers": "inverted: phrases of seeking that precede the frame (demanded, sought, asked for...)",
        "modals": "modal verbs that open the clause's verb (would, will, could...)",
        "negators": "words that negate the clause before its verb (not, never, n't forms as /.+n't/)",
        "restrictors": "inverted: words just after the verb phrase that limit it (only, unless, except)",
        "passive": "inverted: the words between modal and participle (be, have been, get...)",
        "adverbs": "words that may stand between the modal and the verb (eventually, /.+ly/)",
        "harms": "inverted: list of {verbs: [...], subjects: [...], objects: [...]}; a harm "
                 "with subjects or objects counts only when the clause's subject (or the word "
                 "after the verb) is one of them",
        "denials": "doubled: phrases of denial (denied, rejected claims, dismissed suggestions...)",
        "actions": "doubled: verbs of the accusation (used, fired, attacked...)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.kind = self.get("kind", str, "")
        if self.kind not in _KINDS:
            raise self.error("kind", f"must be one of {', '.join(_KINDS)}, not {self.kind!r}")
        try:
            classes = compile_classes(self.get("classes", dict, {}))
        except LexiconError as exc:
            raise self.error("classes", str(exc)) from None
        self.classes = classes
        self.modals = self._set("modals", required=True)
        self.negators = self._set("negators", required=True)
        self.adverbs = self._set("adverbs")
        if self.kind == "inverted":
            self.frames = self._set("frames", required=True)
            self.seekers = self._phrases("seekers", required=True)
            self.passive = self._phrases("passive", required=True)
            self.harms = self._harms()
            self.restrictors = self._set("restrictors")
        else:
            self.denials = self._phrases("denials", required=True)
            self.actions = self._set("actions", required=True)

    def _set(self, name: str, required: bool = False) -> WordSet:
        values = self.strings(name)
        if required and not values:
            raise self.error(name, f"a {self.kind} negation rule needs `{name}`")
        try:
            return word_set(values)
        except LexiconError as exc:
            raise self.error(name, str(exc)) from None

    def _phrases(self, name: str, required: bool = False, values: list[str] | None = None) -> tuple[Phrase, ...]:
        values = self.strings(name) if values is None else values
        if required and not values:
            raise self.error(name, f"a {self.kind} negation rule needs `{name}`")
        try:
            return tuple(compile_phrases(values, self.classes))
        except LexiconError as exc:
            raise self.error(name, str(exc)) from None

    def _harms(self) -> list[Harm]:
        groups = self.get("harms", list, [])
        if not groups:
            raise self.error("harms", "an inverted negation rule needs `harms`")
        harms = []
        for group in groups:
            if not isinstance(group, dict) or "verbs" not in group or set(group) - {"verbs", "subjects", "objects"}:
                raise self.error("harms", "each harm is a map with `verbs` and optional `subjects`, `objects`")
            lists = {}
            for key in ("verbs", "subjects", "objects"):
                value = group.get(key)
                value = [value] if isinstance(value, str) else value
                if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
                    raise self.error("harms", f"`{key}` must be a list of words")
                lists[key] = value
            try:
                harms.append(Harm(tuple(compile_phrases(lists["verbs"], self.classes)),
                                  word_set(lists["subjects"]) if lists["subjects"] else None,
                                  word_set(lists["objects"]) if lists["objects"] else None))
            except LexiconError as exc:
                raise self.error("harms", str(exc)) from None
        return harms

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for sentence in document_sentences(document):
            if self.kind == "inverted":
                yield from self._inverted(text, sentence)
            else:
                yield from self._doubled(text, sentence)

    # -- inverted ---------------------------------------------------------------------------

    def _inverted(self, text: str, sentence: Sequence[Word]) -> Iterator[Flag]:
        for index, word in enumerate(sentence):
            if word.key in self.frames and self._sought(sentence, index):
                that = self._that_after(sentence, index)
                if that is not None:
                    flag = self._inverted_clause(text, sentence, that + 1)
                    if flag is not None:
                        yield flag

    def _sought(self, sentence: Sequence[Word], frame: int) -> bool:
        """A seeking phrase ends within reach before the frame, inside the same clause."""
        for end in range(frame - 1, max(frame - 1 - _REACH, -1), -1):
            if sentence[end + 1].after_break:
                return False
            if any(p.match_before(sentence, end + 1) is not None for p in self.seekers):
                return True
        return False

    def _that_after(self, sentence: Sequence[Word], frame: int) -> int | None:
        for index in range(frame + 1, min(frame + 1 + _FRAME_TO_THAT, len(sentence))):
            if sentence[index].after_break:
                return None
            if sentence[index].key == "that":
                return index
        return None

    def _clause_end(self, sentence: Sequence[Word], start: int) -> int:
        end = start
        while end + 1 < len(sentence) and not sentence[end + 1].after_break:
            end += 1
        return end

    def _inverted_clause(self, text: str, sentence: Sequence[Word], start: int) -> Flag | None:
        if start >= len(sentence) or sentence[start].after_break:
            return None
        last = self._clause_end(sentence, start)
        modal = next((i for i in range(start, min(start + _SUBJECT + 1, last + 1))
                      if sentence[i].key in self.modals), None)
        if modal is None or modal == start:
            return None
        subject = {w.key for w in sentence[start:modal]}
        verb = modal
        while verb + 1 <= last and sentence[verb + 1].key in self.adverbs:
            verb += 1
        passive_end = next((p.match_after(sentence, verb) for p in self.passive
                            if p.match_after(sentence, verb) is not None), None)
        if passive_end is None:
            return None
        for harm in self.harms:
            end = next((p.match_after(sentence, passive_end) for p in harm.verbs
                        if p.match_after(sentence, passive_end) is not None), None)
            if end is None or end > last:
                continue
            if harm.subjects is not None and not any(key in harm.subjects for key in subject):
                continue
            if harm.objects is not None:
                if end + 1 > last or sentence[end + 1].key not in harm.objects:
                    continue
                end += 1
            if self._negated(sentence, start, end, last):
                return None
            found = _join(text, sentence, modal, end)
            head = sentence[modal]
            repaired = text[head.start:head.end] + " not" + text[head.end:sentence[end].end]
            return self.flag(head.start, sentence[end].end, [repaired], match=found)
        return None

    def _negated(self, sentence: Sequence[Word], start: int, end: int, last: int) -> bool:
        if any(w.key in self.negators for w in sentence[start:end + 1]):
            return True
        after = sentence[end + 1:min(end + 1 + _RESTRICTED, last + 1)]
        return any(w.key in self.restrictors for w in after)

    # -- doubled ----------------------------------------------------------------------------

    def _doubled(self, text: str, sentence: Sequence[Word]) -> Iterator[Flag]:
        for index in range(len(sentence)):
            for phrase in self.denials:
                # Matching after the word before `index` makes the phrase start at `index`.
                end = phrase.match_after(sentence, index - 1)
                if end is None:
                    continue
                flag = self._doubled_clause(text, sentence, end)
                if flag is not None:
                    yield flag
                break

    def _aux(self, word: Word) -> tuple[str, bool] | None:
        """(the auxiliary without negation, whether the word carries "n't") or None."""
        if word.key in self.modals:
            return word.text, False
        if word.key.endswith("n't"):
            stem = _CONTRACTED.get(word.key[:-3], word.key[:-3])
            if stem in self.modals:
                return stem, True
        return None

    def _doubled_clause(self, text: str, sentence: Sequence[Word], denial_end: int) -> Flag | None:
        start = denial_end + 1
        if start < len(sentence) and sentence[start].key == "that" and not sentence[start].after_break:
            start += 1
        if start >= len(sentence) or sentence[start].after_break:
            return None
        last = self._clause_end(sentence, start)
        for index in range(start + 1, min(start + _SUBJECT + 1, last)):
            aux = self._aux(sentence[index])
            if aux is None:
                continue
            stem, contracted = aux
            verb = index + 1
            if not contracted:
                if sentence[verb].key not in self.negators:
                    return None
                verb += 1
            while verb <= last and sentence[verb].key in self.adverbs:
                verb += 1
            if verb > last or sentence[verb].key not in self.actions:
                return None
            head = sentence[index]
            if contracted:
                repaired = stem + text[head.end:sentence[verb].end]
            else:
                repaired = head.text + text[sentence[index + 1].end:sentence[verb].end]
            return self.flag(head.start, sentence[verb].end, [repaired], match=_join(text, sentence, index, verb))
        return None
