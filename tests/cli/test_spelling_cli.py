"""Spelling flags through the real `proof check` command: rules, suggestions, positions."""

import json

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import EXAMPLES

pytestmark = pytest.mark.slow  # every test here starts processes


def check_json(*args):
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def spelling_flags(report):
    return [f for entry in report["files"] for f in entry["flags"] if f["source"] == "spelling"]


NAMES = {
    "Shoigu",
    "Hagel",
    "Antonov",
    "Ushakov",
    "Donilon",
    "Baczynska",
    "MacSwan",
    "RIA",
    "NATO",
    "U.S",
    "U.S.",
    "U.N",
    "U.N.",
    "MOSCOW",
}


def test_examples_flag_the_american_headline_spelling_under_en_gb_and_no_name():
    report = check_json(EXAMPLES)
    flags = [f for entry in report["files"] for f in entry["flags"]]
    defense = [f for f in flags if f["text"] == "defense"]
    assert [(f["line"], f["suggestions"][0]) for f in defense] == [(1, "defence")]
    assert not {f["text"] for f in flags} & NAMES
    assert {f["text"] for f in spelling_flags(report)} <= {"defense"}


def test_examples_under_en_us_flag_the_british_body():
    flags = spelling_flags(check_json("--language", "en-US", EXAMPLES))
    assert {f["text"] for f in flags} == {"defence", "defences"}


@pytest.mark.parametrize(
    "source, line, column",
    [
        # right after a hard line break
        ("The minister said on Monday that the summit would certainly\ndefinately go ahead in May.\n", 2, 1),
        # right after a curly quote
        ("He told reporters: “definately not,” and left the room.\n", 1, 21),
        # right after an emoji (one code point, two UTF-16 units)
        ("Great news \U0001f389 definately for the team.\n", 1, 14),
        # in a file with CRLF line endings
        ("First line of copy.\r\n\r\nThe summit will definately go ahead.\r\n", 3, 17),
    ],
)
def test_flag_positions_are_exact_in_the_source(tmp_path, source, line, column):
    path = tmp_path / "story.txt"
    path.write_bytes(source.encode("utf-8"))
    (tmp_path / "proof.toml").write_text('language = "en-GB"\n', encoding="utf-8")
    [flag] = spelling_flags(check_json(str(path)))
    offset = source.index("definately")
    assert (flag["offset"], flag["length"], flag["line"], flag["column"]) == (offset, 10, line, column)
    assert flag["text"] == "definately" and flag["suggestions"][0] == "definitely"
    assert flag["rule"] == "spelling.Misspelled" and flag["severity"] == "error"


def test_name_variant_through_the_cli(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Vladimir Putin returned to the Kremlin in May.\n\nPutn said the talks had been useful.\n", encoding="utf-8"
    )
    [flag] = spelling_flags(check_json(str(path)))
    assert (flag["text"], flag["rule"], flag["suggestions"]) == ("Putn", "spelling.NameVariant", ["Putin"])


def test_project_dictionary_default_location(tmp_path):
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    (tmp_path / ".proof").mkdir()
    (tmp_path / ".proof" / "dictionary.txt").write_text("blorptan\n", encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("The blorptan met the goverment.\n", encoding="utf-8")
    assert [f["text"] for f in spelling_flags(check_json(str(path)))] == ["goverment"]


def test_missing_configured_dictionary_is_exit_2_naming_it(tmp_path):
    (tmp_path / "proof.toml").write_text('dictionary = ["desk-words.txt"]\n', encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("Fine copy.\n", encoding="utf-8")
    done = run_proof("check", "--no-grammar", str(path))
    assert done.returncode == 2
    assert "desk-words.txt" in done.stderr


def test_spelling_rules_can_be_turned_off(tmp_path):
    (tmp_path / "proof.toml").write_text('[rules]\n"spelling" = "off"\n', encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("The summit will definately go ahead.\n", encoding="utf-8")
    assert spelling_flags(check_json(str(path))) == []
