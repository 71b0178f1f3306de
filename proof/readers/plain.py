"""Plain text and newswire copy.

Paragraphs are separated by blank lines or, in hard-wrapped copy, by an indented first
line (the Reuters convention). Inside a paragraph, a hard line break and the white space
around it become one space, so a sentence that spans lines is checked as one sentence.

Whether a file is hard-wrapped is judged from the file itself: copy whose lines run on
for hundreds of characters (one paragraph a line, as scraped web copy is) is not wrapped,
so each of its lines is a paragraph of its own; in wrapped copy, two lines are joined only
when the first one is full, that is when the next line's first word would not have fitted
on it, or when the next line goes on in lower case. A short line ends a paragraph, as a
headline or a logo line does.
"""

from __future__ import annotations

import re

from proof.core.document import Document, Paragraph, TextBuilder

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_BULLET = re.compile(r"[•\-*·▪◦]\s")
_LONG_LINE = 100
_FULL = 0.75
_END_PUNCTUATION = tuple('.!?:;,"”’)')
_SENTENCE_END = tuple(".!?")


class _Line:
    __slots__ = ("start", "text")

    def __init__(self, start: int, text: str):
        self.start = start
        self.text = text

    @property
    def content_start(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())

    @property
    def indented(self) -> bool:
        return self.text.startswith(("  ", "\t")) or bool(_BULLET.match(self.content))


def _lines(text: str) -> list[_Line]:
    lines = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and not m.group(0):
            break
        lines.append(_Line(m.start(1), m.group(1)))
    return lines


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    blocks, current = [], []
    for line in lines:
        if line.content:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_hard_wrapped(blocks: list[list[_Line]]) -> bool:
    long_lines = sum(len(line.content) > _LONG_LINE for block in blocks for line in block)
    continued = sum(len(block) - 1 for block in blocks)
    return long_lines * 2 < continued


def _wrap_width(blocks: list[list[_Line]]) -> int:
    widths = [
        len(line.text.rstrip()) for block in blocks for line in block[:-1] if len(line.text.rstrip()) <= _LONG_LINE
    ]
    return max(widths, default=72)


def _joins(line: _Line, following: _Line, wrapped: bool, width: int) -> bool:
    if not wrapped or following.indented:
        return False
    first_word = following.content.split(None, 1)[0]
    if first_word[:1].islower() and not line.content.endswith(_SENTENCE_END):
        # wire copy is sometimes wrapped well short of its width; a line that goes on
        # in lower case is still the same sentence
        return True
    return len(line.text.rstrip()) + 1 + len(first_word) > _FULL * width


def _paragraph_lines(blocks: list[list[_Line]], wrapped: bool, width: int) -> list[list[_Line]]:
    paragraphs = []
    for block in blocks:
        current = [block[0]]
        for line in block[1:]:
            if _joins(current[-1], line, wrapped, width):
                current.append(line)
            else:
                paragraphs.append(current)
                current = [line]
        paragraphs.append(current)
    return paragraphs


def _kind(lines: list[_Line]) -> str:
    content = lines[0].content
    if (
        len(lines) == 1
        and not content.endswith(_END_PUNCTUATION)
        and len(content.split()) <= 20
        and content[:1].isupper()
    ):
        return "heading"
    if _BULLET.match(content):
        return "list"
    return "text"


def read_plain(source: str, path: str = "<text>") -> Document:
    blocks = _blocks(_lines(source))
    wrapped = _is_hard_wrapped(blocks)
    width = _wrap_width(blocks)
    builder = TextBuilder()
    paragraphs = []
    previous_end = 0
    for lines in _paragraph_lines(blocks, wrapped, width):
        if paragraphs:
            builder.replace(previous_end, lines[0].content_start, "\n\n")
        start = builder.length
        spans = []
        for i, line in enumerate(lines):
            if i:
                builder.replace(lines[i - 1].content_end, line.content_start, " ")
            line_start = builder.length
            builder.copy(line.content_start, line.content)
            spans.append((line_start, builder.length))
        previous_end = lines[-1].content_end
        paragraphs.append(Paragraph(start, builder.length, _kind(lines), tuple(spans)))
    text, offsets = builder.build()
    return Document(path=path, source=source, text=text, paragraphs=tuple(paragraphs), offsets=offsets, format="txt")
