"""`proof check` run as a real command."""

import json
import os

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import EXAMPLES


@pytest.mark.slow
def test_json_report_has_the_documented_shape():
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", EXAMPLES)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["version"] == 1
    assert {f["path"].rsplit("/", 1)[-1] for f in report["files"]} == {
        "russia-missile-defence-web.txt",
        "russia-missile-defence-wire.txt",
    }
    assert set(report["summary"]) == {"files", "flags", "error", "warning", "info"}
    for entry in report["files"]:
        assert entry["error"] is None
        for flag in entry["flags"]:
            assert set(flag) >= {
                "rule",
                "source",
                "category",
                "severity",
                "message",
                "offset",
                "length",
                "line",
                "column",
                "end_line",
                "end_column",
                "text",
                "suggestions",
            }


@pytest.mark.slow
def test_unreadable_inputs_are_named_and_the_rest_still_checked(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A fine sentence.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\u00e9 cr\u00e8me".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    done = run_proof(
        "check",
        "--format",
        "json",
        "--no-grammar",
        str(good),
        str(binary),
        str(latin),
        str(missing),
        str(tmp_path / "."),
    )
    assert done.returncode == 2
    report = json.loads(done.stdout)
    errors = {entry["path"]: entry["error"] for entry in report["files"]}
    assert errors[str(good)] is None
    assert "binary" in errors[str(binary)]
    assert "UTF-8" in errors[str(latin)]
    assert "no such file" in errors[str(missing)]
    for path in (binary, latin, missing):
        assert str(path) in done.stderr


@pytest.mark.slow
def test_bad_config_is_exit_2_naming_the_key(tmp_path):
    (tmp_path / "proof.toml").write_text('colour = "red"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    done = run_proof("check", str(tmp_path / "a.txt"))
    assert done.returncode == 2
    assert "colour" in done.stderr and "proof.toml" in done.stderr


@pytest.mark.slow
def test_stdin_with_filename(tmp_path):
    done = run_proof(
        "check",
        "--format",
        "json",
        "--no-grammar",
        "--stdin-filename",
        "story.md",
        "-",
        input="# Title\n\nSome `code` here.\n",
    )
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["files"][0]["path"] == "story.md"


@pytest.mark.slow
def test_directory_walk_honours_excludes(tmp_path):
    (tmp_path / "proof.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("Draft.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Story.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    done = run_proof("check", "--format", "json", "--no-grammar", str(tmp_path))
    assert [e["path"] for e in json.loads(done.stdout)["files"]] == [str(tmp_path / "b.md")]


def _bad_inputs(tmp_path):
    """A folder of copy where some files cannot be checked, each for its own reason."""
    (tmp_path / "good.txt").write_text("The rouge states met.\n", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin.txt").write_bytes("caf\u00e9 cr\u00e8me".encode("latin-1"))
    (tmp_path / "word.txt").write_bytes("Unicode text from Word.\n".encode("utf-16"))
    (tmp_path / "folder.txt").mkdir()  # a folder, whatever its name, is walked
    toml = tmp_path / "desk"
    toml.mkdir()
    (toml / "proof.toml").write_text('language = "en-GB"\nfail_on =\n', encoding="utf-8")
    (toml / "a.txt").write_text("Fine copy.\n", encoding="utf-8")
    (toml / "b.md").write_text("More fine copy.\n", encoding="utf-8")
    pack = tmp_path / "sport"
    (pack / "house").mkdir(parents=True)
    (pack / "proof.toml").write_text('styles = ["house"]\n', encoding="utf-8")
    (pack / "house" / "Broken.yml").write_text('type: existence\nmessage: "x"\ntokens: [a,\n', encoding="utf-8")
    (pack / "c.txt").write_text("Fine copy.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_bad_input_is_one_message_each_exit_2_and_the_rest_checked(tmp_path):
    folder = _bad_inputs(tmp_path)
    missing = folder / "missing.txt"
    done = run_proof("check", "--format", "json", "--no-grammar", str(folder), str(missing))
    assert done.returncode == 2
    errors = {entry["path"]: entry["error"] for entry in json.loads(done.stdout)["files"]}
    assert errors.pop(str(folder / "good.txt")) is None
    expected = {
        "photo.txt": "binary file",
        "latin.txt": "not valid UTF-8",
        "word.txt": "UTF-16",
        "missing.txt": "no such file",
        "desk/a.txt": "desk/proof.toml: not valid TOML",
        "desk/b.md": "desk/proof.toml: not valid TOML",
        "sport/c.txt": "Broken.yml:4: not valid rule YAML",
    }
    assert sorted(errors) == sorted(str(folder / name) for name in expected)
    messages = [line for line in done.stderr.splitlines() if line.startswith("proof: ")]
    for name, cause in expected.items():
        assert cause in errors[str(folder / name)]
        # One line each: the file's own problem names the file; a broken config or rule
        # file, shared by the files under it, is told once, naming that file.
        assert len([m for m in messages if cause in m]) == 1, messages
    assert len(messages) == 6, messages
    assert "8 files checked: 1 flag" in done.stderr and "7 files could not be checked" in done.stderr


@pytest.mark.slow
def test_a_rule_file_with_a_list_for_its_level_is_an_error_naming_the_rule_file(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "Foo.yml").write_text('type: existence\nmessage: "x"\nlevel: [warning]\ntokens: [foo]\n')
    (tmp_path / "proof.toml").write_text('styles = ["house"]\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text("foo bar\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", "t.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "proof: house/Foo.yml:3: field 'level': must be one of error, warning, info, not ['warning']" in done.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_named_and_the_rest_still_checked(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret copy.\n", encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "good.txt").write_text("The rouge states met.\n", encoding="utf-8")
    try:
        done = run_proof("check", "--no-grammar", str(tmp_path))
    finally:
        locked.chmod(0o644)
    assert done.returncode == 2
    assert f"proof: {locked}: permission denied" in done.stderr
    assert "good.txt:1:5: error newsroom.Rogue" in done.stdout


@pytest.mark.parametrize("option", ["--output", "--baseline", "--write-baseline", "--config"])
@pytest.mark.slow
def test_a_folder_where_a_file_is_needed_is_a_usage_error_naming_it(tmp_path, option):
    (tmp_path / "a.txt").write_text("Copy.\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", option, str(tmp_path), str(tmp_path / "a.txt"))
    assert done.returncode == 2
    assert option in done.stderr and "is a directory" in done.stderr


@pytest.mark.slow
def test_a_house_rule_raised_to_error_fails_the_gate_over_the_built_in_warning(tmp_path):
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "Kiev.yml").write_text(
        "type: substitution\nmessage: \"Use '{suggestion}'.\"\nswap:\n  Kiev: Kyiv\n", encoding="utf-8"
    )
    (tmp_path / "proof.toml").write_text('styles = ["styles/House"]\n[rules]\n"House.Kiev" = "error"\n')
    (tmp_path / "k.txt").write_text("Talks in Kiev resumed.\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", "--fail-on", "error", "k.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "k.txt:1:10: error House.Kiev" in done.stdout
    assert "newsroom.Kyiv" not in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("command", ["check", "fix"])
def test_the_same_file_given_twice_is_checked_once(tmp_path, command):
    (tmp_path / "dup").mkdir()
    (tmp_path / "dup" / "a.txt").write_text("Talks with rouge states resumed.\n", encoding="utf-8")
    done = run_proof(command, "--no-grammar", "dup/a.txt", "dup/a.txt", "dup/", "./dup/a.txt", cwd=tmp_path)
    if command == "check":
        assert done.stdout.count("newsroom.Rogue") == 1
        assert done.stdout.endswith("1 file checked: 1 flag (1 error, 0 warnings, 0 info)\n")
    else:
        assert done.stdout.count("+++ b/dup/a.txt") == 1
        assert "1 safe fix applied; remaining: 1 file checked: 0 flags" in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("command", ["check", "fix"])
def test_a_folder_with_nothing_to_check_fails_the_gate(tmp_path, command):
    (tmp_path / "empty").mkdir()
    done = run_proof(command, "--no-grammar", "empty", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("proof: no files to check in empty (")
    assert "files checked" not in done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("command", ["check", "fix"])
def test_a_misspelt_rule_in_a_suppression_comment_is_named_with_the_closest(tmp_path, command):
    (tmp_path / "a.md").write_text("<!-- proof-disable newsroom.Rouge -->\nTalks with rouge states.\n")
    done = run_proof(command, "--no-grammar", "a.md", cwd=tmp_path)
    assert (
        "proof: warning: a.md:1: proof-disable: no rule matches 'newsroom.Rouge' (did you mean 'newsroom.Rogue'?)"
        in done.stderr
    )
    assert done.returncode == (1 if command == "check" else 0)


@pytest.mark.slow
def test_a_misspelling_inside_a_house_flag_keeps_its_own_flag_and_suggestion(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "Very.yml").write_text(
        "type: existence\nmessage: \"Avoid '{match}'.\"\ntokens: ['very \\w+']\n"
    )
    (tmp_path / "proof.toml").write_text('styles = ["house"]\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text("It was a very uniqe event.\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", "t.txt", cwd=tmp_path)
    assert done.stdout.splitlines()[:2] == [
        "t.txt:1:10: warning house.Very Avoid 'very uniqe'.",
        "t.txt:1:15: error spelling.Misspelled Possible misspelling: 'uniqe'. (unique)",
    ]
