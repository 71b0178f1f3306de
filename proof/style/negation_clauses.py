"""Reading the clauses of the `negation` rule type, one shape each (see
`proof.style.types.negation` for the shapes and the rule file's word lists).

Each reader holds the word lists of its shape and yields the findings of a sentence: the
span to flag, the repaired text and the flagged words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from proof.style.harms import Harm
from proof.style.parties import Lexicon, Party
from proof.style.wordseq import Phrase, Word, WordSet

_REACH = 6  # words between a seeking verb and its frame ("demanded legally binding guarantees")
_FRAME_TO_THAT = 5  # words between a frame and "that" ("guarantees from Washington that")
_SUBJECT = 8  # words of the clause's subject before its modal
_RESTRICTED = 4  # words after the verb phrase where a restrictor ("only with consent") counts
# "n't" contractions whose stem is not the auxiliary itself.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
# The negated auxiliary written as one word.
_JOINED_NOT = {"can": "cannot"}


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    repaired: str
    #: The flagged words, for the message's {match}.
    match: str


def _join(text: str, sentence: Sequence[Word], first: int, last: int) -> str:
    return text[sentence[first].start : sentence[last].end]


def _negated_aux(text: str, head: Word) -> str:
    aux = text[head.start : head.end]
    joined = _JOINED_NOT.get(head.key)
    if joined is not None:
        return aux[:1] + joined[1:] if aux[:1].isupper() else joined
    return aux + " not"


def _clause_end(sentence: Sequence[Word], start: int) -> int:
    end = start
    while end + 1 < len(sentence) and not sentence[end + 1].after_break:
        end += 1
    return end


@dataclass(frozen=True)
class InvertedClauses:
    """An assurance sought against oneself: "demanded guarantees that the shield would be
    used against it"."""

    modals: WordSet
    negators: WordSet
    adverbs: WordSet
    frames: WordSet
    requests: WordSet
    subjunctives: WordSet
    copulas: WordSet
    seekers: tuple[Phrase, ...]
    starters: WordSet
    passive: tuple[Phrase, ...]
    harms: tuple[Harm, ...]
    restrictors: WordSet
    lexicon: Lexicon

    def findings(self, text: str, sentence: Sequence[Word]) -> Iterator[Finding]:
        for index, word in enumerate(sentence):
            request = word.key in self.requests
            if request:
                # "demanded that...": the clause follows at once (never "demanded guarantees that",
                # which the frame reads).
                follows = (
                    index + 1 < len(sentence)
                    and sentence[index + 1].key == "that"
                    and not sentence[index + 1].after_break
                )
                seeker, start = index, (index + 2 if follows else None)
            elif word.key in self.frames:
                seeker = self._seeker(sentence, index)
                start = None if seeker is None else self._clause_start(sentence, index)
            else:
                continue
            if start is not None:
                party = Party.before(sentence, seeker, self.lexicon)
                found = self._clause(text, sentence, start, party, request)
                if found is not None:
                    yield found

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
        if (
            after < len(sentence)
            and not sentence[after].after_break
            and (sentence[after].key in self.starters or sentence[after].text[:1].isupper())
        ):
            return after
        return self._that_after(sentence, frame)

    @staticmethod
    def _that_after(sentence: Sequence[Word], frame: int) -> int | None:
        """The word after the "that" that follows the frame within reach."""
        for index in range(frame + 1, min(frame + 1 + _FRAME_TO_THAT, len(sentence))):
            if sentence[index].after_break:
                return None
            if sentence[index].key == "that":
                return index + 1
        return None

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

    def _clause(
        self, text: str, sentence: Sequence[Word], start: int, party: Party, request: bool = False
    ) -> Finding | None:
        if start >= len(sentence) or sentence[start].after_break:
            return None
        last = _clause_end(sentence, start)
        modal = next(
            (
                i
                for i in range(start, min(start + _SUBJECT + 1, last + 1))
                if self._opener(sentence[i].key, request) is not None
            ),
            None,
        )
        if modal is None or modal == start:
            return None
        opener = self._opener(sentence[modal].key, request)
        if opener == "modal":
            active = self._skip_adverbs(sentence, modal, last)
            passive = next(
                (p.match_after(sentence, active) for p in self.passive if p.match_after(sentence, active) is not None),
                None,
            )
        else:
            active, passive = None, modal
        if passive is not None:
            passive = self._skip_adverbs(sentence, passive, last)
        for harm in self.harms:
            anchor = passive if harm.voice == "passive" else active
            if anchor is None:
                continue
            end = next(
                (p.match_after(sentence, anchor) for p in harm.verbs if p.match_after(sentence, anchor) is not None),
                None,
            )
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
                repaired = "not " + text[head.start : sentence[end].end]
            else:
                repaired = _negated_aux(text, head) + text[head.end : sentence[end].end]
            return Finding(head.start, sentence[end].end, repaired, _join(text, sentence, modal, end))
        return None

    def _personal(self, word: Word) -> bool:
        return word.key in self.lexicon.pronouns and word.key not in self.lexicon.possessives

    def _negated(self, sentence: Sequence[Word], start: int, end: int, last: int) -> bool:
        if any(w.key in self.negators for w in sentence[start : end + 1]):
            return True
        after = sentence[end + 1 : min(end + 1 + _RESTRICTED, last + 1)]
        return any(w.key in self.restrictors for w in after)


@dataclass(frozen=True)
class DoubledClauses:
    """A denial whose clause is negated as well: "denied that the army had not used force"."""

    modals: WordSet
    negators: WordSet
    adverbs: WordSet
    denials: tuple[Phrase, ...]
    #: The words a denial can start with; None when one can start with any word.
    denial_heads: WordSet | None
    actions: WordSet

    def findings(self, text: str, sentence: Sequence[Word]) -> Iterator[Finding]:
        for index in range(len(sentence)):
            if self.denial_heads is not None and sentence[index].key not in self.denial_heads:
                continue
            for phrase in self.denials:
                # Matching after the word before `index` makes the phrase start at `index`.
                end = phrase.match_after(sentence, index - 1)
                if end is None:
                    continue
                found = self._clause(text, sentence, end)
                if found is not None:
                    yield found
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

    def _clause(self, text: str, sentence: Sequence[Word], denial_end: int) -> Finding | None:
        start = denial_end + 1
        if start < len(sentence) and sentence[start].key == "that" and not sentence[start].after_break:
            start += 1
        if start >= len(sentence) or sentence[start].after_break:
            return None
        last = _clause_end(sentence, start)
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
                repaired = stem + text[head.end : sentence[verb].end]
            else:
                repaired = head.text + text[sentence[index + 1].end : sentence[verb].end]
            return Finding(head.start, sentence[verb].end, repaired, _join(text, sentence, index, verb))
        return None
