"""The newsroom consistency checks on errors injected into real published news (CLI).

The cases (`tests/fixtures/newsroom/`, built by `tools/make_newsroom_cases.py` from 30
Reuters-21578 and 30 BBC News articles) are run through `proof check` once; see
`tests/style/newsroom_cases.py` for what is counted.
"""
import pytest

from tests.style.newsroom_cases import measure

# Kinds whose every injected error must be found; the others name their known misses.
EVERY = ("weekday", "trailer", "dateline", "acronym", "figure", "compound", "small", "large", "start")
KNOWN_MISSES = {
    # "said Wyss" after a quotation the wire story never closes: quoted text is not judged.
    "reference": ["reut2-000-54: newsroom.NameFirstReference 'Wyss'"],
}


@pytest.fixture(scope="module")
def tallies():
    return measure()


def test_enough_cases_of_every_kind(tallies):
    assert tallies["published"].controls >= 60
    for kind in EVERY + ("reference",):
        assert tallies[kind].cases >= 3, kind
    assert sum(t.cases for t in tallies.values()) >= 250


@pytest.mark.parametrize("kind", EVERY)
def test_every_injected_error_is_found(tallies, kind):
    assert tallies[kind].missed == []
    assert tallies[kind].detected == tallies[kind].cases


def test_misses_are_the_known_ones(tallies):
    for kind, known in KNOWN_MISSES.items():
        assert tallies[kind].missed == known


def test_no_false_flags_on_published_copy_or_controls(tallies):
    noise = [line for t in tallies.values() for line in t.noise]
    assert noise == []
