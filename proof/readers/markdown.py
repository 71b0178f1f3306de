"""Markdown: the prose only, parsed with markdown-it-py.

Code blocks, HTML blocks and comments and YAML front matter are skipped; inline code,
autolinked URLs and images in a sentence (`![alt](src)`, linked, reference-style or an
inline `<img>`) are read as a stand-in word (`proof.readers.stand_in`), as they are words
of their sentence. An image on a line of its own (alone in its paragraph, or above or
below the text of one) is a picture, not a word: it is skipped. markdown-it-py tells which
source lines each block spans; the text of each inline token is then found in order inside
that block's source, so escapes, emphasis markers and link syntax between words never
shift an offset. The search goes on past a link's or image's target, so no text is ever
placed inside a URL, and what stands for a line break or a paragraph gap covers no inline
markup: a fix that deletes it leaves the markup alone (see `proof.pipeline.placement`).
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
_IMG_TAG = re.compile(r"<img\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Pending:
    """Something met in a block but written only before real text that follows it: a line
    break (`text`, a space, stands for it; nothing after a space left by skipped markup),
    inline code or an image (a stand-in word) or spaces."""

    kind: Literal["break", "code", "image", "space"]
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
        # real text, so code alone is no paragraph and a break or a space before skipped
        # markup at the block's end is no trailing space.
        self.pending: list[_Pending] = []
        self.stand_ins = 0
        # Whether the source line being read has text or code: an image on a line without
        # either is a picture on a line of its own, not a word.
        self.line_has_words = False
        self.lines: list[tuple[int, int]] = []
        self.line_start = builder.length
        self.skipped = False

    def text(self, content: str) -> None:
        if self.skipped and content.startswith(" ") and self._ends_with_space():
            # Skipped inline HTML leaves its two neighbouring spaces behind.
            self.cursor = self.source.find(content, self.cursor, self.limit) + 1 or self.cursor
            content = content[1:]
        self.skipped = False
        words = content.rstrip(" ")
        if words.strip():
            self._words(words)
            content = content[len(words) :]
        if content:
            # Spaces are written only before what follows them: a space before inline HTML
            # or an image on a line of its own that ends the block is no trailing space.
            self._spaces(content)

    def _spaces(self, content: str) -> None:
        found = self.source.find(content, self.cursor, self.limit)
        start, end = (found, found + len(content)) if found >= 0 else (self.cursor, self.cursor)
        self.pending.append(_Pending("space", start, end, content))
        self.cursor = max(self.cursor, end)

    def _words(self, content: str) -> None:
        found = self.source.find(content, self.cursor, self.limit)
        self.line_has_words = True
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
        self.cursor = max(self.cursor, end)
        if not self.line_has_words:
            # A line of images (or markup) only: it and its break are not read, the break
            # before it stands for the gap.
            self._drop_wordless_line()
            return
        # After markup skipped at a line's end, the space before the markup stands for the gap.
        space = "" if self.skipped and self._ends_with_space() else " "
        self.pending.append(_Pending("break", start, end, space))
        self.line_has_words = False

    def _drop_wordless_line(self) -> None:
        """Drop what is pending of the line being read (it has no text or code)."""
        breaks = [i for i, item in enumerate(self.pending) if item.kind == "break"]
        del self.pending[breaks[-1] + 1 if breaks else 0 :]

    def code(self, markup: str) -> None:
        """Inline code, delimited by the backtick string `markup`: a stand-in word for all
        of it, backticks included."""
        start, end = _code_span(self.source, markup, self.cursor, self.limit)
        self.stand_in(start, end)

    def stand_in(self, start: int, end: int) -> None:
        """A stand-in word for the source [start, end): inline code or an autolink."""
        self.pending.append(_Pending("code", start, end))
        self.line_has_words = True
        self.cursor = max(self.cursor, end)

    def image_from(self, opening: str) -> None:
        """The image (or linked image) that opens with `opening`, up to the end of its
        target or label."""
        start = self.source.find(opening, self.cursor, self.limit)
        if start >= 0:
            self._image(start, _link_end(self.source, start + len(opening) - 1, self.limit))

    def image_tag(self, tag: str) -> None:
        start = self.source.find(tag, self.cursor, self.limit)
        if start >= 0:
            self._image(start, start + len(tag))

    def _image(self, start: int, end: int) -> None:
        """A stand-in word for the image at source [start, end), unless its line turns out
        to have no text or code."""
        self.pending.append(_Pending("image", start, end))
        self.skipped = False
        self.cursor = max(self.cursor, end)

    def _ends_with_space(self) -> bool:
        """Whether this block's text so far, pending things included, ends with a space."""
        for item in reversed(self.pending):
            if item.kind in ("code", "image"):
                return False
            if item.text:
                return item.text.endswith(" ")
        return self.wrote_text and self.builder.ends_with(" ")

    def _write_pending(self, count: int) -> None:
        """Write the first `count` pending things, drop the rest."""
        for item in self.pending[:count]:
            if item.kind == "break":
                self.lines.append((self.line_start, self.builder.length))
                self.builder.replace(item.start, item.end, item.text)
                self.line_start = self.builder.length
            elif item.kind in ("code", "image"):
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
        """Move past the `](target "title")` or `][label]` that ends a link, so that the
        text after it is never looked for inside the target (the `.` of a URL)."""
        close = self.source.find("]", self.cursor, self.limit)
        if close >= 0:
            self.cursor = _past_target(self.source, close + 1, self.limit)

    def finish(self) -> tuple[tuple[int, int], ...]:
        """The block's lines, once what is pending is written up to its last stand-in (a
        break or spaces after it stand for nothing read); none if the block had no text."""
        if not self.line_has_words:
            self._drop_wordless_line()
        if not self.wrote_text:
            self.pending.clear()
            return ()
        last = (i + 1 for i, item in enumerate(self.pending) if item.kind in ("code", "image"))
        self._write_pending(max(last, default=0))
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


def _link_end(source: str, bracket: int, limit: int) -> int:
    """Just past the link or image whose text opens with the bracket at `bracket`: past its
    `(target "title")`, its `[label]` or, for a shortcut reference, its text's closing
    bracket (escapes and nested brackets counted); `bracket + 1` if it is not closed."""
    end = _past_closing(source, bracket, limit, "[]")
    return _past_target(source, end, limit) if end is not None else bracket + 1


def _past_target(source: str, end: int, limit: int) -> int:
    """Past the `(target "title")` or `[label]` at `end`, just after a link's text; `end`
    if there is none (a shortcut reference)."""
    if source.startswith("(", end):
        return _past_parenthesis(source, end, limit)
    if source.startswith("[", end):
        return source.find("]", end, limit) + 1 or end
    return end


def _past_parenthesis(source: str, start: int, limit: int) -> int:
    """Just past the parenthesis that closes the one at `start` (escapes and nesting
    counted, as CommonMark's link destinations allow); `start` if it is not closed."""
    end = _past_closing(source, start, limit, "()")
    return end if end is not None else start


def _past_closing(source: str, start: int, limit: int, pair: str) -> int | None:
    """Just past the `pair[1]` that closes the `pair[0]` at `start`, escapes and nesting
    counted; None if none does before `limit`."""
    depth = 0
    i = start
    while i < limit:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        depth += (ch == pair[0]) - (ch == pair[1])
        if depth == 0:
            return i + 1
        i += 1
    return None


def _write_inline(writer: _InlineWriter, children) -> None:
    autolink: int | None = None  # where the autolink being read opens
    read_up_to = 0  # tokens before this one were read with an earlier one (a linked image)
    for index, child in enumerate(children):
        if index < read_up_to:
            continue
        if child.type == "link_open" and child.markup == "autolink":
            autolink = max(writer.source.find("<", writer.cursor, writer.limit), writer.cursor)
        elif autolink is not None:
            if child.type == "link_close":
                closing = writer.source.find(">", autolink, writer.limit)
                writer.stand_in(autolink, closing + 1 if closing >= 0 else writer.cursor)
                autolink = None
        elif child.type == "link_open" and [c.type for c in children[index + 1 : index + 3]] == ["image", "link_close"]:
            # A link whose text is an image is that image, link and all: `[![alt](src)](url)`.
            writer.image_from("[")
            read_up_to = index + 3
        elif child.type == "link_close":
            writer.past_link_target()
        elif child.type == "text":
            writer.text(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            writer.line_break()
        elif child.type == "code_inline":
            writer.code(child.markup)
        elif child.type == "image":
            writer.image_from("![")
        elif child.type == "html_inline" and _IMG_TAG.match(child.content):
            writer.image_tag(child.content)
        elif child.type == "html_inline":
            writer.skip(child.content)


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
