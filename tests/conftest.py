import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
WIRE = os.path.join(EXAMPLES, "russia-missile-defence-wire.txt")
WEB = os.path.join(EXAMPLES, "russia-missile-defence-web.txt")


def run_proof(*args, cwd=None, input=None):
    """Run the real `proof` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "proof", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, input=input)


@pytest.fixture
def proof_cli():
    return run_proof
