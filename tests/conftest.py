"""Fixtures for every test; plain helpers are in tests/helpers/."""

import os

import pytest
from hypothesis import settings

from tests.helpers.cli import run_proof
from tests.helpers.word_checker import WordChecker


@pytest.fixture
def proof_cli():
    return run_proof


@pytest.fixture
def model_loads(monkeypatch, tmp_path):
    """The shared trigram model not loaded yet in this process; each later load of it, here or
    in a forked worker, writes the loading process's id as a line of the file returned."""
    from proof.realword import trigram

    log = tmp_path / "model-loads.txt"
    log.touch()

    class Logged(trigram.TrigramModel):
        def __init__(self, confusions):
            with open(log, "a", encoding="utf-8") as f:
                f.write(f"{os.getpid()}\n")
            super().__init__(confusions)

    monkeypatch.setattr(trigram, "TrigramModel", Logged)
    trigram._load_shared_model.cache_clear()
    yield log
    trigram._load_shared_model.cache_clear()


@pytest.fixture
def word_checker(monkeypatch):
    """Make every run (in this process and forked workers) use only `WordChecker`."""
    monkeypatch.setattr("proof.run.runner.build_checkers", lambda config: [WordChecker()])


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
