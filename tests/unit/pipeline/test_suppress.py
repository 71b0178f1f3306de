"""Inline suppression comments in Markdown and HTML."""

from proof.pipeline.engine import Engine
from proof.pipeline.suppressions import unknown_in_comments
from proof.readers import document_from_text
from tests.helpers.word_checker import WordChecker


def _flagged(text, path):
    document = document_from_text(text, path)
    flags = Engine([WordChecker()]).check(document)
    return [(flag.rule, document.position(flag.start)[0]) for flag in flags]


def test_markdown_disable_enable_region_for_named_rules():
    text = (
        "rouge one, teh one.\n\n<!-- proof-disable house.Rogue -->\n\nrouge two, teh two.\n\n"
        "<!-- proof-enable -->\n\nrouge three.\n"
    )
    assert _flagged(text, "a.md") == [
        ("house.Rogue", 1),
        ("spelling.Typo", 1),
        ("spelling.Typo", 5),
        ("house.Rogue", 9),
    ]


def test_disable_without_rules_covers_everything_to_the_end():
    text = "rouge.\n\n<!-- proof-disable -->\n\nrouge, teh, very.\n"
    assert _flagged(text, "a.md") == [("house.Rogue", 1)]


def test_rule_prefix_and_enable_of_one_rule():
    text = (
        "<!-- proof-disable house spelling.Typo -->\n\nrouge teh very\n\n<!-- proof-enable house -->\n\n"
        "rouge teh very\n"
    )
    assert _flagged(text, "a.md") == [("house.Rogue", 7), ("house.Weasel", 7)]


def test_disable_next_line_only_touches_the_next_line():
    text = "<p>rouge</p>\n<!-- proof-disable-next-line house.Rogue -->\n<p>rouge teh</p>\n<p>rouge</p>\n"
    assert _flagged(text, "a.html") == [("house.Rogue", 1), ("spelling.Typo", 3), ("house.Rogue", 4)]


def test_multi_line_comment_and_next_line_without_rules():
    text = "<!--\n  proof-disable-next-line\n-->\nrouge teh\n\nrouge\n"
    assert _flagged(text, "a.md") == [("house.Rogue", 6)]


def test_plain_text_ignores_comment_syntax():
    text = "<!-- proof-disable -->\n\nrouge\n"
    assert _flagged(text, "a.txt") == [("house.Rogue", 3)]


def test_a_comment_naming_no_rule_is_a_warning_with_file_line_and_the_closest_rule():
    text = (
        "rouge one.\n\n<!-- proof-disable newsroom.Rouge spelling -->\n\nrouge two.\n\n"
        "<!-- proof-disable-next-line newsroom -->\nrouge three.\n\n<!-- proof-enable nosuch.Rule -->\n"
    )
    known = ["newsroom.Rogue", "spelling.Misspelled"]
    found = unknown_in_comments(document_from_text(text, "a.md"), known)
    assert [str(warning) for warning in found] == [
        "a.md:3: proof-disable: no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)",
        "a.md:10: proof-enable: no rule matches 'nosuch.Rule'",
    ]
    assert [text[warning.start : warning.end] for warning in found] == ["newsroom.Rouge", "nosuch.Rule"]
    assert unknown_in_comments(document_from_text(text, "a.txt"), known) == []
