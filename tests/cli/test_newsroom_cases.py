"""The newsroom consistency checks on errors injected into real published news (CLI).

The cases (`tests/fixtures/newsroom/`, built by `tools/make_newsroom_cases.py` from 52
Reuters-21578 and BBC News articles) are run through `proof check` once; see
`tests/helpers/newsroom_cases.py` for what is counted.
"""

import pytest

from tests.helpers.newsroom_cases import measure

pytestmark = pytest.mark.slow  # every test here starts processes

KINDS = ("weekday", "reference", "figure", "compound", "small", "large", "start", "acronym", "trailer", "dateline")


@pytest.fixture(scope="module")
def tallies():
    return measure()


def test_enough_cases_of_every_kind(tallies):
    assert tallies["published"].controls >= 50
    for kind in KINDS:
        assert tallies[kind].cases >= 10, kind
    assert sum(t.cases for t in tallies.values()) >= 150


@pytest.mark.parametrize("kind", KINDS)
def test_every_injected_error_is_found(tallies, kind):
    assert tallies[kind].missed == []
    assert tallies[kind].detected == tallies[kind].cases


def test_no_false_flags_on_published_copy_or_controls(tallies):
    noise = [line for t in tallies.values() for line in t.noise]
    assert noise == []
