import json
import textwrap

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import WIRE

pytestmark = pytest.mark.slow  # every test here starts processes


def write_pack(folder, **rules):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in rules.items():
        (folder / f"{name}.yml").write_text(textwrap.dedent(text))
    return folder


GOOD_RULE = """\
    type: existence
    message: "Avoid '{match}'."
    tokens: [utilise]
    examples:
      bad: [We utilise it.]
      good: [We use it.]
    """


def test_builtin_pack_examples_pass():
    done = run_proof("rules", "test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 failures" in done.stdout


def test_list_and_show_include_configured_packs(tmp_path):
    write_pack(tmp_path / "styles" / "House", Utilise=GOOD_RULE)
    (tmp_path / "proof.toml").write_text('styles = ["styles/House"]\n')
    listed = run_proof("rules", "list", "--config", str(tmp_path / "proof.toml"))
    assert listed.returncode == 0
    assert any(line.split() == ["House.Utilise", "existence", "warning"] for line in listed.stdout.splitlines())
    shown = run_proof("rules", "show", "House.Utilise", cwd=tmp_path)
    assert shown.returncode == 0 and "We utilise it." in shown.stdout


def test_failing_examples_exit_1_and_are_listed(tmp_path):
    pack = write_pack(
        tmp_path / "House",
        Utilise=GOOD_RULE.replace("good: [We use it.]", "good: [We utilise.]"),
        Bare="type: existence\nmessage: m\ntokens: [x]\n",
    )
    done = run_proof("rules", "test", str(pack))
    assert done.returncode == 1
    assert "House.Utilise: good example flagged: 'We utilise.'" in done.stdout
    assert "House.Bare: has no bad example" in done.stdout


def test_broken_pack_is_a_config_error_for_check(tmp_path):
    write_pack(tmp_path / "House", Broken="type: existence\nmessage: m\nflavour: sweet\ntokens: [x]\n")
    (tmp_path / "proof.toml").write_text('styles = ["House"]\n')
    done = run_proof("check", "--no-grammar", "--config", str(tmp_path / "proof.toml"), WIRE)
    assert done.returncode == 2
    assert "Broken.yml:3: field 'flavour'" in done.stderr
    assert run_proof("rules", "list", "--config", str(tmp_path / "proof.toml")).returncode == 2


def test_rules_can_be_switched_off_and_reseverited(tmp_path):
    write_pack(tmp_path / "House", Utilise=GOOD_RULE)
    article = tmp_path / "a.txt"
    article.write_text("We utilise it.\n")
    (tmp_path / "proof.toml").write_text('styles = ["House"]\n[rules]\n"House.Utilise" = "error"\n')
    done = run_proof("check", "--no-grammar", str(article), cwd=tmp_path)
    assert "error House.Utilise" in done.stdout
    (tmp_path / "proof.toml").write_text('styles = ["House"]\n[rules]\nHouse = "off"\n')
    done = run_proof("check", "--no-grammar", str(article), cwd=tmp_path)
    assert "House.Utilise" not in done.stdout


def test_missing_style_folder_is_an_error_naming_the_config(tmp_path):
    (tmp_path / "proof.toml").write_text('styles = ["nowhere"]\n')
    done = run_proof("rules", "list", "--config", str(tmp_path / "proof.toml"))
    assert done.returncode == 2
    assert "proof.toml" in done.stderr and "field 'styles'" in done.stderr and "nowhere" in done.stderr


def test_a_folder_of_packs_adds_each_pack(tmp_path):
    write_pack(tmp_path / "styles" / "House", Utilise=GOOD_RULE)
    write_pack(tmp_path / "styles" / "Desk", Utilise=GOOD_RULE)
    (tmp_path / "proof.toml").write_text('styles = ["styles"]\n')
    listed = run_proof("rules", "list", "--config", str(tmp_path / "proof.toml")).stdout
    assert "Desk.Utilise" in listed and "House.Utilise" in listed
    assert run_proof("rules", "test", "Desk", "--config", str(tmp_path / "proof.toml")).stdout.startswith("1 rules")


def test_list_and_show_give_the_level_the_config_sets(tmp_path):
    write_pack(tmp_path / "styles" / "House", Utilise=GOOD_RULE)
    (tmp_path / "proof.toml").write_text(
        'styles = ["styles/House"]\n[rules]\n"House.Utilise" = "off"\n"newsroom.Rogue" = "info"\n'
    )
    listed = run_proof("rules", "list", cwd=tmp_path).stdout.splitlines()
    assert ["House.Utilise", "existence", "off"] in [line.split() for line in listed]
    assert ["newsroom.Rogue", "confusable", "info"] in [line.split() for line in listed]
    shown = run_proof("rules", "show", "newsroom.Rogue", cwd=tmp_path)
    assert shown.stdout.startswith("newsroom.Rogue  (confusable, info, ")


def test_a_checker_the_config_turns_off_lists_its_rule_as_off(tmp_path):
    (tmp_path / "proof.toml").write_text("[spelling]\nrealword = false\n")
    listed = run_proof("rules", "list", cwd=tmp_path).stdout.splitlines()
    assert ["spelling.RealWord", "realword", "off"] in [line.split() for line in listed]
    assert "(realword checker, off)" in run_proof("rules", "show", "spelling.RealWord", cwd=tmp_path).stdout


def test_show_of_a_misspelt_rule_suggests_the_closest(tmp_path):
    done = run_proof("rules", "show", "newsroom.Rog", cwd=tmp_path)
    assert done.returncode == 2
    assert "no rule 'newsroom.Rog' (did you mean 'newsroom.Rogue'?)" in done.stderr


# One article that raises every rule of the spelling checker (in en-US copy).
EVERY_SPELLING_RULE = (
    f"Shoigu met Shoygu and Shoigu. The summit will definately go ahead in colour.\n\nThe {'a' * 60} text.\n"
)


def test_every_rule_the_spelling_checker_raises_can_be_set_in_the_config(tmp_path):
    raised = ["spelling.Misspelled", "spelling.Variant", "spelling.NameVariant", "spelling.LongWord"]
    (tmp_path / "story.txt").write_text(EVERY_SPELLING_RULE, encoding="utf-8")
    (tmp_path / "proof.toml").write_text('language = "en-US"\n', encoding="utf-8")
    flagged = json.loads(run_proof("check", "--no-grammar", "--format", "json", "story.txt", cwd=tmp_path).stdout)
    assert sorted({f["rule"] for f in flagged["files"][0]["flags"]}) == sorted(raised)
    rules = "".join(f'"{rule}" = "off"\n' for rule in [*raised, "spelling.RealWord"])
    (tmp_path / "proof.toml").write_text(f'language = "en-US"\n[rules]\n{rules}', encoding="utf-8")
    done = run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_suppression_comment_naming_a_spelling_rule_is_no_unknown_rule(tmp_path):
    (tmp_path / "story.md").write_text(
        f"<!-- proof-disable spelling.LongWord -->\n\nThe {'a' * 60} text.\n", encoding="utf-8"
    )
    done = run_proof("check", "--no-grammar", "story.md", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")


def test_list_gives_each_spelling_rule_at_the_level_its_flags_have(tmp_path):
    (tmp_path / "story.txt").write_text(EVERY_SPELLING_RULE, encoding="utf-8")
    (tmp_path / "proof.toml").write_text('language = "en-US"\n[rules]\n"spelling.Variant" = "info"\n')
    flagged = json.loads(run_proof("check", "--no-grammar", "--format", "json", "story.txt", cwd=tmp_path).stdout)
    raised = {f["rule"]: f["severity"] for f in flagged["files"][0]["flags"]}
    listed = {
        line.split()[0]: line.split()[1:] for line in run_proof("rules", "list", cwd=tmp_path).stdout.splitlines()
    }
    assert {rule: listed[rule] for rule in raised} == {rule: ["spelling", level] for rule, level in raised.items()}
    assert raised["spelling.Variant"] == "info"


def test_show_explains_a_spelling_rule(tmp_path):
    shown = run_proof("rules", "show", "spelling.LongWord", cwd=tmp_path)
    assert shown.returncode == 0
    assert shown.stdout.startswith("spelling.LongWord  (spelling checker, error)")
    assert "longer than any English word" in shown.stdout
