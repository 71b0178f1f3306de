"""A LanguageTool answer whose offsets fall outside the text sent is dropped, never a flag.

The answers are a recorded LanguageTool 6.3 exchange (tests/fixtures/languagetool) with
copies of a real match moved out of the text: before it, past its end, running past its
end, and with a negative length.
"""

import copy
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema
import pytest
from language_tool_python import Match

from proof.grammar.backend import GrammarBackend
from proof.grammar.checker import GrammarChecker
from proof.grammar.languagetool import to_grammar_match
from proof.pipeline.engine import Engine
from proof.readers import document_from_text
from tests.helpers.cli import run_proof
from tests.helpers.paths import FIXTURES

TEXT = "This are a test.\n"
SCHEMA = os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json")


def recorded_answer():
    """grammar-errors.json's answer, cut to its first match ("This" in "This are a test.")."""
    with open(os.path.join(FIXTURES, "languagetool", "grammar-errors.json"), encoding="utf-8") as f:
        response = json.load(f)["response"]
    this = response["matches"][0]
    assert (this["offset"], this["length"], this["rule"]["id"]) == (0, 4, "THIS_NNS")
    return response, this


def out_of_text(match):
    """Copies of `match` the text cannot hold: (offset, length) before, past and over its end."""
    return [
        {**copy.deepcopy(match), "offset": offset, "length": length}
        for offset, length in ((-3, 4), (99999, 4), (5, 500), (5, -2))
    ]


def bad_answer():
    response, this = recorded_answer()
    return {**response, "matches": [this, *out_of_text(this)]}


class Replay(GrammarBackend):
    """Answers every paragraph with the recorded match and its out-of-text copies."""

    name = "languagetool"

    def start(self):
        pass

    def version(self):
        return "replay"

    def options_key(self):
        return ""

    def check(self, text, language):
        return [to_grammar_match(Match(copy.deepcopy(raw), text), text) for raw in bad_answer()["matches"]]


class HarperSpans(Replay):
    """The same spans as Harper's: the checker validates every engine's spans alike."""

    name = "harper"


@pytest.mark.parametrize("backend, engine", [(Replay, "LanguageTool"), (HarperSpans, "Harper")])
def test_out_of_text_matches_are_dropped_and_counted_in_one_problem(backend, engine):
    document = document_from_text(TEXT, "gram.txt")
    checker = GrammarChecker(backend())
    flags = Engine([checker], language="en-US").check(document)
    assert [(f.rule, TEXT[f.start : f.end]) for f in flags] == [("grammar.languagetool.THIS_NNS", "This")]
    assert checker.status().problems == (
        f"grammar: {engine} returned 4 matches outside the text it was sent in gram.txt; they were dropped",
    )


class FakeServer(BaseHTTPRequestHandler):
    """A LanguageTool HTTP server that gives the recorded answer with bad offsets."""

    def do_GET(self):  # /v2/languages
        self._send(
            [
                {"name": "English (US)", "code": "en", "longCode": "en-US"},
                {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
            ]
        )

    def do_POST(self):  # /v2/check
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._send(bad_answer())

    def _send(self, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.setenv("PROOF_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "gram.txt").write_text(TEXT, encoding="utf-8")
    # The house rule that says the same about "This are" would take LanguageTool's flag in
    # (one flag per finding): off, so the report shows the grammar engine's own flag.
    (tmp_path / "proof.toml").write_text('[rules]\n"newsroom.DemonstrativeAgreement" = "off"\n', encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_server_offsets_outside_the_text_never_reach_the_sarif_report(story, server_url):
    done = run_proof("check", "--format", "sarif", "--languagetool-url", server_url, "gram.txt", cwd=story)
    assert done.returncode == 1, done.stderr
    log = json.loads(done.stdout)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    grammar = [r for r in log["runs"][0]["results"] if r["ruleId"].startswith("grammar.")]
    assert [
        (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["locations"][0]["physicalLocation"]["region"]["endColumn"],
        )
        for r in grammar
    ] == [("grammar.languagetool.THIS_NNS", 1, 5)]
    dropped = [line for line in done.stderr.splitlines() if "outside the text" in line]
    assert dropped == [
        ("proof: grammar: LanguageTool returned 4 matches outside the text it was sent in gram.txt; they were dropped")
    ]


@pytest.mark.slow
def test_server_offsets_outside_the_text_give_no_line_0_or_negative_column(story, server_url):
    done = run_proof("check", "--languagetool-url", server_url, "gram.txt", cwd=story)
    grammar = [line for line in done.stdout.splitlines() if "grammar." in line]
    assert grammar == ["gram.txt:1:1: warning grammar.languagetool.THIS_NNS Did you mean “these”? (These)"]
