"""The edit a fix makes: a deletion that empties its line takes the line with it."""

import pytest

from proof.core.edits import apply_edits, fix


def deleted(text: str, flagged: str) -> str:
    start = text.index(flagged)
    return apply_edits(text, [fix(text, start, start + len(flagged), "")])


@pytest.mark.parametrize(
    ("text", "flagged", "left"),
    [
        ("Reuters logo\nHeadline\n\nStory.\n", "Reuters logo", "Headline\n\nStory.\n"),
        ("Headline\n5 years ago\n\nStory.\n", "5 years ago", "Headline\n\nStory.\n"),
        ("Story.\n\n  • tablet-and-above\n  • above-phone\n", "• tablet-and-above", "Story.\n\n  • above-phone\n"),
        ("Story.\n\n  • above-phone", "• above-phone", "Story.\n"),
        ("Story.\n\nFooter.\n", "Footer.", "Story.\n"),
        ("Story.\n\nFooter.\n\nMore.\n", "Footer.", "Story.\n\nMore.\n"),
        ("Logo\n\nStory.\n", "Logo", "Story.\n"),
        ("Story.\nFooter", "Footer", "Story."),
        ("Logo\r\nHeadline\r\n\r\nStory.\r\n", "Logo", "Headline\r\n\r\nStory.\r\n"),
        ("Story.\r\n\r\nFooter.\r\n\r\nMore.\r\n", "Footer.", "Story.\r\n\r\nMore.\r\n"),
    ],
)
def test_deleting_all_a_line_holds_takes_the_line_and_leaves_no_blank_line(text, flagged, left):
    assert deleted(text, flagged) == left


@pytest.mark.parametrize(
    ("text", "flagged", "left"),
    [
        ("It was the the end.\n", "the ", "It was the end.\n"),
        ("Spaces  here.\n", " ", "Spaces here.\n"),
        ("One line\n", "One", " line\n"),
    ],
)
def test_a_deletion_inside_a_line_deletes_only_its_text(text, flagged, left):
    assert deleted(text, flagged) == left


def test_a_replacement_is_never_widened():
    text = "Reuters logo\nStory.\n"
    assert apply_edits(text, [fix(text, 0, 12, "Logo")]) == "Logo\nStory.\n"


def test_an_empty_fix_at_a_point_changes_nothing_even_on_a_whitespace_only_line():
    text = "x\n\n   \n"
    assert apply_edits(text, [fix(text, 4, 4, "")]) == text
