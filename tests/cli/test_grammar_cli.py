"""`proof check` with grammar, run as the real command."""

import http.server
import json
import socket
import threading

import pytest

from tests.helpers.cli import run_proof
from tests.helpers.paths import EXAMPLES

pytestmark = pytest.mark.slow  # every test here starts processes


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PROOF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PROOF_LANGUAGETOOL_URL", raising=False)


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def article(tmp_path, text="She has went home.\n\nThis are a test.\n"):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_unreachable_server_warns_once_and_harper_takes_over(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}"
    done = run_proof("check", "--format", "json", "--languagetool-url", url, article(tmp_path))
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["engines"] == ["harper"]
    rules = {f["rule"] for f in report["files"][0]["flags"]}
    assert "grammar.harper.SimplePastToPastParticiple" in rules and "newsroom.DemonstrativeAgreement" in rules
    warnings = [line for line in done.stderr.splitlines() if "LanguageTool not used" in line]
    assert len(warnings) == 1 and url in warnings[0] and "Connection refused" in warnings[0]


def test_require_grammar_turns_the_warning_into_exit_2(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}"
    done = run_proof("check", "--require-grammar", "--fail-on", "never", "--languagetool-url", url, article(tmp_path))
    assert done.returncode == 2
    assert "LanguageTool not used" in done.stderr


def test_harper_only_config_satisfies_require_grammar(tmp_path):
    (tmp_path / "proof.toml").write_text('[grammar]\nengines = ["harper"]\n', encoding="utf-8")
    done = run_proof("check", "--require-grammar", "--fail-on", "never", article(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("grammar: harper")
    assert "LanguageTool" not in done.stderr


def test_no_grammar_runs_no_engine(tmp_path):
    done = run_proof("check", "--format", "json", "--no-grammar", article(tmp_path))
    report = json.loads(done.stdout)
    assert report["engines"] == []
    assert not any(f["source"] == "grammar" for f in report["files"][0]["flags"])


def test_unknown_engine_in_config_is_a_config_error(tmp_path):
    (tmp_path / "proof.toml").write_text('[grammar]\nengines = ["grammarly"]\n', encoding="utf-8")
    done = run_proof("check", article(tmp_path))
    assert done.returncode == 2 and "grammar.engines" in done.stderr


def test_harper_flags_come_alongside_spelling_and_style(tmp_path):
    (tmp_path / "proof.toml").write_text('[languagetool]\nmode = "off"\n', encoding="utf-8")
    path = article(tmp_path, "It was a awful summit.\n\nThe rouge state will definately test a missile.\n")
    done = run_proof("check", "--format", "json", path)
    report = json.loads(done.stdout)
    assert report["engines"] == ["harper"]
    assert {f["source"] for f in report["files"][0]["flags"]} == {"spelling", "style", "grammar"}
    assert "LanguageTool" not in done.stderr


def test_examples_raise_no_harper_flag_on_correct_copy():
    done = run_proof("check", "--format", "json", EXAMPLES)
    report = json.loads(done.stdout)
    assert report["engines"] == ["harper"]
    assert not [f for e in report["files"] for f in e["flags"] if f["source"] == "grammar"]


def test_harper_groups_switch_off_every_rule_in_them_and_a_rule_named_alone_wins(tmp_path):
    (tmp_path / "proof.toml").write_text(
        '[grammar]\nengines = ["harper"]\n[grammar.harper]\n'
        'disable = ["Grammar and Agreement", "Miscellaneous"]\nenable = ["AnA"]\n',
        encoding="utf-8",
    )
    listed = run_proof("rules", "harper", "--all", cwd=tmp_path)
    assert listed.returncode == 0
    assert "Grammar and Agreement: 0 of " in listed.stdout and "  on  AnA" in listed.stdout
    done = run_proof(
        "check",
        "--format",
        "json",
        "--no-cache",
        article(tmp_path, "She has went home.\n\nIt was a awful summit.\n"),
        cwd=tmp_path,
    )
    flagged = {f["rule"] for f in json.loads(done.stdout)["files"][0]["flags"]}
    assert "grammar.harper.AnA" in flagged and not any("Went" in rule or "Participle" in rule for rule in flagged)


def test_an_unknown_harper_rule_or_group_is_named(tmp_path):
    (tmp_path / "proof.toml").write_text('[grammar.harper]\ndisable = ["Grammar"]\n', encoding="utf-8")
    done = run_proof("rules", "harper", cwd=tmp_path)
    assert done.returncode == 2
    assert (
        f"{tmp_path / 'proof.toml'}: key 'grammar.harper.disable': no Harper rule or group named 'Grammar'"
        in done.stderr
    )


def test_an_unknown_harper_rule_in_config_fails_the_check_naming_key_file_and_name(tmp_path):
    (tmp_path / "proof.toml").write_text(
        '[grammar]\nengines = ["harper"]\n[grammar.harper]\nenable = ["OxfordComa"]\n', encoding="utf-8"
    )
    done = run_proof("check", "--format", "json", article(tmp_path, "It was a awful summit.\n"), cwd=tmp_path)
    assert done.returncode == 2
    assert json.loads(done.stdout)["files"][0]["error"] is not None
    assert (
        done.stderr.count(
            f"{tmp_path / 'proof.toml'}: key 'grammar.harper.enable': no Harper rule or group "
            "named 'OxfordComa' (did you mean 'OxfordComma'?)"
        )
        == 1
    )
    assert "Harper not used" not in done.stderr


@pytest.mark.parametrize("url", ["not a url", "ftp://lt.example/", "localhost:8081"])
def test_a_languagetool_url_that_is_no_http_url_is_a_bad_option_value(tmp_path, url):
    done = run_proof("check", "--languagetool-url", url, article(tmp_path))
    assert done.returncode == 2
    assert "Invalid value for '--languagetool-url'" in done.stderr and "http:// or https://" in done.stderr
    assert done.stdout == ""


def test_a_bad_languagetool_url_in_the_environment_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("PROOF_LANGUAGETOOL_URL", "ftp://lt.example/")
    done = run_proof("check", article(tmp_path))
    assert done.returncode == 2
    assert done.stderr.startswith("proof: PROOF_LANGUAGETOOL_URL: must be an http:// or https:// URL")
    assert "harper" not in done.stdout + done.stderr


class _NotLanguageTool(http.server.BaseHTTPRequestHandler):
    """Answers every POST as `python3 -m http.server` does: 501, an HTML page."""

    def do_POST(self):
        self.send_error(501, "Unsupported method ('POST')")

    def log_message(self, *args):
        pass


def test_a_server_that_is_not_languagetool_is_called_so(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotLanguageTool)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        done = run_proof("check", "--fail-on", "never", "--languagetool-url", url, article(tmp_path))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    [warning] = [line for line in done.stderr.splitlines() if "LanguageTool not used" in line]
    assert f"{url} answered, but not as a LanguageTool server does (HTTP 501" in warning
    assert "not JSON" in warning and "cannot reach" not in warning
