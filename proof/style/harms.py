"""The harms of an inverted `negation` rule: which verb phrases harm whom.

A harm group of the rule file names verb phrases in the passive ("be seized") or the
active ("attack"), and whom they must fall on: the clause's subject or the words after
the verb, given as words ("photographs", "pensions") or as `$self`, the party seeking the
assurance (see `proof.style.parties`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from proof.style.parties import Party
from proof.style.wordseq import LexiconError, Phrase, Word, WordSet, compile_phrases, word_set

VOICES = ("passive", "active")
SELF = "$self"  # in a harm's subjects or objects: the party seeking the assurance
_KEYS = {"verbs", "voice", "subjects", "objects", "possessive", "owned"}


@dataclass(frozen=True)
class Target:
    """Whom a harm must fall on: listed words anywhere in the span, or the seeking party
    itself as the span's first word ("their land", "they", "it"; not "those who attacked
    him"). Without `possessive`, "its"/"their" do not count: "China would punish its
    hackers" may well be China's own. With `owned`, a listed word counts only as the
    party's own: "their rents" would be raised, not "taxes" the IMF asks to be raised."""

    words: WordSet | None
    party: bool
    possessive: bool
    owned: bool = False

    def holds(self, sentence: Sequence[Word], first: int, last: int, party: Party) -> bool:
        listed = self.words is not None and any(sentence[i].key in self.words for i in range(first, last + 1))
        if self.owned:
            return listed and party.is_named_at(sentence, first)
        return listed or (self.party and party.is_named_at(sentence, first, self.possessive))


@dataclass(frozen=True)
class Harm:
    verbs: tuple[Phrase, ...]
    voice: str
    subjects: Target | None
    objects: Target | None


def _target(words: list[str] | None, possessive: bool, owned: bool = False) -> Target | None:
    if words is None:
        return None
    listed = [w for w in words if w != SELF]
    return Target(word_set(listed) if listed else None, SELF in words, possessive, owned)


def parse_harm(group: object, classes: Mapping[str, WordSet]) -> Harm:
    """One harm group of the rule file; LexiconError saying what is wrong with it."""
    if not isinstance(group, dict) or "verbs" not in group or set(group) - _KEYS:
        raise LexiconError(
            "each harm is a map with `verbs` and optional `voice`, `subjects`, `objects`, `possessive`, `owned`"
        )
    voice = group.get("voice", "passive")
    if voice not in VOICES:
        raise LexiconError(f"`voice` must be one of {', '.join(VOICES)}, not {voice!r}")
    possessive = group.get("possessive", True)
    owned = group.get("owned", False)
    if not isinstance(possessive, bool) or not isinstance(owned, bool):
        raise LexiconError("`possessive` and `owned` must be true or false")
    lists = {}
    for key in ("verbs", "subjects", "objects"):
        value = group.get(key)
        value = [value] if isinstance(value, str) else value
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise LexiconError(f"`{key}` must be a list of words")
        lists[key] = value
    return Harm(
        tuple(compile_phrases(lists["verbs"], classes)),
        voice,
        _target(lists["subjects"], possessive, owned),
        _target(lists["objects"], possessive),
    )
