"""Code-point offsets of a text as LSP positions in the encoding negotiated with the client.

proof counts code points; LSP counts UTF-16 units unless the client offered UTF-8 or UTF-32
(`pygls` negotiates, and its `PositionCodec` converts within a line). Lines end at "\\r\\n",
"\\r" or "\\n" as LSP says, not at the other breaks `str.splitlines` knows (form feed, U+2028).
"""

from __future__ import annotations

import bisect

import regex
from lsprotocol import types
from pygls.workspace import PositionCodec

LINE_BREAK = regex.compile(r"\r\n|\r|\n")


class Positions:
    """One text's offsets as positions; the text is split into lines once."""

    def __init__(self, text: str, codec: PositionCodec):
        self._codec = codec
        self._starts = [0] + [match.end() for match in LINE_BREAK.finditer(text)]
        # Each line with its break, as pygls keeps them; the codec reads only up to the position.
        self._lines = [text[start:end] for start, end in zip(self._starts, [*self._starts[1:], len(text)], strict=True)]

    def position(self, offset: int) -> types.Position:
        line = bisect.bisect_right(self._starts, offset) - 1
        in_code_points = types.Position(line=line, character=offset - self._starts[line])
        return self._codec.position_to_client_units(self._lines, in_code_points)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))
