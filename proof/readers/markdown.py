"""Markdown: the prose only, parsed with markdown-it-py.

Code blocks, HTML blocks and comments, images and YAML front matter are skipped; inline
code and autolinked URLs are read as a stand-in word (`proof.readers.stand_in`), as they
are words of their sentence. markdown-it-py tells which source lines each block spans; the
text of each inline token is then found in order inside that block's source, so escapes,
emphasis markers and link syntax between words never shift an offset. The search goes on
past a link's or image's target, so no text is ever placed inside a URL, and what stands
for a line break or a paragraph gap covers no inline markup: a fix that deletes it leaves
the markup alone (see `proof.pipeline.placement`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from markdown_it import MarkdownIt

from proof.core.document import Document, Paragraph, TextBuilder
from proof.readers.stand_in import LOOK_BEHIND, stand_in_word

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*\r?$", re.DOTALL | re.MULTILINE)
_PARSER = MarkdownIt("commonmark")
_SEARCH_WINDOW = 12
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t>]*")


@dataclass(frozen=True)
class _Pending:
    """Something met in a block but written only before real text that follows it: a line
    break (a space stands for it), inline code (a stand-in word) or text of only spaces."""

    kind: Literal["break", "code", "space"]
    start: int
    end: int
    text: str = ""


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return starts


def _without_front_matter(source: str) -> str:
    m = _FRONT_MATTER.match(source)
    if not m:
        return source
    blanked = re.sub(r"[^\r\n]", " ", m.group(0))
    return blanked + source[m.end() :]


class _InlineWriter:
    """Copies one block's inline text into the builder, locating each piece in the source."""

    def __init__(self, builder: TextBuilder, source: str, start: int, end: int, separate: bool):
        self.builder = builder
        self.separate = separate
        self.wrote_text = False
        self.source = source
        self.block_start = start
        self.cursor = start
        self.limit = end
        # What was met since the last real text, in source order: written before the next
        # real text, so code alone is no paragraph and a break before a skipped image at
        # the block's end is no trailing space.
        self.pending: list[_Pending] = []
        self.stand_ins = 0
        self.lines: list[tuple[int, int]] = []
        self.line_start = builder.length
        self.skipped = False

    def text(self, content: str) -> None:
        if self.skipped and content.startswith(" ") and self._ends_with_space():
            # A skipped image or inline HTML leaves its two neighbouring spaces behind.
            self.cursor = self.source.find(content, self.cursor, self.limit) + 1 or self.cursor
            content = content[1:]
        self.skipped = False
        if not content:
            return
        found = self.source.find(content, self.cursor, self.limit)
        if content.isspace():
            start, end = (found, found + len(content)) if found >= 0 else (self.cursor, self.cursor)
            self.pending.append(_Pending("space", start, end, content))
            self.cursor = max(self.cursor, end)
            return
        if self.separate:
            # Between the blocks, not after markup that opens this one (`code` skipped).
            self.builder.replace(self.block_start, self.block_start, "\n\n")
            self.line_start = self.builder.length
            self.separate = False
        self._write_pending(len(self.pending))
        self.wrote_text = True
        if found >= 0:
            self.builder.copy(found, content)
            self.cursor = found + len(content)
        else:
            self._text_by_character(content)

    def line_break(self) -> None:
        # The space stands for the line break and the quote markers and indent after it,
        # not for inline markup on either side ("*the*\nthe", "the\n[the](url)", "`x`"):
        # a fix that deletes the space must leave that markup alone.
        brk = _LINE_BREAK.search(self.source, self.cursor, self.limit)
        start, end = brk.span() if brk else (self.cursor, self.cursor)
        self.pending.append(_Pending("break", start, end))
        self.cursor = max(self.cursor, end)

    def code(self, markup: str) -> None:
        """Inline code, delimited by the backtick string `markup`: a stand-in word for all
        of it, backticks included."""
        start, end = _code_span(self.source, markup, self.cursor, self.limit)
        self.stand_in(start, end)

    def stand_in(self, start: int, end: int) -> None:
        self.pending.append(_Pending("code", start, end))
        self.cursor = max(self.cursor, end)

    def _ends_with_space(self) -> bool:
        """Whether this block's text so far, pending things included, ends with a space."""
        if self.pending:
            return self.pending[-1].kind == "break" or self.pending[-1].text.endswith(" ")
        return self.wrote_text and self.builder.ends_with(" ")

    def _write_pending(self, count: int) -> None:
        """Write the first `count` pending things, drop the rest."""
        for item in self.pending[:count]:
            if item.kind == "break":
                self.lines.append((self.line_start, self.builder.length))
                self.builder.replace(item.start, item.end, " ")
                self.line_start = self.builder.length
            elif item.kind == "code":
                word = stand_in_word(self.builder.tail(LOOK_BEHIND), self.stand_ins)
                self.builder.stand_in(item.start, item.end, word)
                self.stand_ins += 1
            elif item.end > item.start:
                self.builder.copy(item.start, item.text)
            else:
                self.builder.replace(item.start, item.end, item.text)
        self.pending.clear()

    def _text_by_character(self, content: str) -> None:
        # Escapes and entities make the token differ from the source; place each
        # character at its nearest occurrence so the map stays monotonic.
        for ch in content:
            found = self.source.find(ch, self.cursor, min(self.limit, self.cursor + _SEARCH_WINDOW))
            if found >= 0:
                self.builder.copy(found, ch)
                self.cursor = found + 1
            else:
                self.builder.replace(self.cursor, self.cursor, ch)

    def skip(self, content: str) -> None:
        found = self.source.find(content, self.cursor, self.limit) if content else -1
        if found >= 0:
            self.cursor = found + len(content)
        self.skipped = True

    def past_link_target(self) -> None:
        """Move past the `](target "title")` or `][label]` that ends a link or an image, so
        that the text after it is never looked for inside the target (the `.` of a URL)."""
        close = self.source.find("]", self.cursor, self.limit)
        if close < 0:
            return
        end = close + 1
        if self.source.startswith("(", end):
            end = _past_parenthesis(self.source, end, self.limit)
        elif self.source.startswith("[", end):
            end = self.source.find("]", end, self.limit) + 1 or end
        self.cursor = end

    def finish(self) -> tuple[tuple[int, int], ...]:
        """The block's lines, once what is pending is written up to its last inline code
        (a break or spaces after it stand for nothing read); none if the block had no text."""
        if not self.wrote_text:
            self.pending.clear()
            return ()
        self._write_pending(max((i + 1 for i, item in enumerate(self.pending) if item.kind == "code"), default=0))
        self.lines.append((self.line_start, self.builder.length))
        return tuple(self.lines)


def _code_span(source: str, markup: str, start: int, limit: int) -> tuple[int, int]:
    """The source span of the inline code whose backtick string `markup` opens at or after
    `start`: from it to the first backtick string as long as it (CommonMark's closer)."""
    opening = source.find(markup, start, limit)
    if opening < 0:
        return start, start
    closer = re.compile(rf"(?<!`){markup}(?!`)").search(source, opening + len(markup), limit)
    return opening, closer.end() if closer else opening + len(markup)


def _past_parenthesis(source: str, start: int, limit: int) -> int:
    """Just past the parenthesis that closes the one at `start` (escapes and nesting
    counted, as CommonMark's link destinations allow); `start` if it is not closed."""
    depth = 0
    i = start
    while i < limit:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i + 1
        i += 1
    return start


def _write_inline(writer: _InlineWriter, children) -> None:
    autolink: int | None = None  # where the autolink being read opens
    for child in children:
        if child.type == "link_open" and child.markup == "autolink":
            autolink = max(writer.source.find("<", writer.cursor, writer.limit), writer.cursor)
        elif autolink is not None:
            if child.type == "link_close":
                closing = writer.source.find(">", autolink, writer.limit)
                writer.stand_in(autolink, closing + 1 if closing >= 0 else writer.cursor)
                autolink = None
        elif child.type == "link_close":
            writer.past_link_target()
        elif child.type == "text":
            writer.text(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            writer.line_break()
        elif child.type == "code_inline":
            writer.code(child.markup)
        elif child.type in ("html_inline", "image"):
            writer.skip(child.content)
            if child.type == "image":
                writer.past_link_target()


def read_markdown(source: str, path: str = "<text>") -> Document:
    parsed = _without_front_matter(source)
    tokens = _PARSER.parse(parsed)
    starts = _line_starts(source)
    builder = TextBuilder()
    paragraphs: list[Paragraph] = []
    containers: list[str] = []
    kind = "text"
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type == "heading_open":
            kind = "heading"
        elif token.type == "paragraph_open":
            kind = containers[-1] if containers else "text"
        elif token.type == "inline" and token.map:
            block_start = starts[token.map[0]]
            block_end = starts[token.map[1]] if token.map[1] < len(starts) else len(source)
            writer = _InlineWriter(builder, source, block_start, block_end, bool(paragraphs))
            _write_inline(writer, token.children or [])
            lines = writer.finish()
            if lines:
                paragraphs.append(Paragraph(lines[0][0], builder.length, kind, lines))
    text, offsets = builder.build()
    return Document(path=path, source=source, text=text, paragraphs=tuple(paragraphs), offsets=offsets, format="md")
