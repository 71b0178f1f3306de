"""Checking many files in worker processes gives what one process gives, in input order."""

import json
import os
import shutil
import signal

import pytest

from proof.run.batch import MIN_FILES_PER_WORKER, BatchSettings, check_files, worker_count
from proof.settings.overrides import Overrides
from proof.spelling.checker import VARIANT
from tests.helpers.cli import invoke, run_proof
from tests.helpers.paths import EXAMPLES
from tests.helpers.word_checker import WordChecker


def _corpus(tmp_path, count=60):
    for i in range(count):
        words = " ".join(["rouge", "teh", "very", "fine"][: 1 + i % 4])
        suffix = (".txt", ".md", ".html")[i % 3]
        (tmp_path / f"story-{i:03}{suffix}").write_text(f"Story {i}: {words}.\n", encoding="utf-8")
    (tmp_path / "story-bad.txt").write_bytes(b"\xff\xfe bad")


@pytest.mark.slow
def test_two_jobs_give_the_same_report_as_one(word_checker, tmp_path):
    _corpus(tmp_path)
    for output_format in ("text", "json", "sarif", "github"):
        # --no-grammar: with Java installed a local LanguageTool server makes the run one process.
        one = invoke("check", "--no-grammar", "--format", output_format, "--jobs", "1", str(tmp_path))
        two = invoke("check", "--no-grammar", "--format", output_format, "--jobs", "2", str(tmp_path))
        assert one.exit_code == two.exit_code == 2
        assert one.stdout == two.stdout
        assert one.stderr == two.stderr


@pytest.mark.slow
def test_input_order_is_kept(word_checker, tmp_path):
    _corpus(tmp_path)
    names = sorted(str(path) for path in tmp_path.iterdir())
    names = names[1::2] + names[::2][::-1]
    done = invoke("check", "--no-grammar", "--format", "json", "--jobs", "2", *names)
    assert [entry["path"] for entry in json.loads(done.stdout)["files"]] == names


@pytest.mark.parametrize("grammar", [["--no-grammar"], ["--no-cache"]], ids=["no grammar", "harper"])
@pytest.mark.slow
def test_real_command_with_jobs_matches_one_job(tmp_path, grammar):
    # Workers forked from the process that checked the first file use its checkers
    # (Harper's linter included) and must answer exactly as one process does.
    (tmp_path / "proof.toml").write_text('[grammar]\nengines = ["harper"]\n', encoding="utf-8")
    for i in range(2 * MIN_FILES_PER_WORKER):
        name = ("russia-missile-defence-wire.txt", "russia-missile-defence-web.txt")[i % 2]
        shutil.copy(os.path.join(EXAMPLES, name), tmp_path / f"{i:03}-{name}")
    one = run_proof("check", "--format", "json", *grammar, "--jobs", "1", str(tmp_path))
    two = run_proof("check", "--format", "json", *grammar, "--jobs", "2", str(tmp_path))
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    report = json.loads(two.stdout)
    assert report["summary"]["files"] == 2 * MIN_FILES_PER_WORKER
    assert report["engines"] == ([] if grammar == ["--no-grammar"] else ["harper"])


def test_workers_are_not_started_for_a_few_files():
    assert worker_count(8, 10) == 1
    assert worker_count(2, 2 * MIN_FILES_PER_WORKER) == 2
    assert worker_count(2, 1000) == 2
    assert worker_count(1, 1000) == 1


def test_a_broken_config_fails_only_the_files_under_it(word_checker, tmp_path):
    _corpus(tmp_path)
    bad = tmp_path / "sub"
    bad.mkdir()
    (bad / "proof.toml").write_text("colour = 1\n", encoding="utf-8")
    (bad / "x.txt").write_text("Fine.\n", encoding="utf-8")
    (bad / "y.txt").write_text("Fine.\n", encoding="utf-8")
    done = invoke("check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert done.exit_code == 2
    assert done.stderr.count("colour") == 1 and str(bad / "proof.toml") in done.stderr
    errors = {entry["path"]: entry["error"] for entry in json.loads(done.stdout)["files"]}
    assert all("colour" in errors.pop(str(bad / name)) for name in ("x.txt", "y.txt"))
    assert len(errors) == 61 and "UTF-8" in errors.pop(str(tmp_path / "story-bad.txt"))
    assert set(errors.values()) == {None}


def test_progress_bar_only_on_a_terminal_and_for_enough_files(monkeypatch, capsys):
    from proof.commands.check import PROGRESS_MIN_FILES, _with_progress

    reports = list(range(PROGRESS_MIN_FILES))
    assert list(_with_progress(iter(reports), len(reports))) == reports
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    assert list(_with_progress(iter(reports[:-1]), len(reports) - 1)) == reports[:-1]
    assert capsys.readouterr().err == ""
    assert list(_with_progress(iter(reports), len(reports))) == reports
    assert "checking" in capsys.readouterr().err


class _Failing(WordChecker):
    """Fails on the files that ask for it: raises MemoryError on "MEMORY", and on "DIE" kills
    the worker process checking it (never the test's own process)."""

    test_process = os.getpid()

    def check(self, document):
        if "MEMORY" in document.text:
            raise MemoryError
        if "DIE" in document.text and os.getpid() != self.test_process:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().check(document)


@pytest.fixture
def failing_checker(monkeypatch):
    monkeypatch.setattr("proof.run.runner.build_checkers", lambda config: [_Failing()])


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.slow
def test_a_file_that_makes_proof_fail_is_that_files_error(failing_checker, tmp_path, jobs):
    _corpus(tmp_path)
    (tmp_path / "story-030.txt").write_text("MEMORY\n", encoding="utf-8")
    done = invoke("check", "--no-grammar", "--format", "json", "--fail-on", "never", "--jobs", jobs, str(tmp_path))
    assert done.exit_code == 2
    report = json.loads(done.stdout)
    errors = {entry["path"]: entry["error"] for entry in report["files"] if entry["error"]}
    failed = str(tmp_path / "story-030.txt")
    assert errors[failed] == f"{failed}: not checked: proof failed on it (MemoryError)"
    assert f"proof: {failed}: not checked" in done.stderr
    # Every other file is still checked and reported, and so is the summary.
    assert report["summary"]["files"] == 61
    assert set(errors) == {failed, str(tmp_path / "story-bad.txt")}
    assert report["summary"]["flags"] > 0


@pytest.mark.slow
def test_a_worker_that_dies_is_reported_on_its_file_and_the_run_goes_on(failing_checker, tmp_path):
    _corpus(tmp_path)
    for dying in ("story-033.txt", "story-045.txt"):
        (tmp_path / dying).write_text("DIE\n", encoding="utf-8")
    one = invoke("check", "--no-grammar", "--jobs", "1", str(tmp_path / "story-048.txt"))
    # (With grammar on, a local LanguageTool server would make the run one process.)
    done = invoke("check", "--no-grammar", "--format", "json", "--fail-on", "never", "--jobs", "2", str(tmp_path))
    assert done.exit_code == 2
    report = json.loads(done.stdout)
    errors = {entry["path"]: entry["error"] for entry in report["files"] if entry["error"]}
    for dying in ("story-033.txt", "story-045.txt"):
        path = str(tmp_path / dying)
        assert errors[path] == f"{path}: not checked: the worker process checking it was killed by SIGKILL"
    assert len(errors) == 3
    assert report["summary"]["files"] == 61
    # The files after a worker's death are checked as one process checks them.
    after = next(entry for entry in report["files"] if entry["path"] == str(tmp_path / "story-048.txt"))
    assert "story-048.txt:1:" in one.stdout and after["flags"]


def test_workers_started_afresh_apply_the_command_line_values(tmp_path, monkeypatch):
    # Where processes cannot fork, each worker builds its own runner from the BatchSettings
    # it is sent: the command line's values (here --language en-US) must travel with them.
    for i in range(2 * MIN_FILES_PER_WORKER):
        (tmp_path / f"story-{i:03}.txt").write_text("The colour of the sky.\n", encoding="utf-8")
    files = sorted(str(path) for path in tmp_path.iterdir())
    monkeypatch.setattr("proof.run.batch.multiprocessing.get_all_start_methods", lambda: ["spawn"])
    reports = list(check_files(files, BatchSettings(override=Overrides(language="en-US", grammar=False)), 2))
    assert [report.path for report in reports] == files
    assert all([located.flag.rule for located in report.flags] == [VARIANT] for report in reports)


@pytest.mark.slow
def test_forked_workers_share_the_suggestion_model_the_parent_loaded(model_loads, tmp_path):
    # The first file, checked before the fork, needs no suggestions put in order; the others
    # do. Loaded in each worker the model would cost every worker about a second and 70 MB.
    (tmp_path / "story-000.txt").write_text("The sky was clear.\n", encoding="utf-8")
    for i in range(1, 2 * MIN_FILES_PER_WORKER):
        (tmp_path / f"story-{i:03}.txt").write_text("They tried to espace the fire.\n", encoding="utf-8")
    files = sorted(str(path) for path in tmp_path.iterdir())
    reports = list(check_files(files, BatchSettings(override=Overrides(grammar=False)), 2))
    assert [report.error for report in reports] == [None] * len(files)
    assert all(located.flag.suggestions[0] == "escape" for report in reports[1:] for located in report.flags)
    assert model_loads.read_text().splitlines() == [str(os.getpid())]
