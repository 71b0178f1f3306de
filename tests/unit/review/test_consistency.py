"""The consistency view's sets, found from the real checkers' flags, and making them one."""

import pytest

from proof.core.flag import Flag, Source
from proof.readers import document_from_text
from proof.review.consistency import consistent_edits, variant_sets
from tests.helpers.paths import VARIANTS
from tests.helpers.review import copy_of, real_session


@pytest.fixture
def variants_session(tmp_path):
    session, runner = real_session(copy_of(VARIANTS, tmp_path))
    yield session
    runner.close()


def described(session):
    return {v.rule: (v.kind, v.describe()) for v in session.variant_sets}


def test_every_kind_of_variant_is_a_set_with_its_counts(variants_session):
    assert described(variants_session) == {
        "newsroom.Defence": ("spelling", "defence ×3 / defense ×1"),
        "spelling.NameVariant": ("name", "Shoigu ×2 / Shoygu ×1"),
        "newsroom.CompoundForms": ("hyphenation", "e-mail ×2 / email ×1"),
        "newsroom.PerCent": ("spelling", "per cent ×2 / percent ×1"),
        "newsroom.TitleCase": ("title case", "Foreign Minister ×2 / foreign minister ×1"),
    }


def test_a_name_in_capitals_is_not_counted_as_the_word(variants_session):
    [defence] = [v for v in variants_session.variant_sets if v.rule == "newsroom.Defence"]
    text = variants_session.text
    assert [text[s:e] for s, e in defence.majority.spans] == ["defence"] * 3
    assert "Ministry of Defence" in text and "Defence Minister" in text


def test_majority_rewrites_the_minority_in_one_undo_step(variants_session):
    session = variants_session
    before = session.text
    [email] = [v for v in session.variant_sets if v.rule == "newsroom.CompoundForms"]
    assert session.make_consistent(email) == 1
    assert session.text == before.replace("The email was", "The e-mail was")
    assert "newsroom.CompoundForms" not in described(session)
    session.undo()
    assert session.text == before


def test_a_chosen_form_rewrites_every_other_use_in_its_case(variants_session):
    session = variants_session
    before = session.text
    [defence] = [v for v in session.variant_sets if v.rule == "newsroom.Defence"]
    assert [f.text for f in defence.forms] == ["defence", "defense"]
    assert session.make_consistent(defence, 1) == 3
    assert session.text.count("defense") == 4
    # The names stay: "Defence Minister", "the Ministry of Defence".
    assert session.text.count("Defence") == before.count("Defence")
    assert "newsroom.Defence" not in described(session)


def test_a_chosen_name_keeps_its_capitals(variants_session):
    session = variants_session
    [name] = [v for v in session.variant_sets if v.rule == "spelling.NameVariant"]
    session.make_consistent(name, 1)
    assert "Shoigu" not in session.text and session.text.count("Shoygu") == 3


def test_a_set_told_apart_by_case_keeps_the_chosen_case(variants_session):
    session = variants_session
    [titles] = [v for v in session.variant_sets if v.rule == "newsroom.TitleCase"]
    session.make_consistent(titles, 1)
    assert "Foreign Minister" not in session.text and session.text.count("foreign minister") == 3


def test_all_sets_to_their_majority_in_one_step_with_nothing_else_changed(variants_session):
    session = variants_session
    before = session.text
    assert session.make_all_consistent() == 5
    assert session.variant_sets == []
    expected = before
    for old, new in [
        ("missile defense", "missile defence"),
        ("Shoygu", "Shoigu"),
        ("The email", "The e-mail"),
        ("4 percent", "4 per cent"),
        ("Iranian foreign minister", "Iranian Foreign Minister"),
    ]:
        expected = expected.replace(old, new)
    assert session.text == expected
    assert session.undo() == "write 5 variants in the majority form"
    assert session.text == before


def test_offsets_stay_exact_in_crlf_text_with_a_bom(tmp_path):
    with open(VARIANTS, encoding="utf-8") as f:
        text = f.read()
    path = tmp_path / "crlf.txt"
    path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode())
    session, runner = real_session(str(path))
    try:
        [name] = [v for v in session.variant_sets if v.rule == "spelling.NameVariant"]
        assert all(session.text[s:e] == "Shoigu" for s, e in name.majority.spans)
        session.make_consistent(name, 1)
        assert session.text == text.replace("\n", "\r\n").replace("Shoigu", "Shoygu")
    finally:
        runner.close()


def test_flags_of_other_rules_make_no_set():
    flag = Flag("newsroom.Rogue", Source.STYLE, "confusable", "error", "m", 0, 5, ("rogue",))
    assert variant_sets(document_from_text("rouge"), [flag], {"newsroom.Defence": "spelling"}) == []


def test_the_majority_edits_take_each_flags_own_suggestion():
    text = "Defense first. The defence and defence again, defense too."
    flags = [
        Flag("r.D", Source.STYLE, "consistency", "warning", "m", 0, 7, ("Defence",)),
        Flag("r.D", Source.STYLE, "consistency", "warning", "m", 46, 53, ("defence",)),
    ]
    [one] = variant_sets(document_from_text(text), flags, {"r.D": "spelling"})
    assert one.describe() == "Defence ×2 / Defense ×2"
    assert [e.replacement for e in consistent_edits(text, one)] == ["Defence", "defence"]


def test_a_number_counts_before_the_same_noun_and_where_a_sentence_starts(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text(
        "Troops attack rebels\n\nThe army said five soldiers were hurt in the north. Five soldiers were hurt"
        " in the south, five days ago.\n\nLater 5 soldiers were flown home, officials said.\n",
        encoding="utf-8",
    )
    session, runner = real_session(str(path))
    try:
        assert described(session) == {"newsroom.NumberMixed": ("number style", "five ×2 / 5 ×1")}
    finally:
        runner.close()


def test_a_chosen_form_counts_as_fixed_only_the_flags_it_answers(variants_session):
    session = variants_session
    [defence] = [v for v in session.variant_sets if v.rule == "newsroom.Defence"]
    assert len(defence.flags) == 1
    assert session.make_consistent(defence, 1) == 3
    assert session.fixed == 1


def test_a_chosen_form_leaves_links_and_code_alone(tmp_path):
    path = tmp_path / "variants.md"
    article = (
        "Russia wants talks on missile defence and its defence ministry agreed.\n\n"
        "The defense budget rose; see [the review](https://example.org/defence) and `defence`.\n"
    )
    path.write_text(article)
    session, runner = real_session(str(path))
    try:
        [defence] = [v for v in session.variant_sets if v.rule == "newsroom.Defence"]
        assert defence.describe() == "defence ×2 / defense ×1"
        session.make_consistent(defence, 1)
        assert session.text == article.replace("missile defence", "missile defense").replace(
            "its defence", "its defense"
        )
    finally:
        runner.close()


def test_a_consistency_rewrite_further_on_leaves_the_editor_on_the_next_open_flag(variants_session):
    session = variants_session
    assert session.flagged_text(session.current) == "defense"
    [defence] = [v for v in session.variant_sets if v.rule == "newsroom.Defence"]
    session.make_consistent(defence, 1)
    assert session.flagged_text(session.current) == "Shoygu"
    assert session.current == session.flags[0]
