"""What changed since the file was saved: the spans marked, the diff shown."""

from proof.review.changes import changed_spans, unified_diff


def test_changed_spans_are_the_new_text_only():
    saved = "one rouge line\r\nkept\r\nthe forgo case and more\r\n"
    now = "one rogue line\r\nkept\r\nthe case and more\r\n"
    assert [now[s:e] for s, e in changed_spans(saved, now)] == ["rogue", ""]
    start, end = changed_spans(saved, now)[1]
    assert start == end and now.index("the case") + 3 <= start <= now.index("case")


def test_no_change_no_span():
    assert changed_spans("same\n", "same\n") == ()


def test_unified_diff_shows_each_changed_line_once():
    saved = "head\r\none rouge line\r\ntail\r\n"
    now = "head\r\none rogue line\r\ntail\r\n"
    assert unified_diff(saved, now, "a.txt") == [
        "--- a.txt (on disk)",
        "+++ a.txt (to save)",
        "@@ -1,3 +1,3 @@",
        " head",
        "-one rouge line",
        "+one rogue line",
        " tail",
    ]
