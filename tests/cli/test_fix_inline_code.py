"""Inline code in Markdown (and `<code>` in HTML) stands in the read text as a word, so a
space before the punctuation right after it is caught, and `proof fix` deletes only that
space: never the code, never its backticks or tags."""

import pytest

from tests.helpers.cli import invoke

SPACE_BEFORE_PUNCTUATION_AFTER_CODE = [
    ("story.md", "We see `x` , then go.\n", "We see `x`, then go.\n"),
    ("story.md", "It returns `None` .\n", "It returns `None`.\n"),
    ("story.md", "`proof` , the tool, checks files.\n", "`proof`, the tool, checks files.\n"),
    ("story.md", "Type the command\n`ls` , then wait.\n", "Type the command\n`ls`, then wait.\n"),
    ("story.md", "Run ``a `b` c`` , then stop.\n", "Run ``a `b` c``, then stop.\n"),
    ("story.md", "We see `x` , then `y` .\r\nNext `z` ; done.\r\n", "We see `x`, then `y`.\r\nNext `z`; done.\r\n"),
    ("story.md", "😀 We see `x😀` , then 😀 go.\n", "😀 We see `x😀`, then 😀 go.\n"),
    ("story.md", "> We see `x` , then go.\n", "> We see `x`, then go.\n"),
    ("story.md", "- We see <https://example.org/x> , then go.\n", "- We see <https://example.org/x>, then go.\n"),
    ("story.html", "<p>We see <code>x</code> , then go.</p>\n", "<p>We see <code>x</code>, then go.</p>\n"),
    ("story.html", "<p><code>x</code> , then go.</p>\n", "<p><code>x</code>, then go.</p>\n"),
]


@pytest.mark.parametrize("name, before, after", SPACE_BEFORE_PUNCTUATION_AFTER_CODE)
def test_a_space_before_punctuation_after_inline_code_is_fixed_and_the_code_kept(tmp_path, name, before, after):
    story = tmp_path / name
    story.write_bytes(before.encode("utf-8"))
    done = invoke("fix", "--no-grammar", "--rule", "newsroom.SpaceBeforePunctuation", str(story))
    assert "safe fix" in done.stderr and "applied" in done.stderr
    assert story.read_bytes().decode("utf-8") == after


def test_check_reports_the_space_after_inline_code_at_its_line_and_column(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("Intro line.\n\nWe see `x😀` , then go.\n", encoding="utf-8")
    done = invoke("check", "--no-grammar", "--fail-on", "never", str(story))
    assert f"{story}:3:12: info newsroom.SpaceBeforePunctuation" in done.output


NOTHING_TO_FLAG = [
    ("story.md", "The parser reads it and `code here`.\n"),
    ("story.md", "Run `ls` `ls` again, then `the` the end.\n"),
    ("story.md", "`proof` checks files.\n\n`npm install`\n"),
    ("story.md", "Use an `API` call, a `list` or `ls`s.\n"),
    ("story.html", "<p>The parser reads it and <code>code here</code>.</p>\n<p><code>x</code></p>\n"),
]


@pytest.mark.parametrize("name, text", NOTHING_TO_FLAG)
def test_inline_code_as_a_word_raises_no_flag_of_its_own(tmp_path, name, text):
    story = tmp_path / name
    story.write_text(text, encoding="utf-8")
    done = invoke("check", "--no-grammar", str(story))
    assert done.exit_code == 0, done.output


def test_a_word_doubled_around_inline_code_is_not_a_repeated_word_but_one_before_it_is(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("Run the `the` the tool, then the the `ls` command.\n", encoding="utf-8")
    invoke("fix", "--no-grammar", "--rule", "newsroom.RepeatedWord", str(story))
    assert story.read_text(encoding="utf-8") == "Run the `the` the tool, then the `ls` command.\n"
