"""Counting the open flags and choosing which to show."""

from proof.core.flag import Flag, Source
from proof.review.overview import FlagFilter, next_severity, overview
from tests.helpers.paths import WEB
from tests.helpers.review import copy_of, real_session


def flag(rule: str, source: Source, severity: str) -> Flag:
    return Flag(rule, source, "c", severity, "m", 0, 1)


FLAGS = [
    flag("s.Typo", Source.SPELLING, "error"),
    flag("g.Agree", Source.GRAMMAR, "warning"),
    flag("n.Layout", Source.STYLE, "warning"),
    flag("n.Layout", Source.STYLE, "warning"),
    flag("n.Number", Source.STYLE, "info"),
]


def test_counts_per_source_severity_and_rule():
    counts = overview(FLAGS)
    assert counts.sources == (("spelling", 1), ("style", 3), ("grammar", 1))
    assert counts.severities == (("error", 1), ("warning", 3), ("info", 1))
    assert counts.rules == (("n.Layout", 2), ("g.Agree", 1), ("n.Number", 1), ("s.Typo", 1))


def test_the_web_example_counts_its_fourteen_layout_lines(tmp_path):
    session, runner = real_session(copy_of(WEB, tmp_path))
    try:
        assert ("newsroom.LayoutToken", 14) in session.overview.rules
        assert sum(count for _, count in session.overview.severities) == len(session.flags)
    finally:
        runner.close()


def test_a_filter_shows_what_all_its_fields_let_through():
    assert [f.rule for f in FLAGS if FlagFilter(severity="warning", source="style").shows(f)] == ["n.Layout"] * 2
    assert [f.rule for f in FLAGS if FlagFilter(rule="n.Number").shows(f)] == ["n.Number"]
    assert all(FlagFilter().shows(f) for f in FLAGS)
    assert FlagFilter(source="style", severity="info").describe() == "style · info"
    assert FlagFilter().describe() == ""


def test_severities_cycle_from_all_down_through_the_open_ones():
    assert next_severity(None, ["info", "error"]) == "error"
    assert next_severity("error", ["info", "error"]) == "info"
    assert next_severity("info", ["info", "error"]) is None
    assert next_severity("warning", ["info", "error"]) is None


def test_a_filter_shows_the_flags_it_lets_through_in_their_order():
    assert FlagFilter(source="style", severity="warning").shown(FLAGS) == FLAGS[2:4]
    assert FlagFilter().shown(reversed(FLAGS)) == FLAGS[::-1]
