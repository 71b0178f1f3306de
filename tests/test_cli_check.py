"""`proof check` run as a real command."""
import json

from tests.conftest import EXAMPLES, run_proof


def test_json_report_has_the_documented_shape():
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", EXAMPLES)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["version"] == 1
    assert {f["path"].rsplit("/", 1)[-1] for f in report["files"]} == {
        "russia-missile-defence-web.txt", "russia-missile-defence-wire.txt"}
    assert set(report["summary"]) == {"files", "flags", "error", "warning", "info"}
    for entry in report["files"]:
        assert entry["error"] is None
        for flag in entry["flags"]:
            assert set(flag) >= {"rule", "source", "category", "severity", "message", "offset", "length",
                                 "line", "column", "end_line", "end_column", "text", "suggestions"}


def test_unreadable_inputs_are_named_and_the_rest_still_checked(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A fine sentence.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\u00e9 cr\u00e8me".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    done = run_proof("check", "--format", "json", "--no-grammar", str(good), str(binary), str(latin),
                     str(missing), str(tmp_path / "."))
    assert done.returncode == 2
    report = json.loads(done.stdout)
    errors = {entry["path"]: entry["error"] for entry in report["files"]}
    assert errors[str(good)] is None
    assert "binary" in errors[str(binary)]
    assert "UTF-8" in errors[str(latin)]
    assert "no such file" in errors[str(missing)]
    for path in (binary, latin, missing):
        assert str(path) in done.stderr


def test_bad_config_is_exit_2_naming_the_key(tmp_path):
    (tmp_path / "proof.toml").write_text('colour = "red"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    done = run_proof("check", str(tmp_path / "a.txt"))
    assert done.returncode == 2
    assert "colour" in done.stderr and "proof.toml" in done.stderr


def test_stdin_with_filename(tmp_path):
    done = run_proof("check", "--format", "json", "--no-grammar", "--stdin-filename", "story.md", "-",
                     input="# Title\n\nSome `code` here.\n")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["files"][0]["path"] == "story.md"


def test_directory_walk_honours_excludes(tmp_path):
    (tmp_path / "proof.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("Draft.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Story.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    done = run_proof("check", "--format", "json", "--no-grammar", str(tmp_path))
    assert [e["path"] for e in json.loads(done.stdout)["files"]] == [str(tmp_path / "b.md")]
