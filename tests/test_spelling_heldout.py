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
import json
import os

from tests.conftest import FIXTURES, run_proof

CASES = os.path.join(FIXTURES, "spelling-heldout.jsonl")
# Measured: 55 of 56 slips found and 54 put right by the first suggestion. What is missed:
# "Carribean", capitalised like the name it is meant to be; "comuters", whose first
# suggestion is "computers" (the second is "commuters").
DETECTED = 55
FIXED_FIRST = 54


def load_cases():
    with open(CASES, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flags_by_case(cases, folder):
    paths = {}
    for case in cases:
        path = os.path.join(folder, f"{case['id']}.txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(case["text"])
        paths[os.path.realpath(path)] = case["id"]
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--no-grammar", *paths)
    assert done.returncode == 0, done.stderr
    return {paths[os.path.realpath(entry["path"])]: entry["flags"] for entry in json.loads(done.stdout)["files"]}


def test_heldout_slips_are_found_and_put_right_with_no_flag_on_clean_copy(tmp_path):
    cases = load_cases()
    flags = flags_by_case(cases, str(tmp_path))
    detected = fixed = 0
    false = []
    for case in cases:
        text, used = case["text"], set()
        for expected in case["expect"]:
            start = text.index(expected["match"])
            end = start + len(expected["match"])
            hits = [i for i, f in enumerate(flags[case["id"]]) if f["offset"] < end and start < f["offset"] + f["length"]]
            used.update(hits)
            detected += bool(hits)
            if hits:
                flag = flags[case["id"]][hits[0]]
                first = (flag["suggestions"] or [""])[0]
                fixed += expected["fixed"] in text[:flag["offset"]] + first + text[flag["offset"] + flag["length"]:]
        false += [(case["id"], f["text"]) for i, f in enumerate(flags[case["id"]])
                  if i not in used and f["source"] == "spelling"]
    assert false == []
    assert detected >= DETECTED and fixed >= FIXED_FIRST
