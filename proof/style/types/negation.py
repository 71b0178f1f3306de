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
from collections.abc import Iterator

from proof.core.document import Document
from proof.core.flag import Flag
from proof.style.harms import Harm, parse_harm
from proof.style.negation_clauses import DoubledClauses, InvertedClauses
from proof.style.parties import Lexicon
from proof.style.rule import Rule
from proof.style.wordseq import (
    LexiconError,
    Phrase,
    WordSet,
    compile_classes,
    compile_phrases,
    document_sentences,
    normalise,
    word_set,
)

_KINDS = ("inverted", "doubled")


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
        "requests": 'inverted: words that seek by themselves and take a "that" clause (demand, demanded...)',
        "subjunctives": "inverted: after a request, words that open the verb in the subjunctive (be)",
        "copulas": "inverted: auxiliaries that are the passive by themselves (is, are, was, were)",
        "auxiliaries": "inverted: words between the party and the seeking verb (has, have, repeatedly...)",
        "singular": "inverted: `self` pronouns that cannot stand for a plural party (he, she, it...)",
        "seekers": "inverted: phrases of seeking that precede the frame (demanded, sought, asked for...)",
        "starters": 'inverted: words that open a clause after a frame with no "that" '
        '("assurances the missiles would..."); capitalised words always may',
        "modals": "modal verbs that open the clause's verb (would, will, could...)",
        "negators": "words that negate the clause before its verb (not, never, n't forms as /.+n't/)",
        "restrictors": "inverted: words just after the verb phrase that limit it (only, unless, except)",
        "passive": "inverted: the words between modal and participle (be, have been, get...)",
        "adverbs": "words that may stand between the modal and the verb (eventually, /.+ly/)",
        "harms": "inverted: list of {verbs: [...], voice: passive|active, subjects: [...], objects: [...], "
        "possessive: true|false, owned: true|false}; a harm with subjects or objects counts only when the "
        "clause's subject (or the word after the verb) holds one of them; `$self` stands for the party "
        'seeking the assurance, with `possessive: false` its possessive ("its") does not, and with '
        '`owned: true` a listed subject counts only as the party\'s own ("their rents")',
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
        modals = self._set("modals", required=True)
        negators = self._set("negators", required=True)
        adverbs = self._set("adverbs")
        self.clauses: InvertedClauses | DoubledClauses
        if self.kind == "inverted":
            frames = self._set("frames", required=True)
            requests = self._set("requests")
            subjunctives = self._set("subjunctives")
            copulas = self._set("copulas")
            seekers = self._phrases("seekers", required=True)
            starters = self._set("starters")
            passive = self._phrases("passive", required=True)
            harms = self._harms()
            restrictors = self._set("restrictors")
            lexicon = Lexicon(
                self._set("self"),
                self._set("possessives"),
                self._aliases(),
                self._set("adversaries"),
                self._set("singular"),
                self._set("auxiliaries"),
            )
            self.clauses = InvertedClauses(
                modals,
                negators,
                adverbs,
                frames,
                requests,
                subjunctives,
                copulas,
                seekers,
                starters,
                passive,
                harms,
                restrictors,
                lexicon,
            )
        else:
            denials = self._phrases("denials", required=True)
            # Most words start no denial: one set lookup rules them out before any phrase is tried.
            heads = [phrase.first_words for phrase in denials]
            denial_heads = None if any(h is None for h in heads) else functools.reduce(operator.or_, heads)
            self.clauses = DoubledClauses(
                modals, negators, adverbs, denials, denial_heads, self._set("actions", required=True)
            )

    def _set(self, name: str, required: bool = False) -> WordSet:
        values = self.strings(name)
        if required and not values:
            raise self.error(name, f"a {self.kind} negation rule needs `{name}`")
        try:
            return word_set(values)
        except LexiconError as exc:
            raise self.error(name, str(exc)) from None

    def _phrases(self, name: str, required: bool = False) -> tuple[Phrase, ...]:
        values = self.strings(name)
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

    def _harms(self) -> tuple[Harm, ...]:
        groups = self.get("harms", list, [])
        if not groups:
            raise self.error("harms", "an inverted negation rule needs `harms`")
        try:
            return tuple(parse_harm(group, self.classes) for group in groups)
        except LexiconError as exc:
            raise self.error("harms", str(exc)) from None

    def check(self, document: Document) -> Iterator[Flag]:
        text = document.text
        for sentence in document_sentences(document):
            for found in self.clauses.findings(text, sentence):
                yield self.flag(found.start, found.end, [found.repaired], match=found.match)
