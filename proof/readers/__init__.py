"""Readers turn a file's text into a Document; the format comes from the file name."""

from __future__ import annotations

import os

from proof.core.document import Document
from proof.core.source import SourceFile, read_source
from proof.readers.html import read_html
from proof.readers.markdown import read_markdown
from proof.readers.plain import read_plain

READERS = {".txt": read_plain, ".md": read_markdown, ".markdown": read_markdown, ".html": read_html, ".htm": read_html}
SUPPORTED_SUFFIXES = tuple(READERS)


def reader_for(path: str):
    return READERS.get(os.path.splitext(path)[1].lower(), read_plain)


def document_from_source(source: SourceFile) -> Document:
    return reader_for(source.path)(source.text, source.path)


def load_document(path: str) -> Document:
    """Read and parse a file; raises `InputError` with a message naming the file."""
    return document_from_source(read_source(path))


def document_from_text(text: str, path: str = "<text>") -> Document:
    return reader_for(path)(text, path)
