"""`proof fix` and review's `a` change prose only: never markup, never more than check shows,
and the diff they print applies with `git apply`."""

import shutil
import subprocess

import pytest

from proof.core.flag import Flag
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from tests.helpers.cli import invoke
from tests.helpers.review import real_session

REPEATED_ACROSS_MARKUP = [
    (
        "story.md",
        "Read [the full story](https://example.org/story) story here.\n",
        "Read [the full story](https://example.org/story) here.\n",
    ),
    ("story.md", "See *the* the text.\n", "See *the* text.\n"),
    # Across a line break the second word goes with the space after it: the hard wrap stays.
    (
        "story.md",
        "Read the\n[the story](https://example.org/) now.\n",
        "Read the\n[story](https://example.org/) now.\n",
    ),
    ("story.md", "She saw *the*\nthe cat.\n", "She saw *the*\ncat.\n"),
    ("story.md", "> He said the\n> the plan.\n", "> He said the\n> plan.\n"),
    (
        "story.html",
        '<p><a href="https://example.org/">the</a> the story.</p>\n',
        '<p><a href="https://example.org/">the</a> story.</p>\n',
    ),
    ("story.html", "<p>He said the <b>the</b> plan.</p>\n", "<p>He said <b>the</b> plan.</p>\n"),
]


@pytest.mark.parametrize("name, before, after", REPEATED_ACROSS_MARKUP)
def test_fix_across_links_and_tags_removes_only_the_repeated_word(tmp_path, name, before, after):
    story = tmp_path / name
    story.write_text(before, encoding="utf-8")
    done = invoke("fix", "--no-grammar", "--rule", "newsroom.RepeatedWord", str(story))
    assert "1 safe fix applied" in done.stderr
    assert story.read_text(encoding="utf-8") == after


def test_a_doubled_word_in_two_links_is_not_fixed_for_the_markup_between(tmp_path):
    story = tmp_path / "story.md"
    before = "Read [the](https://a.example/) [the](https://b.example/) story.\n"
    story.write_text(before, encoding="utf-8")
    done = invoke("fix", "--no-grammar", "--rule", "newsroom.RepeatedWord", "--fail-on", "never", str(story))
    assert story.read_text(encoding="utf-8") == before
    assert "newsroom.RepeatedWord" in done.stderr  # still shown, for the editor


def test_review_accept_across_a_link_keeps_the_link(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("Read [the full story](https://example.org/story) story here.\n", encoding="utf-8")
    session, runner = real_session(str(story))
    try:
        [repeated] = [f for f in session.flags if f.rule == "newsroom.RepeatedWord"]
        session.apply(repeated, repeated.suggestions[0])
        assert session.text == "Read [the full story](https://example.org/story) here.\n"
    finally:
        runner.close()


def test_a_limited_rule_fixes_no_more_than_check_shows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "House").mkdir()
    (tmp_path / "House" / "Toward.yml").write_text(
        'type: substitution\nmessage: "use {suggestion}"\nlimit: 1\nsafe_fix: true\nswap:\n  towards: toward\n'
    )
    (tmp_path / "proof.toml").write_text('styles = ["House"]\n')
    (tmp_path / "story.txt").write_text("One went towards it and another towards them.\n")
    shown = invoke("check", "--no-grammar", "story.txt")
    assert shown.stdout.count("House.Toward") == 1
    done = invoke("fix", "--no-grammar", "story.txt")
    assert "1 safe fix applied" in done.stderr
    assert (tmp_path / "story.txt").read_text() == "One went toward it and another towards them.\n"


def test_fixes_revealed_by_a_fix_are_still_applied(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("They said the the the plan would work.\n")
    done = invoke("fix", "--no-grammar", "--rule", "newsroom.RepeatedWord", str(story))
    assert "2 safe fixes applied" in done.stderr
    assert story.read_text() == "They said the plan would work.\n"


class Saying(Checker):
    def __init__(self, rule, source, word, suggestion, safe, severity="warning"):
        self.rule, self.source, self.word = rule, source, word
        self.suggestion, self.safe, self.severity = suggestion, safe, severity

    def check(self, document):
        start = document.text.index(self.word)
        return [
            Flag(
                self.rule,
                self.source,
                "test",
                self.severity,
                "m",
                start,
                start + len(self.word),
                (self.suggestion,),
                safe_fix=self.safe,
            )
        ]


def test_a_safe_spelling_fix_stays_safe_when_merged_into_a_house_rule_saying_the_same():
    document = document_from_text("The color, the color and the colour.\n", "x.txt")
    engine = Engine(
        [
            Saying("spelling.Variant", "spelling", "colour", "color", safe=True),
            Saying("newsroom.OurOr", "style", "colour", "color", safe=False),
        ]
    )
    [merged] = engine.check(document)
    assert merged.rule == "newsroom.OurOr" and merged.safe_fix


def test_a_merged_fix_is_not_safe_when_its_first_suggestion_is_not_the_safe_one():
    document = document_from_text("The zorb went.\n", "x.txt")
    # The house rule leads the merged flag; its own suggestion is not a safe one, so the
    # spelling checker's safe fix of another word must not make the merged fix safe.
    engine = Engine(
        [
            Saying("spelling.Misspelled", "spelling", "zorb", "orb", safe=True),
            Saying("house.Zap", "style", "zorb", "zap", safe=False),
        ]
    )
    [merged] = engine.check(document)
    assert merged.suggestions == ("zap", "orb") and not merged.safe_fix


def test_fix_of_a_variant_under_a_house_rule_is_applied(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("The color was fine, the color stayed and the colour faded.\n")
    done = invoke("fix", "--no-grammar", "--language", "en-US", str(story))
    assert "1 safe fix applied" in done.stderr
    assert story.read_text() == "The color was fine, the color stayed and the color faded.\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("target, cwd", [(".", ""), ("./sub", ""), ("x.txt", ""), ("y y.txt", "sub")])
@pytest.mark.slow
def test_diff_applies_with_git_apply_where_it_was_made(tmp_path, monkeypatch, target, cwd):
    (tmp_path / "sub").mkdir()
    (tmp_path / "x.txt").write_bytes(b"They said the the plan.\r\nIt held.\r\n")
    (tmp_path / "sub" / "y y.txt").write_bytes(b"\xef\xbb\xbfIt was was fine.")
    monkeypatch.chdir(tmp_path / cwd)
    done = invoke("fix", "--diff", "--no-grammar", "--rule", "newsroom.RepeatedWord", target)
    assert done.stdout and "./" not in done.stdout and "../" not in done.stdout
    (tmp_path / "fixes.patch").write_bytes(done.stdout_bytes)  # CRLF kept, as a shell redirect keeps it
    check = subprocess.run(
        ["git", "apply", "--check", "-v", str(tmp_path / "fixes.patch")], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
