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
