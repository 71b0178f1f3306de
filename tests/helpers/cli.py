"""Running the `proof` command: for real in a subprocess, or in this process."""

import subprocess
import sys

from click.testing import CliRunner

from proof.cli import cli
from tests.helpers.paths import ROOT


def run_proof(*args, cwd=None, input=None):
    """Run the real `proof` command in a subprocess (a test that does is marked `slow`)."""
    return subprocess.run(
        [sys.executable, "-m", "proof", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd or ROOT,
        input=input,
    )


def invoke(*args):
    """Run the CLI in this process (so the `word_checker` fixture applies); returns click's Result."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)
