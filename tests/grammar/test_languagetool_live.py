"""Against a real LanguageTool server: run with PROOF_LANGUAGETOOL_URL set."""
import json
import os

import pytest

from tests.conftest import WIRE, run_proof

URL = os.environ.get("PROOF_LANGUAGETOOL_URL")
pytestmark = [pytest.mark.languagetool,
              pytest.mark.skipif(not URL, reason="PROOF_LANGUAGETOOL_URL is not set: no LanguageTool server")]


def languagetool_flags(path, *extra):
    done = run_proof("check", "--format", "json", "--fail-on", "never", "--require-grammar", "--no-cache",
                     "--languagetool-url", URL, *extra, path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["engines"] == ["languagetool"]
    return [f for f in report["files"][0]["flags"] if f["rule"].startswith("grammar.languagetool.")]


def source_at(path, flag):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    return text[flag["offset"]:flag["offset"] + flag["length"]]


def test_agreement_and_a_an_errors_land_on_their_words(tmp_path):
    path = tmp_path / "errors.txt"
    path.write_text("She have a apple in her bag.\n", encoding="utf-8")
    flags = languagetool_flags(str(path), "--language", "en-US")
    texts = {source_at(str(path), f) for f in flags}
    assert "a" in texts or "a apple" in texts
    for flag in flags:
        assert source_at(str(path), flag) == flag["text"]


def test_matches_after_emoji_land_on_the_exact_characters(tmp_path):
    path = tmp_path / "emoji.txt"
    path.write_text("Rockets 🚀🚀 were launched. 𝐁 It was a honour to see a apple.\n", encoding="utf-8")
    flags = languagetool_flags(str(path), "--language", "en-GB")
    assert flags
    texts = [source_at(str(path), f) for f in flags]
    assert any(t in ("a", "a honour", "a apple") for t in texts)
    for flag, text in zip(flags, texts):
        assert text == flag["text"] and "🚀" not in text


def test_hard_wrapped_wire_copy_maps_to_lines_and_columns(tmp_path):
    # The wire article with an error whose words sit on two lines: LanguageTool sees "a
    # apple" joined by a space, and its match must land on the exact characters in the file.
    with open(WIRE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    target = next(i for i, line in enumerate(lines)
                  if i > 10 and len(line) > 40 and lines[i + 1].strip() and not lines[i + 1].startswith(" "))
    lines[target] += " a"
    lines[target + 1] = "apple " + lines[target + 1]
    path = tmp_path / "wire.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    flags = languagetool_flags(str(path), "--language", "en-GB")
    assert any(f["line"] == target + 1 and f["text"].startswith("a") for f in flags)
    for flag in flags:
        assert source_at(str(path), flag) == flag["text"]
        assert lines[flag["line"] - 1][flag["column"] - 1:].startswith(flag["text"].split("\n")[0])
