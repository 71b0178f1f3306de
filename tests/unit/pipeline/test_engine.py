from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.pipeline.levels import RulePolicy
from proof.pipeline.merge import merge_flags
from proof.readers import document_from_text


class FixedChecker(Checker):
    def __init__(self, flags):
        self.flags = flags

    def check(self, document):
        return list(self.flags)


def flag(rule, source, start, end, severity="warning", suggestions=()):
    return Flag(rule, source, "test", severity, f"{rule} message", start, end, tuple(suggestions))


def test_flags_map_to_source_and_sort():
    document = document_from_text(
        "A line that wraps and goes on for long enough\nto be joined here.\n\nSecond para.\n", "x.txt"
    )
    here = document.text.index("here")
    engine = Engine([FixedChecker([flag("b.Two", "style", here, here + 4), flag("a.One", "style", 0, 1)])])
    flags = engine.check(document)
    assert [f.rule for f in flags] == ["a.One", "b.Two"]
    assert document.source[flags[1].start : flags[1].end] == "here"


def test_same_span_from_two_sources_merges_with_union_of_suggestions():
    document = document_from_text("Teh cat.\n", "x.txt")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("spelling.Misspelled", "spelling", 0, 3, "error", ["The", "Ten"]),
                    flag("grammar.X", "grammar", 0, 3, "warning", ["Tea", "The"]),
                ]
            )
        ]
    )
    [merged] = engine.check(document)
    assert merged.rule == "spelling.Misspelled"
    assert merged.suggestions == ("The", "Ten", "Tea")


def test_policy_disables_by_prefix_and_overrides_severity_longest_match_wins():
    document = document_from_text("Teh cat sat.\n", "x.txt")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("newsroom.Rogue", "style", 0, 3),
                    flag("newsroom.Other", "style", 4, 7),
                    flag("spelling.Misspelled", "spelling", 8, 11),
                ]
            )
        ],
        RulePolicy({"newsroom": "off", "newsroom.Rogue": "error"}),
    )
    flags = engine.check(document)
    assert [(f.rule, f.severity) for f in flags] == [("newsroom.Rogue", "error"), ("spelling.Misspelled", "warning")]


def test_a_subset_of_checkers_and_one_paragraph_on_its_own():
    document = document_from_text("First para here.\n\nSecond para\nwraps here.\n", "x.txt")
    seen = []

    class Recording(Checker):
        def check(self, document):
            seen.append(document.text)
            start = document.text.find("here")
            return [flag("a.Here", "grammar", start, start + 4)]

    recording, fixed = Recording(), FixedChecker([flag("b.Fixed", "style", 0, 5)])
    engine = Engine([recording, fixed])
    assert [f.rule for f in engine.check(document, [fixed])] == ["b.Fixed"]
    [found] = engine.check_paragraph(document, document.paragraphs[1], [recording])
    assert seen == ["Second para wraps here."]
    assert document.source[found.start : found.end] == "here" and found.start > document.source.index("wraps")


def test_overlapping_house_and_grammar_flags_become_one_flag_house_message_first():
    # "This are": LanguageTool's THIS_NNS flags "This" (These), the house rule "This are" (This is)
    document = document_from_text("This are a test.\n", "x.txt")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("grammar.languagetool.THIS_NNS", "grammar", 0, 4, "warning", ["These"]),
                    flag("newsroom.DemonstrativeAgreement", "style", 0, 8, "warning", ["This is"]),
                ]
            )
        ]
    )
    [merged] = engine.check(document)
    assert merged.rule == "newsroom.DemonstrativeAgreement"
    assert merged.message == "newsroom.DemonstrativeAgreement message"
    assert merged.suggestions == ("This is",)
    assert merged.extra["merged"] == ["grammar.languagetool.THIS_NNS"]


def test_languagetool_and_harper_on_overlapping_words_merge_at_the_higher_severity():
    document = document_from_text("It was a apple.\n", "x.txt")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("grammar.harper.AnA", "grammar", 7, 8, "info", ["an"]),
                    flag("grammar.languagetool.EN_A_VS_AN", "grammar", 7, 14, "warning", ["an apple"]),
                ]
            )
        ]
    )
    [merged] = engine.check(document)
    assert merged.rule == "grammar.languagetool.EN_A_VS_AN" and merged.severity == "warning"
    assert merged.suggestions == ("an apple",)


def test_a_sentence_long_flag_does_not_swallow_a_flag_inside_it():
    text = "This sentence goes on and on and on for far too long, and it also has a error in it.\n"
    document = document_from_text(text, "x.txt")
    error = text.index("a error")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("newsroom.LongSentence", "style", 0, len(text) - 1),
                    flag("grammar.languagetool.EN_A_VS_AN", "grammar", error, error + 1, "warning", ["an"]),
                ]
            )
        ]
    )
    assert {f.rule for f in engine.check(document)} == {"newsroom.LongSentence", "grammar.languagetool.EN_A_VS_AN"}


def test_two_flags_of_one_checker_on_neighbouring_words_stay_two():
    document = document_from_text("Teh cat sat.\n", "x.txt")
    engine = Engine([FixedChecker([flag("newsroom.A", "style", 0, 7), flag("newsroom.B", "style", 4, 11)])])
    assert len(engine.check(document)) == 2


def test_a_flag_offers_each_suggestion_once_after_merging():
    flag = Flag("test.Typo", "spelling", "spelling", "error", "typo", 0, 8, ("Thursday", "Thursday", "Thursdays"))
    assert [f.suggestions for f in merge_flags([flag])] == [("Thursday", "Thursdays")]


def test_two_house_rules_on_one_finding_keep_the_level_the_config_raised():
    document = document_from_text("Talks in Kiev resumed.\n", "k.txt")
    start = document.text.index("Kiev")
    built_in = flag("newsroom.Kyiv", "style", start, start + 4, "warning", ["Kyiv"])
    house = flag("House.Kiev", "style", start, start + 4, "warning", ["Kyiv"])
    engine = Engine([FixedChecker([built_in, house])], RulePolicy({"House.Kiev": "error"}))
    assert [(f.rule, f.severity) for f in engine.check(document)] == [("House.Kiev", "error")]


def test_a_rule_a_comment_turns_off_hides_no_other_rule_on_the_same_finding():
    document = document_from_text(
        "Kiev.\n\n<!-- proof-disable-next-line House.Kiev -->\nTalks in Kiev resumed.\n", "k.md"
    )
    start = document.text.index("Kiev", 5)
    built_in = flag("newsroom.Kyiv", "style", start, start + 4, "warning", ["Kyiv"])
    house = flag("House.Kiev", "style", start, start + 4, "warning", ["Kyiv"])
    engine = Engine([FixedChecker([built_in, house])], RulePolicy({"House.Kiev": "error"}))
    assert [(f.rule, f.severity) for f in engine.check(document)] == [("newsroom.Kyiv", "warning")]


def test_a_misspelled_word_inside_a_house_flag_stays_its_own_flag_with_its_suggestion():
    # A house rule on "very \w+" flags "very uniqe": the slip in it is a finding of its own.
    document = document_from_text("It was a very uniqe event.\n", "x.txt")
    start = document.text.index("very")
    word = document.text.index("uniqe")
    house = flag("House.Very", "style", start, word + 5, "warning")
    misspelled = flag("spelling.Misspelled", "spelling", word, word + 5, "error", ["unique"])
    flags = Engine([FixedChecker([house, misspelled])]).check(document)
    assert [(f.rule, f.suggestions) for f in flags] == [("House.Very", ()), ("spelling.Misspelled", ("unique",))]


def test_a_misspelled_word_merges_with_the_grammar_engines_flag_on_it_not_with_a_phrase_around_it():
    document = document_from_text("It was a very uniqe event.\n", "x.txt")
    start = document.text.index("very")
    word = document.text.index("uniqe")
    engine = Engine(
        [
            FixedChecker(
                [
                    flag("House.Very", "style", start, word + 5, "warning"),
                    flag("spelling.Misspelled", "spelling", word, word + 5, "error", ["unique"]),
                    flag("grammar.languagetool.MORFOLOGIK_RULE_EN_US", "grammar", word, word + 5, "error", ["unique"]),
                ]
            )
        ]
    )
    house, word_flag = engine.check(document)
    assert (house.rule, house.suggestions) == ("House.Very", ())
    assert (word_flag.span, word_flag.suggestions) == ((word, word + 5), ("unique",))
    rules = {word_flag.rule, *word_flag.extra["merged"]}
    assert rules == {"spelling.Misspelled", "grammar.languagetool.MORFOLOGIK_RULE_EN_US"}
