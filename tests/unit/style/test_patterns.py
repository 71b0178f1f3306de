"""Rule patterns searched in stretches: a long document is searched stretch by stretch,
each under the time limit, and finds what one search of the whole would find."""

import pytest

from proof.style import patterns
from proof.style.patterns import compile_pattern, finditer


@pytest.mark.parametrize("pattern", [r"\w+", r"^\w+", r"\w+$", r"(?<=\.\n\n)\w+", r"[^\s—–-]+"])
def test_a_long_text_split_into_stretches_finds_what_one_search_finds(monkeypatch, pattern):
    text = "\n\n".join(f"Paragraph {i} says{' more' * (i % 7)}." for i in range(200))
    compiled = compile_pattern(pattern)
    whole = [m.span() for m in compiled.finditer(text)]
    monkeypatch.setattr(patterns, "STRETCH", 50)
    assert [m.span() for m in finditer(compiled, text)] == whole
    assert [m.span() for m in finditer(compiled, text, 100, 3000)] == [
        m.span() for m in compiled.finditer(text, 100, 3000)
    ]
