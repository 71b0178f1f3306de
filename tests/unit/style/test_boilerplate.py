from pathlib import Path

import pytest

from proof.core.edits import Edit, apply_edits
from proof.style.rule import RuleError
from tests.helpers.paths import WEB, WIRE
from tests.helpers.rules import make_rule, pack_rules, run_rule

RESIDUE_WEB = [
    "Reuters logo",
    "March 25, 2013 / 5:16 PM / 5 years ago",
    "Our Standards:The Thomson Reuters Trust Principles.",
    "0 : 0",
]


def boilerplate_flags(text):
    rules = [r for r in pack_rules() if r.info.type == "boilerplate"]
    return [f for r in rules for f in run_rule(r, text)]


def test_every_piece_of_web_residue_is_flagged_and_nothing_else():
    text = Path(WEB).read_text(encoding="utf-8")
    found = sorted((f.start, text[f.start : f.end]) for f in boilerplate_flags(text))
    shown = [t for _, t in found]
    for residue in RESIDUE_WEB:
        assert residue in shown
    layout = [t for t in shown if t.startswith("•")]
    assert len(layout) == 14 and "• narrow-browser-and-phone" in layout
    assert len(shown) == len(RESIDUE_WEB) + 14


def test_wire_headline_label_is_flagged_alone_and_deleting_it_leaves_the_headline():
    text = Path(WIRE).read_text(encoding="utf-8")
    flags = boilerplate_flags(text)
    assert [text[f.start : f.end] for f in flags] == ["You're reading: "]
    fixed = apply_edits(text, [Edit(f.start, f.end, f.suggestions[0]) for f in flags])
    assert fixed.startswith("Russia asks for regular U.S. missile defense consultations\n")


def test_deleting_a_flagged_line_removes_its_text():
    text = "Click here to subscribe\n\nThe talks ended without agreement.\n"
    flags = boilerplate_flags(text)
    assert [(text[f.start : f.end], f.suggestions) for f in flags] == [("Click here to subscribe", ("",))]
    fixed = apply_edits(text, [Edit(f.start, f.end, "") for f in flags])
    assert "subscribe" not in fixed and "The talks ended" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "Readers can subscribe to the newsletter for updates, the company said.\n",
        "Millions follow the president on Twitter.\n",
        "The plant closed 5 years ago.\n",
        "The Reuters logo was redesigned in 2008.\n",
        "Share prices fell on Monday.\n",
    ],
)
def test_prose_that_mentions_furniture_is_not_flagged(text):
    assert boilerplate_flags(text) == []


def test_max_words_and_bad_patterns():
    rule = make_rule("type: boilerplate\nmessage: m\nlines: ['Follow us.*']\nmax_words: 3\n")
    assert [f.start for f in run_rule(rule, "Follow us on X\n")] == []
    assert len(run_rule(rule, "Follow us now\n")) == 1
    with pytest.raises(RuleError) as info:
        make_rule("type: boilerplate\nmessage: m\nlines: ['(']\n")
    assert info.value.field == "lines"


@pytest.mark.parametrize(
    "lines, text, flagged",
    [
        # A back-reference counts the groups of its own pattern only.
        (["(Share) now", r"(\w+) \1"], "bye bye\n", "bye bye"),
        # A flag written for a whole pattern (x: spaces ignored) applies to that pattern only.
        (["(?x) bye bye", "Share now"], "Share now\n", "Share now"),
        # Each pattern's own `flag` group narrows its own flag.
        (["(?P<flag>Read more:) .*", "(?P<flag>Related:) .*"], "Related: talks end\n", "Related:"),
    ],
)
def test_a_line_is_judged_by_each_pattern_as_written(lines, text, flagged):
    rule = make_rule("type: boilerplate\nmessage: m\nlines:\n" + "".join(f"  - '{p}'\n" for p in lines))
    assert [text[f.start : f.end] for f in run_rule(rule, text)] == [flagged]
