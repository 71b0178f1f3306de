"""An image in a sentence stands in the read text as a word, as inline code does: a space
before the punctuation right after it is caught, and `proof fix` deletes only that space,
never the image or its link; an image on a line of its own is not read."""

import pytest

from tests.helpers.cli import invoke, run_proof

SPACE_BEFORE_PUNCTUATION_AFTER_AN_IMAGE = [
    (
        "story.md",
        "See the chart ![a chart](c.png) , which shows it.\n",
        "See the chart ![a chart](c.png), which shows it.\n",
    ),
    ("story.md", "The map is here ![map](m.png) .\n", "The map is here ![map](m.png).\n"),
    ("story.md", "See [![a](b.png)](https://x.org/c) , now.\r\n", "See [![a](b.png)](https://x.org/c), now.\r\n"),
    ("story.md", "😀 See ![a][ref] ; now.\n\n[ref]: x.png\n", "😀 See ![a][ref]; now.\n\n[ref]: x.png\n"),
    ("story.md", "> See <img src='c.png'> , now.\n", "> See <img src='c.png'>, now.\n"),
    (
        "story.html",
        "<p>See the chart <img src=c.png alt='a chart'> , which.</p>\n",
        "<p>See the chart <img src=c.png alt='a chart'>, which.</p>\n",
    ),
]


@pytest.mark.parametrize("name, before, after", SPACE_BEFORE_PUNCTUATION_AFTER_AN_IMAGE)
def test_a_space_before_punctuation_after_an_image_is_fixed_and_the_image_kept(tmp_path, name, before, after):
    story = tmp_path / name
    story.write_bytes(before.encode("utf-8"))
    done = invoke("fix", "--no-grammar", "--rule", "newsroom.SpaceBeforePunctuation", str(story))
    assert "safe fix" in done.stderr and "applied" in done.stderr
    assert story.read_bytes().decode("utf-8") == after


NOTHING_TO_FLAG = [
    ("story.md", "The map is here ![map](m.png)\n\nThe map is here. ![map](m.png)\n"),
    ("story.md", "## The map is here <br>\n\nThe text\n![photo](p.jpg)\ngoes on.\n"),
    ("story.md", "![photo](p.jpg)\nthe caption.\n"),
    ("story.md", "See ![the the map ,](m.png) now.\n"),
    ("story.html", "<p>The map is here <img src=m.png></p>\n<p><img src=m.png></p>\n"),
]


@pytest.mark.parametrize("name, text", NOTHING_TO_FLAG)
def test_an_image_raises_no_flag_of_its_own(tmp_path, name, text):
    story = tmp_path / name
    story.write_text(text, encoding="utf-8")
    done = invoke("check", "--no-grammar", str(story))
    assert done.exit_code == 0, done.output


@pytest.mark.slow
def test_check_reports_the_space_after_an_image_at_its_line_and_column(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("Intro line.\n\nSee ![a 😀](c.png) , then go.\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", "--fail-on", "never", str(story))
    assert f"{story}:3:18: info newsroom.SpaceBeforePunctuation" in done.stdout, done.stdout + done.stderr
