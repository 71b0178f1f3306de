"""HTML: the visible article text, through the standard library's HTML parser.

Scripts, styles, navigation, page headers and footers, forms and code blocks are skipped;
inline `<code>` and `<img>` are read as a stand-in word (`proof.readers.stand_in`), as
they are words of their sentence (an image alone in a block is no paragraph, as code alone
is not); block elements end paragraphs; runs of white space become one space;
entities are decoded and mapped back to the whole `&...;` reference in the source.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from proof.core.document import Document, Paragraph, TextBuilder
from proof.readers.stand_in import LOOK_BEHIND, stand_in_word

SKIPPED = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "template",
    "svg",
    "head",
    "form",
    "button",
    "select",
    "code",
    "pre",
    "iframe",
    "object",
    "canvas",
}
BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "article",
    "section",
    "main",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "hr",
    "address",
    "aside",
    "body",
    "caption",
}
KINDS = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list",
    "blockquote": "quote",
}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_WHITESPACE = re.compile(r"\s+")
_REFERENCE = re.compile(r"&#?[0-9A-Za-z]+;?")


class _Collector(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.builder = TextBuilder()
        self.paragraphs: list[Paragraph] = []
        self.skip_depth = 0
        self.open_start: int | None = None
        self.kind_stack: list[str] = []
        # Where the inline <code> being skipped opens; the code, images and white space met
        # before any text of a paragraph, as (is a stand-in, source start, source end),
        # written when text follows (code alone is no paragraph); how many stand-ins the
        # paragraph holds.
        self.code_start: int | None = None
        self.pending: list[tuple[bool, int, int]] = []
        self.stand_ins = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _close_paragraph(self) -> None:
        self.pending.clear()
        self.stand_ins = 0
        if self.open_start is None:
            return
        end = self.builder.length_without_trailing_spaces(self.open_start)
        if end > self.open_start:
            kind = self.kind_stack[-1] if self.kind_stack else "text"
            self.paragraphs.append(Paragraph(self.open_start, end, kind, ((self.open_start, end),)))
        self.open_start = None

    def _emit(self, source_start: int, text: str, verbatim: bool, source_end: int) -> None:
        if self.skip_depth:
            return
        if self.open_start is None:
            if not text.strip():
                if self.pending and self.pending[-1][0]:
                    self.pending.append((False, source_start, source_start + 1 if verbatim else source_end))
                return
            self._open_paragraph(source_start)
        if verbatim:
            self.builder.copy(source_start, text)
        else:
            self.builder.replace(source_start, source_end, text)

    def _open_paragraph(self, source_start: int) -> None:
        if self.paragraphs:
            separated_at = self.pending[0][1] if self.pending else source_start
            self.builder.replace(separated_at, separated_at, "\n\n")
        self.open_start = self.builder.length
        for is_code, start, end in self.pending:
            if is_code:
                self._stand_in(start, end)
            else:
                self._space(start, end)
        self.pending.clear()

    def _space(self, start: int, end: int) -> None:
        """One space for the white space [start, end): itself, if it is one space."""
        if self.source[start:end] == " ":
            self.builder.copy(start, " ")
        else:
            self.builder.replace(start, end, " ")

    def _stand_in(self, start: int, end: int) -> None:
        self.builder.stand_in(start, end, stand_in_word(self.builder.tail(LOOK_BEHIND), self.stand_ins))
        self.stand_ins += 1

    def _stand_in_met(self, start: int, end: int) -> None:
        """Inline code or an image at source [start, end)."""
        if self.open_start is None:
            self.pending.append((True, start, end))
        else:
            self._stand_in(start, end)

    def handle_starttag(self, tag, attrs):
        if tag == "img" and not self.skip_depth:
            start = self._offset()
            self._stand_in_met(start, start + len(self.get_starttag_text() or ""))
            return
        if tag in SKIPPED:
            if tag == "code" and not self.skip_depth:
                self.code_start = self._offset()
            if tag not in VOID:
                self.skip_depth += 1
            return
        if tag in BLOCKS:
            self._close_paragraph()
            if tag in KINDS:
                self.kind_stack.append(KINDS[tag])

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            if tag == "code" and not self.skip_depth and self.code_start is not None:
                start = self._offset()
                self._stand_in_met(self.code_start, self.source.find(">", start) + 1 or len(self.source))
                self.code_start = None
            return
        if tag in BLOCKS:
            self._close_paragraph()
            if tag in KINDS and self.kind_stack:
                self.kind_stack.pop()

    def handle_data(self, data):
        start = self._offset()
        position = 0
        for m in _WHITESPACE.finditer(data):
            self._emit(start + position, data[position : m.start()], True, 0)
            if (self.pending and self.open_start is None) or (
                self.open_start is not None
                and self.builder.length > self.open_start
                and not self.builder.ends_with(" ")
            ):
                # One space stands for itself; any other run of white space is replaced.
                self._emit(start + m.start(), " ", m.group() == " ", start + m.end())
            position = m.end()
        self._emit(start + position, data[position:], True, 0)

    def _reference(self):
        start = self._offset()
        m = _REFERENCE.match(self.source, start)
        end = m.end() if m else start
        self._emit(start, html.unescape(self.source[start:end]), False, end)

    def handle_entityref(self, name):
        self._reference()

    def handle_charref(self, name):
        self._reference()


def read_html(source: str, path: str = "<text>") -> Document:
    collector = _Collector(source)
    collector.feed(source)
    collector.close()
    collector._close_paragraph()
    text, offsets = collector.builder.build()
    return Document(
        path=path, source=source, text=text, paragraphs=tuple(collector.paragraphs), offsets=offsets, format="html"
    )
