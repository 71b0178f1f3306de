"""Vale rule files load unchanged: extends, level, %s messages, Vale's own keys."""

from tests.helpers.rules import flagged, make_rule, run_rule


def messages(rule, text):
    return [f.message for f in run_rule(rule, text)]


def test_substitution_with_lookarounds_and_action():
    rule = make_rule("""\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: error
        ignorecase: true
        action:
          name: replace
        swap:
          do not: don't
          'it is(?!\\.)': it's
        """)
    assert rule.info.severity == "error"
    assert messages(rule, "Do not go. It is late.") == [
        "Use 'Don't' instead of 'Do not'.",
        "Use 'It's' instead of 'It is'.",
    ]


def test_conditional_flags_an_undefined_acronym():
    rule = make_rule("""\
        extends: conditional
        message: "'%s' has no definition."
        level: warning
        ignorecase: false
        first: '\\b([A-Z]{3,5})\\b'
        second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
        exceptions:
          - FAQ
        """)
    assert messages(rule, "The WTO met. See the FAQ.") == ["'WTO' has no definition."]
    assert messages(rule, "The World Trade Organization (WTO) met. The WTO agreed.") == []


def test_capitalization_headings():
    rule = make_rule("""\
        extends: capitalization
        message: "'%s' should use sentence-style capitalization."
        level: suggestion
        scope: heading
        match: $sentence
        exceptions:
          - Docker
        """)
    assert rule.info.severity == "info"
    assert [t for t, _ in flagged(rule, "Running Your First Docker Container\n\nBody text.\n")] == [
        "Running Your First Docker Container"
    ]


def test_occurrence_commas():
    rule = make_rule("""\
        extends: occurrence
        message: "More than 3 commas!"
        level: error
        scope: sentence
        ignorecase: false
        max: 3
        token: '(,)'
        """)
    assert messages(rule, "One, two, three, four, five. Fine, then.") == ["More than 3 commas!"]


def test_consistency_and_repetition():
    either = make_rule("""\
        extends: consistency
        message: "Inconsistent spelling of '%s'."
        level: error
        ignorecase: true
        either:
          advisor: adviser
        """)
    assert messages(either, "The advisor and the adviser met the Adviser.") == ["Inconsistent spelling of 'advisor'."]
    repeated = make_rule("""\
        extends: repetition
        message: "'%s' is repeated!"
        level: error
        alpha: true
        tokens:
          - '[^\\s]+'
        """)
    assert messages(repeated, "This is is it, 42 42.") == ["'is' is repeated!"]
