"""The held-out newsroom cases (tests/fixtures/newsroom-heldout.jsonl) through the real CLI.

The file holds error sentences of the kinds the context and punctuation rules cover
(inverted negation, unpaired comma, web residue, repeated word, mixed variants, spacing
and quotation marks), written in frames the rule files' own examples do not use, and as
many correct sentences built to tempt the same rules. It measures how far the rules
generalise: detection must stay above a floor, and no correct sentence may be flagged.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.helpers.heldout import flags_by_case, load_cases, overlapping, puts_right

HELDOUT = "newsroom-heldout.jsonl"
# Share of expected errors that must be flagged, per kind, and of fixes that must be offered.
DETECTION_FLOOR = {
    "negation": 0.85,
    "comma": 0.85,
    "boilerplate": 0.95,
    "repetition": 1.0,
    "variant": 1.0,
    "punctuation": 1.0,
}
FIX_FLOOR = 0.9


@pytest.mark.slow
def test_heldout_cases_are_flagged_and_clean_ones_are_not(tmp_path):
    cases = load_cases(HELDOUT)
    flags = flags_by_case(cases, tmp_path)
    expected, detected = Counter(), Counter()
    fixes = fixed = 0
    false_alarms = []
    for case in cases:
        text, found = case["text"], flags.get(case["id"], [])
        if not case["expect"]:
            false_alarms += [(case["id"], f["rule"], text[f["offset"] : f["offset"] + f["length"]]) for f in found]
            continue
        for error in case["expect"]:
            hits = overlapping(found, text, error["match"])
            expected[case["category"]] += 1
            detected[case["category"]] += bool(hits)
            if "fixed" in error:
                fixes += 1
                fixed += puts_right(text, hits, error["fixed"])
    assert false_alarms == []
    assert set(expected) == set(DETECTION_FLOOR)
    for kind, floor in DETECTION_FLOOR.items():
        assert detected[kind] / expected[kind] >= floor, (kind, detected[kind], expected[kind])
    assert fixed / fixes >= FIX_FLOOR, (fixed, fixes)


def test_heldout_file_has_as_many_clean_cases_as_errors():
    kinds = Counter(case["category"] for case in load_cases(HELDOUT))
    for kind in DETECTION_FLOOR:
        assert kinds[kind] >= (7 if kind == "punctuation" else 10), kind
        assert kinds["clean-" + kind] >= kinds[kind], kind
