"""Editing a whole paragraph: its span, how it is shown, the edit that writes it back."""

from proof.readers import document_from_text
from proof.review.paragraph_edit import for_editing, paragraph_at, paragraph_edit
from tests.helpers.review import open_session

WIRE = (
    "HEADLINE HERE\r\n\r\nMOSCOW (Reuters) - A rouge state\r\nwrapped over lines, the goal of it\r\nall.\r\n\r\n"
    "End.\r\n"
)


def test_the_paragraph_at_an_offset_or_the_next_one():
    document = document_from_text(WIRE, "a.txt")
    second = WIRE.index("MOSCOW")
    span = paragraph_at(document, second + 5)
    assert WIRE[span[0] : span[1]] == "MOSCOW (Reuters) - A rouge state\r\nwrapped over lines, the goal of it\r\nall."
    assert paragraph_at(document, second - 1) == span


def test_a_hard_wrapped_crlf_paragraph_is_shown_with_newlines_and_written_back_with_crlf():
    document = document_from_text(WIRE, "a.txt")
    span = paragraph_at(document, WIRE.index("goal"))
    shown = for_editing(WIRE[span[0] : span[1]])
    assert shown == "MOSCOW (Reuters) - A rouge state\nwrapped over lines, the goal of it\nall."
    edit = paragraph_edit(WIRE, span, shown.replace("goal", "gaol").replace("all.", "all of\nit."), "\r\n")
    text = WIRE[: edit.start] + edit.replacement + WIRE[edit.end :]
    assert text == WIRE.replace("goal", "gaol").replace("all.", "all of\r\nit.")
    # Only the stretch that changed is replaced.
    assert edit.start == WIRE.index("goal") + 1


def test_an_unchanged_paragraph_makes_no_edit():
    document = document_from_text(WIRE, "a.txt")
    span = paragraph_at(document, 0)
    assert paragraph_edit(WIRE, span, for_editing(WIRE[span[0] : span[1]]), "\r\n") is None


def test_editing_an_unflagged_headline_is_one_step_and_rechecks_the_paragraph(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("\ufeff" + WIRE).encode())
    session = open_session(str(path))
    assert [session.flagged_text(f) for f in session.flags] == ["rouge"]
    span = session.paragraph_at(0)
    assert session.edit_paragraph(span, "A rouge HEADLINE")
    assert session.text.startswith("A rouge HEADLINE\r\n\r\nMOSCOW")
    assert [session.flagged_text(f) for f in session.flags] == ["rouge", "rouge"]
    assert session.counts.fixed == 0
    session.undo()
    assert session.text == WIRE
    session.save()
    assert path.read_bytes() == ("\ufeff" + WIRE).encode()


def test_an_edit_that_rewrites_a_flagged_word_counts_it_fixed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(WIRE.encode())
    session = open_session(str(path))
    span = session.paragraph_at(session.flags[0].start)
    assert session.edit_paragraph(span, for_editing(WIRE[span[0] : span[1]]).replace("rouge", "rogue"))
    assert session.flags == [] and session.counts.fixed == 1
