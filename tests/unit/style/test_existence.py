from tests.helpers.rules import flagged, make_rule, run_rule


def test_tokens_match_whole_words_only():
    rule = make_rule("type: existence\nmessage: 'Avoid {match}.'\ntokens: [utilise, in order to]\n")
    assert flagged(rule, "They utilise it in order to win, not to reutilise.") == [("utilise", ()), ("in order to", ())]


def test_ignorecase_and_exceptions():
    rule = make_rule("type: existence\nmessage: m\nignorecase: true\ntokens: [very, really]\nexceptions: [Really]\n")
    assert [t for t, _ in flagged(rule, "Very good. REALLY good. really good.")] == ["Very"]


def test_raw_pattern_and_nonword():
    rule = make_rule("type: existence\nmessage: m\nraw: ['\\d+', '%']\n")
    assert [t for t, _ in flagged(rule, "Up 5% today.")] == ["5%"]


def test_scope_heading_only():
    rule = make_rule("type: existence\nmessage: m\nscope: heading\ntokens: [slams]\n")
    text = "Minister slams rivals\n\nThe minister slams his rivals in a speech.\n"
    assert [t for t, _ in flagged(rule, text)] == ["slams"]
    assert [f.start for f in run_rule(rule, text)] == [text.index("slams")]
