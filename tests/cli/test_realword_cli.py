"""The real-word check through the real commands: on by default, off by setting or switch, at
info so that the default `--fail-on warning` does not fail on it, and never applied by `proof fix`."""

import json

import pytest

from tests.helpers.cli import run_proof

pytestmark = pytest.mark.slow  # every test here starts processes

STORY = "He was given a peace of cake.\n"
FLAGGED = [("spelling.RealWord", ["piece"], 1, 16, "info")]


def real_word_flags(*args, cwd):
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", *args, "story.txt", cwd=cwd)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    return [
        (f["rule"], f["suggestions"], f["line"], f["column"], f["severity"])
        for entry in report["files"]
        for f in entry["flags"]
        if f["rule"] == "spelling.RealWord"
    ]


def story(tmp_path, config=""):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    if config:
        (tmp_path / "proof.toml").write_text(config, encoding="utf-8")
    return tmp_path


def test_the_real_word_check_runs_by_default(tmp_path):
    assert real_word_flags(cwd=story(tmp_path)) == FLAGGED


def test_the_setting_turns_the_real_word_check_off(tmp_path):
    assert real_word_flags(cwd=story(tmp_path, "[spelling]\nrealword = false\n")) == []


def test_the_no_realword_switch_turns_the_check_off_over_the_default(tmp_path):
    assert real_word_flags("--no-realword", cwd=story(tmp_path)) == []


def test_the_realword_switch_turns_the_check_on_over_the_setting(tmp_path):
    assert real_word_flags("--realword", cwd=story(tmp_path, "[spelling]\nrealword = false\n")) == FLAGGED


def test_a_real_word_flag_alone_does_not_fail_the_default_gate_but_can_be_made_to(tmp_path):
    story(tmp_path)
    assert run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path).returncode == 0
    assert run_proof("check", "--no-grammar", "--fail-on", "info", "story.txt", cwd=tmp_path).returncode == 1
    (tmp_path / "proof.toml").write_text('[rules]\n"spelling.RealWord" = "warning"\n', encoding="utf-8")
    assert run_proof("check", "--no-grammar", "story.txt", cwd=tmp_path).returncode == 1


def test_proof_fix_leaves_a_real_word_guess_for_the_editor(tmp_path):
    story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--fail-on", "info", "story.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "spelling.RealWord" in done.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY


def test_proof_fix_no_realword_leaves_nothing_to_look_at(tmp_path):
    story(tmp_path)
    done = run_proof("fix", "--no-grammar", "--no-realword", "--fail-on", "info", "story.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "spelling.RealWord" not in done.stderr


def test_proof_rules_lists_and_explains_the_real_word_rule():
    listed = run_proof("rules", "list")
    assert any(line.split() == ["spelling.RealWord", "realword", "info"] for line in listed.stdout.splitlines())
    shown = run_proof("rules", "show", "spelling.RealWord")
    assert shown.returncode == 0
    assert "confusion sets" in shown.stdout and "He was given a peace of cake." in shown.stdout
