"""The trigram real-word measurement's word pairing and its reading of LanguageTool's confusion sets."""

import importlib.util
import os
import sys

from tests.helpers.paths import ROOT


def load_tool():
    path = os.path.join(ROOT, "tools", "measure_realword_lm.py")
    spec = importlib.util.spec_from_file_location("measure_realword_lm", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


def test_number_and_tense_forms_of_one_word_are_not_alternatives():
    tool = load_tool()
    for a, b in [("park", "parks"), ("believe", "believed"), ("uses", "used"), ("criminals", "criminal")]:
        assert tool.inflection(a, b), (a, b)


def test_real_word_confusions_one_edit_apart_are_alternatives():
    tool = load_tool()
    for a, b in [("feet", "meat"), ("goals", "gaols"), ("son", "sun"), ("trail", "trial"), ("bed", "bet")]:
        assert not tool.inflection(a, b), (a, b)


def test_confusion_sets_are_read_both_ways_unless_an_arrow_gives_one_way(tmp_path):
    tool = load_tool()
    path = tmp_path / "confusion_sets.txt"
    path.write_text(
        "# English confusion sets\n"
        "# <word1>; <word2>; <factor>   # optional comment\n"
        "\n"
        "adds;ads;10000000                 # p=0.996, r=0.240\n"
        "accept -> except; 10000000;       # p=0.998\n"
        "for; fore; four; 1000;\n",
        encoding="utf-8",
    )
    sets = tool.confusion_sets(str(path))
    assert sets["adds"] == ("ads",)
    assert sets["ads"] == ("adds",)
    assert sets["accept"] == ("except",)
    assert "except" not in sets
    assert sets["fore"] == ("for", "four")
