"""Screenshots of the review screen (pytest-textual-snapshot; --snapshot-update regenerates)."""

import pytest

from proof.tui.app import ReviewApp
from tests.helpers.paths import WIRE
from tests.helpers.review import change_on_disk, copy_of, long_rule_checkers, open_session

SIZE = (120, 40)
NARROW = (80, 24)
WIDE = (200, 60)


@pytest.fixture
def app(tmp_path):
    return ReviewApp(open_session(copy_of(WIRE, tmp_path)))


def test_main_screen_on_opening(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE)


def test_main_screen_on_the_rouge_flag(app, snap_compare):
    assert snap_compare(app, press=list("nnnnn"), terminal_size=SIZE)


def test_main_screen_after_a_fix(app, snap_compare):
    assert snap_compare(app, press=list("nnnnna"), terminal_size=SIZE)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_paragraph_editor_on_the_forgo_flag(app, snap_compare, size):
    assert snap_compare(app, press=[*"nnnn", "e"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_diff_of_what_saving_writes(app, snap_compare, size):
    assert snap_compare(app, press=[*"nnnna", "n", "a", "D"], terminal_size=size)


def test_main_screen_at_80x24_stacks_the_flags_under_the_article(app, snap_compare):
    assert snap_compare(app, press=list("nnnnn"), terminal_size=NARROW)


def test_main_screen_at_200x60_widens_the_article(app, snap_compare):
    assert snap_compare(app, press=list("nnnnn"), terminal_size=WIDE)


def test_help_screen_at_80x24(app, snap_compare):
    assert snap_compare(app, press=["f1"], terminal_size=NARROW)


def test_help_screen_at_120x40(app, snap_compare):
    assert snap_compare(app, press=["f1"], terminal_size=SIZE)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_quit_dialog_with_unsaved_changes(app, snap_compare, size):
    assert snap_compare(app, press=["a", "q"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_ignore_rule_dialog_asks_first(app, snap_compare, size):
    assert snap_compare(app, press=["n", "n", "R"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_replacing_a_file_changed_on_disk_asks_with_every_lost_line(tmp_path, snap_compare, size):
    """The question names the file by its base name, so the temporary folder is not in the picture."""
    path = copy_of(WIRE, tmp_path)
    lost = ("A first line someone else added.", "A second line of theirs.", "And a third, the last one.")

    async def save_as_onto_the_changed_file(pilot):
        change_on_disk(path, "", "", "".join(f"\n{line}\n" for line in lost))
        await pilot.press("a", "s")
        await pilot.click("#save-as")
        pilot.app.screen.query_one("Input").value = path
        await pilot.press("enter")
        await pilot.pause()

    app = ReviewApp(open_session(path))
    assert snap_compare(app, run_before=save_as_onto_the_changed_file, terminal_size=size)


def test_header_at_80x24_with_every_filter_on(tmp_path, snap_compare):
    """Spelling (f), errors (v) and one rule (r) after an ignore: the filter's wording gives way,
    the place, counts and "unsaved" stay."""
    app = ReviewApp(open_session(copy_of(WIRE, tmp_path), long_rule_checkers()))
    assert snap_compare(app, press=["i", "f", "v", "r"], terminal_size=NARROW)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_saving_over_a_file_changed_on_disk_offers_save_as_reload_or_cancel(tmp_path, snap_compare, size):
    path = copy_of(WIRE, tmp_path)

    async def save_after_a_change_on_disk(pilot):
        change_on_disk(path, "", "", "\nA line someone else added.\n")
        await pilot.press("a", "s")
        await pilot.pause()

    app = ReviewApp(open_session(path))
    assert snap_compare(app, run_before=save_after_a_change_on_disk, terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_reloading_lists_the_edits_not_reapplied(tmp_path, snap_compare, size):
    """Two fixes whose text someone else rewrote on disk ("defense", "forgo"), one that still applies ("rouge")."""
    path = copy_of(WIRE, tmp_path)

    async def reload_after_their_rewrite(pilot):
        await pilot.press("a", "a", "n", "n", "n")
        assert pilot.app.session.flagged_text(pilot.app.session.current) == "rouge"
        await pilot.press("a")
        change_on_disk(path, "and forgo a new", "and drop a new")
        change_on_disk(path, "defense", "shield")
        await pilot.press("s")
        await pilot.click("#reapply")
        await pilot.pause()

    app = ReviewApp(open_session(path))
    assert snap_compare(app, run_before=reload_after_their_rewrite, terminal_size=size)
