"""What proof does with and without a terminal: `proof review` refuses to run without one,
and the text report's colour follows the terminal and NO_COLOR (no-color.org)."""

import os
import pty
import subprocess
import sys

import pytest

from tests.helpers.paths import ROOT, WIRE

pytestmark = pytest.mark.slow  # every test here starts processes

DEADLINE = 120


def test_review_without_a_terminal_is_refused(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "proof", "review", "--no-grammar", WIRE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=DEADLINE,
        check=False,
    )
    assert done.returncode == 2
    assert (
        done.stderr == "proof: review needs a terminal (standard input and output); for a report, use `proof check`\n"
    )
    assert done.stdout == ""


def _report_on_a_terminal(no_color: str | None) -> str:
    """`proof check`'s report as written to a terminal (a pseudo-terminal here)."""
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    if no_color is not None:
        environment["NO_COLOR"] = no_color
    reader, writer = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "proof", "check", "--no-grammar", WIRE],
            stdout=writer,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env=environment,
            timeout=DEADLINE,
            check=False,
        )
        os.close(writer)
        writer = None
        chunks = []
        while True:
            try:
                chunk = os.read(reader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if writer is not None:
            os.close(writer)
        os.close(reader)
    assert done.returncode == 1
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("no_color, coloured", [(None, True), ("", True), ("1", False)], ids=["unset", "empty", "set"])
def test_no_color_turns_the_reports_colour_off(no_color, coloured):
    report = _report_on_a_terminal(no_color)
    assert "russia-missile-defence-wire.txt:" in report
    assert ("\x1b[" in report) == coloured
