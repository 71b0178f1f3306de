"""Invariants of placing flags and fixing, tested as properties on generated articles.

Articles are built from a small vocabulary (so words double, as typos do) in each format:
plain text (hard wraps, CRLF, double spaces, emoji, curly quotes), Markdown (links,
emphasis, inline code with punctuation after it, autolinks, front matter, CRLF) and HTML
(inline tags, links, comments, code, scripts, entities). Each format's markup is known to
the generator, so the oracle does not ask the reader what it skipped: it finds the markup
with a pattern of its own.

* `proof fix` (the real engine, every safe fix) leaves the markup as it was;
* no flag, from the real engine or from a checker returning any span and suggestion at
  all, spans markup, and applying any of those fixes leaves the markup as it was;
* every flag's offsets, line and column are in range, for the whole document and for a
  paragraph checked on its own (as review checks grammar).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proof.core.edits import apply_edits
from proof.core.flag import Flag
from proof.core.source import BOM, decode, encode
from proof.pipeline.checker import Checker
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from proof.run.autofix import fix_text, safe_edits
from proof.run.runner import Runner
from proof.settings.config import Config, ConfigFinder, Settings
from proof.settings.overrides import Overrides

WORDS = [
    "the",
    "the",
    "a",
    "story",
    "plan",
    "said",
    "colour",
    "color",
    "towards",
    "is",
    "was",
    "teh",
    "rouge",
    "Minister",
    "officials",
    "its",
    "it's",
    "😀",
    "“quoted”",
    "don’t",
    "café",
]
MARKUP = {
    "md": re.compile(r"(?s)\A---\r?\n.*?\n---\r?\n|`[^`\n]*`|<https://[^>]*>|\]\([^)\s]*\)|\[|\*"),
    "html": re.compile(r"(?s)<!--.*?-->|<(script|code)>.*?</\1>|<[^>]+>"),
    "txt": re.compile(r"(?!)"),
}
LINKS = ["https://example.org/story", "https://example.org/the-the", "/local/plan"]

words = st.sampled_from(WORDS)
phrases = st.lists(words, min_size=1, max_size=4).map(" ".join)


def _md_piece():
    return st.one_of(
        phrases,
        phrases.map(lambda p: f"*{p}*"),
        phrases.map(lambda p: f"**{p}**"),
        st.tuples(phrases, st.sampled_from(LINKS)).map(lambda t: f"[{t[0]}]({t[1]})"),
        phrases.map(lambda p: f"`{p}`"),
        st.tuples(phrases, st.sampled_from([" ,", " .", ",", " ;"])).map(lambda t: f"`{t[0]}`{t[1]}"),
        st.sampled_from(LINKS[:2]).map(lambda link: f"<{link}> ,"),
        st.tuples(phrases, phrases, st.sampled_from(LINKS)).map(lambda t: f"**{t[0]} [{t[1]}]({t[2]})**"),
    )


def _html_piece():
    return st.one_of(
        phrases,
        phrases.map(lambda p: f"<b>{p}</b>"),
        phrases.map(lambda p: f"<i>{p}</i>"),
        st.tuples(phrases, st.sampled_from(LINKS)).map(lambda t: f'<a href="{t[1]}">{t[0]}</a>'),
        phrases.map(lambda p: f"<code>{p}</code>"),
        phrases.map(lambda p: f"<code>{p}</code> ,"),
        phrases.map(lambda p: f"<!-- {p} -->"),
        phrases.map(lambda p: f"<script>{p}</script>"),
        st.tuples(phrases, phrases).map(lambda t: f"<b><i>{t[0]}</i> {t[1]}</b>"),
        st.just("&amp;"),
    )


def _paragraph(piece, breaks):
    return st.lists(st.tuples(piece, st.sampled_from(breaks)), min_size=1, max_size=8).map(
        lambda parts: "".join(p + b for p, b in parts).rstrip() + "."
    )


@st.composite
def articles(draw, fmt: str) -> str:
    """A generated article of format `fmt` ("txt", "md", "html")."""
    if fmt == "md":
        body = "\n\n".join(draw(st.lists(_paragraph(_md_piece(), [" ", " ", "\n"]), min_size=1, max_size=3)))
        front = draw(st.sampled_from(["", "---\ntitle: the the story\n---\n"]))
        return (front + body + "\n").replace("\n", draw(st.sampled_from(["\n", "\r\n"])))
    if fmt == "html":
        paragraphs = draw(st.lists(_paragraph(_html_piece(), [" ", " ", "\n", ""]), min_size=1, max_size=3))
        return "".join(f"<p>{p}</p>\n" for p in paragraphs)
    paragraphs = draw(st.lists(_paragraph(phrases, [" ", " ", "  ", "\n"]), min_size=1, max_size=3))
    return "\n\n".join(paragraphs) + draw(st.sampled_from(["\n", ""]))


def markup(fmt: str, text: str) -> list[str]:
    return [m.group(0) for m in MARKUP[fmt].finditer(text)]


def crosses_markup(fmt: str, text: str, start: int, end: int) -> bool:
    return any(m.start() < end and start < m.end() for m in MARKUP[fmt].finditer(text))


FORMATS = {"txt": "story.txt", "md": "story.md", "html": "story.html"}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """The engine `proof fix --no-grammar` runs, on a project with the default config."""
    root = tmp_path_factory.mktemp("project")
    runner = Runner(ConfigFinder())
    yield runner.engine_for(Config(Overrides(language="en-GB", grammar=False)(Settings()), None, str(root)))
    runner.close()


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=30)
@given(data=st.data())
def test_fix_never_changes_markup(engine, fmt, data):
    article = data.draw(articles(fmt), "article")
    outcome = fix_text(article, FORMATS[fmt], engine.check)
    assert markup(fmt, outcome.document.source) == markup(fmt, article)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=30)
@given(data=st.data())
def test_real_flags_never_span_markup(engine, fmt, data):
    article = data.draw(articles(fmt), "article")
    for flag in engine.check(document_from_text(article, FORMATS[fmt])):
        assert not crosses_markup(fmt, article, flag.start, flag.end), flag


class AnySpans(Checker):
    """A checker as wrong as any engine can be: any offsets, any suggestions, all 'safe'."""

    def __init__(self, spans):
        self.spans = spans

    def check(self, document):
        return [
            Flag("test.Any", "grammar", "test", "warning", "m", start, end, suggestions, safe_fix=True)
            for start, end, suggestions in self.spans
        ]


offsets = st.one_of(st.integers(-5, 200), st.integers(-(10**6), 10**6))
suggestions = st.lists(st.text(alphabet="abcdefghij ", max_size=8), max_size=3).map(tuple)
spans = st.lists(st.tuples(offsets, offsets, suggestions), min_size=1, max_size=8)


def assert_in_range(document, flag):
    assert 0 <= flag.start <= flag.end <= len(document.source), flag
    lines = document.source.splitlines(keepends=True) or [""]
    for offset in (flag.start, flag.end):
        line, column = document.position(offset)
        assert 1 <= line <= len(lines) + 1
        length = len(lines[line - 1].rstrip("\r\n")) if line <= len(lines) else 0
        assert 1 <= column <= length + 1, (offset, line, column)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40)
@given(data=st.data(), found=spans)
def test_any_engine_answer_is_placed_in_range_and_outside_markup(fmt, data, found):
    article = data.draw(articles(fmt), "article")
    document = document_from_text(article, FORMATS[fmt])
    engine = Engine([AnySpans(found)], language="en-GB")
    flags = engine.check(document)
    for paragraph in document.paragraphs:
        flags += engine.check_paragraph(document, paragraph)
    for flag in flags:
        assert_in_range(document, flag)
        assert not crosses_markup(fmt, article, flag.start, flag.end), flag
    fixed = apply_edits(article, safe_edits(article, engine.check(document)))
    assert markup(fmt, fixed) == markup(fmt, article)


@settings(max_examples=30)
@given(articles("txt"), st.booleans(), st.booleans())
def test_fix_keeps_bom_and_crlf_line_endings(engine, article, bom, crlf):
    text = article.replace("\n", "\r\n") if crlf else article
    source = decode(((BOM if bom else "") + text).encode("utf-8"), "story.txt")
    outcome = fix_text(source.text, "story.txt", engine.check)
    written = encode(source, outcome.document.source)
    assert written.startswith(BOM.encode("utf-8")) == bom
    bare_endings = re.findall(rb"\r(?!\n)|(?<!\r)\n", written)
    assert bare_endings == [] if crlf else b"\r" not in written
