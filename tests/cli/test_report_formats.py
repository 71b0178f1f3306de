"""The sarif and github reporters, and --output."""

import json
import os
import re

import jsonschema
import pytest

from proof.report.github import escape_data, escape_property
from tests.helpers.cli import invoke, run_proof
from tests.helpers.paths import FIXTURES

SCHEMA = os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json")
# A workflow command as the Actions runner reads it: ::name key=value,...::message
COMMAND = re.compile(r"^::(?P<name>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text):
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    # The astral emoji counts as one column: columns are code points.
    path.write_text("Rogue or \U0001f600 rouge states?\nNot teh very end.\n", encoding="utf-8")
    return path


def test_sarif_validates_and_locates_in_code_points(word_checker, story, monkeypatch):
    monkeypatch.chdir(story.parent)
    done = invoke("check", "--format", "sarif", "--jobs", "1", "story.txt")
    assert done.exit_code == 1
    log = json.loads(done.stdout)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert rules["house.Rogue"]["helpUri"] == "https://example.org/rogue"
    assert rules["house.Rogue"]["fullDescription"]["text"] == "Confusable: rouge for rogue."
    by_rule = {r["ruleId"]: r for r in run["results"]}
    assert [by_rule[rule]["level"] for rule in ("house.Rogue", "spelling.Typo", "house.Weasel")] == [
        "error",
        "warning",
        "note",
    ]
    rouge = by_rule["house.Rogue"]
    assert run["tool"]["driver"]["rules"][rouge["ruleIndex"]]["id"] == "house.Rogue"
    location = rouge["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "story.txt"
    assert location["region"] == {
        "startLine": 1,
        "startColumn": 12,
        "endLine": 1,
        "endColumn": 17,
        "snippet": {"text": "rouge"},
    }
    assert by_rule["spelling.Typo"]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 5
    assert len(rouge["partialFingerprints"]["proofFingerprint/v1"]) == 24


def test_sarif_of_an_unreadable_file_is_valid_and_says_so(word_checker, tmp_path):
    done = invoke("check", "--format", "sarif", str(tmp_path / "missing.txt"))
    assert done.exit_code == 2
    log = json.loads(done.stdout)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_github_lines_parse_as_workflow_commands(word_checker, story):
    done = invoke("check", "--format", "github", str(story))
    assert done.exit_code == 1
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    parsed = []
    for line in lines:
        match = COMMAND.match(line)
        assert match, line
        props = dict(item.split("=", 1) for item in match["props"].split(","))
        parsed.append((match["name"], {k: _unescape(v) for k, v in props.items()}, _unescape(match["message"])))
    name, props, message = parsed[0]
    assert name == "error"
    assert props == {
        "file": str(story),
        "line": "1",
        "col": "12",
        "endLine": "1",
        "endColumn": "17",
        "title": "house.Rogue",
    }
    assert message == "'rouge' flagged (rogue)"
    assert [p[0] for p in parsed] == ["error", "warning", "notice"]
    assert "1 file checked: 3 flags" in done.stderr


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("C:\\a,b%\n") == "C%3A\\a%2Cb%25%0A"
    assert escape_data("a:b,c") == "a:b,c"


def test_output_writes_the_report_and_prints_the_summary(word_checker, story, tmp_path):
    target = tmp_path / "out" / "proof.sarif"
    target.parent.mkdir()
    done = invoke("check", "--format", "sarif", "--output", str(target), str(story))
    assert done.exit_code == 1
    assert done.stdout.strip() == "1 file checked: 3 flags (1 error, 1 warning, 1 info)"
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert os.listdir(target.parent) == ["proof.sarif"]


def test_text_output_to_a_file_keeps_the_full_report(word_checker, story, tmp_path):
    target = tmp_path / "report.txt"
    done = invoke("check", "--output", str(target), str(story))
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(f"{story}:1:12: error house.Rogue")
    assert lines[-1] == done.stdout.strip()


def test_output_into_a_missing_folder_is_exit_2_naming_it(word_checker, story, tmp_path):
    target = tmp_path / "no" / "such" / "report.json"
    done = invoke("check", "--format", "json", "--output", str(target), str(story))
    assert done.exit_code == 2
    assert str(target) in done.stderr and "cannot write" in done.stderr


def test_output_file_gets_the_usual_permissions_not_a_temporary_files(word_checker, story, tmp_path):
    target = tmp_path / "proof.sarif"
    umask = os.umask(0o022)
    try:
        invoke("check", "--format", "sarif", "--output", str(target), str(story))
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        invoke("check", "--format", "sarif", "--output", str(target), str(story))
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_summary_line_says_when_a_fallback_happened_mid_run_and_for_how_many_files():
    from proof.report.records import FileReport
    from proof.report.summary import Summary
    from proof.report.text import summary_line

    problem = "grammar: LanguageTool not used: timed out; Harper checks grammar instead"
    reports = [
        FileReport("a.txt", engines=["languagetool"]),
        FileReport("b.txt", engines=["languagetool"]),
        FileReport("c.txt", engines=["harper"], problems=[problem]),
    ]
    line = summary_line(Summary.of(reports))
    assert "grammar: languagetool on 2 files, harper on 1 file (a fallback mid-run)" in line
    steady = Summary.of(
        [
            FileReport("a.txt", engines=["languagetool", "harper"]),
            FileReport("b.txt", engines=["languagetool", "harper"]),
        ]
    )
    assert summary_line(steady).endswith("; grammar: languagetool, harper")


@pytest.mark.slow
def test_json_report_says_which_engines_checked_each_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("This are a test.\n", encoding="utf-8")
    done = run_proof(
        "check", "--format", "json", "--fail-on", "never", "--languagetool-url", "http://127.0.0.1:9", str(path)
    )
    report = json.loads(done.stdout)
    assert report["files"][0]["engines"] == ["harper"]


@pytest.mark.slow
def test_a_delete_suggestion_reads_delete_in_every_report(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Reuters logo\n\nTalks resumed on Monday in Geneva.\n", encoding="utf-8")
    text = run_proof("check", "--no-grammar", "--fail-on", "never", str(page))
    github = run_proof("check", "--no-grammar", "--fail-on", "never", "--format", "github", str(page))
    sarif = run_proof("check", "--no-grammar", "--fail-on", "never", "--format", "sarif", str(page))
    assert "newsroom.LogoLine" in text.stdout and text.stdout.splitlines()[0].endswith("(delete)")
    [annotation] = [line for line in github.stdout.splitlines() if "title=newsroom.LogoLine" in line]
    assert annotation.endswith("(delete)")
    [result] = [r for r in json.loads(sarif.stdout)["runs"][0]["results"] if r["ruleId"] == "newsroom.LogoLine"]
    assert result["message"]["text"].endswith("Suggestion: delete")
