import pytest

from proof.style.rule import RuleError
from tests.conftest import WEB, WIRE
from tests.style.helpers import flagged, make_rule, pack_rule

INVERTED = "newsroom.AssuranceInverted"


def test_example_articles_lose_the_not():
    rule = pack_rule(INVERTED)
    for path in (WIRE, WEB):
        text = open(path, encoding="utf-8").read()
        assert flagged(rule, text) == [("would be used against it", ("would not be used against it",))]


@pytest.mark.parametrize("text, found, repaired", [
    ("The farmers demanded guarantees that their land would be seized for the project.\n",
     "would be seized", "would not be seized"),
    ("Parents sought assurances that the photographs would be published online.\n",
     "would be published", "would not be published"),
    ("Workers want a pledge that they will eventually be laid off.\n",
     "will eventually be laid off", "will not eventually be laid off"),
    ("Kyiv asked for guarantees that the weapons could be turned against them.\n",
     "could be turned against them", "could not be turned against them"),
])
def test_inverted_assurances(text, found, repaired):
    assert flagged(pack_rule(INVERTED), text) == [(found, (repaired,))]


@pytest.mark.parametrize("text", [
    "Moscow wants guarantees that the shield will not be aimed at Russia.\n",
    "He said the missiles would be used against rogue states.\n",
    "Russia demanded guarantees that the shield would never be used against it.\n",
    "Russia demanded guarantees that the shield wouldn't be used against it.\n",
    "Victims' families demanded assurances that those responsible would be prosecuted.\n",
    "The farmers demanded guarantees that their land would be seized only with consent.\n",
    "The government promised that their land would be seized.\n",
])
def test_no_flag_when_negated_restricted_unsought_or_aimed_at_others(text):
    assert flagged(pack_rule(INVERTED), text) == []


def test_doubled_negation_after_denial():
    rule = pack_rule("newsroom.DenialDoubled")
    assert flagged(rule, "The ministry denied that the army had not used force.\n") == \
        [("had not used", ("had used",))]
    assert flagged(rule, "He denied he hadn't leaked the memo.\n") == [("hadn't leaked", ("had leaked",))]
    assert flagged(rule, "The minister denied that the government had not done enough.\n") == []
    assert flagged(rule, "The ministry denied that the army had used force.\n") == []


@pytest.mark.parametrize("bad, field", [
    ("kind: sideways", "kind"),
    ("kind: inverted\nmodals: [would]\nnegators: [not]\nseekers: [sought]\npassive: [be]\nharms: []", "frames"),
    ("kind: inverted\nframes: [pledge]\nmodals: [would]\nnegators: [not]\nseekers: [sought]\n"
     "passive: [be]\nharms: [{verbs: [seized], owners: [x]}]", "harms"),
    ("kind: doubled\nmodals: [had]\nnegators: [not]\nactions: [used]", "denials"),
])
def test_bad_fields_are_errors_naming_the_field(bad, field):
    with pytest.raises(RuleError) as info:
        make_rule("type: negation\nmessage: m\n" + bad + "\n")
    assert info.value.field == field
