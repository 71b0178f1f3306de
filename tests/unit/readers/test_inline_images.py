"""An image in a sentence (Markdown `![alt](src)`, linked, reference-style or `<img>`; HTML
`<img>`) is read as a stand-in word for all of it, as inline code is, so the checkers see
the sentence's shape; an image on a line of its own (alone in its paragraph, or above or
below the text of one) stays out of the text; a space before an image or inline HTML that
ends a paragraph is no trailing space."""

import pytest

from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from tests.helpers.reading import stand_ins
from tests.helpers.review import open_session
from tests.helpers.rules import pack_rule


@pytest.mark.parametrize(
    ("name", "source", "text", "image"),
    [
        ("x.md", "See the chart ![a chart](c.png) , which shows it.\n", "See the chart Dummy0 , which shows it.", None),
        ("x.md", 'See ![a [b] map](m.png "t (x)") , now.\n', "See Dummy0 , now.", '![a [b] map](m.png "t (x)")'),
        ("x.md", "See [![a](b.png)](https://x.org/c) , now.\n", "See Dummy0 , now.", "[![a](b.png)](https://x.org/c)"),
        ("x.md", "See ![a][ref] , now.\n\n[ref]: x.png\n", "See Dummy0 , now.", "![a][ref]"),
        ("x.md", "See ![ref][] , now.\n\n[ref]: x.png\n", "See Dummy0 , now.", "![ref][]"),
        ("x.md", "See ![ref] , now.\n\n[ref]: x.png\n", "See Dummy0 , now.", "![ref]"),
        ("x.md", 'See <img src="c.png" alt="a"> , now.\n', "See Dummy0 , now.", '<img src="c.png" alt="a">'),
        ("x.md", "It shows an ![owl](o.png) and a ![cat](c.png).\n", "It shows an Ina0 and a Dummy1.", None),
        ("x.md", "![icon](i.png) is the icon to tap.\n", "Dummy0 is the icon to tap.", "![icon](i.png)"),
        ("x.md", "The map is here ![map](m.png)\n", "The map is here Dummy0", "![map](m.png)"),
        (
            "x.html",
            "<p>See the chart <img src=c.png alt='a chart'> , which.</p>",
            "See the chart Dummy0 , which.",
            None,
        ),
        ("x.html", '<p>See <a href="x"><img src="c.png"/></a> , now.</p>', "See Dummy0 , now.", '<img src="c.png"/>'),
        ("x.html", "<p><img src=i.png> is the icon.</p>", "Dummy0 is the icon.", "<img src=i.png>"),
    ],
)
def test_an_image_in_a_sentence_is_read_as_a_stand_in_word_for_all_of_it(name, source, text, image):
    document = document_from_text(source, name)
    assert document.text == text
    found = stand_ins(document)
    assert [word for word, _ in found] == [w.strip(".") for w in text.split() if w.startswith(("Dummy", "Ina"))]
    if image is not None:
        assert [source for _, source in found] == [image]


def test_the_text_around_an_image_maps_to_itself():
    document = document_from_text("Intro.\r\n\r\nWe see ![a 😀](x😀.png) , then [![b](b.png)](c) .\r\n", "x.md")
    assert document.text == "Intro.\n\nWe see Dummy0 , then Dummy1 ."
    for piece in (" , then ", " ."):
        start = document.text.index(piece)
        begin, end = document.to_source(start, start + len(piece))
        assert document.source[begin:end] == piece


def test_nothing_of_an_image_is_read_text():
    document = document_from_text("We see ![the the](x.png) , then go.\n", "x.md")
    start = document.text.index("see")
    end = document.text.index(",") + 1
    assert [document.text[a:b] for a, b in document.offsets.runs(start, end)] == ["see ", " ,"]


@pytest.mark.parametrize(
    ("name", "source", "text"),
    [
        ("x.md", "First.\n\n![map](m.png)\n\nLast.\n", "First.\n\nLast."),
        ("x.md", "First.\n\n![a](a.png) ![b](b.png)\n\n[![c](c.png)](x)\n\nLast.\n", "First.\n\nLast."),
        ("x.md", "![photo](p.jpg)\nThe caption says it.\n", "The caption says it."),
        ("x.md", "The text ends.\n![photo](p.jpg)\n", "The text ends."),
        ("x.md", "The text\n![photo](p.jpg)\ngoes on.\n", "The text goes on."),
        ("x.md", "> The text ends.\n> ![photo](p.jpg)\n", "The text ends."),
        (
            "x.html",
            "<p>First.</p><p><img src=m.png></p><figure><img src=p.jpg></figure><p>Last.</p>",
            "First.\n\nLast.",
        ),
        ("x.html", "<figure><img src=p.jpg><figcaption>The caption.</figcaption></figure>", "The caption."),
    ],
)
def test_an_image_on_a_line_of_its_own_stays_out_of_the_text(name, source, text):
    document = document_from_text(source, name)
    assert document.text == text
    assert [document.text[p.start : p.end] for p in document.paragraphs] == text.split("\n\n")


@pytest.mark.parametrize(
    ("source", "first"),
    [
        ("The map is here <span></span>", "The map is here"),
        ("The map is here.  <!-- note -->", "The map is here."),
        ("## The Map Is Here <br>", "The Map Is Here"),
        ("The map is here <br>\nand there.", "The map is here and there."),
    ],
)
def test_a_space_before_inline_html_is_no_trailing_or_doubled_space(source, first):
    document = document_from_text(f"{source}\n\nNext.\n", "x.md")
    assert document.text == f"{first}\n\nNext."
    assert document.paragraphs[0].end == len(first)


SPACE_BEFORE_PUNCTUATION_AFTER_AN_IMAGE = [
    (
        "story.md",
        "See the chart ![a chart](c.png) , which shows it.\n",
        "See the chart ![a chart](c.png), which shows it.\n",
    ),
    ("story.md", "See [![a](b.png)](https://x.org/c) , now.\r\n", "See [![a](b.png)](https://x.org/c), now.\r\n"),
    ("story.md", "😀 See ![a][ref] ; now.\n\n[ref]: x.png\n", "😀 See ![a][ref]; now.\n\n[ref]: x.png\n"),
    ("story.html", "<p>See the chart <img src=c.png alt='a chart'> , which.</p>\n", None),
]


@pytest.mark.parametrize(("name", "before", "after"), SPACE_BEFORE_PUNCTUATION_AFTER_AN_IMAGE)
def test_the_review_fixes_the_space_after_an_image_and_keeps_the_image(tmp_path, name, before, after):
    story = tmp_path / name
    story.write_bytes(before.encode("utf-8"))
    session = open_session(str(story), [StyleChecker([pack_rule("newsroom.SpaceBeforePunctuation")])])
    [flag] = session.flags
    session.apply(flag, flag.suggestions[0])
    session.save()
    expected = after if after is not None else before.replace("> , ", ">, ")
    assert story.read_bytes().decode("utf-8") == expected


def test_no_flag_lies_inside_an_image():
    # The alt text is not read: its doubled word and its space before a comma are not flagged.
    source = "See ![the the map ,](m.png) now.\n"
    rules = [pack_rule("newsroom.RepeatedWord"), pack_rule("newsroom.SpaceBeforePunctuation")]
    assert Engine([StyleChecker(rules)], language="en-GB").check(document_from_text(source, "x.md")) == []
