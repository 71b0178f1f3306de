"""`negation`: a clause that says the opposite of what its frame implies.

Two shapes, chosen by `kind`:

- `inverted`: a party seeks an assurance (guarantees, a pledge, a promise...) and the
  clause it seeks is a harm to itself, with no negation: "Russia demanded guarantees that
  the shield would be used against it" (→ "would not be used against it"), "Ukraine
  sought assurances the missiles would target its territory" (→ "would not target"). The
  harm groups of the rule file say which verb phrases are harms, in the passive ("be
  seized") or the active ("attack"), and whom they must fall on: the clause's subject
  or the words after the verb, given as words ("photographs", "pensions") or as `$self`,
  the party seeking the assurance: a pronoun of the `self` list ("it", "their") or its
  own name, or a name of the same `aliases` group (Moscow, Russia, Russian). A harm to a
  third party ("that those responsible would be prosecuted", "would target its
  attackers") is what parties do seek, and is not flagged. A request ("demanded that",
  "its demand that") seeks by itself, with the subjunctive ("that the shield be used
  against it"); its "he" or "they" is somebody else ("demanded that he be prosecuted").
- `doubled`: a denial whose clause is negated as well: "denied that the army had not
  used force" (→ "had used force"), for accusations of doing something.

All word lists live in the rule file; the type only knows the shape of the clause.
"""
from __future__ import annotations

import functools
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.parties import Lexicon, Party
from proof.style.rule import Rule
from proof.style.wordseq import (
    LexiconError,
    Phrase,
    Word,
    WordSet,
    compile_classes,
    compile_phrases,
    document_sentences,
    normalise,
    word_set,
)

_KINDS = ("inverted", "doubled")
_VOICES = ("passive", "active")
_REACH = 6         # words between a seeking verb and its frame ("demanded legally binding guarantees")
_FRAME_TO_THAT = 5  # words between a frame and "that" ("guarantees from Washington that")
_SUBJECT = 8       # words of the clause's subject before its modal
_RESTRICTED = 4    # words after the verb phrase where a restrictor ("only with consent") counts
_SELF = "$self"    # in a harm's subjects or objects: the party seeking the assurance
# "n't" contractions whose stem is not the auxiliary itself.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
# The negated auxiliary written as one word.
_JOINED_NOT = {"can": "cannot"}


@dataclass(frozen=True)
class Target:
    """Whom a harm must fall on: listed words anywhere in the span, or the seeking party
    itself as the span's first word ("their land", "they", "it"; not "those who attacked
    him"). Without `possessive`, "its"/"their" do not count: "China would punish its
    hackers" may well be China's own."""
    words: WordSet | None
    party: bool
    possessive: bool

    def holds(self, sentence: Sequence[Word], first: int, last: int, party: Party) -> bool:
        if self.words is not None and any(sentence[i].key in self.words for i in range(first, last + 1)):
            return True
        return self.party and party.is_named_at(sentence, first, self.possessive)


@dataclass(frozen=True)
class Harm:
    verbs: tuple[Phrase, ...]
    voice: str
    subjects: Target | None
    objects: Target | None


def _join(text: str, sentence: Sequence[Word], first: int, last: int) -> str:
    return text[sentence[first].start:sentence[last].end]


def _negated_aux(text: str, head: Word) -> str:
    aux = text[head.start:head.end]
    joined = _JOINED_NOT.get(head.key)
    if joined is not None:
        return aux[:1] + joined[1:] if aux[:1].isupper() else joined
    return aux + " not"


class Negation(Rule):
    type_name = "negation"
    # A lost "not" inverts a quotation as surely as a report.
    in_quotes = True
    # Frames are read within one sentence.
    local = True
    fields = {
        "kind": "inverted (an assurance sought against oneself) or doubled (a negated denial)",
        "classes": "map of class name → word list, used in phrases as $name",
        "frames": "inverted: nouns of assurance (guarantees, assurances, pledge...)",
        "requests": "inverted: words that seek by themselves and take a \"that\" clause (demand, demanded...)",
        "subjunctives": "inverted: after a request, words that open the verb in the subjunctive (be)",
        "copulas": "inverted: auxiliaries that are the passive by themselves (is, are, was, were)",
        "auxiliaries": "inverted: words between the party and the seeking verb (has, have, repeatedly...)",
        "singular": "inverted: `self` pronouns that cannot stand for a plural party (he, she, it...)",
        "seekers": "inverted: phrases of seeking that precede the frame (demanded, sought, asked for...)",
        "starters": "inverted: words that open a clause after a frame with no \"that\" "
                    "(\"assurances the missiles would...\"); capitalised words always may",
        "modals": "modal verbs that open the clause's verb (would, will, could...)",
        "negators": "words that negate the clause before its verb (not, never, n't forms as /.+n't/)",
        "restrictors": "inverted: words just after the verb phrase that limit it (only, unless, except)",
        "passive": "inverted: the words between modal and participle (be, have been, get...)",
        "adverbs": "words that may stand between the modal and the verb (eventually, /.+ly/)",
        "harms": "inverted: list of {verbs: [...], voice: passive|active, subjects: [...], objects: [...], "
                 "possessive: true|false}; a harm with subjects or objects counts only when the clause's "
                 "subject (or the word after the verb) holds one of them; `$self` stands for the party "
                 "seeking the assurance, and with `possessive: false` its possessive (\"its\") does not",
        "self": "inverted: pronouns that may refer to the party seeking the assurance (it, its, they...)",
        "possessives": "inverted: the `self` pronouns that are possessive (its, their...)",
        "aliases": "inverted: groups of names for one party ([moscow, russia, russian, kremlin])",
        "adversaries": "inverted: nouns after a possessive that put the harm on someone else (its attackers)",
        "denials": "doubled: phrases of denial (denied, rejected claims, dismissed suggestions...)",
        "actions": "doubled: verbs of the accusation (used, fired, attacked...)",
    }

    def __init__(self, info, spec):
        super().__init__(info, spec)
        self.kind = self.choice("kind", _KINDS)
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
            self.requests = self._set("requests")
            self.subjunctives = self._set("subjunctives")
            self.copulas = self._set("copulas")
            self.seekers = self._phrases("seekers", required=True)
            self.starters = self._set("starters")
            self.passive = self._phrases("passive", required=True)
            self.harms = self._harms()
            self.restrictors = self._set("restrictors")
            self.lexicon = Lexicon(self._set("self"), self._set("possessives"), self._aliases(),
                                   self._set("adversaries"), self._set("singular"), self._set("auxiliaries"))
        else:
            self.denials = self._phrases("denials", required=True)
            # Most words start no denial: one set lookup rules them out before any phrase is tried.
            heads = [phrase.first_words for phrase in self.denials]
            self.denial_heads = None if any(h is None for h in heads) else functools.reduce(operator.or_, heads)
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

    def _aliases(self) -> tuple[frozenset[str], ...]:
        groups = self.get("aliases", list, [])
        if not all(isinstance(g, list) and all(isinstance(n, str) for n in g) for g in groups):
            raise self.error("aliases", "each alias group is a list of names")
        return tuple(frozenset(normalise(n) for n in group) for group in groups)

    def _target(self, words: list[str] | None, possessive: bool) -> Target | None:
        if words is None:
            return None
        listed = [w for w in words if w != _SELF]
        return Target(word_set(listed) if listed else None, _SELF in words, possessive)

    def _harms(self) -> list[Harm]:
        groups = self.get("harms", list, [])
        if not groups:
            raise self.error("harms", "an inverted negation rule needs `harms`")
        harms = []
        for group in groups:
            if not isinstance(group, dict) or "verbs" not in group or \
                    set(group) - {"verbs", "voice", "subjects", "objects", "possessive"}:
                raise self.error("harms", "each harm is a map with `verbs` and optional `voice`, "
                                          "`subjects`, `objects`, `possessive`")
            voice = group.get("voice", "passive")
            if voice not in _VOICES:
                raise self.error("harms", f"`voice` must be one of {', '.join(_VOICES)}, not {voice!r}")
            possessive = group.get("possessive", True)
            if not isinstance(possessive, bool):
                raise self.error("harms", "`possessive` must be true or false")
            lists = {}
            for key in ("verbs", "subjects", "objects"):
                value = group.get(key)
                value = [value] if isinstance(value, str) else value
                if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
                    raise self.error("harms", f"`{key}` must be a list of words")
                lists[key] = value
            try:
                harms.append(Harm(tuple(compile_phrases(lists["verbs"], self.classes)), voice,
                                  self._target(lists["subjects"], possessive),
                                  self._target(lists["objects"], possessive)))
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
            request = word.key in self.requests
            if request:
                # "demanded that...": the clause follows at once (never "demanded guarantees that",
                # which the frame reads).
                follows = index + 1 < len(sentence) and sentence[index + 1].key == "that" \
                    and not sentence[index + 1].after_break
                seeker, start = index, (index + 2 if follows else None)
            elif word.key in self.frames:
                seeker = self._seeker(sentence, index)
                start = None if seeker is None else self._clause_start(sentence, index)
            else:
                continue
            if start is not None:
                party = Party.before(sentence, seeker, self.lexicon)
                flag = self._inverted_clause(text, sentence, start, party, request)
                if flag is not None:
                    yield flag

    def _seeker(self, sentence: Sequence[Word], frame: int) -> int | None:
        """Where a seeking phrase that ends within reach before the frame begins, inside
        the same clause."""
        for end in range(frame - 1, max(frame - 1 - _REACH, -1), -1):
            if sentence[end + 1].after_break:
                return None
            for phrase in self.seekers:
                begin = phrase.match_before(sentence, end + 1)
                if begin is not None:
                    return begin
        return None

    def _clause_start(self, sentence: Sequence[Word], frame: int) -> int | None:
        """The first word of the clause the frame introduces: after its "that", or right
        after the frame when "that" is left out ("assurances the missiles would...")."""
        after = frame + 1
        if after < len(sentence) and not sentence[after].after_break and \
                (sentence[after].key in self.starters or sentence[after].text[:1].isupper()):
            return after
        return self._that_after(sentence, frame)

    def _that_after(self, sentence: Sequence[Word], frame: int) -> int | None:
        """The word after the "that" that follows the frame within reach."""
        for index in range(frame + 1, min(frame + 1 + _FRAME_TO_THAT, len(sentence))):
            if sentence[index].after_break:
                return None
            if sentence[index].key == "that":
                return index + 1
        return None

    def _clause_end(self, sentence: Sequence[Word], start: int) -> int:
        end = start
        while end + 1 < len(sentence) and not sentence[end + 1].after_break:
            end += 1
        return end

    def _skip_adverbs(self, sentence: Sequence[Word], index: int, last: int) -> int:
        while index + 1 <= last and sentence[index + 1].key in self.adverbs:
            index += 1
        return index

    def _opener(self, key: str, request: bool) -> str | None:
        """What kind of word opens the clause's verb: a modal ("would"), a copula that is
        the passive by itself ("are aimed at"), or after a request the subjunctive "be"."""
        if key in self.modals:
            return "modal"
        if key in self.copulas:
            return "copula"
        return "subjunctive" if request and key in self.subjunctives else None

    def _inverted_clause(self, text: str, sentence: Sequence[Word], start: int, party: Party,
                         request: bool = False) -> Flag | None:
        if start >= len(sentence) or sentence[start].after_break:
            return None
        last = self._clause_end(sentence, start)
        modal = next((i for i in range(start, min(start + _SUBJECT + 1, last + 1))
                      if self._opener(sentence[i].key, request) is not None), None)
        if modal is None or modal == start:
            return None
        opener = self._opener(sentence[modal].key, request)
        if opener == "modal":
            active = self._skip_adverbs(sentence, modal, last)
            passive = next((p.match_after(sentence, active) for p in self.passive
                            if p.match_after(sentence, active) is not None), None)
        else:
            active, passive = None, modal
        if passive is not None:
            passive = self._skip_adverbs(sentence, passive, last)
        for harm in self.harms:
            anchor = passive if harm.voice == "passive" else active
            if anchor is None:
                continue
            end = next((p.match_after(sentence, anchor) for p in harm.verbs
                        if p.match_after(sentence, anchor) is not None), None)
            if end is None or end > last:
                continue
            if harm.subjects is not None and not harm.subjects.holds(sentence, start, modal - 1, party):
                continue
            if request and harm.subjects is not None and self._personal(sentence[start]):
                continue  # "demanded that he be prosecuted": a demand made of others, about others
            if harm.objects is not None:
                if end + 1 > last or not harm.objects.holds(sentence, end + 1, end + 1, party):
                    continue
                end += 1
            if self._negated(sentence, start, end, last):
                return None
            head = sentence[modal]
            if opener == "subjunctive":
                repaired = "not " + text[head.start:sentence[end].end]
            else:
                repaired = _negated_aux(text, head) + text[head.end:sentence[end].end]
            return self.flag(head.start, sentence[end].end, [repaired], match=_join(text, sentence, modal, end))
        return None

    def _personal(self, word: Word) -> bool:
        return word.key in self.lexicon.pronouns and word.key not in self.lexicon.possessives

    def _negated(self, sentence: Sequence[Word], start: int, end: int, last: int) -> bool:
        if any(w.key in self.negators for w in sentence[start:end + 1]):
            return True
        after = sentence[end + 1:min(end + 1 + _RESTRICTED, last + 1)]
        return any(w.key in self.restrictors for w in after)

    # -- doubled ----------------------------------------------------------------------------

    def _doubled(self, text: str, sentence: Sequence[Word]) -> Iterator[Flag]:
        for index in range(len(sentence)):
            if self.denial_heads is not None and sentence[index].key not in self.denial_heads:
                continue
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
