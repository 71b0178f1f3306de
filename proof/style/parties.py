"""Whether a word of a clause names the party a sentence is about.

"Russia demanded guarantees that the shield would be used against it": "it" is Russia.
The `negation` type needs to know when the victim of a harm is the party that seeks the
assurance. A `Party` is built from the sentence's words before the seeking verb: its
names are the capitalised words there ("Russia", "The Kremlin"), widened by the rule
file's alias groups (Moscow, Russia, Russian, Kremlin), and any pronoun of the rule's
`self` list stands for it, unless an adversary noun follows ("its attackers" are not the
party) or the party is plural and the pronoun singular ("Prosecutors sought assurances
that he would be jailed": he is someone else). Which words are pronouns, aliases,
adversaries or auxiliaries is the rule file's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from proof.style.wordseq import Word, WordSet

_POSSESSIVE = ("'s", "'")


def _name_key(key: str) -> str:
    """ "russia's" → "russia": a possessive names the same party."""
    for ending in _POSSESSIVE:
        if key.endswith(ending):
            return key[: -len(ending)]
    return key


@dataclass(frozen=True)
class Lexicon:
    pronouns: WordSet
    possessives: WordSet
    aliases: tuple[frozenset[str], ...]
    adversaries: WordSet
    #: pronouns that cannot stand for a plural party (he, she, it...)
    singular: WordSet
    #: words between the party's head noun and the seeking verb (has, have, repeatedly...)
    auxiliaries: WordSet

    def is_alias(self, key: str) -> bool:
        return any(key in group for group in self.aliases)

    def widen(self, names: Iterable[str]) -> frozenset[str]:
        found = set(names)
        for group in self.aliases:
            if found & group:
                found |= group
        return frozenset(found)


def _plural(word: Word, lexicon: Lexicon) -> bool:
    """A plural head noun ("prosecutors", "The families"); a name ("Athens", "Wales"
    mid-sentence) is one party."""
    key = word.key
    if not key.endswith("s") or key.endswith(("ss", "us", "is")) or lexicon.is_alias(key) or key in lexicon.pronouns:
        return False
    return word.first or not word.text[:1].isupper()


@dataclass(frozen=True)
class Party:
    names: frozenset[str]
    lexicon: Lexicon
    plural: bool = False

    @classmethod
    def before(cls, sentence: Sequence[Word], end: int, lexicon: Lexicon) -> Party:
        """The party named by the capitalised words of the clause that ends before index
        `end` ("After talks with Putin, Zelenskiy demanded": Zelenskiy, not Putin)."""
        start = end
        while start > 0 and not sentence[start].after_break:
            start -= 1
        names = {_name_key(w.key) for w in sentence[start:end] if w.text[:1].isupper()}
        head = end - 1
        while head >= start and sentence[head].key in lexicon.auxiliaries:
            head -= 1
        plural = head >= start and _plural(sentence[head], lexicon)
        return cls(lexicon.widen(names), lexicon, plural)

    def is_named_at(self, sentence: Sequence[Word], index: int, possessive: bool = True) -> bool:
        """Word `index` refers to the party: its pronoun, or its name inside the sentence;
        without `possessive`, not as a possessive ("its", "Russia's")."""
        word = sentence[index]
        if not possessive and (word.key in self.lexicon.possessives or _name_key(word.key) != word.key):
            return False
        # Mid-sentence capitals are names; a sentence-initial "The" is not.
        pronoun = word.key in self.lexicon.pronouns and not (self.plural and word.key in self.lexicon.singular)
        named = pronoun or (not word.first and word.text[:1].isupper() and _name_key(word.key) in self.names)
        return named and not self._adversary_after(sentence, index)

    def _adversary_after(self, sentence: Sequence[Word], index: int) -> bool:
        """ "its attackers", "Russia's enemies": the harm falls on someone else."""
        after = index + 1
        return (
            after < len(sentence)
            and not sentence[after].after_break
            and sentence[after].key in self.lexicon.adversaries
        )
