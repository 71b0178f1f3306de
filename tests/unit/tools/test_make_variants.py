"""The variant-table generator's pairing, and the data it committed."""

import importlib.util
import os
from importlib import resources

from tests.helpers.paths import ROOT


def load_tool():
    spec = importlib.util.spec_from_file_location("make_variants", os.path.join(ROOT, "tools", "make_variants.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pairs_need_a_correspondence_and_a_dialect_exclusive_form():
    tool = load_tool()
    british = {"colour", "defence", "travelled", "licence", "license", "manoeuvre", "four", "for"}
    american = {"color", "defense", "travelled", "traveled", "licence", "license", "maneuver", "four", "for"}
    assert tool.pair_variants(british, american) == [
        ("colour", "color", "both"),
        ("defence", "defense", "both"),
        ("manoeuvre", "maneuver", "both"),
        ("travelled", "traveled", "american"),
    ]


def test_proper_names_are_not_paired():
    tool = load_tool()
    assert tool.common_words({"Americanise", "colour", "co-op"}) == {"colour"}


def test_shipped_data_names_its_source_and_licence():
    data = resources.files("proof") / "data"
    for name in ("variants.tsv", "british-extra.txt", "american-extra.txt"):
        head = (data / name).read_text(encoding="utf-8")[:2000]
        assert "SCOWL" in head and "Kevin Atkinson" in head and "tools/make_variants.py" in head
    assert "Copyright" in (data / "scowl-copyright.txt").read_text(encoding="utf-8")
