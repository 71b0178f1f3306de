"""Markdown offsets: what stands for a line break or a paragraph gap, and text after a link,
maps to read text only, never into a link target or other markup."""

import pytest

from proof.readers import document_from_text


def source_of(document, checked: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(checked, start + 1)
    begin, end = document.to_source(start, start + len(checked))
    return document.source[begin:end], begin


def test_text_after_a_link_or_image_is_found_past_its_target():
    document = document_from_text('[the](https://example.org/story). See ![a (b) map](m.png "t (x)").\n', "x.md")
    assert source_of(document, ".") == (".", 32)
    assert source_of(document, ".", 1)[1] == len(document.source) - 2


def test_text_after_a_reference_link_is_found_past_its_label():
    document = document_from_text("Read [this][org.uk].\n\n[org.uk]: https://org.uk\n", "x.md")
    assert source_of(document, ".") == (".", 19)


def test_a_line_break_stands_for_the_break_and_quote_markers_not_inline_markup():
    document = document_from_text("She saw *the*\n[cat](https://x.org/).\n\n> one\n> two\n", "x.md")
    assert source_of(document, "the cat")[0] == "the*\n[cat"
    the, cat = _span(document, "the"), _span(document, "cat")
    # "*" before the break and "[" after it are markup: the space is a run of its own
    assert document.offsets.runs(the[0], cat[1]) == [the, (the[1], cat[0]), cat]
    assert source_of(document, "one two")[0] == "one\n> two"


def test_the_gap_between_paragraphs_stands_before_the_next_block_and_its_markup():
    document = document_from_text("the.\n\n`the`. Then.\n", "x.md")
    start = document.text.index("\n\n")
    assert document.to_source(start, start) == (6, 6)


def _span(document, checked: str) -> tuple[int, int]:
    start = document.text.index(checked)
    return start, start + len(checked)


def test_a_line_break_before_inline_code_stands_for_the_break_not_the_code():
    document = document_from_text("A [plan](https://x.org/)\n`the` now.\n", "x.md")
    space = document.text.index("plan") + len("plan")
    begin, end = document.to_source(space, space + 1)
    assert document.source[begin:end] == "\n"


def test_front_matter_with_crlf_line_endings_is_skipped():
    document = document_from_text("---\r\ntitle: Teh draft\r\n---\r\nThe story.\r\n", "x.md")
    assert document.text == "The story."
    assert source_of(document, "The story.") == ("The story.", 28)


@pytest.mark.parametrize(
    ("last_line", "first"),
    [("![img](x.png)", "Text here."), ("<br>", "Text here."), ("`x` ![img](x.png)", "Text here. Dummy0 Dummy1")],
)
def test_a_last_line_of_only_an_image_or_inline_html_leaves_no_space_at_the_paragraph_end(last_line, first):
    # A fix deleting such a space would delete the newline before the image.
    document = document_from_text(f"Text here.\n{last_line}\n\nNext.\n", "x.md")
    assert document.text == f"{first}\n\nNext."
    assert document.paragraphs[0].end == len(first)
