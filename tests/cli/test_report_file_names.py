"""Every report format stays valid when a file name is not UTF-8 (`caf\\xe9.txt`).

POSIX file names are bytes. The real command is run with a strict UTF-8 standard output
(PYTHONIOENCODING=utf-8, as under a UTF-8 locale), and its output is decoded strictly.
"""

import json
import os
import shutil
import subprocess
import sys

import jsonschema
import pytest

from tests.helpers.paths import FIXTURES, ROOT

pytestmark = pytest.mark.slow  # every test here starts processes

SCHEMA = os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json")
NAME = b"caf\xe9.txt"  # Latin-1 for café.txt


@pytest.fixture
def latin1_named(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, NAME), "wb") as f:
            f.write(b"The the cat sat.\n")
    except OSError:
        pytest.skip("this file system only takes UTF-8 file names")
    return tmp_path


def proof_bytes(*args, cwd, command="check"):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PROOF_CACHE_DIR": os.path.join(cwd, ".cache")}
    done = subprocess.run(
        [sys.executable, "-m", "proof", command, "--no-grammar", *args],
        check=False,
        capture_output=True,
        cwd=cwd,
        env={**env, "PYTHONPATH": ROOT},
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


@pytest.mark.parametrize("arg", [".", os.fsdecode(NAME)], ids=["walked", "named"])
def test_text_report_names_a_latin1_file_with_its_byte_escaped(latin1_named, arg):
    rc, out, err = proof_bytes(arg, cwd=str(latin1_named))
    assert rc == 1, err
    assert "caf\\xe9.txt:1:1: warning newsroom.RepeatedWord" in out
    assert "Traceback" not in err


def test_json_report_of_a_latin1_file_name_parses(latin1_named):
    rc, out, err = proof_bytes("--jobs", "1", "--format", "json", ".", cwd=str(latin1_named))
    assert rc == 1, err
    report = json.loads(out)
    assert report["files"][0]["path"] == "./caf\\xe9.txt"
    assert report["files"][0]["flags"][0]["rule"] == "newsroom.RepeatedWord"


def test_sarif_uri_of_a_latin1_file_name_keeps_its_bytes_percent_encoded(latin1_named):
    rc, out, err = proof_bytes("--jobs", "1", "--format", "sarif", ".", cwd=str(latin1_named))
    assert rc == 1, err
    log = json.loads(out)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "caf%E9.txt"


def test_github_annotation_of_a_latin1_file_name_is_one_valid_line(latin1_named):
    rc, out, err = proof_bytes("--jobs", "1", "--format", "github", ".", cwd=str(latin1_named))
    assert rc == 1, err
    assert out.splitlines()[0].startswith("::warning file=caf\\xe9.txt,line=1,col=1,")


def test_report_file_of_a_latin1_file_name_is_utf8(latin1_named):
    rc, _out, err = proof_bytes("--jobs", "1", "--format", "json", "-o", "report.json", ".", cwd=str(latin1_named))
    assert rc == 1, err
    with open(latin1_named / "report.json", encoding="utf-8") as f:
        assert json.load(f)["files"][0]["path"] == "./caf\\xe9.txt"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_fix_diff_of_a_latin1_file_name_is_a_patch_git_applies(latin1_named):
    rc, out, err = proof_bytes("--diff", os.fsdecode(NAME), cwd=str(latin1_named), command="fix")
    assert rc == 0, err
    assert out.startswith('--- "a/caf\\351.txt"\n+++ "b/caf\\351.txt"\n')
    subprocess.run(["git", "init", "-q", "."], cwd=latin1_named, check=True)
    (latin1_named / "fix.patch").write_text(out, encoding="utf-8")
    subprocess.run(["git", "apply", "fix.patch"], cwd=latin1_named, check=True)
    with open(os.path.join(os.fsencode(latin1_named), NAME), "rb") as f:
        assert f.read() == b"The cat sat.\n"


def test_an_error_line_names_a_latin1_file_with_its_byte_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, b"bad\xe9.txt"), "wb") as f:
            f.write(b"\x00\x01 binary\n")
    except OSError:
        pytest.skip("this file system only takes UTF-8 file names")
    rc, _, err = proof_bytes(".", cwd=str(tmp_path))
    assert rc == 2
    assert "bad\\xe9.txt" in err and "\\udce9" not in err
