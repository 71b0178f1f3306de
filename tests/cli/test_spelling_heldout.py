"""The held-out spelling cases (tests/fixtures/spelling-heldout.jsonl) through `proof check`.

Fresh news sentences with realistic slips (transposed, dropped and doubled letters, the other
dialect's spelling, a name spelled two ways) beside traps that must pass (datelines, U.S.,
Gen., initials, @handles, #hashtags, URLs, 5km, 21st, 1990s, contractions, curly
apostrophes), and a clean twin of every slip. Same format as the project's score tool: a
case's "match" must be flagged, and its "fixed" text must appear when the flag's FIRST
suggestion is applied (stricter than the score tool, which takes any suggestion). A flag of
any source counts for a slip (the engine merges a spelling variant with the house-style
rule on the same word), but on clean copy no spelling flag is allowed.
"""

import pytest

from tests.helpers.heldout import applied, flags_by_case, load_cases, overlapping

pytestmark = pytest.mark.slow  # every test here starts processes

CASES = "spelling-heldout.jsonl"
# Measured: 54 of 56 slips found and 52 put right by the first suggestion. What is missed:
# "Carribean", capitalised like the name it is meant to be; "Tommorow" opening a quotation,
# which wordfreq lists (Zipf 2.3: a common misspelling is written often), so at a sentence's
# start it is taken for a name of its own (proof.spelling.slips; it was found, 55, when any
# sentence-initial word one edit from a common word was a slip, which missed a quarter of the
# development set's sentence-initial slips). "comuters", whose first
# suggestion is "computers" (the second is "commuters"); "repeled", "repealed" before
# "repelled" (a dropped vowel and a dropped double letter are both cheap slips, and
# "repealed" is the commoner word: only the context tells them apart). The ranking was
# chosen on the development set (docs/spelling.md), where it puts right 93% of the
# lower-case slips against 90% before; here it was 54 before.
DETECTED = 54
FIXED_FIRST = 52


def test_heldout_slips_are_found_and_put_right_with_no_flag_on_clean_copy(tmp_path):
    cases = load_cases(CASES)
    # The misspelling checks alone: the real-word check is measured on its own (docs/spelling.md,
    # "The real-word check"); on these 76 clean sentences it flags one, "committed to halving"
    # (having), a false alarm of the kind counted there.
    flags = flags_by_case(cases, tmp_path, "--no-realword")
    detected = fixed = 0
    false = []
    for case in cases:
        text, used = case["text"], []
        for expected in case["expect"]:
            hits = overlapping(flags[case["id"]], text, expected["match"])
            used += hits
            detected += bool(hits)
            if hits:
                first = (hits[0]["suggestions"] or [""])[0]
                fixed += expected["fixed"] in applied(text, hits[0], first)
        false += [(case["id"], f["text"]) for f in flags[case["id"]] if f not in used and f["source"] == "spelling"]
    assert false == []
    assert detected >= DETECTED and fixed >= FIXED_FIRST
