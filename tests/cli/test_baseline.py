"""Baselines: today's flags are accepted, tomorrow's run reports only new ones."""

import json

from tests.helpers.cli import invoke

STORY = "The rouge states met.\n\nA second paragraph, teh end.\n"


def _rules(done):
    return [(f["rule"], f["line"]) for entry in json.loads(done.stdout)["files"] for f in entry["flags"]]


def test_baseline_survives_edits_elsewhere_and_reports_only_new_flags(word_checker, tmp_path):
    story = tmp_path / "copy" / "story.txt"
    story.parent.mkdir()
    story.write_text(STORY, encoding="utf-8")
    baseline = tmp_path / "proof-baseline.json"
    written = invoke("check", "--write-baseline", str(baseline), str(story))
    assert written.exit_code == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert list(data["files"]) == ["copy/story.txt"]
    assert [(e["rule"], e["text"]) for e in data["files"]["copy/story.txt"]] == [
        ("house.Rogue", "rouge"),
        ("spelling.Typo", "teh"),
    ]

    story.write_text("A new first paragraph.\n\n" + STORY + "\nA new rouge flag.\n", encoding="utf-8")
    done = invoke("check", "--format", "json", "--baseline", str(baseline), str(story))
    assert done.exit_code == 1
    assert _rules(done) == [("house.Rogue", 7)]


def test_baseline_counts_identical_flags(word_checker, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("The rouge states.\n\nThe rouge states.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert invoke("check", "--write-baseline", str(baseline), str(story)).exit_code == 0
    story.write_text("The rouge states.\n\nThe rouge states.\n\nThe rouge states.\n", encoding="utf-8")
    done = invoke("check", "--format", "json", "--baseline", str(baseline), str(story))
    assert len(_rules(done)) == 1


def test_baseline_file_is_stable(word_checker, tmp_path):
    (tmp_path / "b.txt").write_text("teh rouge\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("rouge teh\n", encoding="utf-8")
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    invoke("check", "--write-baseline", str(first), str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    invoke("check", "--write-baseline", str(second), str(tmp_path))
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert list(json.loads(first.read_text(encoding="utf-8"))["files"]) == ["a.txt", "b.txt"]


def test_a_bad_baseline_is_exit_2_naming_it(word_checker, tmp_path):
    bad = tmp_path / "baseline.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    story = tmp_path / "a.txt"
    story.write_text("rouge\n", encoding="utf-8")
    done = invoke("check", "--baseline", str(bad), str(story))
    assert done.exit_code == 2 and str(bad) in done.stderr
    done = invoke("check", "--baseline", str(tmp_path / "none.json"), str(story))
    assert done.exit_code == 2 and "no such baseline" in done.stderr
