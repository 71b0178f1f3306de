"""The pipeline files work as a new user would use them."""

import json
import os
import re
import shlex
import shutil
from urllib.parse import unquote

import jsonschema
import pytest
import yaml

from tests.helpers.cli import run_proof
from tests.helpers.paths import EXAMPLES, FIXTURES, ROOT, WIRE

WORKFLOW = os.path.join(EXAMPLES, "ci", "proof.yml")


@pytest.mark.slow
def test_the_example_workflow_uploads_a_valid_sarif_file(tmp_path):
    with open(WORKFLOW, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    steps = workflow["jobs"]["proof"]["steps"]
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    command = next(
        line.strip()
        for step in steps
        for line in step.get("run", "").splitlines()
        if line.strip().startswith("proof check")
    )
    args = shlex.split(command.split("||")[0].replace("$ARTICLES", EXAMPLES))
    assert args[:2] == ["proof", "check"]
    done = run_proof(*args[1:], "--no-grammar", cwd=str(tmp_path))
    assert done.returncode in (0, 1), done.stderr
    with open(tmp_path / upload["with"]["sarif_file"], encoding="utf-8") as f:
        log = json.load(f)
    with open(os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    assert "files checked" in done.stdout


def test_pre_commit_hook_runs_proof_check_on_copy():
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    hook = next(h for h in hooks if h["id"] == "proof")
    assert hook["entry"] == "proof check"
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("a.txt", "b.md", "c.html", "d.htm"))
    assert not pattern.search("e.py")


def _workflow_command(line):
    """A line read as the Actions runner reads it: `::name props::message`, properties split
    on ',' and '=', then unescaped (property values: %0D %0A %3A %2C; message: %0D %0A),
    '%25' last."""
    assert line.startswith("::"), line
    end = line.index("::", 2)
    name, _, props = line[2:end].partition(" ")
    pairs = dict(item.split("=", 1) for item in props.split(",") if item)
    prop_codes = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))
    data_codes = (("%0D", "\r"), ("%0A", "\n"), ("%25", "%"))

    def unescape(text, codes):
        for code, char in codes:
            text = text.replace(code, char)
        return text

    return name, {k: unescape(v, prop_codes) for k, v in pairs.items()}, unescape(line[end + 2 :], data_codes)


TRICKY_RULE = """\
type: existence
message: "100% sure: '{match}', see below\\r\\nand 50%0A here"
severity: error
tokens: [rouge]
"""


def _tricky_desk(tmp_path):
    desk = tmp_path / "desk, 100%: a"
    (desk / "house").mkdir(parents=True)
    (desk / "proof.toml").write_text('styles = ["house"]\n', encoding="utf-8")
    (desk / "house" / "Tricky.yml").write_text(TRICKY_RULE, encoding="utf-8")
    story = desk / "a,b:c%d ü.txt"
    story.write_text("The \U0001f600 rouge states met.\r\nNot teh end.\r\n", encoding="utf-8")
    return desk, story


@pytest.mark.slow
def test_github_lines_parse_as_workflow_commands_whatever_the_path_and_message(tmp_path):
    desk, story = _tricky_desk(tmp_path)
    done = run_proof("check", "--format", "github", "--no-grammar", desk.name, cwd=str(tmp_path))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.split("\n")
    assert lines[-1] == "" and all("\r" not in line for line in lines)
    parsed = [_workflow_command(line) for line in lines[:-1]]
    tricky = [(props, message) for name, props, message in parsed if props["title"] == "house.Tricky"]
    assert tricky == [
        (
            {
                "file": f"{desk.name}/{story.name}",
                "line": "1",
                "col": "7",
                "endLine": "1",
                "endColumn": "12",
                "title": "house.Tricky",
            },
            "100% sure: 'rouge', see below\r\nand 50%0A here",
        )
    ]
    assert {name for name, _, _ in parsed} <= {"error", "warning", "notice"}
    assert all(props["file"] == f"{desk.name}/{story.name}" for _, props, _ in parsed)


@pytest.mark.slow
def test_sarif_of_a_tricky_path_validates_and_points_at_the_file(tmp_path):
    desk, story = _tricky_desk(tmp_path)
    done = run_proof("check", "--format", "sarif", "--no-grammar", desk.name, cwd=str(tmp_path))
    log = json.loads(done.stdout)
    with open(os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    run = log["runs"][0]
    tricky = next(r for r in run["results"] if r["ruleId"] == "house.Tricky")
    location = tricky["locations"][0]["physicalLocation"]
    assert unquote(location["artifactLocation"]["uri"]) == f"{desk.name}/{story.name}"
    assert ":" not in location["artifactLocation"]["uri"]  # a relative reference, not a scheme
    assert location["region"] == {
        "startLine": 1,
        "startColumn": 7,
        "endLine": 1,
        "endColumn": 12,
        "snippet": {"text": "rouge"},
    }
    assert tricky["level"] == "error" and run["columnKind"] == "unicodeCodePoints"
    rule = run["tool"]["driver"]["rules"][tricky["ruleIndex"]]
    assert rule["id"] == "house.Tricky" and rule["defaultConfiguration"] == {"level": "error"}


@pytest.mark.slow
def test_a_baseline_written_today_reports_only_tomorrows_new_flag(tmp_path):
    story = tmp_path / "story.txt"
    shutil.copy(WIRE, story)
    shutil.copy(os.path.join(EXAMPLES, "proof.toml"), tmp_path)
    today = run_proof(
        "check", "--no-grammar", "--write-baseline", "proof-baseline.json", "story.txt", cwd=str(tmp_path)
    )
    assert today.returncode == 0, today.stderr
    text = story.read_text(encoding="utf-8")
    # Tomorrow: a paragraph added near the top, words changed in two others, one new error.
    for old, new in (
        ("Russia has toned down", "The Kremlin welcomed the change.\n\nRussia has toned down"),
        ("Cold War-era foes", "The former Cold War foes"),
        ("loggerheads over", "loggerheads for years over"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    story.write_text(text + "\nOfficials gave no detials of the talks.\n", encoding="utf-8")
    tomorrow = run_proof(
        "check", "--no-grammar", "--format", "json", "--baseline", "proof-baseline.json", "story.txt", cwd=str(tmp_path)
    )
    flags = json.loads(tomorrow.stdout)["files"][0]["flags"]
    assert [(f["rule"], f["text"]) for f in flags] == [("spelling.Misspelled", "detials")]
    assert tomorrow.returncode == 1


def fixed(text: str) -> str:
    """The examples' safe fixes: the Rogue rule's, and the wire headline's American spelling
    (spelling.Variant, safe, merged into newsroom.Defence, which suggests the same)."""
    return text.replace("rouge states", "rogue states").replace(
        "missile defense consultations", "missile defence consultations"
    )


@pytest.mark.slow
def test_fix_applies_exactly_the_fixes_its_diff_shows(tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    shown = run_proof("fix", "--diff", "--no-grammar", "examples/", cwd=str(tmp_path))
    assert shown.returncode == 1, shown.stderr
    minus = [line[1:] for line in shown.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    plus = [line[1:] for line in shown.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert [fixed(line) for line in minus] == plus and len(plus) == 3
    assert "3 safe fixes to apply" in shown.stderr
    before = {
        name: (tmp_path / "examples" / name).read_text(encoding="utf-8")
        for name in os.listdir(EXAMPLES)
        if name.endswith(".txt")
    }
    assert all((tmp_path / "examples" / name).read_text(encoding="utf-8") == text for name, text in before.items())
    applied = run_proof("fix", "--no-grammar", "examples/", cwd=str(tmp_path))
    assert applied.stdout == shown.stdout
    for name, text in before.items():
        assert (tmp_path / "examples" / name).read_text(encoding="utf-8") == fixed(text)
    again = run_proof("fix", "--diff", "--no-grammar", "examples/", cwd=str(tmp_path))
    assert again.stdout == "" and "0 safe fixes to apply" in again.stderr
