"""`proof fix` and the pure fixer under it."""

import re

from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.run.autofix import fix_text, safe_edits
from tests.helpers.cli import invoke
from tests.helpers.word_checker import WordChecker

STORY = "The rouge states met.\n\nIt was teh very end.\n"
FIXED = "The rogue states met.\n\nIt was the very end.\n"


class Doubled(Checker):
    """Flags every 'aa' (left to right, not overlapping) with the safe fix 'a'."""

    def check(self, document):
        for match in re.finditer("aa", document.text):
            yield Flag(
                "test.Doubled", "style", "test", "warning", "doubled", match.start(), match.end(), ("a",), safe_fix=True
            )


class Editor(WordChecker):
    """Saves a change to the file while proof is checking it, as a colleague might."""

    def __init__(self, path):
        self.path = path

    def check(self, document):
        with open(self.path, "a", encoding="utf-8") as f:
            f.write("A late paragraph.\n")
        return super().check(document)


def test_fixes_repeat_until_nothing_safe_is_left():
    outcome = fix_text("aaaa baa\n", "x.txt", lambda doc: list(Doubled().check(doc)))
    assert outcome.document.source == "a ba\n"
    assert outcome.fixed == 4
    assert outcome.remaining == []


def test_overlapping_and_unsafe_flags_are_skipped():
    flags = [
        Flag("r", "style", "c", "warning", "m", 0, 5, ("x",), safe_fix=True),
        Flag("r", "style", "c", "warning", "m", 3, 8, ("y",), safe_fix=True),
        Flag("r", "style", "c", "warning", "m", 9, 10, ("z",), safe_fix=False),
        Flag("s.One", "style", "c", "warning", "m", 11, 12, ("w",), safe_fix=True),
    ]
    assert [(e.start, e.replacement) for e in safe_edits("0123456789abc", flags)] == [(0, "x"), (11, "w")]
    assert [(e.start, e.replacement) for e in safe_edits("0123456789abc", flags, ["s"])] == [(11, "w")]


def test_diff_shows_the_safe_fixes_and_writes_nothing(word_checker, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    done = invoke("fix", "--diff", "story.txt")
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY
    assert done.stdout.splitlines() == [
        "--- a/story.txt",
        "+++ b/story.txt",
        "@@ -1,3 +1,3 @@",
        "-The rouge states met.",
        "+The rogue states met.",
        " ",
        "-It was teh very end.",
        "+It was the very end.",
    ]
    assert "story.txt:3:12: info house.Weasel" in done.stderr
    assert "2 safe fixes to apply" in done.stderr
    assert done.exit_code == 0


def test_fix_writes_exactly_the_safe_fixes(word_checker, tmp_path):
    story = tmp_path / "story.md"
    story.write_bytes(("\ufeff" + STORY.replace("\n", "\r\n")).encode("utf-8"))
    done = invoke("fix", "--fail-on", "info", str(story))
    assert done.exit_code == 1  # the unsafe 'very' remains
    assert story.read_bytes() == ("\ufeff" + FIXED.replace("\n", "\r\n")).encode("utf-8")
    again = invoke("fix", str(story))
    assert again.stdout == "" and "0 safe fixes applied" in again.stderr


def test_fix_of_one_rule(word_checker, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    invoke("fix", "--rule", "spelling", str(story))
    assert story.read_text(encoding="utf-8") == STORY.replace("teh", "the")


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr("proof.run.runner.build_checkers", lambda config: [Editor(str(story))])
    done = invoke("fix", str(story))
    assert done.exit_code == 2
    assert "changed on disk" in done.stderr and str(story) in done.stderr
    assert story.read_text(encoding="utf-8").startswith(STORY)
    assert "rouge" in story.read_text(encoding="utf-8")


def test_standard_input_named_beside_files_is_said_to_be_skipped_and_the_files_fixed(word_checker, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    done = invoke("fix", "--rule", "spelling", "-", str(story))
    assert "proof: -: skipped: proof fix does not read standard input" in done.stderr.splitlines()
    assert done.exit_code == 2
    assert story.read_text(encoding="utf-8") == STORY.replace("teh", "the")


def test_with_diff_the_flags_left_are_placed_in_the_file_on_disk(tmp_path, monkeypatch):
    """Nothing is written, so a fix that lengthens a word ("color" -> "colour") or deletes one
    must not move the flags after it: an editor jumps to them in the file as it is."""
    monkeypatch.chdir(tmp_path)
    text = "The color of the goverment.\n\nThe the budget  was set by the goverment.\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    done = invoke("fix", "--diff", "--no-grammar", "--no-realword", "--language", "en-GB", "d.txt")
    assert "+The colour of the goverment." in done.stdout
    left = [line.split(" ")[0] for line in done.stderr.splitlines() if "spelling.Misspelled" in line]
    assert left == ["d.txt:1:18:", "d.txt:3:32:"]


class Lengthens(Checker):
    """'ab' (not yet 'abc') safely becomes 'abc'; every 'bc' and 'cd' is flagged, not safe to fix."""

    def check(self, document):
        for pattern, suggestion, safe in (("ab(?!c)", "abc", True), ("bc", "b", False), ("cd", "c", False)):
            for m in re.finditer(pattern, document.text):
                yield Flag(
                    "test.L", "style", "test", "warning", m.group(), m.start(), m.end(), (suggestion,), safe_fix=safe
                )


def test_a_flag_left_on_text_a_fix_wrote_is_placed_on_what_that_fix_replaced():
    outcome = fix_text("ab cd\n", "x.txt", lambda doc: list(Lengthens().check(doc)))
    assert outcome.document.source == "abc cd\n"
    assert [(f.message, f.start, f.end) for f in outcome.remaining_as_read()] == [("bc", 0, 2), ("cd", 3, 5)]
