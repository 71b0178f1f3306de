"""After a fix the review re-checks incrementally (paragraph-local checks on the touched
paragraph, document-level checks on the whole text) and must find exactly what a full
re-check of the new text finds."""

import os
import shutil
from dataclasses import replace

import pytest

from proof.pipeline.checker import LocalChecks, local_checks
from proof.readers import document_from_text
from proof.style.checker import StyleChecker
from tests.helpers.paths import EXAMPLES
from tests.helpers.review import WordChecker, open_session, real_session

TRICKY = """Defence ministers meet as Shoigu warns NATO

MOSCOW, Nov 24 (Reuters) - Russian Defence Minister Sergei Shoigu said on Monday the
defence shield was a threat, and the defence ministry would respond.

Shoygu told reporters  the defense plan had been drawn up by the rouge states.

"We will act," Shoigu said , adding that the alliance guarantees that the shield
would be used against it.

Click here to subscribe
"""


def key(flag):
    return (flag.rule, flag.start, flag.end, flag.message, flag.suggestions)


def assert_exact(session):
    """The session's flags are those of a full check of its current text."""
    document = document_from_text(session.text, session.source.path)
    full = session.engine.check(document, session.fast_checkers)
    assert sorted(map(key, session.flags)) == sorted(map(key, full))


def project_copy(tmp_path, name=None, text=None):
    shutil.copy(os.path.join(EXAMPLES, "proof.toml"), tmp_path)
    path = tmp_path / (name or "tricky.txt")
    if text is None:
        shutil.copy(os.path.join(EXAMPLES, name), path)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def edit_by_hand(session, old, new):
    """The editor's own edit of the first `old` (as `e` does, at a made-up flag's span)."""
    start = session.text.index(old)
    session.apply(replace(session.flags[0], start=start, end=start + len(old)), new)


@pytest.mark.parametrize("name", ["russia-missile-defence-wire.txt", "russia-missile-defence-web.txt"])
def test_fixes_on_the_examples_match_a_full_recheck(tmp_path, name):
    session, runner = real_session(project_copy(tmp_path, name))
    try:
        assert_exact(session)
        for step in range(8):
            fixable = [f for f in session.flags if f.suggestions]
            if not fixable:
                break
            # From either end in turn, so that edits land in different paragraphs.
            flag = fixable[-1] if step % 2 else fixable[0]
            session.apply(flag, flag.suggestions[0])
            assert_exact(session)
            if step == 3:
                session.undo()
                assert_exact(session)
    finally:
        runner.close()


def test_cross_paragraph_flags_follow_a_fix_elsewhere(tmp_path):
    session, runner = real_session(project_copy(tmp_path, text=TRICKY))
    try:
        rules = {f.rule for f in session.flags}
        assert {"spelling.NameVariant", "newsroom.Defence", "newsroom.DoubleSpace", "newsroom.SubscribePrompt"} <= rules

        # The name spelled two ways: fixing the rarer spelling clears the flag.
        [variant] = [f for f in session.flags if f.rule == "spelling.NameVariant"]
        session.apply(variant, "Shoigu")
        assert "spelling.NameVariant" not in {f.rule for f in session.flags}
        assert_exact(session)

        [double] = [f for f in session.flags if f.rule == "newsroom.DoubleSpace"]
        session.apply(double, " ")
        assert_exact(session)

        # The minority form fixed: the consistency flag goes.
        [minority] = [f for f in session.flags if f.rule == "newsroom.Defence"]
        session.apply(minority, "defence")
        assert "newsroom.Defence" not in {f.rule for f in session.flags}
        assert_exact(session)

        # The lede rewritten to the other spelling: now the paragraphs the edit did not
        # touch hold the minority, and are flagged there.
        edit_by_hand(
            session,
            "defence shield was a threat, and the defence ministry",
            "defense shield was a threat, and the defense ministry",
        )
        edit_by_hand(session, "the defence plan", "the defense plan")
        assert_exact(session)
        untouched = [f for f in session.flags if f.rule == "newsroom.Defence"]
        assert untouched and all(session.text.index("MOSCOW") > f.start for f in untouched)

        session.undo()
        assert_exact(session)
        [boilerplate] = [f for f in session.flags if f.rule == "newsroom.SubscribePrompt"]
        session.apply(boilerplate, "")
        assert_exact(session)
    finally:
        runner.close()


class LocalChecker(WordChecker, LocalChecks):
    """A paragraph-local word checker that records the paragraphs it is given."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen: list[int] = []

    def local_check(self, document):
        self.seen.append(len(document.paragraphs))
        return [
            f for f in self.check(document) if any(p.start <= f.start and f.end <= p.end for p in document.paragraphs)
        ]

    def document_check(self, document):
        return []


def test_local_checks_run_on_the_touched_paragraph_only(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("the rouge one.\n\nthe forgo case.\n\nmore rouge here.\n", encoding="utf-8")
    checker = LocalChecker("test.Local", "style", {"rouge": ("rogue",), "forgo": ("forego",)})
    session = open_session(str(path), [checker])
    assert checker.seen == [3]
    session.apply(session.flags[1], "forego")
    assert checker.seen == [3, 1]
    assert [session.flagged_text(f) for f in session.flags] == ["rouge", "rouge"]
    assert_exact(session)


def test_style_rules_say_whether_they_are_paragraph_local(tmp_path):
    session, runner = real_session(project_copy(tmp_path, text=TRICKY))
    try:
        [style] = [c for c in session.fast_checkers if isinstance(c, StyleChecker)]
        local = {rule.info.id: rule.paragraph_local for rule in style.rules}
        assert local["newsroom.SubscribePrompt"] and local["newsroom.DoubleSpace"]
        assert not local["newsroom.Defence"]
        unbalanced = [rule for rule in style.rules if getattr(rule, "check_name", "") == "unbalanced"]
        assert unbalanced and not any(rule.paragraph_local for rule in unbalanced)
        assert not any(
            local_checks(c).local_check(session.document) for c in session.fast_checkers if c.name == "spelling"
        )
    finally:
        runner.close()
