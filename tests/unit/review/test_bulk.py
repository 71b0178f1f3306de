"""Fix all and ignore all in a review session: every flag alike, one step, undo and redo."""

from proof.core.edits import Edit
from proof.core.flag import Flag
from proof.review.bulk import all_fixed, combined
from tests.helpers.review import WordChecker, open_session

TEXT = "A rouge state.\r\nAnother rouge one,\r\nwrapped.\r\n\r\nThe forgo case, rouge again.\r\n"


def session_on(tmp_path, text=TEXT, checkers=None):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode())
    return open_session(str(path), checkers), path


def flag_on(text: str, word: str, suggestion: str, after: int = 0) -> Flag:
    start = text.index(word, after)
    return Flag("test.Rule", "style", "style", "warning", "?", start, start + len(word), (suggestion,))


def test_combined_edit_does_what_the_edits_do():
    text = "one two three two one"
    edits = [Edit(4, 7, "2"), Edit(14, 17, "")]
    assert combined(text, edits) == Edit(4, 17, "2 three ")


def test_all_fixed_is_one_edit_doing_what_the_fixes_do():
    text = "one two three two one"
    flags = [flag_on(text, "two", "2"), flag_on(text, "two", "", after=5)]
    assert all_fixed(text, flags) == Edit(4, 17, "2 three ")


def test_all_fixed_takes_each_emptied_line_as_one_fix_would():
    text = "Story.\n\n  • narrow-browser\n  • above-phone\n  • wide-browser"
    flags = [flag_on(text, token, "") for token in ("• narrow-browser", "• above-phone", "• wide-browser")]
    edit = all_fixed(text, flags)
    assert text[: edit.start] + edit.replacement + text[edit.end :] == "Story.\n"


def test_fix_all_fixes_every_flag_on_the_same_text_as_one_undo_step(tmp_path):
    session, path = session_on(tmp_path)
    [first, *_] = session.flags
    assert session.fix_all(first) == 3
    assert session.text == TEXT.replace("rouge", "rogue")
    assert [session.flagged_text(f) for f in session.flags] == ["forgo"]
    assert session.counts.fixed == 3
    session.undo()
    assert session.text == TEXT
    assert not session.can_undo
    session.save()
    assert path.read_bytes() == TEXT.encode()


def test_fix_all_takes_the_same_fix_for_different_texts_of_one_rule(tmp_path):
    furniture = WordChecker("test.Layout", "style", {"Share": ("",), "Advert": ("",), "Keep": ("kept",)})
    session, _ = session_on(tmp_path, "Share this.\nAdvert here.\nKeep it, Share.\n", [furniture])
    session.fix_all(session.flags[0])
    assert session.text == " this.\n here.\nKeep it, .\n"
    assert [session.flagged_text(f) for f in session.flags] == ["Keep"]


def test_fix_all_needs_a_suggestion(tmp_path):
    names = WordChecker("test.Name", "spelling", {"rouge": ()})
    session, _ = session_on(tmp_path, checkers=[names])
    assert session.fix_all(session.flags[0]) == 0
    assert session.text == TEXT and not session.can_undo


def test_ignore_all_dismisses_the_same_text_only_and_undo_brings_them_back(tmp_path):
    session, _ = session_on(tmp_path)
    assert session.ignore_all(session.flags[0]) == 3
    assert [session.flagged_text(f) for f in session.flags] == ["forgo"]
    assert session.counts.ignored == 3
    assert len(session.state.decided) == 3
    session.undo()
    assert len(session.flags) == 4 and not session.state.decided


def test_redo_does_again_what_undo_undid_until_a_new_action(tmp_path):
    session, _ = session_on(tmp_path)
    session.apply(session.flags[0], "rogue")
    after_fix = session.text
    session.ignore(session.flags[0])
    assert session.undo().startswith("ignore")
    assert session.undo().startswith("fix")
    assert session.text == TEXT
    assert session.redo().startswith("fix")
    assert session.text == after_fix
    assert session.can_redo
    session.apply(session.flags[0], "rogue")
    assert not session.can_redo


def test_a_flag_ignored_between_the_fixed_ones_stays_ignored(tmp_path):
    session, _ = session_on(tmp_path, "A rouge state.\n\nThe forgo case.\n\nAnother rouge one.\n")
    forgo = next(f for f in session.flags if session.flagged_text(f) == "forgo")
    session.ignore(forgo)
    session.fix_all(session.flags[0])
    assert session.text == "A rogue state.\n\nThe forgo case.\n\nAnother rogue one.\n"
    assert session.flags == []
    assert [session.flagged_text(f) for f, _ in session.hidden] == ["forgo"]


BETWEEN = "A rouge state.\n\nThe forgo case.\n\nA forgo again.\n\nAnother rouge one, Baczynska said.\n"


def test_fix_all_lands_on_the_next_open_flag_after_the_one_the_editor_was_on(tmp_path):
    session, _ = session_on(tmp_path, BETWEEN)
    assert session.flagged_text(session.current) == "rouge"
    session.fix_all(session.current)
    assert session.current == session.flags[0]
    assert session.flagged_text(session.current) == "forgo"


def test_fix_all_from_a_later_flag_lands_after_it_not_after_the_last_fixed(tmp_path):
    text = "A rouge state.\n\nThe forgo case, rouge.\n\nA forgo again.\n\nAnother rouge one, Baczynska said.\n"
    session, _ = session_on(tmp_path, text)
    session.select(session.flags[2])
    assert session.flagged_text(session.current) == "rouge"
    session.fix_all(session.current)
    assert [session.flagged_text(f) for f in session.flags] == ["forgo", "forgo", "Baczynska"]
    assert session.current == session.flags[1]


def test_ignore_all_lands_on_the_next_open_flag_after_the_one_the_editor_was_on(tmp_path):
    session, _ = session_on(tmp_path, BETWEEN)
    session.ignore_all(session.current)
    assert session.current == session.flags[0]
    assert session.flagged_text(session.current) == "forgo"
