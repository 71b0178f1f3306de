import pytest

from proof.style.rule import RuleError
from tests.helpers.rules import flagged, make_rule, run_rule


def test_swap_keeps_capitalisation():
    rule = make_rule("""\
        type: substitution
        message: "Use '{suggestion}', not '{match}'."
        ignorecase: true
        swap:
          utilise: use
        """)
    assert flagged(rule, "Utilise it. UTILISE it. utilise it.") == [
        ("Utilise", ("Use",)),
        ("UTILISE", ("USE",)),
        ("utilise", ("use",)),
    ]


def test_capture_groups_are_kept():
    rule = make_rule("""\
        type: substitution
        message: m
        swap:
          '(\\d+) percent': '$1 per cent'
        """)
    assert flagged(rule, "Up 5 percent.") == [("5 percent", ("5 per cent",))]


def test_replacement_with_own_capitals_and_several_forms():
    rule = make_rule("""\
        type: substitution
        message: m
        ignorecase: true
        swap:
          kiev: Kyiv
          amongst: among|between
        """)
    assert flagged(rule, "In Kiev, amongst others. In Kyiv.") == [
        ("Kiev", ("Kyiv",)),
        ("amongst", ("among", "between")),
    ]


def test_vale_message_order_is_suggestion_then_match():
    rule = make_rule("""\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: warning
        swap:
          utilize: use
        """)
    assert [f.message for f in run_rule(rule, "We utilize it.")] == ["Use 'use' instead of 'utilize'."]


def test_groups_expand_when_the_pattern_looks_ahead():
    rule = make_rule("""\
        type: substitution
        message: m
        swap:
          '(could|would) of(?= been)': $1 have
        """)
    assert flagged(rule, "It would of been fine.") == [("would of", ("would have",))]


TWICE = """\
    type: substitution
    message: m
    swap:
      '(\\d+) percent': '$1 per cent'
      'very (\\w+) and very \\1': 'very $1'
      'over (\\d+) (\\w+), over \\1 \\2': 'over $1 $2'
    limit: 2
    """


def test_a_key_may_refer_back_to_its_own_groups_whatever_keys_come_before_it():
    text = "It was very hot and very hot, up 5 percent, over 3 days, over 3 days."
    assert flagged(make_rule(TWICE), text) == [("very hot and very hot", ("very hot",)), ("5 percent", ("5 per cent",))]
    assert flagged(make_rule(TWICE.replace("limit: 2", "limit: 3")), text)[2] == (
        "over 3 days, over 3 days",
        ("over 3 days",),
    )
    assert flagged(make_rule(TWICE), "It was very hot and very cold.") == []


def test_a_bad_key_is_quoted_as_the_rule_file_gives_it():
    with pytest.raises(RuleError) as caught:
        make_rule("type: substitution\nmessage: m\nswap:\n  utilise: use\n  '(\\w+) and \\2': '$1'\n")
    assert "'(\\\\w+) and \\\\2'" in str(caught.value) and "swap1" not in str(caught.value)
