"""What proof will not read: special files (a FIFO, a device) are refused before they are
opened, and no file is read past `max_file_size`, so a run can neither hang on a pipe nor
fill memory from /dev/zero. Each case is one clear message, and the other files are
still checked. Real commands in a subprocess, with a deadline, so that a hang fails."""

import os
import subprocess
import sys

import pytest

from proof.settings.config import ConfigError, load_config
from tests.helpers.paths import ROOT

DEADLINE = 120


def run(*args, cwd=ROOT, stdin=subprocess.DEVNULL):
    return subprocess.run(
        [sys.executable, "-m", "proof", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        stdin=stdin,
        timeout=DEADLINE,
        check=False,
    )


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "story.txt").write_text("The minister spoke on Monday.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_a_fifo_in_a_walked_folder_is_skipped_with_a_message(folder):
    os.mkfifo(folder / "pipe.txt")
    done = run("check", "--no-grammar", "--fail-on", "never", str(folder))
    assert done.returncode == 0
    assert f"proof: {folder / 'pipe.txt'}: a FIFO (named pipe), not a regular file; skipped" in done.stderr
    assert "1 file checked" in done.stderr + done.stdout


@pytest.mark.slow
def test_a_fifo_named_on_the_command_line_is_an_input_error(folder):
    os.mkfifo(folder / "pipe.txt")
    done = run("check", "--no-grammar", "--fail-on", "never", str(folder / "pipe.txt"), str(folder / "story.txt"))
    assert done.returncode == 2
    assert f"proof: {folder / 'pipe.txt'}: a FIFO (named pipe), not a regular file; not checked" in done.stderr
    assert "2 files checked" in done.stdout and "1 file could not be checked" in done.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.slow
def test_a_device_named_on_the_command_line_is_refused_unread(device):
    done = run("check", "--no-grammar", device)
    assert done.returncode == 2
    assert f"proof: {device}: a character device, not a regular file; not checked" in done.stderr


@pytest.mark.parametrize("entry", ["pipe.txt", "/dev/zero"])
@pytest.mark.slow
def test_a_special_file_as_a_dictionary_is_a_config_error(folder, entry):
    if entry == "pipe.txt":
        os.mkfifo(folder / entry)
    (folder / "proof.toml").write_text(f'dictionary = ["{entry}"]\n', encoding="utf-8")
    done = run("check", "--no-grammar", str(folder / "story.txt"))
    assert done.returncode == 2
    named = folder / entry if entry == "pipe.txt" else entry
    assert f"dictionary file {named} not read: a " in done.stderr
    assert "not a regular file" in done.stderr


@pytest.mark.slow
def test_a_file_over_max_file_size_is_not_checked_and_the_others_are(folder):
    (folder / "proof.toml").write_text('max_file_size = "1 KB"\n', encoding="utf-8")
    (folder / "long.txt").write_text("The minister spoke. " * 60, encoding="utf-8")
    done = run("check", "--no-grammar", "--fail-on", "never", str(folder))
    assert done.returncode == 2
    assert f"proof: {folder / 'long.txt'}: larger than max_file_size (1,000 bytes); not checked" in done.stderr
    assert "2 files checked" in done.stdout and "1 file could not be checked" in done.stdout


@pytest.mark.slow
def test_a_word_list_over_max_file_size_is_a_config_error(folder):
    (folder / "words.txt").write_text("Zelenskiy\n" * 200, encoding="utf-8")
    (folder / "proof.toml").write_text('max_file_size = "1 KB"\ndictionary = ["words.txt"]\n', encoding="utf-8")
    done = run("check", "--no-grammar", str(folder / "story.txt"))
    assert done.returncode == 2
    assert f"dictionary file {folder / 'words.txt'} not read: larger than max_file_size (1,000 bytes)" in done.stderr


@pytest.mark.slow
def test_endless_standard_input_is_read_no_further_than_the_limit(folder):
    (folder / "proof.toml").write_text('max_file_size = "1 MB"\n', encoding="utf-8")
    with open("/dev/zero", "rb") as endless:
        done = run("check", "--no-grammar", "-", cwd=folder, stdin=endless)
    assert done.returncode == 2
    assert "proof: <stdin>: larger than max_file_size (1,000,000 bytes); not checked" in done.stderr


@pytest.mark.parametrize(
    "value, size", [("10 MB", 10_000_000), ("500KB", 500_000), ("2 MiB", 2 * 1024**2), (4096, 4096)]
)
def test_max_file_size_takes_bytes_or_a_unit(tmp_path, value, size):
    (tmp_path / "proof.toml").write_text(f"max_file_size = {value!r}\n".replace("'", '"'), encoding="utf-8")
    assert load_config(str(tmp_path / "proof.toml")).settings.max_file_size == size


@pytest.mark.parametrize("value", ['"10 TB"', '"lots"', "0", '""'])
def test_a_max_file_size_that_is_not_a_size_is_a_config_error(tmp_path, value):
    (tmp_path / "proof.toml").write_text(f"max_file_size = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="key 'max_file_size' must be"):
        load_config(str(tmp_path / "proof.toml"))
