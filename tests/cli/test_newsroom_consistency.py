"""Acceptance of the newsroom consistency checks on the two example articles (CLI)."""

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.newsroom_cases import RULES
from tests.helpers.paths import EXAMPLES, FIXTURES, WEB, WIRE

pytestmark = pytest.mark.slow  # every test here starts processes

CONSISTENCY_RULES = (
    "newsroom.WeekdayDate",
    "newsroom.NameFirstReference",
    "newsroom.NameRepeated",
    "newsroom.CompoundForms",
    "newsroom.LedeFigures",
)

# The four errors, as patterns (the two articles wrap lines differently).
EDITS = [
    (r"Shoigu, on Monday told", "Shoigu, on Tuesday told"),
    (r"Anatoly\s+Antonov, a deputy of Shoigu", "Antonov, a deputy of Shoigu"),
    (r"held between Antonov and", "held between Anatoly Antonov and"),
    (r"the report said\.", "the report said. The Pentagon will add 12 interceptors in Alaska."),
    (r"Moscow has said the shield", "Moscow has said the antimissile shield"),
]
FOUR = [
    ("newsroom.WeekdayDate", "on Tuesday"),
    ("newsroom.NameFirstReference", "Antonov"),
    ("newsroom.LedeFigures", "12 interceptors"),
    ("newsroom.CompoundForms", "antimissile"),
]


def flags(path, *options):
    done = run_proof("check", "--no-grammar", "--format", "json", "--fail-on", "never", *options, str(path))
    assert done.returncode == 0, done.stderr
    return [(f["rule"], f["text"]) for f in json.loads(done.stdout)["files"][0]["flags"]]


def ours(found):
    return sorted(f for f in found if f[0] in CONSISTENCY_RULES)


def edited_copy(article, folder):
    text = Path(article).read_text(encoding="utf-8")
    for old, new in EDITS:
        text, n = re.subn(old, new, text)
        assert n == 1, old
    path = folder / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def wire_copy(tmp_path):
    return edited_copy(WIRE, tmp_path)


@pytest.mark.parametrize("article", [WIRE, WEB])
def test_examples_raise_no_consistency_flag(article):
    assert ours(flags(article)) == []
    assert ours(flags(article, "--date", "2013-03-25")) == []


def test_edited_wire_copy_gets_exactly_the_four_flags(wire_copy):
    assert ours(flags(wire_copy, "--date", "2013-03-25")) == sorted(FOUR)


@pytest.mark.parametrize("article", [WIRE, WEB])
def test_the_four_edits_add_exactly_four_flags_to_everything_proof_reports(article, tmp_path):
    """Every checker, with the examples' own config: the edited copy's flags are the
    original's (an edited sentence may change a flag's text, not its rule) plus the four."""
    config = ("--config", f"{EXAMPLES}/proof.toml")
    before, after = flags(article, *config), flags(edited_copy(article, tmp_path), *config)
    assert set(FOUR) <= set(after)

    def rules(found):
        return Counter(rule for rule, _ in found)

    assert rules(after) - rules(before) == rules(FOUR)
    assert not rules(before) - rules(after)


def test_date_from_config_file(wire_copy, tmp_path):
    shutil.copy(f"{EXAMPLES}/proof.toml", tmp_path / "proof.toml")
    assert ("newsroom.WeekdayDate", "on Tuesday") in flags(wire_copy)


def test_without_a_year_the_weekday_is_not_judged(wire_copy):
    assert ("newsroom.WeekdayDate", "on Tuesday") not in flags(wire_copy, "--config", "/dev/null")


def test_rules_can_be_switched_off_and_relevelled(wire_copy, tmp_path):
    (tmp_path / "proof.toml").write_text(
        '[rules]\n"newsroom.WeekdayDate" = "off"\n"newsroom.CompoundForms" = "info"\n', encoding="utf-8"
    )
    done = run_proof(
        "check", "--no-grammar", "--format", "json", "--fail-on", "never", "--date", "2013-03-25", str(wire_copy)
    )
    found = json.loads(done.stdout)["files"][0]["flags"]
    assert not [f for f in found if f["rule"] == "newsroom.WeekdayDate"]
    assert [f["severity"] for f in found if f["rule"] == "newsroom.CompoundForms"] == ["info"]


def test_bad_date_is_a_usage_error(wire_copy):
    done = run_proof("check", "--date", "25/03/2013", str(wire_copy))
    assert done.returncode == 2
    assert "YYYY-MM-DD" in done.stderr


# One story with one error of each kind the newsroom consistency checks find.
EVERY_CHECK = f"{FIXTURES}/newsroom/every-check.txt"
# The checks of the newsroom consistency issue, named without their pack.
CHECKS = tuple(sorted(rule.removeprefix("newsroom.") for rule in RULES))


def _every_check(tmp_path, level=None):
    """Rules of the newsroom checks flagging the story, under a config that sets them all
    to `level` ("off", "error"...); the headline's 'defense' is left to HeadlineDialect."""
    levels = "".join(f'"newsroom.{name}" = "{level}"\n' for name in CHECKS) if level else ""
    (tmp_path / "proof.toml").write_text(
        f'language = "en-GB"\n[rules]\n"newsroom.Defence" = "off"\n{levels}', encoding="utf-8"
    )
    shutil.copy(EVERY_CHECK, tmp_path / "story.txt")
    done = run_proof("check", "--no-grammar", "--format", "json", "--fail-on", "never", str(tmp_path / "story.txt"))
    assert done.returncode == 0, done.stderr
    return [
        (f["rule"], f["severity"])
        for f in json.loads(done.stdout)["files"][0]["flags"]
        if f["rule"].removeprefix("newsroom.") in CHECKS
    ]


def test_every_check_is_listed():
    done = run_proof("rules", "list")
    listed = {line.split()[0] for line in done.stdout.splitlines() if line.strip()}
    assert {f"newsroom.{name}" for name in CHECKS} <= listed


def test_every_check_fires_and_obeys_the_config(tmp_path):
    assert sorted(rule for rule, _ in _every_check(tmp_path)) == sorted(f"newsroom.{name}" for name in CHECKS)
    assert _every_check(tmp_path, "off") == []
    relevelled = _every_check(tmp_path, "error")
    assert len(relevelled) == len(CHECKS) and {severity for _, severity in relevelled} == {"error"}
