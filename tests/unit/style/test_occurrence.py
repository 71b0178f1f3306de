from tests.helpers.rules import flagged, make_rule


def test_long_sentence_is_flagged_whole():
    rule = make_rule("type: occurrence\nmessage: '{count} words (over {max})'\nmax: 5\ntoken: '[^\\s]+'\n")
    text = "Short one here. This sentence has far too many words in it.\n"
    assert flagged(rule, text) == [("This sentence has far too many words in it.", ())]


def test_min_and_scope_heading():
    rule = make_rule("type: occurrence\nmessage: m\nmin: 3\nscope: heading\ntoken: '\\w+'\n")
    assert [t for t, _ in flagged(rule, "Talks\n\nOne. Two.\n")] == ["Talks"]


def test_occurrence_needs_a_limit():
    import pytest

    from proof.style.rule import RuleError

    with pytest.raises(RuleError, match="max"):
        make_rule("type: occurrence\nmessage: m\ntoken: x\n")


def test_a_match_running_across_a_scope_edge_is_not_counted_and_hides_none_in_the_next_span():
    rule = make_rule("type: occurrence\nmessage: m\nmin: 1\nscope: heading\ntoken: '[A-Z][a-z]+\\s+[A-Z][a-z]+'\n")
    assert flagged(rule, "# Budget Talks\n\nThe minister met Smith\n\n## Tax Cuts\n", name="story.md") == []
    assert [
        found for found, _ in flagged(rule, "# Budget Talks\n\nThe minister met Smith\n\n## Tax\n", name="story.md")
    ] == ["Tax"]
