"""Which dialect a document is written in, and the variant table behind it."""

import pytest

from proof.core.dialect import detect_dialect, other_dialect_form, resolve_language, variant_table


@pytest.mark.parametrize(
    "text, dialect",
    [
        ("The defence ministry will organise talks.", "en-GB"),
        ("The defense ministry will organize talks.", "en-US"),
        ("The colour of the flag changed, and the color guard marched.", "en-GB"),
        ("The color guard marched; the colour faded.", "en-US"),
        ("The talks ended without agreement.", None),
        ("He visited Pearl Harbor.", None),
    ],
)
def test_detect_dialect(text, dialect):
    assert detect_dialect(text) == dialect


def test_resolve_language_falls_back_to_american():
    assert resolve_language("auto", "No variant words here.") == "en-US"
    assert resolve_language("en-GB", "The color guard.") == "en-GB"


def test_variant_table_pairs_dialect_exclusive_forms():
    british_only, american_only = variant_table()
    assert british_only["defence"] == "defense" and american_only["defense"] == "defence"
    assert american_only["organize"] == "organise" and american_only["traveled"] == "travelled"
    # American lists accept "travelled" too: it is no variant to flag in American copy.
    assert "travelled" not in british_only
    assert len(british_only) > 1000 and len(american_only) > 1000


@pytest.mark.parametrize(
    "word, language, other",
    [
        ("defense", "en-GB", "defence"),
        ("defence", "en-US", "defense"),
        ("centre", "en-US", "center"),
        ("analyze", "en-GB", "analyse"),
        ("defence", "en-GB", None),
        ("travelled", "en-US", None),
    ],
)
def test_other_dialect_form(word, language, other):
    assert other_dialect_form(word, language) == other
