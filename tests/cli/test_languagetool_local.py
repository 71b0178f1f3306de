"""The local LanguageTool server kept warm: start, reuse, lock, idle timeout, stop and
the messages when it cannot run. Java is stood in for by a small HTTP server that answers
as LanguageTool does (PROOF_JAVA names it), so these run anywhere; the live tests run the
real one."""

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from tests.helpers.paths import ROOT

pytestmark = pytest.mark.slow  # every test here starts processes

FAKE_JAVA = textwrap.dedent(f"""\
    #!{sys.executable}
    # answers like LanguageTool's HTTPServer: `java ... --port PORT`
    import json, sys
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Answer(BaseHTTPRequestHandler):
        def reply(self, body):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self.reply([{{"name": "English", "code": "en", "longCode": "en-US"}}])

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.reply({{"software": {{"version": "fake"}}, "matches": []}})

        def log_message(self, *args):
            pass

    HTTPServer(("127.0.0.1", int(sys.argv[sys.argv.index("--port") + 1])), Answer).serve_forever()
""")


@pytest.fixture
def env(tmp_path):
    java = tmp_path / "java"
    java.write_text(FAKE_JAVA, encoding="utf-8")
    java.chmod(0o755)
    folder = tmp_path / "LanguageTool-9.9"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"")
    environment = {
        **os.environ,
        "PROOF_JAVA": str(java),
        "PROOF_RUNTIME_DIR": str(tmp_path / "runtime"),
        "PROOF_CACHE_DIR": str(tmp_path / "cache"),
        "PROOF_LANGUAGETOOL_PATH": str(folder),
    }
    environment.pop("PROOF_LANGUAGETOOL_URL", None)
    yield environment
    proof(environment, "languagetool", "stop")


def proof(env, *args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "proof", *args], env=env, capture_output=True, text=True, cwd=cwd, check=False
    )


def state(env):
    path = os.path.join(env["PROOF_RUNTIME_DIR"], "languagetool-server", "server.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:  # a zombie is dead
        return f.read().split(")")[-1].split()[0] != "Z"


def test_two_starts_at_once_start_one_server_and_stop_ends_it(env):
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "proof", "languagetool", "start"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    urls = {p.communicate(timeout=60)[0].strip() for p in starts}
    assert len(urls) == 1 and all(p.returncode == 0 for p in starts)
    server = state(env)
    assert proof(env, "languagetool", "status").returncode == 0
    assert "stopped" in proof(env, "languagetool", "stop").stdout
    assert not alive(server["pid"]) and not alive(server["java_pid"])
    status = proof(env, "languagetool", "status")
    assert status.returncode == 1 and "no LanguageTool server" in status.stdout


def test_a_check_uses_the_warm_server_and_leaves_it_running(env, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A short story.\n", encoding="utf-8")
    first = proof(env, "check", "--require-grammar", "--no-cache", str(path))
    assert first.returncode == 0, first.stderr
    server = state(env)
    again = proof(env, "check", "--require-grammar", "--no-cache", str(path))
    assert again.returncode == 0 and state(env)["java_pid"] == server["java_pid"] and alive(server["java_pid"])


def test_the_server_stops_after_the_idle_timeout(env, tmp_path):
    (tmp_path / "proof.toml").write_text("[languagetool]\nidle_timeout = 2\n", encoding="utf-8")
    assert proof(env, "languagetool", "start", cwd=tmp_path).returncode == 0
    server = state(env)
    deadline = time.monotonic() + 30
    while (alive(server["java_pid"]) or alive(server["pid"])) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(server["java_pid"]) and not alive(server["pid"])


def test_a_folder_that_is_not_languagetool_is_named_and_harper_takes_over(env, tmp_path):
    env = {**env, "PROOF_LANGUAGETOOL_PATH": str(tmp_path)}
    path = tmp_path / "a.txt"
    path.write_text("A short story.\n", encoding="utf-8")
    done = proof(env, "check", "--no-cache", str(path))
    assert f"{tmp_path} is not a LanguageTool folder (no languagetool-server.jar in it)" in done.stderr
    assert "languagetool.path or PROOF_LANGUAGETOOL_PATH" in done.stderr and "Harper checks grammar" in done.stderr
    started = proof(env, "languagetool", "start")
    assert started.returncode == 2 and "not a LanguageTool folder" in started.stderr


def test_no_java_is_said_with_what_to_do_instead(env, tmp_path):
    env = {**env, "PROOF_JAVA": str(tmp_path / "no-such-java")}
    started = proof(env, "languagetool", "start")
    assert started.returncode == 2 and "no Java found" in started.stderr
    assert "PROOF_LANGUAGETOOL_URL" in started.stderr
