"""A file changed on disk during a review: the session's edits put onto the new text, and
what saving over it would lose, named."""

from proof.review.conflict import changes_made, reapplied, what_would_be_lost

READ = "Attacks by rouge states.\n\nThe talks will forgo a deal.\n\nMoscow said so.\n"


def history(*texts):
    return [("", READ), *((f"step {n}", text) for n, text in enumerate(texts, 1))]


def test_edits_go_onto_the_changed_text_where_their_text_and_context_still_stand():
    fixed = READ.replace("rouge", "rogue")
    both = fixed.replace("forgo", "give up")
    changes = changes_made(history(fixed, fixed, both))
    assert [c.label for c in changes] == ["step 1", "step 3"]
    theirs = "A new first paragraph.\n\n" + READ.replace("Moscow said so.", "Moscow said so on Monday.")
    text, missed = reapplied(theirs, changes)
    assert missed == []
    assert text == "A new first paragraph.\n\n" + both.replace("Moscow said so.", "Moscow said so on Monday.")


def test_an_edit_whose_text_was_changed_on_disk_is_listed_not_applied():
    fixed = READ.replace("rouge", "rogue")
    both = fixed.replace("forgo", "give up")
    theirs = READ.replace("will forgo a deal", "will not sign")
    text, missed = reapplied(theirs, changes_made(history(fixed, both)))
    assert text == theirs.replace("rouge", "rogue")
    assert [c.label for c in missed] == ["step 2"]


def test_an_edit_whose_text_now_stands_twice_alike_is_not_guessed():
    deleted = READ.replace("Moscow said so.\n", "")
    theirs = READ + "\n" + READ
    text, missed = reapplied(theirs, changes_made(history(deleted)))
    assert text == theirs and len(missed) == 1


def test_what_would_be_lost_names_the_lines_written_and_counts_those_removed():
    theirs = READ.replace("Moscow said so.\n", "") + "\nA line someone else added.\n"
    said = what_would_be_lost(READ, theirs)
    assert "line 6 “A line someone else added.”" in said
    assert "1 line removed on disk" in said
    assert "will be lost" in what_would_be_lost(READ, READ + "\n" * 30)


def test_each_change_of_a_many_word_step_goes_on_by_itself_around_changes_made_on_disk_between_them():
    # One step (fix all, a paragraph edit) changing words far apart: the other person's
    # change between them must not stop either from being re-applied.
    both = READ.replace("rouge", "rogue").replace("Moscow", "The Kremlin")
    theirs = READ.replace("The talks", "Talks")
    text, missed = reapplied(theirs, changes_made(history(both)))
    assert missed == []
    assert text == theirs.replace("rouge", "rogue").replace("Moscow", "The Kremlin")
