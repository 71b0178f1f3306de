import os
import subprocess
import sys

import pytest
from hypothesis import settings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
WIRE = os.path.join(EXAMPLES, "russia-missile-defence-wire.txt")
WEB = os.path.join(EXAMPLES, "russia-missile-defence-web.txt")


def run_proof(*args, cwd=None, input=None):
    """Run the real `proof` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "proof", *args], capture_output=True, text=True, check=False,
                          cwd=cwd or ROOT, input=input)


@pytest.fixture
def proof_cli():
    return run_proof


# Property tests (hypothesis) run the same examples on every machine and keep no example
# database between runs, so CI is deterministic; each test sets its own modest example count.
settings.register_profile("proof", derandomize=True, database=None, deadline=None, print_blob=False)
settings.load_profile("proof")


@pytest.fixture(autouse=True, scope="session")
def private_languagetool_runtime(tmp_path_factory):
    """A kept-warm LanguageTool server that a test starts lives in a folder of the test
    session's own, and is stopped when the session ends: tests leave no JVM behind."""
    folder = str(tmp_path_factory.mktemp("languagetool-runtime"))
    before = os.environ.get("PROOF_RUNTIME_DIR")
    os.environ["PROOF_RUNTIME_DIR"] = folder
    yield folder
    from proof.grammar import local_server

    local_server.stop()
    if before is None:
        del os.environ["PROOF_RUNTIME_DIR"]
    else:
        os.environ["PROOF_RUNTIME_DIR"] = before
