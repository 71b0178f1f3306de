"""Screenshots of the overview and consistency screens at 80x24 and 120x40
(pytest-textual-snapshot; --snapshot-update regenerates)."""

import pytest

from proof.tui.app import ReviewApp
from tests.helpers.paths import VARIANTS
from tests.helpers.review import copy_of, real_session

SIZES = [(80, 24), (120, 40)]


@pytest.fixture
def app(tmp_path):
    session, runner = real_session(copy_of(VARIANTS, tmp_path))
    yield ReviewApp(session)
    runner.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_consistency_screen(app, snap_compare, size):
    assert snap_compare(app, press=["c"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_overview_screen(app, snap_compare, size):
    assert snap_compare(app, press=["o"], terminal_size=size)
