"""Every checked offset maps back to the exact characters of the source."""

import re

import pytest

from proof.readers import document_from_text, load_document
from tests.helpers.paths import WEB, WIRE


def source_of(document, word, occurrence=0):
    index = -1
    for _ in range(occurrence + 1):
        index = document.text.index(word, index + 1)
    start, end = document.to_source(index, index + len(word))
    return start, end, document.position(start)


def test_wire_paragraphs_fold_hard_line_breaks_into_spaces():
    document = load_document(WIRE)
    texts = [document.paragraph_text(p) for p in document.paragraphs]
    assert "the U.S. decision, first announced on March 16, to add 14 interceptors in Alaska" in texts[2]
    assert "\n" not in texts[2]
    assert texts[0].startswith("You're reading:")
    assert texts[-1] == "(Reporting by Gabriela Baczynska; Editing by Angus MacSwan)"


def test_wire_line_wrapped_short_of_its_width_joins_when_the_sentence_goes_on():
    text = (
        "COCOA REVIEW\n\n"
        "Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming harvest.\n"
        "    The dry period means the harvest will be late this year,\n"
        "traders said in a weekly review of the cocoa market here.\n"
    )
    document = document_from_text(text, "wire.txt")
    texts = [document.paragraph_text(p) for p in document.paragraphs]
    assert texts[0] == "COCOA REVIEW"
    assert texts[1].startswith("Showers continued throughout the week in the Bahia cocoa zone,")
    assert texts[2].startswith("The dry period")


def test_word_after_hard_line_break_maps_to_its_line_and_column():
    document = load_document(WIRE)
    start, end, (line, column) = source_of(document, "rouge")
    assert document.source[start:end] == "rouge"
    assert (line, column) == (36, 35)
    start, end, (line, column) = source_of(document, "decision")
    assert document.source[start:end] == "decision" and column == 1


def test_web_copy_lines_are_separate_paragraphs():
    document = load_document(WEB)
    texts = [document.paragraph_text(p) for p in document.paragraphs]
    assert texts[:3] == [
        "Reuters logo",
        "Russia asks for regular U.S. missile defence consultations",
        "March 25, 2013 / 5:16 PM / 5 years ago",
    ]
    assert "• narrow-browser-and-phone" in texts


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("First line\r\nsecond wrd here\r\n", "wrd", (2, 8)),
        ("First line\rsecond line\r\n\nthird wrd here\n", "wrd", (4, 7)),
        ("\ufeffA BOM then wrd.\n", "wrd", (1, 12)),
        ("He said “wrd” loudly.\n", "wrd", (1, 10)),
        ("Rockets 🚀🚀 then wrd.\n", "wrd", (1, 17)),
        ("𝐁old 𝐁 then wrd.\n", "wrd", (1, 13)),
    ],
)
def test_offsets_survive_crlf_bom_curly_quotes_and_emoji(text, word, expected):
    from proof.core.source import decode

    source = decode(text.encode("utf-8"), "x.txt")
    document = document_from_text(source.text, "x.txt")
    start, end, position = source_of(document, word)
    assert source.text[start:end] == word
    assert position == expected


def test_crlf_wrapped_paragraph_joins_with_one_space():
    text = (
        "Line one of a wrapped paragraph that is long enough to wrap\r\n"
        "at sixty columns and goes on to a further line of text\r\n"
        "before it ends.\r\n"
    )
    document = document_from_text(text, "x.txt")
    assert len(document.paragraphs) == 1
    start, end, (line, column) = source_of(document, "before")
    assert (line, column) == (3, 1) and text[start:end] == "before"


def test_markdown_skips_code_front_matter_comments_and_urls():
    text = (
        "---\ntitle: Teh draft\n---\n# Head *line*\n\n```\nteh code\n```\n\n"
        "Some `teh` and [a link](http://teh.example) text\nwrapped <!-- teh --> here <http://teh.example>.\n"
    )
    document = document_from_text(text, "a.md")
    assert "teh" not in document.text
    assert document.paragraphs[0].kind == "heading"
    start, end, (line, column) = source_of(document, "wrapped")
    assert text[start:end] == "wrapped" and (line, column) == (11, 1)
    start, end, _ = source_of(document, "link")
    assert text[start:end] == "link"


def test_html_keeps_visible_text_and_maps_entities():
    text = (
        "<html><head><title>Teh</title><style>p{}</style></head><body><nav>Teh menu</nav>"
        "<header>Teh</header><h1>Big &amp; bold</h1><p>Some\n   text <b>here</b>.</p>"
        "<script>teh()</script><footer>Teh</footer></body></html>"
    )
    document = document_from_text(text, "a.html")
    assert document.text == "Big & bold\n\nSome text here."
    start, end, _ = source_of(document, "&")
    assert text[start:end] == "&amp;"
    start, end, (line, _column) = source_of(document, "here")
    assert text[start:end] == "here" and line == 2


def test_html_paragraph_ends_before_its_trailing_spaces_however_written():
    text = "<p>Some text &#32;&#32; </p><div>More <b> </b>&#32;</div><p>&#32; </p><p>Last</p>"
    document = document_from_text(text, "a.html")
    assert document.text == "Some text   \n\nMore  \n\nLast"
    assert [document.text[p.start : p.end] for p in document.paragraphs] == ["Some text", "More", "Last"]


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "a.html",
            (
                "<p>One two  three\n four <b>five</b> six &amp; seven&nbsp;eight <i>nine</i> ten.</p>"
                "<p>Eleven\ttwelve <a href='x'>thirteen</a> fourteen.</p>"
            ),
        ),
        ("a.txt", "One two  three\nfour five six seven.\n\nEight nine ten.\n"),
    ],
)
def test_every_word_maps_back_to_itself_in_the_source(path, text):
    document = document_from_text(text, path)
    for word in re.finditer(r"\w+", document.text):
        start, end = document.to_source(*word.span())
        assert text[start:end] == word.group()
