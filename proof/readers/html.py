"""HTML: the visible article text, through the standard library's HTML parser.

Scripts, styles, navigation, page headers and footers, forms and code are skipped; block
elements end paragraphs; runs of white space become one space; entities are decoded and
mapped back to the whole `&...;` reference in the source.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from proof.core.document import Document, Paragraph, TextBuilder

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

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _close_paragraph(self) -> None:
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
                return
            if self.paragraphs:
                self.builder.replace(source_start, source_start, "\n\n")
            self.open_start = self.builder.length
        if verbatim:
            self.builder.copy(source_start, text)
        else:
            self.builder.replace(source_start, source_end, text)

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
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
            if (
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
