"""Scopes: the stretches of checked text a rule looks at.

`text` is every paragraph (so a pattern never runs across a paragraph break), `paragraph`
the body paragraphs (not headings), `heading` the headings and headlines, `title` the
headline alone (the first paragraph, when it is a heading and not a credit line or byline),
`sentence` every sentence of every paragraph, `line` every source line. Vale's scope names
that mean the same thing are accepted as aliases.
"""

from __future__ import annotations

from proof.core.document import Document
from proof.core.text import sentences
from proof.style.news.article import credits_people

Span = tuple[int, int]

SCOPES = ("text", "paragraph", "heading", "title", "sentence", "line", "list", "blockquote")
ALIASES = {
    "raw": "text",
    "summary": "paragraph",
    "quote": "blockquote",
    **{f"heading.h{n}": "heading" for n in range(1, 7)},
}


def normalise(name: str) -> str | None:
    """The proof scope for a scope name (Vale's included), or None if it is unknown."""
    name = ALIASES.get(name, name)
    return name if name in SCOPES else None


def _spans(document: Document, scope: str) -> list[Span]:
    paragraphs = document.paragraphs
    if scope == "text":
        return [(p.start, p.end) for p in paragraphs]
    if scope == "paragraph":
        return [(p.start, p.end) for p in paragraphs if p.kind != "heading"]
    if scope == "heading":
        return [(p.start, p.end) for p in paragraphs if p.kind == "heading"]
    if scope == "title":
        # A credit line or byline alone at the top (a file holding only one) is short and has
        # no full stop, so the reader takes it for a heading; it is no headline.
        return [
            (p.start, p.end)
            for p in paragraphs[:1]
            if p.kind == "heading" and not credits_people(document.text[p.start : p.end])
        ]
    if scope == "list":
        return [(p.start, p.end) for p in paragraphs if p.kind == "list"]
    if scope == "blockquote":
        return [(p.start, p.end) for p in paragraphs if p.kind == "quote"]
    if scope == "line":
        return [line for p in paragraphs for line in (p.lines or ((p.start, p.end),))]
    return [span for p in paragraphs for span in sentences(document.text, p.start, p.end)]


class ScopeIndex:
    """The spans of each scope in one document, computed once and shared by every rule."""

    def __init__(self) -> None:
        self._document: Document | None = None
        self._text = ""
        self._cache: dict[str, list[Span]] = {}

    def spans(self, document: Document, scope: str) -> list[Span]:
        if document is not self._document or document.text is not self._text:
            self._document, self._text, self._cache = document, document.text, {}
        if scope not in self._cache:
            self._cache[scope] = _spans(document, scope)
        return self._cache[scope]


_INDEX = ScopeIndex()


def scope_spans(document: Document, scopes: tuple[str, ...]) -> list[Span]:
    """The spans of the given scopes, in text order, without duplicates."""
    if len(scopes) == 1:
        return _INDEX.spans(document, scopes[0])
    return sorted({span for scope in scopes for span in _INDEX.spans(document, scope)})
