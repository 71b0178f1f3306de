from proof.style.parties import Lexicon, Party
from proof.style.wordseq import sentence_words, word_set

LEXICON = Lexicon(
    word_set(["it", "its", "they", "their", "he"]),
    word_set(["its", "their"]),
    (
        frozenset(
            {"moscow", "russia", "russian"},
        ),
        frozenset({"athens", "greece"}),
    ),
    word_set(["attackers", "enemies"]),
    word_set(["it", "its", "he"]),
    word_set(["has", "have", "repeatedly"]),
)


def _party_and_words(text: str, seeker: str):
    words = sentence_words(text, 0, len(text))
    end = next(i for i, w in enumerate(words) if w.key == seeker)
    return Party.before(words, end, LEXICON), words


def _at(words, key):
    return next(i for i, w in enumerate(words) if w.key == key)


def test_a_name_of_the_party_and_its_aliases_refer_to_it():
    party, words = _party_and_words("Moscow demanded that the radar never target Russian or Iranian sites", "demanded")
    assert party.is_named_at(words, _at(words, "russian"))
    assert not party.is_named_at(words, _at(words, "iranian"))


def test_names_come_from_the_seekers_own_clause():
    party, words = _party_and_words("After talks with Putin, Zelenskiy demanded that Putin be punished", "demanded")
    assert party.names == frozenset({"zelenskiy"})
    assert not party.is_named_at(words, len(words) - 3)


def test_pronouns_refer_to_the_party_unless_an_adversary_follows_or_possessives_are_excluded():
    party, words = _party_and_words("Kyiv wants allies to target its attackers and protect its cities", "wants")
    first_its, second_its = [i for i, w in enumerate(words) if w.key == "its"]
    assert not party.is_named_at(words, first_its)
    assert party.is_named_at(words, second_its)
    assert not party.is_named_at(words, second_its, possessive=False)


def test_a_sentence_initial_capital_is_not_a_name():
    party, words = _party_and_words("The Kremlin sought assurances", "sought")
    assert "kremlin" in party.names
    assert not party.is_named_at(words, 0)


def test_a_plural_party_is_not_he_or_it_but_a_city_is_one_party():
    party, words = _party_and_words("Prosecutors have repeatedly sought assurances that he or they would pay", "sought")
    assert party.plural
    assert not party.is_named_at(words, _at(words, "he"))
    assert party.is_named_at(words, _at(words, "they"))
    party, words = _party_and_words("Athens sought assurances that its islands were safe", "sought")
    assert not party.plural and party.is_named_at(words, _at(words, "its"))
