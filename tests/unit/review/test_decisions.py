import json

import pytest

from proof.core.atomic import WriteError
from proof.core.flag import Flag
from proof.readers import document_from_text
from proof.review.decisions import Decision, Decisions
from proof.settings.config import ConfigError

TEXT = "Attacks by rouge states.\n\nAnother rouge idea here.\n"


def rouge_flags(document, rule="style.Rogue"):
    found = []
    start = 0
    while (start := document.source.find("rouge", start)) >= 0:
        found.append(Flag(rule, "style", "style", "warning", "rouge?", start, start + 5, ("rogue",)))
        start += 5
    return found


def test_a_decision_hides_only_its_flag_and_survives_edits_elsewhere(tmp_path):
    path = str(tmp_path / "a.txt")
    document = document_from_text(TEXT, path)
    first, _second = rouge_flags(document)
    decisions = Decisions(str(tmp_path))
    decisions.add(path, Decision.for_flag(document, first))
    decisions.save()

    edited = document_from_text("A new first paragraph.\n\n" + TEXT, path)
    loaded = Decisions.load(str(tmp_path))
    kept = loaded.filter(edited, rouge_flags(edited))
    assert [edited.source[f.start : f.end + 5] for f in kept] == ["rouge idea"]


def test_a_rule_decision_hides_the_rule_in_that_file_only(tmp_path):
    path, other = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    decisions = Decisions(str(tmp_path))
    decisions.add(path, Decision("style.Rogue"))
    assert decisions.filter(document_from_text(TEXT, path), rouge_flags(document_from_text(TEXT, path))) == []
    assert len(decisions.filter(document_from_text(TEXT, other), rouge_flags(document_from_text(TEXT, other)))) == 2


def test_a_merged_flag_answers_to_each_of_its_rules(tmp_path):
    path = str(tmp_path / "a.txt")
    document = document_from_text(TEXT, path)
    flag = rouge_flags(document, "grammar.X")[0]
    merged = Flag(**{**flag.__dict__, "rule": "style.Rogue", "extra": {"merged": ["grammar.X"]}})
    decisions = Decisions(str(tmp_path))
    decisions.add(path, Decision.for_flag(document, flag))
    assert decisions.ignores(document, merged)


def test_file_is_sorted_keyed_by_relative_path_and_removable(tmp_path):
    (tmp_path / "sub").mkdir()
    path = str(tmp_path / "sub" / "a.txt")
    decisions = Decisions(str(tmp_path))
    decisions.add(path, Decision("z.Rule"))
    decisions.add(path, Decision("a.Rule", "word", "abc"))
    decisions.save()
    data = json.loads((tmp_path / ".proof" / "decisions.json").read_text())
    assert data == {
        "version": 1,
        "ignored": {"sub/a.txt": [{"rule": "a.Rule", "text": "word", "fingerprint": "abc"}, {"rule": "z.Rule"}]},
    }
    decisions.remove(path, Decision("z.Rule"))
    decisions.remove(path, Decision("a.Rule", "word", "abc"))
    assert decisions.to_json() == '{\n  "version": 1,\n  "ignored": {}\n}\n'


def test_a_broken_file_is_a_config_error_naming_it(tmp_path):
    (tmp_path / ".proof").mkdir()
    (tmp_path / ".proof" / "decisions.json").write_text("{not json")
    with pytest.raises(ConfigError, match=r"decisions\.json"):
        Decisions.load(str(tmp_path))
    (tmp_path / ".proof" / "decisions.json").write_text('{"ignored": {"a.txt": [{"text": "x"}]}}')
    with pytest.raises(ConfigError, match="not a proof decisions file"):
        Decisions.load(str(tmp_path))


def test_saving_one_files_decisions_keeps_what_another_review_saved_meanwhile(tmp_path):
    one, other = str(tmp_path / "one.txt"), str(tmp_path / "other.txt")
    first, second = Decisions(str(tmp_path)), Decisions(str(tmp_path))
    first.add(one, Decision("rule.A"))
    first.save(one)
    second.add(other, Decision("rule.B"))
    second.save(other)
    first.add(one, Decision("rule.C"))
    first.save(one)
    saved = Decisions.load(str(tmp_path))
    assert saved.of(one) == {Decision("rule.A"), Decision("rule.C")}
    assert saved.of(other) == {Decision("rule.B")}


def test_saving_one_files_decisions_never_overwrites_a_decisions_file_it_cannot_read(tmp_path):
    one, other = str(tmp_path / "one.txt"), str(tmp_path / "other.txt")
    decisions = Decisions(str(tmp_path))
    decisions.add(other, Decision("rule.B"))
    decisions.save(other)
    # A merge left conflict markers in it: the other file's decisions are still in there.
    broken = "<<<<<<< HEAD\n" + (tmp_path / ".proof" / "decisions.json").read_text() + ">>>>>>> theirs\n"
    (tmp_path / ".proof" / "decisions.json").write_text(broken)
    decisions.add(one, Decision("rule.A"))
    with pytest.raises(WriteError, match=r"decisions\.json"):
        decisions.save(one)
    assert (tmp_path / ".proof" / "decisions.json").read_text() == broken


def test_a_text_decision_hides_that_text_under_its_rule_everywhere_and_survives_a_reload(tmp_path):
    path = str(tmp_path / "a.txt")
    text = TEXT + "\nA rogue state and one more rouge.\n"
    document = document_from_text(text, path)
    decisions = Decisions(str(tmp_path))
    decisions.add(path, Decision("style.Rogue", "rouge"))
    decisions.save()
    loaded = Decisions.load(str(tmp_path))
    assert json.loads((tmp_path / ".proof" / "decisions.json").read_text())["ignored"] == {
        "a.txt": [{"rule": "style.Rogue", "text": "rouge"}]
    }
    assert loaded.filter(document, rouge_flags(document)) == []
    assert len(loaded.filter(document, rouge_flags(document, "style.Other"))) == 3
