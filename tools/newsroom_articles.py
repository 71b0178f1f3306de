"""The articles of the newsroom consistency cases: the record `make_newsroom_cases.py`
writes to `articles.jsonl`, and the plain-text file each one becomes (the cases' edits
are offsets into that text, so the generator and the tests that measure them share it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    id: str
    source: str  # "reuters" or "bbc"
    title: str
    dateline: str  # "SALVADOR, Feb 26" (Reuters), or ""
    date: str  # ISO date of a Reuters story, or ""
    body: str


def render(article: Article) -> str:
    """The article as a plain-text file: headline, blank line, dateline and body."""
    lead = f"{article.dateline} (Reuters) - " if article.dateline else ""
    return f"{article.title}\n\n{lead}{article.body}\n"
