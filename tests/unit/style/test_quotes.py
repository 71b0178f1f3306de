import pytest

from proof.readers import document_from_text
from proof.style.quotes import quotations
from proof.style.rule import RuleError
from tests.helpers.rules import flagged, make_rule


def quoted(text):
    document = document_from_text(text, "a.txt")
    found_quotes = quotations(document)
    return [document.text[s:e] for s, e in found_quotes.spans], list(found_quotes.unpaired)


def test_quotation_spans_curly_and_straight():
    assert quoted('He said “we go” and "we stay".\n') == (["“we go”", '"we stay"'], [])


def test_quotation_running_over_paragraphs_is_balanced():
    spans, unpaired = quoted("“We go.\n\n“We stay,” he said.\n")
    assert spans == ["“We go.", "“We stay,”"] and unpaired == []


STYLE = """\
    type: existence
    message: "Avoid '{match}'."
    tokens: [very]
    """


def test_style_rules_skip_quotations_unless_they_opt_in():
    text = "It was very good, he said. “It was very good,” he said.\n"
    assert flagged(make_rule(STYLE), text) == [("very", ())]
    assert flagged(make_rule(STYLE + "in_quotes: true\n"), text) == [("very", ()), ("very", ())]


def test_typo_types_check_quotations_by_default():
    rule = make_rule("""\
        type: repetition
        message: "'{match}' twice."
        """)
    assert len(flagged(rule, "“It was the the best,” he said.\n")) == 1


def test_in_quotes_must_be_a_boolean():
    with pytest.raises(RuleError, match="in_quotes"):
        make_rule(STYLE + "in_quotes: sometimes\n")
