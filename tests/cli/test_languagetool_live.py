"""Against a real LanguageTool server: run with PROOF_LANGUAGETOOL_URL set (`.ci/run` starts
../shared/languagetool when Java is installed and sets it). The tests of the local server
proof keeps warm also need PROOF_TEST_LANGUAGETOOL_PATH, a LanguageTool folder to run; the
noise test needs the published articles of ../shared/corpus (or PROOF_TEST_CORPUS)."""

import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.request import urlopen

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import ROOT, WIRE

URL = os.environ.get("PROOF_LANGUAGETOOL_URL")
FOLDER = os.environ.get("PROOF_TEST_LANGUAGETOOL_PATH")
CORPUS = os.environ.get("PROOF_TEST_CORPUS") or os.path.join(ROOT, "..", "shared", "corpus")
pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.slow,
    pytest.mark.skipif(
        not URL,
        reason="PROOF_LANGUAGETOOL_URL is not set: no LanguageTool server "
        "(.ci/run starts ../shared/languagetool when Java is installed)",
    ),
]
needs_folder = pytest.mark.skipif(
    not FOLDER, reason="PROOF_TEST_LANGUAGETOOL_PATH is not set: no LanguageTool folder to run a local server from"
)


def languagetool_flags(path, *extra):
    done = run_proof(
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--require-grammar",
        "--no-cache",
        "--languagetool-url",
        URL,
        *extra,
        path,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["engines"] == ["languagetool"]
    return [f for f in report["files"][0]["flags"] if f["rule"].startswith("grammar.languagetool.")]


def source_at(path, flag):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    return text[flag["offset"] : flag["offset"] + flag["length"]]


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
    target = next(
        i
        for i, line in enumerate(lines)
        if i > 10 and len(line) > 40 and lines[i + 1].strip() and not lines[i + 1].startswith(" ")
    )
    lines[target] += " a"
    lines[target + 1] = "apple " + lines[target + 1]
    path = tmp_path / "wire.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    flags = languagetool_flags(str(path), "--language", "en-GB")
    assert any(f["line"] == target + 1 and f["text"].startswith("a") for f in flags)
    for flag in flags:
        assert source_at(str(path), flag) == flag["text"]
        assert lines[flag["line"] - 1][flag["column"] - 1 :].startswith(flag["text"].split("\n")[0])


def test_this_are_gives_one_flag_with_the_house_message(tmp_path):
    path = tmp_path / "this.txt"
    path.write_text("This are the results of the vote.\n", encoding="utf-8")
    done = run_proof(
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--no-cache",
        "--languagetool-url",
        URL,
        "--language",
        "en-GB",
        str(path),
    )
    flags = [f for f in json.loads(done.stdout)["files"][0]["flags"] if f["offset"] < 8]
    assert [f["rule"] for f in flags] == ["newsroom.DemonstrativeAgreement"]
    assert flags[0]["suggestions"] == ["This is"]


def corpus_articles(name, count):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(count), f)]
    return [(row.get("title", "").strip() + "\n\n" + row["body"].strip() + "\n").lstrip() for row in rows]


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="no ../shared/corpus of published articles")
def test_news_profile_keeps_published_articles_quiet(tmp_path):
    texts = corpus_articles("bbc-news-sample500.jsonl", 25) + corpus_articles("reuters-21578-reut2-000.jsonl", 25)
    for n, text in enumerate(texts):
        (tmp_path / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    done = run_proof(
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--no-cache",
        "--require-grammar",
        "--languagetool-url",
        URL,
        str(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    flags = [f for entry in json.loads(done.stdout)["files"] for f in entry["flags"] if f["source"] == "grammar"]
    words = sum(len(re.findall(r"\w+", text)) for text in texts)
    assert 1000 * len(flags) / words <= 2.0, sorted({f["rule"] for f in flags})
    assert not {f["rule"] for f in flags} & {
        "grammar.languagetool.EN_QUOTES",
        "grammar.languagetool.DASH_RULE",
        "grammar.languagetool.WHITESPACE_RULE",
    }


def test_languagetool_rule_examples_found_at_nine_tenths_of_plain_languagetool():
    tool_path = os.path.join(ROOT, "tools", "score_languagetool_examples.py")
    spec = importlib.util.spec_from_file_location("score", tool_path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    result = tool.score(URL, tool.load_examples(every=5))
    assert result["plain"] > 300
    assert result["both"] >= 0.9 * result["plain"], result


class FailingAfter(BaseHTTPRequestHandler):
    """Forwards the first `good` requests to the real server, then answers HTTP 500."""

    good = 0
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with self.lock:
            type(self).good -= 1
            passing = type(self).good >= 0
        if not passing:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"server fell over")
            return
        with urlopen(URL.rstrip("/") + self.path, body, timeout=60) as answer:
            data = answer.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_fallback_mid_run_is_reported_per_file_and_in_the_summary(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("She have a apple in her bag.\n", encoding="utf-8")
    FailingAfter.good = 2  # the version probe and the first file's one paragraph
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), FailingAfter)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{proxy.server_address[1]}"
        done = run_proof(
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--no-cache",
            "-j",
            "1",
            "--languagetool-url",
            url,
            "-o",
            str(tmp_path / "report.json"),
            str(tmp_path),
        )
    finally:
        proxy.shutdown()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [entry["engines"] for entry in report["files"]] == [["languagetool"], ["harper"], ["harper"]]
    assert "grammar: languagetool on 1 file, harper on 2 files (a fallback mid-run)" in done.stdout
    assert "HTTP 500" in done.stderr


def java_pids(env):
    """LanguageTool JVMs started under this test's runtime folder (other programs on the
    machine may run LanguageTool too)."""
    mark = f"PROOF_RUNTIME_DIR={env['PROOF_RUNTIME_DIR']}".encode()
    found = set()
    for pid in os.listdir("/proc"):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read()
            with open(f"/proc/{pid}/environ", "rb") as f:
                environment = f.read().split(b"\0")
        except (OSError, ValueError):
            continue
        if b"org.languagetool.server.HTTPServer" in command and mark in environment:
            found.add(int(pid))
    return found


@pytest.fixture
def warm_env(tmp_path):
    env = {
        **os.environ,
        "PROOF_RUNTIME_DIR": str(tmp_path / "runtime"),
        "PROOF_CACHE_DIR": str(tmp_path / "cache"),
        "PROOF_LANGUAGETOOL_PATH": FOLDER,
    }
    env.pop("PROOF_LANGUAGETOOL_URL", None)
    yield env
    subprocess.run([sys.executable, "-m", "proof", "languagetool", "stop"], env=env, capture_output=True, check=False)


def proof_in(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "proof", *args], env=env, capture_output=True, text=True, cwd=ROOT, check=False
    )


@needs_folder
def test_two_starts_at_once_share_one_warm_server_that_later_runs_reuse(warm_env, tmp_path):
    before = java_pids(warm_env)
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "proof", "languagetool", "start"],
            env=warm_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    urls = {p.communicate(timeout=120)[0].strip() for p in starts}
    assert len(urls) == 1 and all(p.returncode == 0 for p in starts)
    started = java_pids(warm_env) - before
    assert len(started) == 1
    path = tmp_path / "a.txt"
    path.write_text("She have a apple in her bag.\n", encoding="utf-8")
    done = proof_in(warm_env, "check", "--format", "json", "--fail-on", "never", "--require-grammar", str(path))
    assert done.returncode == 0, done.stderr
    assert any(f["rule"].startswith("grammar.languagetool.") for f in json.loads(done.stdout)["files"][0]["flags"])
    assert java_pids(warm_env) - before == started  # the run used the warm server
    assert proof_in(warm_env, "languagetool", "status").returncode == 0
    assert "stopped" in proof_in(warm_env, "languagetool", "stop").stdout
    assert not java_pids(warm_env) - before
    assert proof_in(warm_env, "languagetool", "status").returncode == 1


@needs_folder
def test_a_run_whose_paragraphs_are_all_cached_starts_no_java(warm_env):
    done = proof_in(warm_env, "check", "--fail-on", "never", "--require-grammar", "examples/")
    assert done.returncode == 0, done.stderr
    proof_in(warm_env, "languagetool", "stop")
    before = java_pids(warm_env)
    again = proof_in(warm_env, "check", "--fail-on", "never", "--require-grammar", "examples/")
    assert again.returncode == 0 and again.stdout == done.stdout
    assert java_pids(warm_env) == before
    assert proof_in(warm_env, "languagetool", "status").returncode == 1


@needs_folder
@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_run_leaves_no_jvm_but_the_warm_server(warm_env, tmp_path, sent):
    for n in range(40):
        (tmp_path / f"{n:02d}.txt").write_text(f"Story {n}. She have a apple in her bag.\n" * 30, encoding="utf-8")
    before = java_pids(warm_env)
    run = subprocess.Popen(
        [sys.executable, "-m", "proof", "check", "--no-cache", "--fail-on", "never", str(tmp_path)],
        env=warm_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    state = os.path.join(warm_env["PROOF_RUNTIME_DIR"], "languagetool-server", "server.json")
    deadline = time.monotonic() + 120
    while not os.path.exists(state) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    time.sleep(2)
    run.send_signal(sent)
    run.wait(timeout=60)
    with open(state, encoding="utf-8") as f:
        warm = json.load(f)["java_pid"]
    assert java_pids(warm_env) - before == {warm}
    proof_in(warm_env, "languagetool", "stop")
    assert not java_pids(warm_env) - before


@needs_folder
def test_the_warm_server_dies_with_its_keeper(warm_env):
    before = java_pids(warm_env)
    assert proof_in(warm_env, "languagetool", "start").returncode == 0
    with open(os.path.join(warm_env["PROOF_RUNTIME_DIR"], "languagetool-server", "server.json")) as f:
        state = json.load(f)
    os.kill(state["pid"], signal.SIGKILL)
    deadline = time.monotonic() + 30
    while java_pids(warm_env) - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not java_pids(warm_env) - before
