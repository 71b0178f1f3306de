from pathlib import Path

import pytest

from proof.style.rule import RuleError
from tests.helpers.paths import WEB, WIRE
from tests.helpers.rules import flagged, make_rule, pack_rule, pack_rules

RULE = """\
    type: confusable
    message: "Use '{suggestion}'."
    words: {rouge: rogue}
    classes:
      noun: [state, states, trader]
    when:
      - followed_by: [$noun]
    unless:
      - preceded_by: [moulin]
    """


def test_flags_word_in_context_and_keeps_capitalisation():
    rule = make_rule(RULE)
    assert flagged(rule, "The rouge state fired.\n") == [("rouge", ("rogue",))]
    assert flagged(rule, "Rouge states fired.\n") == [("Rouge", ("Rogue",))]


def test_no_flag_outside_context_in_exceptions_or_in_names():
    rule = make_rule(RULE)
    assert flagged(rule, "She wore rouge and powder.\n") == []
    assert flagged(rule, "A moulin rouge state.\n") == []
    assert flagged(rule, "He visited Baton Rouge states.\n") == []
    # A comma ends the context.
    assert flagged(rule, "It was rouge, states the label.\n") == []


def test_word_restricts_a_context_to_some_forms_and_always_means_every_occurrence():
    rule = make_rule("""\
        type: confusable
        message: m
        words: {breech: breach, breeched: breached}
        when:
          - word: breeched
        """)
    assert flagged(rule, "Water breeched the wall.\n") == [("breeched", ("breached",))]
    assert flagged(rule, "A breech birth.\n") == []
    always = make_rule("type: confusable\nmessage: m\nwords: {loosing: losing}\nwhen: always\n")
    assert flagged(always, "They are loosing.\n") == [("loosing", ("losing",))]


@pytest.mark.parametrize(
    "bad, field",
    [
        ("words: {}\nwhen: always", "words"),
        ("words: {a: b}", "when"),
        ("words: {a: b}\nwhen: [{after: [x]}]", "when"),
        ("words: {a: b}\nwhen: [{preceded_by: [$nope]}]", "when"),
        ("words: {a: b}\nwhen: [{word: c}]", "when"),
        ("words: {a: b}\nwhen: always\ncapitalised: maybe", "capitalised"),
    ],
)
def test_bad_fields_are_errors_naming_the_field(bad, field):
    with pytest.raises(RuleError) as info:
        make_rule("type: confusable\nmessage: m\n" + bad + "\n")
    assert info.value.field == field


def test_example_articles_rouge_states():
    rule = pack_rule("newsroom.Rogue")
    for path in (WIRE, WEB):
        text = Path(path).read_text(encoding="utf-8")
        assert flagged(rule, text) == [("rouge", ("rogue",))]


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("newsroom.EffectAffect", "The new tariffs will effect exporters in the north.\n", ("effect", "affect")),
        ("newsroom.LedLead", "The suspect was lead away in handcuffs.\n", ("lead", "led")),
        ("newsroom.PassedPast", "The bill past the Senate on Friday.\n", ("past", "passed")),
        ("newsroom.PrincipalPrinciple", "The army's principle concern is supply.\n", ("principle", "principal")),
        ("newsroom.ThanThen", "Prices rose faster then wages.\n", ("then", "than")),
        ("newsroom.WhetherWeather", "It is unclear weather the talks will resume.\n", ("weather", "whether")),
    ],
)
def test_newsroom_rules_catch_the_slip(rule_id, text, expected):
    found = flagged(pack_rule(rule_id), text)
    assert [(t, s[0]) for t, s in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rouge is back in fashion this winter, the designer said.\n",
        "The storm swept past the coast.\n",
        "The bill passed the Senate on Friday.\n",
        "Campaigners hope to effect change.\n",
        "She took the lead role.\n",
        "He said the missiles would be used against rogue states.\n",
        "Their leaders met on Tuesday in Brussels.\n",
    ],
)
def test_correct_sentences_raise_no_confusable_rule(text):
    rules = [r for r in pack_rules() if r.info.type == "confusable"]
    assert rules
    assert [(r.info.id, flagged(r, text)) for r in rules if flagged(r, text)] == []


# Frames the rules were not written for (the house-style issue's unseen sentences): each is
# caught by the grammatical slot or the class, not by a phrase written for it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The company kept flaunting the court order.\n", ("flaunting", "flouting")),
        ("Traders had been hording grain before the siege.\n", ("hording", "hoarding")),
        ("The lorry was stationery at the junction for hours.\n", ("stationery", "stationary")),
        ("The new terminal would compliment existing deals with Asian buyers.\n", ("compliment", "complement")),
        ("The central bank was loathe to raise rates again.\n", ("loathe", "loath")),
        ("Shares lost a third of there savings in a day.\n", ("there", "their")),
        ("Both firms suspended trading in they're shares.\n", ("they're", "their")),
        ("The bank sold it's stake in the insurer.\n", ("it's", "its")),
        ("The economy grew more strongly then expected.\n", ("then", "than")),
        ("Investors have turned risk-adverse.\n", ("risk-adverse", "risk-averse")),
    ],
)
def test_confusable_rules_catch_slips_in_frames_they_were_not_written_for(text, expected):
    rules = [r for r in pack_rules() if r.info.type == "confusable"]
    found = [(t, s[0]) for r in rules for t, s in flagged(r, text)]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The oligarch flaunted his wealth at the court.\n",
        "Hordes of shoppers queued for the sales.\n",
        "The biggest cost was stationery for the new offices.\n",
        "Critics will compliment the director on her work.\n",
        "I loathe to say it, but he was right.\n",
        "Are there jobs for the graduates?\n",
        "Officials there say the talks are over.\n",
        "I know they're happy.\n",
        "Once inside they're safe.\n",
        "He said it's time to go.\n",
        "More troops then arrived in the capital.\n",
        "The drug had no adverse effects.\n",
    ],
)
def test_the_broadened_contexts_leave_correct_uses_alone(text):
    rules = [r for r in pack_rules() if r.info.type == "confusable"]
    assert [(r.info.id, flagged(r, text)) for r in rules if flagged(r, text)] == []
