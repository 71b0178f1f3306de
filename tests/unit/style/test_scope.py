import pytest

from proof.readers import document_from_text
from proof.style.scope import normalise, scope_spans
from tests.helpers.rules import flagged, make_rule

TEXT = "Minister quits\n\nShe left on Monday. Aides stayed.\n\nSubhead here\n\nMore text.\n"


@pytest.mark.parametrize(
    "scope, expected",
    [
        ("text", ["Minister quits", "She left on Monday. Aides stayed.", "Subhead here", "More text."]),
        ("paragraph", ["She left on Monday. Aides stayed.", "More text."]),
        ("heading", ["Minister quits", "Subhead here"]),
        ("title", ["Minister quits"]),
        ("sentence", ["Minister quits", "She left on Monday.", "Aides stayed.", "Subhead here", "More text."]),
    ],
)
def test_scope_spans(scope, expected):
    document = document_from_text(TEXT, "a.txt")
    assert [document.text[s:e] for s, e in scope_spans(document, (scope,))] == expected


def test_vale_scope_names_map_to_proof_scopes():
    assert normalise("heading.h2") == "heading"
    assert normalise("raw") == "text"
    assert normalise("nonsense") is None


def test_lines_of_a_wrapped_paragraph():
    document = document_from_text("A line of wrapped copy that goes on and on until\nit wraps here.\n", "a.txt")
    spans = scope_spans(document, ("line",))
    assert len(spans) == len(document.paragraphs[0].lines)


HEADING_PAIRS = """\
    type: existence
    message: "'{match}': two capitalised words in a heading."
    nonword: true
    raw: '[A-Z][a-z]+\\s+[A-Z][a-z]+'
    scope: heading
    """


@pytest.mark.parametrize("last_body_word", ["Smith", "Smith."])
def test_a_match_running_across_a_scope_edge_does_not_hide_one_inside_the_next_span(last_body_word):
    # "Smith\n\n## Tax" runs out of the body into the heading: the heading's own "Tax Cuts" is still found.
    text = f"# Budget Talks\n\nThe minister met {last_body_word}\n\n## Tax Cuts\n"
    assert [found for found, _ in flagged(make_rule(HEADING_PAIRS), text, name="story.md")] == [
        "Budget Talks",
        "Tax Cuts",
    ]
