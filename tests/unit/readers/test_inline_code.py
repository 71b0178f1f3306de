"""Inline code (Markdown backticks and autolinks, HTML `<code>`) is read as a stand-in word
that maps to all of the code and is never read text: the checkers see a sentence with a
word where the code is, and nothing can be flagged or fixed inside it."""

import pytest

from proof.readers import document_from_text
from tests.helpers.reading import stand_ins


@pytest.mark.parametrize(
    ("name", "source", "text", "code"),
    [
        ("x.md", "We see `x` , then go.\n", "We see Dummy0 , then go.", ["`x`"]),
        ("x.md", "Run ``a `b` c`` now.\n", "Run Dummy0 now.", ["``a `b` c``"]),
        ("x.md", "`proof` checks it.\r\nThen `ls`\r\n, done.\r\n", "Dummy0 checks it. Then Dummy1 , done.", None),
        ("x.md", "😀 see `x😀` 😀.\n", "😀 see Dummy0 😀.", ["`x😀`"]),
        ("x.md", "> A quote with `x`\n> and `y` .\n", "A quote with Dummy0 and Dummy1 .", ["`x`", "`y`"]),
        ("x.md", "Visit <https://example.org/a> , then.\n", "Visit Dummy0 , then.", ["<https://example.org/a>"]),
        ("x.html", "<p>We see <code>x</code> , then.</p>", "We see Dummy0 , then.", ["<code>x</code>"]),
        ("x.html", "<p><code>a <b>b</b></code> <code>c</code> , x</p>", "Dummy0 Dummy1 , x", None),
    ],
)
def test_inline_code_is_read_as_a_stand_in_word_for_all_of_it(name, source, text, code):
    document = document_from_text(source, name)
    assert document.text == text
    found = stand_ins(document)
    assert [word for word, _ in found] == [w for w in text.split() if w.startswith("Dummy")]
    if code is not None:
        assert [source for _, source in found] == code


def test_the_text_around_inline_code_maps_to_itself():
    document = document_from_text("Intro.\r\n\r\nWe see `x😀` , then `y`.\r\n", "x.md")
    for piece in (" , then ", "."):
        start = document.text.index(piece)
        begin, end = document.to_source(start, start + len(piece))
        assert document.source[begin:end] == piece


def test_nothing_of_a_stand_in_is_read_text():
    document = document_from_text("We see `x` , then go.\n", "x.md")
    start = document.text.index("see")
    end = document.text.index(",") + 1
    assert [document.text[a:b] for a, b in document.offsets.runs(start, end)] == ["see ", " ,"]
    inside = document.text.index("Dummy0") + 1
    assert document.offsets.runs(inside, inside + 3) == []


@pytest.mark.parametrize(
    ("name", "source", "text"),
    [
        ("x.md", "First.\n\n`npm install`\n\n```\ncode block\n```\n\nLast `x`.\n", "First.\n\nLast Dummy0."),
        ("x.html", "<p>First.</p><p><code>npm</code>\n</p><pre><code>x</code></pre><p>Last.</p>", "First.\n\nLast."),
    ],
)
def test_code_alone_makes_no_paragraph_and_code_blocks_stay_skipped(name, source, text):
    assert document_from_text(source, name).text == text


def test_after_an_the_stand_in_begins_with_a_vowel_after_a_with_a_consonant():
    # The code's own sound is not known: whichever article the writer chose is left alone.
    document = document_from_text("Use an `API` call, a `list` or\nan\n`x`; An `y`.\n", "x.md")
    assert document.text == "Use an Ina0 call, a Dummy1 or an Ina2; An Ina3."


@pytest.mark.parametrize(
    "block",
    ["`npm install` `npm test`", "`npm install`\n`npm test`", "![logo](x.png) `npm`", "![logo](x.png)", "<br> `x`"],
)
@pytest.mark.parametrize("before", ["", "Intro.\n\n"])
def test_a_block_of_code_alone_makes_no_paragraph_first_in_the_file_or_later(before, block):
    document = document_from_text(f"{before}{block}\n\nThe the tool ran.\n", "x.md")
    read = [document.text[p.start : p.end] for p in document.paragraphs]
    assert read == [*before.split(), "The the tool ran."]
    assert document.text == "\n\n".join(read)
