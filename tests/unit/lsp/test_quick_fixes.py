"""The quick fixes write a flag's suggestions as the review and `proof fix` would."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace import PositionCodec

from proof.core.flag import Flag, Source
from proof.lsp.diagnostics import diagnostic, quick_fixes
from proof.lsp.positions import Positions
from proof.lsp.target import EditTarget

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)


def flag_on(text: str, word: str, suggestion: str) -> Flag:
    start = text.index(word)
    return Flag("newsroom.Test", Source.STYLE, "boilerplate", "warning", "m", start, start + len(word), (suggestion,))


def only_edit(text: str, flag: Flag) -> types.TextEdit:
    positions = Positions(text, UTF16)
    target = EditTarget("file:///a.txt", 1, versioned=False)
    (action,) = quick_fixes(target, flag, diagnostic(flag, positions), text, positions)
    (edit,) = action.edit.changes["file:///a.txt"]
    return edit


def test_a_replacement_is_written_over_the_flagged_span_after_an_emoji():
    text = "🚀 rouge states\r\n"
    edit = only_edit(text, flag_on(text, "rouge", "rogue"))
    assert edit.new_text == "rogue"
    assert (edit.range.start.character, edit.range.end.character) == (3, 8)


def test_deleting_a_whole_line_of_page_furniture_takes_the_line_with_its_ending():
    text = "Story text.\r\n  • landscape-tablet\r\nMore text.\r\n"
    edit = only_edit(text, flag_on(text, "• landscape-tablet", ""))
    assert edit.new_text == ""
    assert (edit.range.start.line, edit.range.start.character) == (1, 0)
    assert (edit.range.end.line, edit.range.end.character) == (2, 0)
