from pathlib import Path

import pytest

from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from proof.style.rule import RuleError
from tests.helpers.paths import WEB, WIRE
from tests.helpers.rules import flagged, make_rule, pack_rule, pack_rules, run_rule

COMMA = "newsroom.UnpairedComma"


def test_example_articles_unpaired_comma_and_no_other_punctuation_flag():
    rules = [r for r in pack_rules() if r.info.type == "punctuation"]
    for path in (WIRE, WEB):
        text = Path(path).read_text(encoding="utf-8")
        found = [(r.info.id, t, s) for r in rules for t, s in flagged(r, text)]
        assert found == [(COMMA, ", on Monday told", (", on Monday, told",))]


@pytest.mark.parametrize(
    "text, found, fixed",
    [
        (
            "The prime minister, after the vote thanked parliament.\n",
            ", after the vote thanked",
            ", after the vote, thanked",
        ),
        (
            "President Obama, in a statement welcomed the deal.\n",
            ", in a statement welcomed",
            ", in a statement, welcomed",
        ),
        (
            "The minister, in a closed session told lawmakers the plan was dead.\n",
            ", in a closed session told",
            ", in a closed session, told",
        ),
    ],
)
def test_unpaired_comma_is_closed(text, found, fixed):
    assert flagged(pack_rule(COMMA), text) == [(found, (fixed,))]


@pytest.mark.parametrize(
    "text, found, fixed",
    [
        (
            "The striker, who joined from Ajax last summer scored twice.\n",
            ", who joined from Ajax last summer scored",
            ", who joined from Ajax last summer, scored",
        ),
        (
            "The firm, which employs hundreds of people in Oslo has closed.\n",
            ", which employs hundreds of people in Oslo has",
            ", which employs hundreds of people in Oslo, has",
        ),
        (
            "The envoy, who had been expected to resign said he would stay.\n",
            ", who had been expected to resign said",
            ", who had been expected to resign, said",
        ),
    ],
)
def test_unclosed_relative_clause(text, found, fixed):
    assert flagged(pack_rule(COMMA), text) == [(found, (fixed,))]


@pytest.mark.parametrize(
    "text, found, fixed",
    [
        (
            "Spain's labour minister, Yolanda Diaz told unions the deal was final.\n",
            ", Yolanda Diaz told",
            ", Yolanda Diaz, told",
        ),
        (
            "Their goalkeeper, Alisson made three saves.\n",
            ", Alisson made",
            ", Alisson, made",
        ),
        (
            "A spokesman for the ministry, Li Wei said the talks were over.\n",
            ", Li Wei said",
            ", Li Wei, said",
        ),
        (
            "“We will not back down,” the union’s general secretary, Sharon Graham told members.\n",
            ", Sharon Graham told",
            ", Sharon Graham, told",
        ),
        (
            "Officials said the pilot, a veteran of 20 years was unhurt.\n",
            ", a veteran of 20 years was",
            ", a veteran of 20 years, was",
        ),
        (
            "The tenant, a 52-year-old nurse died in the fire.\n",
            ", a 52-year-old nurse died",
            ", a 52-year-old nurse, died",
        ),
        (
            # The -ed word with a verb still to come is the phrase's own participle.
            "His rival, a company based in Ohio reported a loss.\n",
            ", a company based in Ohio reported",
            ", a company based in Ohio, reported",
        ),
        (
            # An attribution inside the sentence: the comma closes it.
            "The problem, a spokesman said was the weather.\n",
            ", a spokesman said was",
            ", a spokesman said, was",
        ),
        (
            "The economy, Powell said is cooling.\n",
            ", Powell said is",
            ", Powell said, is",
        ),
    ],
)
def test_unclosed_appositive(text, found, fixed):
    assert flagged(pack_rule(COMMA), text) == [(found, (fixed,))]


def test_a_relative_clause_closed_by_an_irregular_past_is_flagged():
    text = "The regulator, which had been criticised for months cut the fees.\n"
    found = ", which had been criticised for months cut"
    assert flagged(pack_rule(COMMA), text) == [(found, (", which had been criticised for months, cut",))]


@pytest.mark.parametrize(
    "text",
    [
        # Introductions before the comma: a time phrase, a preposition, a comparison, a participle.
        "On Friday, Yolanda Diaz told unions the deal was final.\n",
        "Two days later, Diaz told unions the deal was final.\n",
        "The week after the strike, Diaz told unions the deal was final.\n",
        "By the end of the talks, a deal was struck.\n",
        "Like her predecessor, Diaz told unions the deal was final.\n",
        "Unlike the union, the employers said the deal was final.\n",
        "Speaking in Madrid, the minister said the deal was final.\n",
        "That evening, a crowd gathered outside.\n",
        "His voice breaking, Diaz told unions the deal was final.\n",  # an absolute phrase
        "“We will not back down,” the union’s general secretary, Sharon Graham, told members.\n",
        "“We will not back down,” Sharon Graham, the union’s leader, told members.\n",
        # Paired, listed or attributed.
        "Spain's labour minister, Yolanda Diaz, told unions the deal was final.\n",
        "Officials said the pilot, a veteran of 20 years, was unhurt.\n",
        "The firm, based in Austin, Texas, said sales rose.\n",
        "Ministers from Spain, Italy and Greece met in Rome.\n",
        "The union's leaders, Diaz and Garcia met the minister.\n",
        "The pilot, 58, was unhurt.\n",
    ],
)
def test_introductions_and_paired_appositives_are_not_flagged(text):
    assert flagged(pack_rule(COMMA), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anatoly Antonov, a deputy of Shoigu, was quoted by RIA.\n",
        "Putin’s foreign policy adviser, Yuri Ushakov, was also quoted.\n",
        "The U.S. Under Secretary of Defence, James Miller, visited NATO headquarters.\n",
        "The prime minister, after the vote was counted, thanked parliament.\n",
        "Shares fell 5% on Monday, after it said profits would fall.\n",
        "He spoke to reporters in Washington, D.C., after the vote ended.\n",
        "The minister, who said the plan was dead, resigned.\n",
        "The minister, who said the plan was dead resigned.\n",  # verb of saying: not judged
        "Federer, who has not had a coach since he split from Lundgren, won again.\n",
        "Mr Galloway, who on Thursday won damages from the paper, will stand again.\n",
        "It gives the wrong signal to China, who are not prepared to accept what happened.\n",
        # A contracted pronoun and verb make the words before the comma a clause, not a subject.
        "It's an absolute joke, however most of the original 25 were very poor choices.\n",
        "He’s a great manager, however the players were poor.\n",
    ],
)
def test_paired_or_trailing_commas_are_not_flagged(text):
    assert flagged(pack_rule(COMMA), text) == []


def test_spaces_are_safe_fixes_but_tables_are_left_alone():
    double = pack_rule("newsroom.DoubleSpace")
    before = pack_rule("newsroom.SpaceBeforePunctuation")
    text = "The talks ended  without agreement , officials said .\n"
    assert [(text[f.start : f.end], f.suggestions, f.safe_fix) for f in run_rule(double, text)] == [
        ("  ", (" ",), True)
    ]
    assert [(f.start, f.suggestions, f.safe_fix) for f in run_rule(before, text)] == [
        (34, ("",), True),
        (51, ("",), True),
    ]
    table = "Wheat   2.55   2.40\nCorn    1.92   1.82\n"
    assert run_rule(double, table) == []
    assert run_rule(before, "Rates rose .5 point. See the .com boom ... and more.\n") == []


def test_two_spaces_after_a_sentence_are_a_convention_unless_the_rule_says_otherwise():
    double = pack_rule("newsroom.DoubleSpace")
    text = 'He resigned.  "It is over."  The board met.\n'
    assert run_rule(double, text) == []
    strict = make_rule("type: punctuation\nmessage: m\ncheck: double-space\nafter_sentence: true\n")
    assert len(run_rule(strict, text)) == 2
    assert [f.start for f in run_rule(double, "The company said  it would appeal.\n")] == [16]


def test_indented_rows_and_wire_tickers_are_layout():
    double = pack_rule("newsroom.DoubleSpace")
    assert run_rule(double, "Waiting time --\n         Super Tankers  Regular Vessels\n") == []
    assert run_rule(double, "GM <GM>  CUTTING SALARIED MERIT RAISES\n\nGeneral Motors cut raises.\n") == []


def test_a_space_folded_from_a_line_break_is_not_offered_as_a_fix():
    document = document_from_text("The talks ended \nwithout agreement.\n", "x.txt")
    assert list(pack_rule("newsroom.DoubleSpace").check(document)) == []


@pytest.mark.parametrize(
    "text, lonely",
    [
        ("“We are ready, Antonov said.\n", ["“"]),
        ('He called it "a disaster and left.\n', ['"']),
        ("The minister (who took office in May said no.\n", ["("]),
        ("The plan ended) on Monday.\n", [")"]),
    ],
)
def test_unbalanced_marks(text, lonely):
    rule = pack_rule("newsroom.UnbalancedQuotes")
    assert [t for t, _ in flagged(rule, text)] == lonely


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready.\n\n“We will talk,” Antonov said.\n",
        'He said: "We are ready. "We will talk," he added.\n',
        "The plan has parts: a) talks, b) a ceasefire.\n",
        "Putin’s adviser said Russia’s position had not changed.\n",
        "He was sad :( about it.\n",
        'A Taiwanese banker said"It will be a good idea," he added.\n',
        # A space lost before an opening mark: the quotation still opens.
        'The crowd cheered."It is a great day," she said.\n',
    ],
)
def test_balanced_runs_on_labels_apostrophes_and_faces(text):
    assert flagged(pack_rule("newsroom.UnbalancedQuotes"), text) == []


def test_check_must_be_known_and_comma_lists_required():
    with pytest.raises(RuleError) as info:
        make_rule("type: punctuation\nmessage: m\ncheck: semicolons\n")
    assert info.value.field == "check"
    with pytest.raises(RuleError) as info:
        make_rule("type: punctuation\nmessage: m\ncheck: parenthetical-comma\nverbs: [told]\n")
    assert info.value.field == "openers"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", "The parser reads it and `code here`.\n"),
        ("a.html", "<p>The parser reads it and <code>code here</code>.</p>\n"),
        ("a.md", "See the chart ![a chart](chart.png).\n"),
    ],
)
def test_a_space_before_skipped_inline_code_is_not_a_space_before_the_mark_after_it(name, text):
    rule = pack_rule("newsroom.SpaceBeforePunctuation")
    document = document_from_text(text, name)
    assert Engine([StyleChecker([rule])], language="en-GB").check(document) == []


def test_a_space_before_a_mark_in_markdown_prose_is_still_flagged():
    rule = pack_rule("newsroom.SpaceBeforePunctuation")
    text = "The `parser` reads it , and *more* .\n"
    document = document_from_text(text, "a.md")
    flags = Engine([StyleChecker([rule])], language="en-GB").check(document)
    assert [(f.start, f.end) for f in flags] == [
        (text.index(" ,"), text.index(" ,") + 1),
        (text.index(" ."), text.index(" .") + 1),
    ]
