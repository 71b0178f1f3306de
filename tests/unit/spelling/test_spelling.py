"""The spelling checker on documents: what it accepts, what it flags and suggests."""

import pytest

from proof.readers import document_from_text, load_document
from proof.settings.config import Config, ConfigError, Settings, default_config
from proof.spelling import SpellingChecker
from tests.helpers.paths import WEB, WIRE
from tests.helpers.spelling import flagged, flags

NAMES_IN_EXAMPLES = [
    "Shoigu",
    "Hagel",
    "Antonov",
    "Ushakov",
    "Donilon",
    "Baczynska",
    "MacSwan",
    "RIA",
    "NATO",
    "U.S",
    "U.N",
    "MOSCOW",
]


@pytest.mark.parametrize("path", [WIRE, WEB])
def test_no_name_abbreviation_or_dateline_in_the_examples_is_flagged(path):
    document = load_document(path)
    document.language = "en-GB"
    words = {document.text[f.start : f.end] for f in SpellingChecker(language="en-GB").check(document)}
    assert not words & set(NAMES_IN_EXAMPLES)
    assert words <= {"defense"}


def test_wire_headline_defense_is_a_variant_under_en_gb():
    document = load_document(WIRE)
    document.language = "en-GB"
    [flag] = SpellingChecker(language="en-GB").check(document)
    assert (document.text[flag.start : flag.end], flag.rule, flag.suggestions) == (
        "defense",
        "spelling.Variant",
        ("defence",),
    )


def test_american_spelling_in_british_copy_is_a_variant_with_the_british_form():
    assert flags("The missile defense plan was shelved.") == [("defense", "spelling.Variant", ("defence",))]


def test_british_spelling_in_american_copy_is_a_variant_with_the_american_form():
    assert flags("The colour of the flag changed.", language="en-US") == [("colour", "spelling.Variant", ("color",))]


def test_forms_both_dialects_accept_are_not_variants():
    assert flagged("She travelled to Paris, signalling a thaw.", language="en-US") == []


def test_capitalised_variant_inside_a_sentence_is_a_proper_name():
    assert flagged("He visited Pearl Harbor and met the Labor Party.") == []


def test_capitalised_variant_starting_a_sentence_is_flagged_with_matching_case():
    assert flags("Color matters. It always has.") == [("Color", "spelling.Variant", ("Colour",))]


@pytest.mark.parametrize(
    "word, best",
    [
        ("definately", "definitely"),
        ("tommorow", "tomorrow"),
        ("publically", "publicly"),
        ("refered", "referred"),
        ("recieved", "received"),
        ("untill", "until"),
    ],
)
def test_misspellings_get_the_right_first_suggestion(word, best):
    [(found, rule, suggestions)] = flags(f"The minister {word} said so.")
    assert (found, rule, suggestions[0]) == (word, "spelling.Misspelled", best)
    assert len(suggestions) <= 5


@pytest.mark.parametrize(
    "text",
    [
        "Hagel's visit and Putin’s reply.",
        "veto-wielding members, an anti-missile shield and the post-Cold War order",
        "At 5pm on the 21st, 1980s rates hit 10km of F-16 jets.",
        "See https://www.reuters.com/article/x or reuters.com, mail desk@example.com, @Reuters #news",
        "The U.S. and U.N. met at 9 a.m. with NATO and RIA in MOSCOW.",
        "Talks on pre-election co-ordinating and re-elect plans",
        "the carmaker's frontman and its reinsurers in the eurozone",
        "He said mln dlrs, 5 pct, vs 20 cts a shr in the qtr.",
        "The protege ordered an entree.",
        "It's 'orrible, he said, we're lovin' it.",
        "Ludwig von Mises spoke.",
        "The status quo is de facto policy, and vice versa, at 5 pct per annum.",
        "A sci-fi film about 30-year-olds, said Li Ka-shing, co-ordinating.",
        "Ministers want to criminalise paedophiles, he said.",
        "Jets were criss-crossing the sky.",
        "Jets were criss-\ncrossing the sky in the pre- and post-war years.",
    ],
)
def test_news_copy_conventions_are_accepted(text):
    assert flagged(text) == []


def test_a_slip_in_a_compound_written_solid_is_still_a_slip():
    assert flagged("Jets were criss-crosing the sky.") == ["criss", "crosing"]
    assert flagged("Jets were criss-\ncrosing the sky.") == ["criss", "crosing"]


def test_loan_phrase_words_stand_only_in_their_phrase():
    assert flagged("The facto was clear.") == ["facto"]


def test_an_unlisted_british_form_is_a_variant_in_american_copy():
    assert flags("Ministers want to criminalise it.", language="en-US") == [
        ("criminalise", "spelling.Variant", ("criminalize",))
    ]


def test_copy_without_dialect_evidence_has_no_variants():
    document = document_from_text("Labour has unveiled its plans.", "a.txt")
    document.language = "en-US"
    assert SpellingChecker(language="auto").check(document) == []


def test_words_inside_quotations_are_checked():
    assert flagged("He said: “It will definately happen.”") == ["definately"]


def test_capitalised_unknown_word_inside_a_sentence_is_a_name():
    assert flagged("Talks with Shoigu and Baczynska ended.") == []


@pytest.mark.parametrize(
    "text, slip, word",
    [
        ("Kelly, senior vice president, Technology and Intellectual Properety, said so.", "Properety", "Property"),
        ("The cards meet the UN Convention on Seafarers' Identity Documetns of June 2003.", "Documetns", "Documents"),
        ("It was a Trasnport strike.", "Trasnport", "Transport"),
    ],
)
def test_capitalised_slip_of_a_common_word_inside_a_sentence_is_flagged(text, slip, word):
    [(flagged_word, rule, suggestions)] = flags(text)
    assert (flagged_word, rule, suggestions[0]) == (slip, "spelling.Misspelled", word)


@pytest.mark.parametrize(
    "text",
    [
        "Yeutter said it.",  # two edits from better, but a seven-letter name
        "Talks with Xuto ended.",  # one edit from auto, with another first letter
        "Ahold said it.",  # a word in use (wordfreq)
        "Pete Hautman won the award.",  # after a given name
        "Defence Secretary Hagle spoke.",  # after a title
        "Saabs and Opels were built there.",  # the plural of a known name
        "The cards meet the Seafarers' Identity Documetns. Documetns matter.",  # used twice: a name
    ],
)
def test_capitalised_word_with_evidence_of_a_name_is_a_name(text):
    assert flagged(text) == []


def test_sentence_start_name_used_elsewhere_is_accepted():
    assert flagged("Shoigu spoke. Later the minister, Shoigu, left.") == []


def test_sentence_start_name_before_another_name_is_accepted():
    assert flagged("Sergei Shoigu spoke on Monday.") == []


def test_sentence_start_name_near_only_rare_words_is_accepted():
    assert flagged("Hagel met reporters on Monday.") == []


def test_sentence_start_misspelling_is_flagged():
    assert flags("Tomorrrow the talks resume.") == [("Tomorrrow", "spelling.Misspelled", ("Tomorrow", "Tomorrows"))]
    assert flags("Govermnent sources said so.")[0][:2] == ("Govermnent", "spelling.Misspelled")
    assert flags("Govermnent sources said so.")[0][2][0] == "Government"


def test_title_case_heading_words_are_names():
    assert flagged("Shoigu Meets Hagel In Brussels\n\nThe talks went well.\n") == []


def test_possessive_is_not_part_of_the_flagged_word():
    [(word, _, suggestions)] = flags("The goverment's plan.")
    assert word == "goverment" and suggestions[0] == "government"


@pytest.mark.parametrize(
    "text, minority, dominant",
    [
        ("Sergei Shoigu spoke. Shoigu said the talks went well. Later Shoygu left.", "Shoygu", "Shoigu"),
        ("Anatoly Antonov said so. Antonov agreed. Antonow left.", "Antonow", "Antonov"),
        ("Chuck Hagel spoke. Hagel said yes. Hagle left.", "Hagle", "Hagel"),
        ("Vladimir Putin returned to the Kremlin in May.\n\nPutn said the talks had been useful.\n", "Putn", "Putin"),
        ("Sergei Shoigu spoke. Shoigu said the talks went well. Mr Shoygu left.", "Shoygu", "Shoigu"),  # a title
        ("Anatoly Antonov said so. Antonov agreed. Deputy Minister Antonow left.", "Antonow", "Antonov"),
        # The odd spelling once, in the full name, beside the dominant one used without a first name.
        ("Minister Sergei Shoygu spoke. Shoigu said so. Shoigu agreed. Shoigu left.", "Shoygu", "Shoigu"),
        ("Anatoly Antonow spoke. Antonov said so. Antonov agreed. Antonov left.", "Antonow", "Antonov"),
        # Once each: the spelling in use (wordfreq lists it) over one nobody uses, whichever is written in full.
        ("Sergei Lavrov spoke to reporters.\n\nLavorv said Moscow would respond.\n", "Lavorv", "Lavrov"),
        ("Prime Minister Ingvar Calrsson spoke. Carlsson told reporters.", "Calrsson", "Carlsson"),
    ],
)
def test_a_name_spelled_two_ways_flags_the_minority_spelling_once(text, minority, dominant):
    assert flags(text) == [(minority, "spelling.NameVariant", (dominant,))]


@pytest.mark.parametrize(
    "text",
    [
        "Hagel spoke of Hegel. Hagel and Hegel, Hagel said.",  # both frequent
        "Chuck Hagel met students. Hagel cited the philosopher Hegel.",  # the rarer one is a known name
        "His aide Donald Regan advised President Reagan. Reagan agreed.",  # two people: two first names
        "Iran and Iraq met. Iran said so.",  # both dictionary words
        "The Kurd leaders met Kurds.",  # an ending, not a slip
        "Gabriela Baczynska wrote it. Baczynski, her husband, read it. Baczynska agreed.",  # she and he
        "Olaf Scholz spoke. Scholtz told reporters.",  # a tie of two names in use: either may be the slip
    ],
)
def test_distinct_names_are_not_name_variants(text):
    assert [r for _, r, _ in flags(text)] == []


@pytest.mark.parametrize(
    "text, slip, word",
    [
        ("A deficit on Friday and Wedndsday. On Wednesday it was small, and Wednesday too.", "Wedndsday", "Wednesday"),
        ("The Treasury said so. The Treassury statement followed.", "Treassury", "Treasury"),
    ],
)
def test_a_common_word_spelled_two_ways_is_a_misspelling_suggesting_the_other_spelling(text, slip, word):
    [(flagged_word, rule, suggestions)] = flags(text, language="en-US")
    assert (flagged_word, rule, suggestions[0]) == (slip, "spelling.Misspelled", word)


@pytest.mark.parametrize(
    "text",
    [
        "He staged Richard Strauss's Ariadne auf Naxos.",  # a particle inside a name
        "Ursula von der Leyen met Lt. Gen. Dhiya'uldin Jamal.",  # particles in a row; an apostrophe in a name
        "No way, it was sooo bad.",  # letters held for emphasis, in use
        "It sold collateralized bonds and single-handedly won.",  # forms of listed words
        "The drug holds cannabidiol and happoshu.",  # long terms with no near word
        "Rates in Baltimore/ Norf./Phil. were flat.",  # a table's abbreviation
    ],
)
def test_news_words_the_lists_lack_are_accepted(text):
    assert flagged(text, language="en-US") == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("The case was refered to the court.", "refered"),  # referred is one edit away
        ("It occured twice at the begining of May.", "occured"),
        ("They protect the utilties'investments.", "utilties"),  # a missing space after an apostrophe
        ("The bllorp was late.", "bllorp"),
        ("The army repeled the attack.", "repeled"),  # repel + ed, but "repelled"
        ("It was basicly over.", "basicly"),  # basic + ly, but "basically"
    ],
)
def test_slips_that_look_like_built_words_are_still_flagged(text, slip):
    assert slip in flagged(text, language="en-US")


@pytest.mark.parametrize(
    "text, slip, word",
    [
        ("The count resumes on Thrusday morning.", "Thrusday", "Thursday"),
        ("The rules take effect in Feburary.", "Feburary", "February"),
        ("Talks end on Wendsday.", "Wendsday", "Wednesday"),
    ],
)
def test_a_slip_in_a_day_or_month_name_is_a_misspelling(text, slip, word):
    assert flags(text) == [(slip, "spelling.Misspelled", flags(text)[0][2])] and flags(text)[0][2][0] == word


def test_a_day_name_slip_offers_each_suggestion_once():
    [(_slip, _rule, suggestions)] = flags("The talks resume on Thrusday in Geneva.")
    assert suggestions[0] == "Thursday" and len(suggestions) == len(set(suggestions))


def test_names_near_a_day_or_month_name_are_names():
    assert flagged("Google's Sundar Pichai met Walter Mondale's aides in Augusta and Marche.") == []


def test_project_dictionary_words_are_accepted(tmp_path):
    (tmp_path / "proof.toml").write_text('dictionary = ["words.txt"]\n', encoding="utf-8")
    (tmp_path / "words.txt").write_text("# desk words\nzorblat\nKremlinology\n", encoding="utf-8")
    from proof.settings.config import load_config

    checker = SpellingChecker.from_config(load_config(str(tmp_path / "proof.toml")))
    document = document_from_text("The zorblat and kremlinology met a goverment.", "a.txt")
    document.language = "en-GB"
    assert [document.text[f.start : f.end] for f in checker.check(document)] == ["goverment"]


def test_missing_default_dictionary_is_fine(tmp_path):
    assert SpellingChecker.from_config(default_config(str(tmp_path))).project == frozenset()


def test_missing_configured_dictionary_is_a_config_error_naming_it(tmp_path):
    config = Config(Settings(dictionary=("missing.txt",)), str(tmp_path / "proof.toml"), str(tmp_path))
    with pytest.raises(ConfigError, match=r"missing\.txt"):
        SpellingChecker.from_config(config)


def test_auto_copy_without_dialect_evidence_accepts_both_dialects_words():
    document = document_from_text("She wore jewellery and a grey coat.", "a.txt")
    document.language = "en-US"
    assert SpellingChecker(language="auto").check(document) == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("Rebels atttacked the town.", "atttacked"),  # a held letter in no word in use
        ("The offficer said so.", "offficer"),
        ("The price reachs a peak.", "reachs"),  # reach + s, but "reaches"
        ("Files on the destop were lost.", "destop"),  # de + stop, but "desktop"
        ("The fastests runners won.", "fastests"),
        ("It was baed on the report.", "baed"),  # no British "ae" form of "based"
        ("The plan was namaed after him.", "namaed"),
    ],
)
def test_words_a_rule_could_build_but_nobody_uses_are_flagged(text, slip):
    assert slip in flagged(text, language="en-GB")


@pytest.mark.parametrize(
    "text",
    [
        "The new fibres outperform the kevlars.",  # a regular plural of a listed word
        "Mills sold ricemeal and cattlefeed.",  # compounds of two common words
        "Fans cried nooo, then booo and hmmm.",  # a vowel or a final letter held
    ],
)
def test_words_built_by_the_spelling_rules_from_common_words_are_accepted(text):
    assert flagged(text, language="en-GB") == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("They did not seeem ready.", "seeem"),  # a held letter where the word has two
        ("Rebels targettting the town fled.", "targettting"),  # a consonant held inside a word
        ("It approachs the line.", "approachs"),  # -s after ch
        ("The statistices were late.", "statistices"),  # -es after a non-sibilant
        ("The keybroads were new.", "keybroads"),  # key + broads, but a slip for keyboards
        ("Local goverments sold asssets.", "asssets"),  # ass + sets, one edit from assets
    ],
)
def test_built_words_close_to_a_dictionary_word_are_flagged(text, slip):
    assert slip in flagged(text, language="en-GB")


def test_a_run_of_letters_longer_than_any_word_gets_one_long_word_flag():
    # 200,000 letters once took 17 GB in the dialect and suggestion look-ups.
    run = ("abcdefghijklmnopqrstuvwxyz" * 8000)[:200_000]
    document = document_from_text(f"The code {run} was pasted. {run.capitalize()} too.\n", "story.txt")
    document.language = "en-GB"
    found = SpellingChecker(language="en-GB").check(document)
    assert [(f.rule, f.end - f.start, f.suggestions) for f in found] == [("spelling.LongWord", 200_000, ())] * 2
    assert "200,000-letter word" in found[0].message


def test_the_longest_dictionary_word_is_still_spell_checked():
    assert flagged("The lung disease pneumonoultramicroscopicsilicovolcanoconiosis is rare.") == []
    assert flags("It was a supercalifragilisticexpialidociuss day.") == [
        ("supercalifragilisticexpialidociuss", "spelling.Misspelled", ("supercalifragilisticexpialidocious",))
    ]


def _one_edit_variants(name):
    letters = range(1, len(name))  # the first letter is kept: names differing there are not compared
    return (
        {name[:i] + name[i + 1 :] for i in letters}
        | {name[:i] + "q" + name[i + 1 :] for i in letters}
        | {name[:i] + "q" + name[i:] for i in range(1, len(name) + 1)}
        | {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
    )


@pytest.mark.parametrize("dominant", ["Zabrowski", "Zubkov"])
def test_every_close_spelling_of_a_name_is_found_among_many(dominant):
    from proof.spelling.lexicon import Lexicon
    from proof.spelling.names import _similar

    variants = _one_edit_variants(dominant)
    if len(dominant) >= 8:
        variants |= {w for v in variants for w in _one_edit_variants(v)}
    variants.discard(dominant)
    known = Lexicon(("en-GB",)).known
    expected = {v for v in variants if _similar(dominant, v) and not known(v)}
    text = f"{dominant} spoke. {dominant} said so.\n\n" + "\n\n".join(f"Then {v} left." for v in sorted(variants))
    assert len(expected) > 10
    assert {word for word, rule, _ in flags(text + "\n") if rule == "spelling.NameVariant"} == expected


@pytest.mark.parametrize(
    "word, best",
    [
        ("laoded", "loaded"),  # two letters swapped, before "landed" with one replaced
        ("suportted", "supported"),  # a double letter written once and a letter doubled
        ("cuasing", "causing"),
        ("lables", "labels"),
        ("nessary", "necessary"),  # a common word two edits away before a rare one at one
        ("embaras", "embarrass"),
        ("wel", "well"),
    ],
)
def test_the_likeliest_slip_is_the_first_suggestion_not_the_commonest_near_word(word, best):
    [(_, _, suggestions)] = flags(f"The minister {word} said so.", language="en-US")
    assert suggestions[0] == best


def test_copy_that_shows_neither_dialect_gets_the_nearer_dialects_spelling_first():
    text = "The orginisation said so."
    document = document_from_text(text, "story.txt")
    [flag] = SpellingChecker().check(document)
    assert flag.suggestions[0] == "organisation"
    assert flags(text, language="en-US")[0][2][0] == "organization"


def test_a_word_run_together_with_the_next_is_split_but_never_into_a_stray_letter():
    assert flags("They spent alot on it.", language="en-US")[0][2][0] == "a lot"
    assert not any(" " in s for s in flags("The meni was short.", language="en-US")[0][2])
