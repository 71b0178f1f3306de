"""Offsets as LSP positions: lines end at CRLF, CR or LF only; characters in the client's units."""

from __future__ import annotations

import pytest
from lsprotocol import types
from pygls.workspace import PositionCodec

from proof.lsp.positions import Positions

TEXT = "\U0001f680 caf\u00e9\r\nline two\rthird\x0cstill third \U0001f680 x\n"


def position_of(word: str, encoding: types.PositionEncodingKind) -> types.Position:
    return Positions(TEXT, PositionCodec(encoding)).position(TEXT.index(word))


def test_an_emoji_before_a_word_counts_two_utf16_units_and_four_utf8_bytes():
    assert position_of("caf", types.PositionEncodingKind.Utf16) == types.Position(0, 3)
    assert position_of("caf", types.PositionEncodingKind.Utf8) == types.Position(0, 5)
    assert position_of("caf", types.PositionEncodingKind.Utf32) == types.Position(0, 2)


@pytest.mark.parametrize(
    ("word", "position"),
    [("line", types.Position(1, 0)), ("third", types.Position(2, 0)), ("x\n", types.Position(2, 21))],
)
def test_lines_break_at_crlf_cr_and_lf_but_not_at_a_form_feed(word, position):
    assert position_of(word, types.PositionEncodingKind.Utf16) == position


def test_the_end_of_the_text_is_a_position_after_the_last_break():
    assert Positions(TEXT, PositionCodec()).position(len(TEXT)) == types.Position(3, 0)
