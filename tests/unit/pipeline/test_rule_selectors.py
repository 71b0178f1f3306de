"""Rule selectors name rules by whole dotted parts, the same way everywhere; in `[rules]`
and `proof fix --rule` they must name rules that exist."""

import pytest

from proof.core.flag import Flag
from proof.pipeline.factory import known_rule_ids
from proof.pipeline.levels import RulePolicy
from proof.pipeline.selectors import describe_unknown, matches, most_specific, unknown_selectors
from proof.pipeline.suppressions import suppress_comments
from proof.readers import document_from_text
from proof.realword import REAL_WORD
from proof.run.autofix import selected
from proof.spelling.checker import DESCRIPTIONS
from tests.helpers.cli import run_proof

KNOWN = ["spelling.Variant", "newsroom.Rogue", "newsroom.RepeatedWord", "house.Trailer"]


@pytest.mark.parametrize(
    "selector",
    [
        "newsroom",
        "newsroom.Rogue",
        "spelling",
        "house",
        "grammar",
        "grammar.harper",
        "grammar.languagetool.WHITESPACE_RULE",
        "grammar.harper.AnA",
    ],
)
def test_ids_packs_prefixes_and_grammar_ids_are_known_selectors(selector):
    assert unknown_selectors([selector], KNOWN) == []


@pytest.mark.parametrize(
    "selector", ["newsroom.Rouge", "Newsroom", "spelling.Typo", "grammar.Harper.AnA", "newsroom.Rog", "news", "gram"]
)
def test_selectors_matching_no_rule_are_unknown(selector):
    assert unknown_selectors([selector], KNOWN) == [selector]


def test_a_selector_matches_whole_dotted_parts_only():
    assert matches("newsroom.Rogue", "newsroom") and matches("newsroom.Rogue", "newsroom.Rogue")
    assert not matches("newsroom.Rogue", "newsroom.Rog") and not matches("newsroom.Rogue", "news")
    assert not matches("newsroom.Rogue", "newsroom.Rogue.x")


def test_the_longest_matching_selector_wins():
    selectors = ["grammar", "grammar.harper", "grammar.harper.AnA", "grammar.harper.An"]
    assert most_specific("grammar.harper.AnA", selectors) == "grammar.harper.AnA"
    assert most_specific("grammar.harper.Other", selectors) == "grammar.harper"
    assert most_specific("spelling.Typo", selectors) is None


def flagged(rule, start=0, end=5):
    return Flag(rule, "style", "test", "warning", "m", start, end)


def suppressed(comment_rules: str, rule: str) -> bool:
    text = f"<!-- proof-disable {comment_rules} -->\nThe rouge.\n"
    at = text.index("rouge")
    return not suppress_comments(document_from_text(text, "a.md"), [flagged(rule, at, at + 5)])


def test_rule_levels_match_whole_parts_so_a_partial_name_switches_nothing_off():
    policy = RulePolicy({"newsroom.Rog": "off", "newsroom": "error", "newsroom.Rogue": "info"})
    assert policy.level("newsroom.Rogue") == "info"
    assert policy.level("newsroom.RepeatedWord") == "error"
    assert RulePolicy({"newsroom.Rog": "off"}).enabled("newsroom.Rogue")


def test_fixer_and_suppressions_match_whole_parts_like_the_levels():
    assert selected("newsroom.Rogue", ("newsroom",)) and not selected("newsroom.Rogue", ("newsroom.Rog",))
    assert suppressed("newsroom", "newsroom.Rogue") and suppressed("newsroom.Rogue", "newsroom.Rogue")
    assert not suppressed("newsroom.Rog", "newsroom.Rogue")


def test_unknown_selector_suggests_the_close_id_and_only_a_close_one():
    assert (
        describe_unknown(["newsroom.Rouge"], KNOWN)
        == "no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)"
    )
    assert describe_unknown(["weather"], KNOWN) == "no rule matches 'weather'"


def story(tmp_path, config=None):
    if config is not None:
        (tmp_path / "proof.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("The the rouge states met.\n", encoding="utf-8")
    return path


def test_unknown_rule_in_config_is_exit_2_naming_file_key_and_id(tmp_path):
    story(tmp_path, '[rules]\n"newsroom.Rouge" = "off"\n')
    done = run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert (
        f"{tmp_path / 'proof.toml'}: key 'rules': no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)"
    ) in done.stderr


def test_a_partial_rule_name_in_config_is_an_error_and_switches_nothing_off(tmp_path):
    story(tmp_path, '[rules]\n"newsroom.Rog" = "off"\n')
    done = run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "key 'rules': no rule matches 'newsroom.Rog' (did you mean 'newsroom.Rogue'?)" in done.stderr


def test_known_rules_packs_and_grammar_ids_in_config_are_accepted(tmp_path):
    story(
        tmp_path,
        '[rules]\nnewsroom = "error"\n"newsroom.Rogue" = "off"\nspelling = "info"\n'
        '"grammar.languagetool.WHITESPACE_RULE" = "off"\n"grammar.harper" = "info"\n',
    )
    done = run_proof("check", "--no-grammar", "--format", "json", "story.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert '"rule": "newsroom.RepeatedWord"' in done.stdout and "newsroom.Rogue" not in done.stdout


def test_fix_with_an_unknown_rule_is_exit_2_and_changes_nothing(tmp_path):
    path = story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--rule", "newsroom.Repeated", str(path))
    assert done.returncode == 2
    assert "--rule: no rule matches 'newsroom.Repeated' (did you mean 'newsroom.RepeatedWord'?)" in done.stderr
    assert path.read_text(encoding="utf-8") == "The the rouge states met.\n"


def test_fix_with_a_pack_name_fixes_that_pack(tmp_path):
    path = story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--fail-on", "never", "--rule", "newsroom", str(path))
    assert done.returncode == 0, done.stderr
    assert path.read_text(encoding="utf-8") == "The rogue states met.\n"


@pytest.mark.parametrize("rule", [*DESCRIPTIONS, REAL_WORD])
def test_every_rule_the_spelling_checkers_raise_is_known_to_the_config(rule):
    # Every flag of the spelling checker takes its description from its rule table.
    assert unknown_selectors([rule], known_rule_ids([])) == []
