import json
from pathlib import Path

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import WIRE
from tests.helpers.rules import flagged, make_rule, run_rule

DEFENCE = make_rule("""\
    type: consistency
    message: "'{match}': this article mostly uses '{suggestion}'."
    dialects: [en-GB, en-US]
    either:
      defences?: defenses?
    """)


def test_minority_form_is_flagged_with_the_majority_one():
    text = "Missile defense talks\n\nThe defence plan and air defences were discussed.\n"
    assert flagged(DEFENCE, text) == [("defense", ("defence",))]


def test_a_possessive_counts_as_a_use_of_the_word():
    text = "The defence's budget rose. The defence plan passed. The defense ministry objected.\n"
    assert flagged(DEFENCE, text) == [("defense", ("defence",))]
    assert flagged(DEFENCE, "The defense’s budget rose, and the defence plan passed.\n", language="en-US") == [
        ("defence", ("defense",))
    ]


def test_one_form_alone_is_not_flagged():
    assert flagged(DEFENCE, "Missile defense talks\n\nThe defense plan was discussed.\n") == []


def test_tie_goes_to_the_documents_dialect():
    text = "The defence plan was criticised; the defense budget was not.\n"
    assert flagged(DEFENCE, text, language="en-GB") == [("defense", ("defence",))]
    assert flagged(DEFENCE, text, language="en-US") == [("defence", ("defense",))]


def test_a_tie_in_copy_showing_no_dialect_goes_to_the_first_form_used():
    rule = make_rule("type: consistency\nmessage: m\ndialects: [en-GB, en-US]\neither:\n  programme: program\n")
    text = "The programme ended; the program resumed.\n"
    assert flagged(rule, text) == [("program", ("programme",))]
    assert flagged(rule, text, language="en-US") == [("programme", ("program",))]


def test_without_dialects_a_tie_goes_to_the_first_form_used():
    rule = make_rule("type: consistency\nmessage: m\neither:\n  e-mail: email\n")
    assert flagged(rule, "Send an email or an e-mail.\n") == [("e-mail", ("email",))]


def test_pattern_forms_swap_only_the_differing_piece():
    rule = make_rule("""\
        type: consistency
        message: m
        either:
          '(?:organ|real)is(?:e|es|ed|ing|ation)': '(?:organ|real)iz(?:e|es|ed|ing|ation)'
          per cent: percent
        """)
    text = (
        "They realised it and organised it. The organization realized it was organised. "
        "Up 5 per cent, or 5 percent, or 6 PER CENT.\n"
    )
    assert flagged(rule, text) == [
        ("organization", ("organisation",)),
        ("realized", ("realised",)),
        ("percent", ("per cent",)),
    ]


def test_wire_headline_defense_against_body_defence():
    text = Path(WIRE).read_text(encoding="utf-8")
    flags = run_rule(DEFENCE, text)
    assert [(text[f.start : f.end], f.suggestions, f.start < text.index("\n")) for f in flags] == [
        ("defense", ("defence",), True)
    ]


def test_with_names_a_capital_counts_only_at_a_sentence_start():
    rule = make_rule("""\
        type: consistency
        message: m
        names: true
        ignorecase: true
        either:
          defence: defense
        """)
    text = (
        "Defence cuts loom\n\nDefence spending fell. The U.S. Defense Department and "
        "the Israel Defense Forces said defense was up, as were defence bonds. Defense matters, he said.\n"
    )
    assert flagged(rule, text) == [("defense", ("defence",)), ("Defense", ("Defence",))]


def test_with_names_a_name_opening_a_sentence_is_still_a_name():
    rule = make_rule("""\
        type: consistency
        message: m
        names: true
        ignorecase: true
        either:
          email: e-mail
        """)
    text = "The e-mail security firm Email Systems said e-mail volumes doubled. Email Systems said so.\n"
    assert flagged(rule, text) == []
    assert flagged(rule, text + "Email use grew, and an email went out.\n") == [
        ("Email", ("E-mail",)),
        ("email", ("e-mail",)),
    ]


@pytest.mark.slow
def test_wire_example_through_proof_check_flags_defense_once():
    done = run_proof("check", "--no-grammar", "--format", "json", "--fail-on", "never", WIRE)
    flags = json.loads(done.stdout)["files"][0]["flags"]
    defense = [f for f in flags if f["text"] == "defense"]
    assert len(defense) == 1
    assert (defense[0]["line"], defense[0]["suggestions"][0]) == (1, "defence")


def test_a_form_may_refer_back_to_its_own_groups_whatever_pairs_come_before_it():
    rule = make_rule("""\
        type: consistency
        message: "'{match}': this article mostly uses the other form."
        either:
          '(s)pelt': '(s)pelled'
          '(\\w+) after \\1': '(\\w+) by \\1'
        """)
    text = "It rained day after day. It went on week by week, month by month.\n"
    assert flagged(rule, text) == [("day after day", ("day by day",))]


def consistency(one, other):
    return make_rule(f"""\
        type: consistency
        message: m
        either:
          '(s)pelt': '(s)pelled'
          '{one}': '{other}'
        """)


def test_forms_that_refer_back_to_their_groups_and_share_no_text_are_counted_apart():
    rule = consistency("(\\w+) after \\1", "from (\\w+) to \\1")
    text = "It went from day to day, week after week, from year to year.\n"
    assert flagged(rule, text) == [("week after week", ())]


def test_a_pair_with_a_group_after_its_differing_piece_is_counted_apart():
    rule = consistency("(\\w+) after (\\w+) \\2", "(\\w+) into (\\w+) \\2")
    text = "It went day after night night, week into year year, hour into month month.\n"
    assert flagged(rule, text) == [("day after night night", ())]
