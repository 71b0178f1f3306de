import json

import pytest

from proof.core.flag import Flag
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from tests.helpers.cli import run_proof
from tests.helpers.newsroom import found, pack_rule
from tests.helpers.paths import WIRE

DATELINE = pack_rule("DatelineShape")
TRAILER = pack_rule("Trailer")
HEADLINE = pack_rule("HeadlineDialect")
STORY = "Russia said it wanted regular talks on missile defence.\n"


def test_dateline_shape():
    assert found(DATELINE, "MOSCOW, March 25 (Reuters) " + STORY) == [("MOSCOW, March 25 (Reuters)", ())]
    assert found(DATELINE, "MOSCOW, March 25 (Reuters) - " + STORY) == []
    assert found(DATELINE, "NEW YORK, Feb 26 (Reuters) - " + STORY) == []
    assert found(DATELINE, STORY) == []


def test_trailer_required_by_the_house():
    assert found(TRAILER, STORY) == []
    assert [text[:20] for text, _ in found(TRAILER, STORY, trailer=True)] == [STORY[:20]]
    assert found(TRAILER, STORY + "\n(Reporting by A. Reporter; Editing by An Editor)\n", trailer=True) == []


def test_trailer_shape():
    assert len(found(TRAILER, STORY + "\n(Reporting by A. Reporter, Editing by An Editor)\n")) == 1


def test_headline_follows_the_body_dialect():
    text = "Missile defense talks\n\nRussia favours talks on missile defence and its defence.\n"
    assert found(HEADLINE, text) == [("defense", ("defence",))]


@pytest.mark.slow
def test_wire_headline_defense_is_flagged_once():
    done = run_proof("check", "--no-grammar", "--format", "json", "--fail-on", "never", WIRE)
    flags = json.loads(done.stdout)["files"][0]["flags"]
    # The headline's "You're reading:" label is boilerplate, flagged by its own rule.
    assert [f["text"] for f in flags if f["line"] == 1 and f["rule"] != "newsroom.ReadingPrefix"] == ["defense"]


def test_one_finding_two_rules_is_one_flag():
    def flag(rule, severity):
        return Flag(
            rule=rule, source="style", category="c", severity=severity, message="m", start=0, end=3, suggestions=("x",)
        )

    rules = [pack_rule("HeadlineDialect"), pack_rule("DatelineShape")]
    for rule, made in zip(rules, [flag("a.One", "info"), flag("b.Two", "warning")]):
        rule.check = lambda document, made=made: [made]
    document = document_from_text("abc def\n", "a.txt")
    assert [f.rule for f in Engine([StyleChecker(rules)]).check(document)] == ["b.Two"]


def test_dateline_on_a_short_first_wire_line_and_no_dateline_lookalikes():
    table = (
        "ESQUIRE RADIO <EE> 4TH QTR\n\nNEW YORK, Feb 26 (Reuters) Shr profit 15 cts vs four cts\n"
        "    Net profit 72,000\n"
    )
    assert [text for text, _ in found(DATELINE, table)] == ["NEW YORK, Feb 26 (Reuters)"]
    for text in (
        "CML and the Building Society Association (BSA) said lending fell.\n",
        "NATO (the alliance) met on Monday.\n",
    ):
        assert found(DATELINE, "Lending falls\n\n" + text) == [], text
