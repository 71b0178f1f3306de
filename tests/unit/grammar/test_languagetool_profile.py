"""proof's news-copy profile for LanguageTool: what it switches, what the config changes,
and the rule examples kept as regression data."""

import importlib.util
import json
import os
from dataclasses import replace

import pytest

from proof.grammar.languagetool_profile import news_profile
from proof.grammar.select import languagetool_switches
from proof.settings.config import Settings
from tests.helpers.cli import run_proof
from tests.helpers.paths import FIXTURES, ROOT

EXAMPLES = os.path.join(FIXTURES, "languagetool-examples.jsonl")


def configured(**tables):
    defaults = Settings()
    return replace(defaults, **{name: replace(getattr(defaults, name), **keys) for name, keys in tables.items()})


def test_news_profile_switches_off_the_noise_and_keeps_real_word_rules():
    switches = languagetool_switches(Settings())
    for rule in ("EN_QUOTES", "DASH_RULE", "WHITESPACE_RULE", "UNIT_SPACE", "CD_NN", "EN_SPECIFIC_CASE"):
        assert rule in switches.disabled_rules
    assert "BRE_STYLE_OXFORD_SPELLING" in switches.disabled_categories
    # LanguageTool's TYPOS category holds its real-word rules ("oft he"): only the dictionary spellers go
    assert "TYPOS" not in switches.disabled_categories
    assert switches.keeps("OFT_OF_THE") and not switches.keeps("MORFOLOGIK_RULE_EN_GB")
    assert not switches.keeps("HUNSPELL_RULE")


def test_every_profile_entry_says_why_and_has_a_known_level():
    for entry in news_profile():
        assert entry.why and entry.level in ("off", "info", "warning", "error"), entry


def test_house_settings_decide_quotes_dashes_and_oxford_spelling():
    house = {"quotes": "curly", "dashes": "typographic", "oxford_spelling": True}
    switches = languagetool_switches(configured(house=house))
    assert {"EN_QUOTES", "DASH_RULE"} <= set(switches.enabled_rules)
    assert not {"EN_QUOTES", "DASH_RULE"} & set(switches.disabled_rules)
    assert "BRE_STYLE_OXFORD_SPELLING" in switches.enabled_categories


def test_config_turns_profile_rules_back_on_and_others_off():
    settings = {"enabled_rules": ("CD_NN",), "disabled_rules": ("EN_A_VS_AN",), "disabled_categories": ("STYLE",)}
    switches = languagetool_switches(configured(languagetool=settings))
    assert "CD_NN" in switches.enabled_rules and "CD_NN" not in switches.disabled_rules
    assert "EN_A_VS_AN" in switches.disabled_rules and "STYLE" in switches.disabled_categories


def test_profile_none_runs_languagetool_as_it_ships_but_for_the_dictionary_spellers():
    switches = languagetool_switches(configured(languagetool={"profile": "none"}))
    assert not switches.disabled_rules and not switches.disabled_categories
    assert not switches.keeps("MORFOLOGIK_RULE_EN_US")
    assert languagetool_switches(configured(languagetool={"profile": "none", "spelling": True})).keeps(
        "MORFOLOGIK_RULE_EN_US"
    )


def test_re_levelled_rule_is_reported_at_the_profile_level_with_its_sub_ids():
    switches = languagetool_switches(Settings())
    assert switches.level("MISSING_HYPHEN", "PUNCTUATION") == "info"
    assert switches.level("MISSING_HYPHEN_X", "PUNCTUATION") == "info"
    assert switches.level("EN_A_VS_AN", "MISC") is None


@pytest.mark.slow
def test_rules_languagetool_lists_what_is_off_and_why(tmp_path):
    listed = run_proof("rules", "languagetool", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if " EN_QUOTES " in line)
    assert line.startswith("off") and "house.quotes" in line
    assert any(line.startswith("off") and "MORFOLOGIK_RULE_*" in line for line in listed.stdout.splitlines())
    (tmp_path / "proof.toml").write_text('[house]\nquotes = "curly"\n[languagetool]\ndisabled_rules = ["X_RULE"]\n')
    listed = run_proof("rules", "languagetool", cwd=tmp_path)
    lines = listed.stdout.splitlines()
    assert next(line for line in lines if " EN_QUOTES " in line).startswith("on ")
    assert next(line for line in lines if " X_RULE " in line).startswith("off")


@pytest.mark.slow
def test_a_bad_house_setting_is_a_config_error_naming_the_key(tmp_path):
    (tmp_path / "proof.toml").write_text('[house]\nquotes = "smart"\n')
    listed = run_proof("rules", "languagetool", cwd=tmp_path)
    assert listed.returncode == 2 and "house.quotes" in listed.stderr


def load_tool():
    path = os.path.join(ROOT, "tools", "make_languagetool_examples.py")
    spec = importlib.util.spec_from_file_location("make_languagetool_examples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_extraction_keeps_marked_errors_of_rules_that_are_on():
    xml = b"""<rules><category id="GRAMMAR"><rulegroup id="GROUP">
      <rule><example correction="These">  <marker>This</marker> are
        wrong.</example><example>This is fine.</example></rule></rulegroup>
      <rule id="OFF_RULE" default="off"><example correction="x"><marker>y</marker></example></rule>
    </category><category id="OTHER" default="off"><rule id="R">
      <example correction="x"><marker>y</marker></example></rule></category></rules>"""
    assert list(load_tool().examples(xml)) == [
        {
            "rule": "GROUP",
            "category": "GRAMMAR",
            "text": "This are wrong.",
            "match": "This",
            "start": 0,
            "correction": ["These"],
        }
    ]


def test_committed_examples_mark_their_errors_exactly():
    with open(EXAMPLES, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    assert len(rows) > 2000
    for row in rows:
        assert row["text"][row["start"] : row["start"] + len(row["match"])] == row["match"], row
