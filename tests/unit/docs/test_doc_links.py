"""The README and the manual in docs/ link to each other: every relative link must land.

A link is read as Markdown reads it (markdown-it-py, the parser proof's Markdown reader
uses), so link-like text inside code is not taken for a link. A `#fragment` must name a
heading of the target page, by GitHub's rule for heading anchors.
"""

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[3]
PAGES = sorted(
    [
        ROOT / "README.md",
        ROOT / "benchmarks" / "README.md",
        *(ROOT / "docs").glob("*.md"),
    ]
)
MARKDOWN = MarkdownIt("commonmark").enable("table")


def heading_anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the page's headings: lower case, punctuation dropped,
    spaces as hyphens, a repeated heading numbered -1, -2..."""
    tokens = MARKDOWN.parse(page.read_text(encoding="utf-8"))
    seen: Counter[str] = Counter()
    anchors = set()
    for opening, inline in pairwise(tokens):
        if opening.type != "heading_open":
            continue
        text = "".join(child.content for child in inline.children or [])
        slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
        anchors.add(f"{slug}-{seen[slug]}" if seen[slug] else slug)
        seen[slug] += 1
    return anchors


def relative_links(page: Path) -> list[str]:
    links = []
    for token in MARKDOWN.parse(page.read_text(encoding="utf-8")):
        for child in token.children or []:
            href = child.attrGet("href") if child.type == "link_open" else None
            if href and not urlsplit(href).scheme:
                links.append(href)
    return links


def broken(page: Path, href: str, root: Path = ROOT) -> str | None:
    """Why the link from `page` does not land inside `root`, or None when it does."""
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if not target.is_relative_to(root):
        return "points outside the repository"
    if not target.exists():
        return f"{target.relative_to(root)} does not exist"
    if parts.fragment and parts.fragment not in heading_anchors(target):
        return f"{target.relative_to(root)} has no heading #{parts.fragment}"
    return None


def test_the_manual_has_its_pages():
    assert {page.name for page in (ROOT / "docs").glob("*.md")} >= {
        "README.md",
        "checking-and-reports.md",
        "ci.md",
        "configuration.md",
        "rules.md",
        "spelling.md",
        "grammar.md",
        "newsroom-checks.md",
        "review.md",
        "development.md",
    }


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_lands_on_a_file_and_heading(page):
    failures = [f"{href}: {why}" for href in relative_links(page) if (why := broken(page, href))]
    assert not failures, f"{page.relative_to(ROOT)}: " + "; ".join(failures)


def test_heading_anchors_follow_github():
    page = ROOT / "docs" / "checking-and-reports.md"
    assert {
        "proof-check",
        "json-report---format-json",
        "exit-codes",
    } <= heading_anchors(page)


def test_a_link_to_a_missing_page_or_heading_is_reported(tmp_path):
    tmp_path = tmp_path.resolve()
    page = tmp_path / "page.md"
    page.write_text(
        "# Top\n\n## Top\n\n[a](missing.md) [b](#top-1) [c](#nowhere) [d](https://x.org/y.md)\n",
        encoding="utf-8",
    )
    assert relative_links(page) == ["missing.md", "#top-1", "#nowhere"]
    assert broken(page, "#top-1", root=tmp_path) is None
    assert broken(page, "missing.md", root=tmp_path) == "missing.md does not exist"
    assert broken(page, "#nowhere", root=tmp_path) == "page.md has no heading #nowhere"
    assert broken(page, "../elsewhere.md", root=tmp_path) == "points outside the repository"
