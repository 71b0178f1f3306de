"""Screenshots of the review screen (pytest-textual-snapshot; --snapshot-update regenerates)."""

import pytest

from proof.tui.app import ReviewApp
from tests.helpers.paths import WIRE
from tests.helpers.review import copy_of, open_session

SIZE = (120, 40)


@pytest.fixture
def app(tmp_path):
    return ReviewApp(open_session(copy_of(WIRE, tmp_path)))


def test_main_screen_on_opening(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE)


def test_main_screen_on_the_rouge_flag(app, snap_compare):
    assert snap_compare(app, press=list("nnnnn"), terminal_size=SIZE)


def test_main_screen_after_a_fix(app, snap_compare):
    assert snap_compare(app, press=list("nnnnna"), terminal_size=SIZE)
