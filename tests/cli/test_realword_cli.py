"""The real-word check through the real `proof check` command: off by default, on by setting or switch."""

import json

import pytest

from tests.helpers.cli import run_proof

pytestmark = pytest.mark.slow  # every test here starts processes

STORY = "He was given a peace of cake.\n"


def real_word_flags(*args, cwd):
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", *args, "story.txt", cwd=cwd)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    return [
        (f["rule"], f["suggestions"], f["line"], f["column"])
        for entry in report["files"]
        for f in entry["flags"]
        if f["rule"] == "spelling.RealWord"
    ]


def test_the_real_word_check_is_off_by_default(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert real_word_flags(cwd=tmp_path) == []


def test_the_setting_turns_the_real_word_check_on(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "proof.toml").write_text("[spelling]\nrealword = true\n", encoding="utf-8")
    assert real_word_flags(cwd=tmp_path) == [("spelling.RealWord", ["piece"], 1, 16)]


def test_the_command_line_switch_turns_the_real_word_check_on(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert real_word_flags("--realword", cwd=tmp_path) == [("spelling.RealWord", ["piece"], 1, 16)]


def test_proof_rules_lists_and_explains_the_real_word_rule():
    listed = run_proof("rules", "list")
    assert any(line.split() == ["spelling.RealWord", "realword", "warning"] for line in listed.stdout.splitlines())
    shown = run_proof("rules", "show", "spelling.RealWord")
    assert shown.returncode == 0
    assert "confusion sets" in shown.stdout and "He was given a peace of cake." in shown.stdout
