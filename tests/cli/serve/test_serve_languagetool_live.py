"""`proof serve` with grammar from a real LanguageTool server: run with PROOF_LANGUAGETOOL_URL set
(`URL=$(../shared/languagetool/start.sh)`)."""

from __future__ import annotations

import os

import httpx
import pytest

from tests.helpers.serve import running_server

URL = os.environ.get("PROOF_LANGUAGETOOL_URL")
pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.skipif(not URL, reason="PROOF_LANGUAGETOOL_URL is not set: no LanguageTool server"),
]
PREFIX = "grammar.languagetool."


def test_grammar_matches_keep_languagetools_utf16_spans_after_an_emoji(house_config):
    text = "🚀 Thank you for your help. He go to school every day, and this are a apple."
    direct = httpx.post(f"{URL}/v2/check", data={"text": text, "language": "en-GB"}, timeout=60).json()
    spans = {(m["rule"]["id"], m["offset"], m["length"]) for m in direct["matches"]}
    with running_server(house_config, languagetool_url=URL) as url:
        answer = httpx.post(f"{url}/v2/check", data={"text": text, "language": "en-GB"}, timeout=60).json()
    grammar = [
        (m["rule"]["id"].removeprefix(PREFIX), m["offset"], m["length"])
        for m in answer["matches"]
        if m["rule"]["id"].startswith(PREFIX)
    ]
    assert grammar
    assert set(grammar) <= spans
