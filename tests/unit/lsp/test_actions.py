"""Where the comment that switches a rule off in a file goes, and what the hover says."""

from __future__ import annotations

import subprocess
import sys

import pytest

from proof.lsp.actions import disable_comment
from proof.lsp.hover import hover_text
from proof.readers import document_from_text
from proof.review.explain import Explanation


def inserted(text: str, path: str) -> str:
    document = document_from_text(text, path)
    offset, comment = disable_comment(document, "newsroom.Rogue", "\r\n" if "\r\n" in text else "\n")
    return text[:offset] + comment + text[offset:]


def test_the_disable_comment_goes_after_markdown_front_matter():
    text = "---\ntitle: Defence\n---\n\n# Missile defence\n\nRouge states.\n"
    assert inserted(text, "a.md") == (
        "---\ntitle: Defence\n---\n\n<!-- proof-disable newsroom.Rogue -->\n# Missile defence\n\nRouge states.\n"
    )


def test_the_disable_comment_goes_at_the_top_of_a_markdown_file_without_front_matter_keeping_crlf():
    text = "Rouge states.\r\nMore.\r\n"
    assert inserted(text, "a.md") == "<!-- proof-disable newsroom.Rogue -->\r\nRouge states.\r\nMore.\r\n"


def test_the_disable_comment_goes_above_the_line_of_the_first_html_paragraph():
    text = "<html><head><title>T</title></head>\n<body>\n<p>Rouge states.</p>\n</body></html>\n"
    result = inserted(text, "a.html")
    assert result.index("<!-- proof-disable newsroom.Rogue -->\n") < result.index("Rouge")
    assert result.startswith("<html>")


def test_the_disable_comment_in_one_line_html_goes_before_the_first_paragraphs_tag_not_the_doctype():
    text = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Rouge states.</p></body></html>"
    assert inserted(text, "a.html") == (
        "<!DOCTYPE html><html><head><title>T</title></head><body>"
        "<!-- proof-disable newsroom.Rogue --><p>Rouge states.</p></body></html>"
    )


def test_the_hover_shows_the_rule_its_description_examples_and_link():
    explanation = Explanation(
        "newsroom.Rogue",
        "style",
        "confusable",
        "error",
        '"Rouge" is make-up.',
        ("A rouge trader.",),
        ("She packed rouge.",),
        "https://example.org/rogue",
    )
    text = hover_text(explanation)
    assert text.startswith("**newsroom.Rogue**")
    for part in ('"Rouge" is make-up.', "- A rouge trader.", "- She packed rouge.", "(https://example.org/rogue)"):
        assert part in text
    assert text.index("Flagged") < text.index("A rouge trader.") < text.index("Accepted")


@pytest.mark.slow
def test_the_language_server_does_not_load_the_review_session():
    loaded = "import sys, proof.lsp.server; print('proof.review.session' in sys.modules)"
    answer = subprocess.run([sys.executable, "-c", loaded], capture_output=True, text=True, check=True)
    assert answer.stdout == "False\n"
