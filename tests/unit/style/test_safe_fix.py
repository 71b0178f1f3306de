"""A rule file's `safe_fix` decides whether `proof fix` applies its suggestion unattended."""

import pytest

from proof.style.rule import RuleError
from tests.helpers.rules import make_rule, pack_rule, run_rule

SUBSTITUTION = """\
    type: substitution
    message: "Use '{suggestion}'."
    swap:
      towards: toward
    """
SPACES = """\
    type: punctuation
    check: double-space
    message: "One space."
    """


def _safe(rule, text):
    return [flag.safe_fix for flag in run_rule(rule, text)]


def test_the_type_decides_unless_the_rule_file_says():
    assert _safe(make_rule(SUBSTITUTION), "He walked towards it.\n") == [False]
    assert _safe(make_rule(SUBSTITUTION + "safe_fix: true\n"), "He walked towards it.\n") == [True]
    assert _safe(make_rule(SPACES), "One  two.\n") == [True]
    assert _safe(make_rule(SPACES + "safe_fix: false\n"), "One  two.\n") == [False]


def test_safe_fix_must_be_a_boolean():
    with pytest.raises(RuleError, match="safe_fix"):
        make_rule(SUBSTITUTION + "safe_fix: sometimes\n")


def test_rouge_before_states_is_a_safe_fix():
    flags = run_rule(pack_rule("newsroom.Rogue"), "Attacks by rouge states like Iran.\n")
    assert [(flag.suggestions[0], flag.safe_fix) for flag in flags] == [("rogue", True)]
