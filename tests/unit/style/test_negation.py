from pathlib import Path

import pytest

from proof.style.rule import RuleError
from tests.helpers.paths import WEB, WIRE
from tests.helpers.rules import flagged, make_rule, pack_rule

INVERTED = "newsroom.AssuranceInverted"


def test_example_articles_lose_the_not():
    rule = pack_rule(INVERTED)
    for path in (WIRE, WEB):
        text = Path(path).read_text(encoding="utf-8")
        assert flagged(rule, text) == [("would be used against it", ("would not be used against it",))]


@pytest.mark.parametrize(
    "text, found, repaired",
    [
        (
            "The farmers demanded guarantees that their land would be seized for the project.\n",
            "would be seized",
            "would not be seized",
        ),
        (
            "Parents sought assurances that the photographs would be published online.\n",
            "would be published",
            "would not be published",
        ),
        (
            "Workers want a pledge that they will eventually be laid off.\n",
            "will eventually be laid off",
            "will not eventually be laid off",
        ),
        (
            "Kyiv asked for guarantees that the weapons could be turned against them.\n",
            "could be turned against them",
            "could not be turned against them",
        ),
        # Active voice, and no "that" after the frame.
        (
            "Ukraine sought assurances the missiles would target its territory.\n",
            "would target its",
            "would not target its",
        ),
        # A phrase of harm with the party after it.
        (
            "The island wants a promise that sanctions will be imposed on it.\n",
            "will be imposed on it",
            "will not be imposed on it",
        ),
        # The party by another of its names.
        (
            "Moscow sought assurances that the radar could be used against Russian missiles.\n",
            "could be used against Russian",
            "could not be used against Russian",
        ),
        (
            "Kyiv wants guarantees that the drones can be turned against it.\n",
            "can be turned against it",
            "cannot be turned against it",
        ),
        (
            "The opposition insisted on a pledge that its offices would be raided.\n",
            "would be raided",
            "would not be raided",
        ),
        # A demand in the subjunctive, and a copula that is the passive by itself.
        ("Russia has demanded that the shield be used against it.\n", "be used against it", "not be used against it"),
        ("Moscow wants guarantees that the new missiles are aimed at it.\n", "are aimed at it", "are not aimed at it"),
    ],
)
def test_inverted_assurances(text, found, repaired):
    assert flagged(pack_rule(INVERTED), text) == [(found, (repaired,))]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow wants guarantees that the shield will not be aimed at Russia.\n",
        "He said the missiles would be used against rogue states.\n",
        "Russia demanded guarantees that the shield would never be used against it.\n",
        "Russia demanded guarantees that the shield wouldn't be used against it.\n",
        "Victims' families demanded assurances that those responsible would be prosecuted.\n",
        "The farmers demanded guarantees that their land would be seized only with consent.\n",
        "The government promised that their land would be seized.\n",
        "Ukraine wants guarantees that allies will target its attackers.\n",
        "He asked for assurances that those who attacked him would be arrested.\n",
        "Japan sought assurances that China would punish its own hackers.\n",
        "After talks with Putin, Zelenskiy demanded guarantees that Putin would be punished.\n",
        "Tehran warned that the missiles would be used against it.\n",
        "Moscow sought assurances that the shield would protect it.\n",
        # A plural party is not "he"; a demand about "he" is a demand about someone else.
        "Prosecutors sought assurances that he would be jailed for life.\n",
        "The victim's mother asked that he be jailed for life.\n",
        "Russia has demanded that the shield not be used against it.\n",
        "Businesses sought assurances that their taxes would be cut.\n",
    ],
)
def test_no_flag_when_negated_restricted_unsought_or_aimed_at_others(text):
    assert flagged(pack_rule(INVERTED), text) == []


@pytest.mark.parametrize(
    "text, found, repaired",
    [
        # Something the seekers wait for, put off or called off.
        (
            "Opposition parties demanded guarantees that the election would be postponed.\n",
            "would be postponed",
            "would not be postponed",
        ),
        ("Striking teachers sought assurances that the talks would be called off.\n", "would be called off", None),
        # A place of theirs besieged; a harm done "without their consent".
        ("Villagers demanded guarantees that the town would be blockaded by the army.\n", "would be blockaded", None),
        (
            "The families sought assurances that the bodies would be cremated without their consent.\n",
            "would be cremated without their",
            "would not be cremated without their",
        ),
        # What they depend on shutting, with or without words after the verb.
        ("Patients' groups sought assurances that the hospital would close.\n", "would close", "would not close"),
        ("Parents demanded guarantees that the village school will shut in the summer.\n", "will shut in", None),
        ("Workers sought assurances that the plant would relocate to Mexico.\n", "would relocate to", None),
        # A counterparty's default.
        ("Bondholders sought assurances that the company would default on its bonds.\n", "would default", None),
        # A charge the party pays, put up.
        ("Tenants demanded assurances that their rents would be raised.\n", "would be raised", None),
    ],
)
def test_harms_of_waiting_dependence_default_and_charges(text, found, repaired):
    flags = flagged(pack_rule(INVERTED), text)
    assert [f for f, _ in flags] == [found]
    if repaired is not None:
        assert flags[0][1] == (repaired,)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties demanded guarantees that the election would not be postponed.\n",
        "The government said the election would be postponed.\n",
        "The families sought assurances that the bodies would be cremated only with their consent.\n",
        "Patients' groups sought assurances that the hospital would stay open.\n",
        "Parents demanded guarantees that the village school will not shut in the summer.\n",
        "Miners wanted a pledge that the mine would close only after a review.\n",
        "Residents warned that the hospital would close next year.\n",
        # A verb with an object is not the facility shutting.
        "Shareholders sought assurances that the firm would close the deal by March.\n",
        "Shoppers wanted a promise that the store would close later on Sundays.\n",
        "The union sought assurances that the company would fail no worker.\n",
        "Bondholders sought assurances that the company would honour its bonds.\n",
        # A charge raised counts only when it is the party's own.
        "The IMF sought assurances that taxes would be raised to close the deficit.\n",
        "Workers sought assurances that their wages would be raised next year.\n",
        "Ukraine sought guarantees that Russian troops would pull out of the region.\n",
        "Britain sought assurances that its citizens would be evacuated from the city.\n",
    ],
)
def test_no_flag_when_the_outcome_is_wanted_negated_or_not_theirs(text):
    assert flagged(pack_rule(INVERTED), text) == []


def test_voice_and_possessive_must_be_known():
    base = (
        "type: negation\nmessage: m\nkind: inverted\nframes: [pledge]\nmodals: [would]\n"
        "negators: [not]\nseekers: [sought]\npassive: [be]\n"
    )
    for harm in (
        "{verbs: [attack], voice: middle}",
        "{verbs: [attack], possessive: maybe}",
        "{verbs: [raised], subjects: [rents], owned: maybe}",
    ):
        with pytest.raises(RuleError) as info:
            make_rule(base + f"harms: [{harm}]\n")
        assert info.value.field == "harms"
    with pytest.raises(RuleError) as info:
        make_rule(base + "harms: [{verbs: [attack]}]\naliases: [moscow]\n")
    assert info.value.field == "aliases"


def test_doubled_negation_after_denial():
    rule = pack_rule("newsroom.DenialDoubled")
    assert flagged(rule, "The ministry denied that the army had not used force.\n") == [("had not used", ("had used",))]
    assert flagged(rule, "He denied he hadn't leaked the memo.\n") == [("hadn't leaked", ("had leaked",))]
    assert flagged(rule, "The minister denied that the government had not done enough.\n") == []
    assert flagged(rule, "The ministry denied that the army had used force.\n") == []


@pytest.mark.parametrize(
    "bad, field",
    [
        ("kind: sideways", "kind"),
        ("kind: inverted\nmodals: [would]\nnegators: [not]\nseekers: [sought]\npassive: [be]\nharms: []", "frames"),
        (
            "kind: inverted\nframes: [pledge]\nmodals: [would]\nnegators: [not]\nseekers: [sought]\n"
            "passive: [be]\nharms: [{verbs: [seized], owners: [x]}]",
            "harms",
        ),
        ("kind: doubled\nmodals: [had]\nnegators: [not]\nactions: [used]", "denials"),
    ],
)
def test_bad_fields_are_errors_naming_the_field(bad, field):
    with pytest.raises(RuleError) as info:
        make_rule("type: negation\nmessage: m\n" + bad + "\n")
    assert info.value.field == field
