"""Moving between flags: round at the ends, the same rule, the position shown."""

from proof.core.flag import Flag, Source
from proof.review.navigation import around, position, same_rule


def flag(rule: str, start: int) -> Flag:
    return Flag(rule, Source.STYLE, "c", "warning", "m", start, start + 1)


A1, B1, A2, C1, A3 = flag("a", 0), flag("b", 2), flag("a", 4), flag("c", 6), flag("a", 8)
FLAGS = [A1, B1, A2, C1, A3]


def test_next_and_previous_go_round_and_say_so():
    assert around(FLAGS, B1, 1) == (A2, False)
    assert around(FLAGS, A3, 1) == (A1, True)
    assert around(FLAGS, A1, -1) == (A3, True)
    assert around(FLAGS, A2, -1) == (B1, False)


def test_a_flag_not_shown_steps_to_the_nearest_and_none_when_empty():
    hidden = flag("z", 5)
    assert around(FLAGS, hidden, 1) == (C1, False)
    assert around([], A1, 1) == (None, False)


def test_same_rule_skips_the_others_and_goes_round():
    assert same_rule(FLAGS, A1, 1) == (A2, False)
    assert same_rule(FLAGS, A2, 1) == (A3, False)
    assert same_rule(FLAGS, A3, 1) == (A1, True)
    assert same_rule(FLAGS, A1, -1) == (A3, True)
    assert same_rule(FLAGS, C1, 1) == (C1, True)


def test_position_counts_from_one():
    assert position(FLAGS, A2) == "3/5"
    assert position(FLAGS, None) == "–/5"
    assert position([], None) == "–/0"
