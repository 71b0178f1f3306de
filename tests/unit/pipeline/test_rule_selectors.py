"""Rule ids and prefixes in `[rules]` and `proof fix --rule` must name rules that exist."""
import pytest

from proof.pipeline.selectors import describe_unknown, unknown_selectors
from proof.run.autofix import selected
from tests.helpers.cli import run_proof

KNOWN = ["spelling.Variant", "newsroom.Rogue", "newsroom.RepeatedWord", "house.Trailer"]


@pytest.mark.parametrize("selector", ["newsroom", "newsroom.Rogue", "newsroom.Rog", "spelling", "house",
                                      "grammar", "grammar.harper", "grammar.languagetool.WHITESPACE_RULE",
                                      "grammar.harper.AnA"])
def test_ids_packs_prefixes_and_grammar_ids_are_known_selectors(selector):
    assert unknown_selectors([selector], KNOWN) == []


@pytest.mark.parametrize("selector", ["newsroom.Rouge", "Newsroom", "spelling.Typo", "grammar.Harper.AnA"])
def test_selectors_matching_no_rule_are_unknown(selector):
    assert unknown_selectors([selector], KNOWN) == [selector]


def test_fix_selectors_match_whole_id_parts():
    def by_part(rule, selector):
        return selected(rule, (selector,))

    assert unknown_selectors(["newsroom", "newsroom.Rogue"], KNOWN, by_part) == []
    assert unknown_selectors(["newsroom.Rog"], KNOWN, by_part) == ["newsroom.Rog"]


def test_unknown_selector_suggests_the_close_id_and_only_a_close_one():
    assert describe_unknown(["newsroom.Rouge"], KNOWN) == (
        "no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)")
    assert describe_unknown(["weather"], KNOWN) == "no rule matches 'weather'"


def story(tmp_path, config=None):
    if config is not None:
        (tmp_path / "proof.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("The the rouge states met.\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_unknown_rule_in_config_is_exit_2_naming_file_key_and_id(tmp_path):
    story(tmp_path, '[rules]\n"newsroom.Rouge" = "off"\n')
    done = run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert (f"{tmp_path / 'proof.toml'}: key 'rules': no rule matches 'newsroom.Rouge' "
            "(did you mean 'newsroom.Rogue'?)") in done.stderr


@pytest.mark.slow
def test_known_rules_packs_and_grammar_ids_in_config_are_accepted(tmp_path):
    story(tmp_path, '[rules]\nnewsroom = "error"\n"newsroom.Rogue" = "off"\nspelling = "info"\n'
                    '"grammar.languagetool.WHITESPACE_RULE" = "off"\n"grammar.harper" = "info"\n')
    done = run_proof("check", "--no-grammar", "--format", "json", "story.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert '"rule": "newsroom.RepeatedWord"' in done.stdout and "newsroom.Rogue" not in done.stdout


@pytest.mark.slow
def test_fix_with_an_unknown_rule_is_exit_2_and_changes_nothing(tmp_path):
    path = story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--rule", "newsroom.Repeated", str(path))
    assert done.returncode == 2
    assert "--rule: no rule matches 'newsroom.Repeated' (did you mean 'newsroom.RepeatedWord'?)" in done.stderr
    assert path.read_text(encoding="utf-8") == "The the rouge states met.\n"


@pytest.mark.slow
def test_fix_with_a_pack_name_fixes_that_pack(tmp_path):
    path = story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--fail-on", "never", "--rule", "newsroom", str(path))
    assert done.returncode == 0, done.stderr
    assert path.read_text(encoding="utf-8") == "The rogue states met.\n"
