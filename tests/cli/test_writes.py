"""Every write proof makes: atomic, through links, never over an input or someone's
changes, one clear line and exit 2 when the disk or the permissions say no, no temporary
file left behind."""

import errno
import json
import os
import subprocess
import sys
import time

import pytest

from proof.core import atomic
from proof.core.atomic import WriteError, atomic_writer
from proof.core.source import (
    ChangedOnDisk,
    WouldReplace,
    read_source,
    unused_name,
    write_source,
)
from proof.grammar.cache import GrammarCache
from tests.helpers.cli import invoke, run_proof
from tests.helpers.paths import ROOT

STORY = "The rouge states met.\n"
FIXED = "The rogue states met.\n"


def temporaries(folder) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".proof-")]


def failing(exception):
    def fail(*args, **kwargs):
        raise exception

    return fail


def disk_full():
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# -- links ------------------------------------------------------------------------------


def test_fix_through_a_link_writes_the_target_and_keeps_the_link(word_checker, tmp_path):
    target = tmp_path / "real" / "story.txt"
    target.parent.mkdir()
    target.write_text(STORY)
    link = tmp_path / "story.txt"
    link.symlink_to(target)
    result = invoke("fix", str(link))
    assert result.exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == FIXED


# -- disk full, permissions, interrupts ---------------------------------------------------


def test_disk_full_keeps_the_original_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    monkeypatch.setattr(os, "fsync", failing(disk_full()))
    with pytest.raises(WriteError, match=r"story\.txt: cannot write .No space left on device"):
        write_source(read_source(str(path)), FIXED)
    assert path.read_text() == STORY
    assert temporaries(tmp_path) == []


def test_fix_on_a_full_disk_exits_2_with_one_line(word_checker, tmp_path, monkeypatch):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    monkeypatch.setattr(os, "fsync", failing(disk_full()))
    result = invoke("fix", str(path))
    assert result.exit_code == 2
    [line] = [line for line in result.stderr.splitlines() if line.startswith("proof:")]
    assert "story.txt: cannot write (No space left on device" in line
    assert "Traceback" not in result.output + result.stderr
    assert path.read_text() == STORY
    assert temporaries(tmp_path) == []


def test_check_report_on_a_full_disk_exits_2_with_one_line(word_checker, tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(STORY)
    report = tmp_path / "report.json"
    report.write_text("{}\n")
    monkeypatch.setattr(os, "fsync", failing(disk_full()))
    result = invoke("check", "--no-grammar", "--format", "json", "-o", str(report), str(tmp_path / "story.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"proof: {report}: cannot write (No space")
    assert report.read_text() == "{}\n"
    assert temporaries(tmp_path) == []


def test_baseline_on_a_full_disk_exits_2_with_one_line(word_checker, tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(STORY)
    monkeypatch.setattr(os, "fsync", failing(disk_full()))
    result = invoke("check", "--no-grammar", "--write-baseline", str(tmp_path / "b.json"), str(tmp_path / "story.txt"))
    assert result.exit_code == 2
    assert "b.json: cannot write (No space left on device" in result.stderr
    assert temporaries(tmp_path) == []


def test_fix_refused_permission_exits_2_with_one_line(word_checker, tmp_path, monkeypatch):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    monkeypatch.setattr(os, "replace", failing(PermissionError(errno.EACCES, os.strerror(errno.EACCES))))
    result = invoke("fix", str(path))
    assert result.exit_code == 2
    assert "story.txt: cannot write (Permission denied); nothing was changed" in result.stderr
    assert path.read_text() == STORY
    assert temporaries(tmp_path) == []


def test_a_read_only_file_is_not_replaced_even_by_root(word_checker, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    path.chmod(0o444)
    result = invoke("fix", str(path))
    assert result.exit_code == 2
    assert f"{path}: read-only (mode 444, no write permission); nothing was changed" in result.stderr
    assert result.stdout == ""
    assert path.read_text() == STORY
    assert path.stat().st_mode & 0o777 == 0o444
    assert temporaries(tmp_path) == []


def test_fix_writes_the_writable_files_when_one_is_read_only(word_checker, tmp_path):
    locked, open_ = tmp_path / "locked.txt", tmp_path / "open.txt"
    for path in (locked, open_):
        path.write_text(STORY)
    locked.chmod(0o555)
    result = invoke("fix", str(locked), str(open_))
    assert result.exit_code == 2
    assert result.stderr.count("read-only") == 1
    assert locked.read_text() == STORY
    assert open_.read_text() == FIXED


def test_fix_counts_the_flags_left_in_a_file_it_could_not_write(word_checker, tmp_path):
    locked, open_ = tmp_path / "locked.txt", tmp_path / "open.txt"
    for path in (locked, open_):
        path.write_text(STORY)
    locked.chmod(0o444)
    result = invoke("fix", "--no-grammar", str(locked), str(open_))
    assert result.exit_code == 2
    assert f"{locked}:1:5: error house.Rogue" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "1 safe fix applied; remaining: 2 files checked: 1 flag (1 error, 0 warnings, 0 info); "
        "1 file could not be written"
    )


@pytest.mark.parametrize("mode", [0o444, 0o044, 0o400])
def test_no_write_bit_for_the_owner_refuses_every_atomic_write(tmp_path, mode):
    path = tmp_path / "report.txt"
    path.write_text("old\n")
    path.chmod(mode)
    with pytest.raises(WriteError, match="read-only"), atomic_writer(str(path)) as stream:
        stream.write("new\n")
    path.chmod(0o600)
    assert path.read_text() == "old\n"
    assert temporaries(tmp_path) == []


def test_a_read_only_file_is_refused_through_a_link(tmp_path):
    target = tmp_path / "story.txt"
    target.write_text(STORY)
    target.chmod(0o444)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(WriteError, match=r"link\.txt: read-only"):
        write_source(read_source(str(link)), FIXED)
    assert target.read_text() == STORY


def test_a_file_writable_by_its_owner_only_is_written(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    path.chmod(0o600)
    write_source(read_source(str(path)), FIXED)
    assert path.read_text() == FIXED
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit])
def test_an_interrupted_write_removes_its_temporary_file(tmp_path, monkeypatch, interruption):
    path = tmp_path / "report.txt"
    path.write_text("old\n")
    monkeypatch.setattr(os, "fsync", failing(interruption()))
    with pytest.raises(interruption), atomic_writer(str(path)) as stream:
        stream.write("new\n")
    assert path.read_text() == "old\n"
    assert temporaries(tmp_path) == []


# -- temporary files a killed run left ----------------------------------------------------


@pytest.mark.slow
def test_a_temporary_file_left_by_a_killed_write_is_removed_by_the_next_run(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    # A writer whose fsync never returns, killed with SIGKILL: no chance to clean up.
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import os, sys, time\n"
                "os.fsync = lambda fd: time.sleep(60)\n"
                "from proof.core.source import atomic_write\n"
                f"atomic_write({str(tmp_path / 'report.txt')!r}, b'x' * 100000)\n"
            ),
        ],
        cwd=ROOT,
    )
    try:
        for _ in range(600):
            if temporaries(tmp_path) or writer.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        writer.kill()
        writer.wait()
    [left] = temporaries(tmp_path)
    assert left.startswith(f".proof-{writer.pid}-")
    result = run_proof("check", "--no-grammar", "-o", str(tmp_path / "report.txt"), str(story))
    assert result.returncode == 1, result.stderr
    assert temporaries(tmp_path) == []
    assert not (tmp_path / "report.txt").read_text().startswith("x")


@pytest.mark.slow
def test_only_our_own_stale_temporary_files_are_removed(tmp_path, monkeypatch):
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead = int(finished.stdout)
    stale = tmp_path / f".proof-{dead}-abc_1234.tmp"
    running = tmp_path / f".proof-{os.getppid()}-abc_1234.tmp"
    other = tmp_path / ".proof-notours.tmp"
    for name in (stale, running, other):
        name.write_text("half a report")
    monkeypatch.setattr(atomic, "_STARTED", time.time() + 1)
    monkeypatch.setattr(atomic, "_swept", set())
    atomic.sweep_stale_temporaries(str(tmp_path))
    assert sorted(temporaries(tmp_path)) == sorted([running.name, other.name])


@pytest.mark.slow
def test_a_temporary_file_newer_than_the_run_is_left_alone(tmp_path, monkeypatch):
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    recent = tmp_path / f".proof-{int(finished.stdout)}-abc_1234.tmp"
    recent.write_text("being written")
    monkeypatch.setattr(atomic, "_STARTED", time.time() - 60)
    monkeypatch.setattr(atomic, "_swept", set())
    atomic.sweep_stale_temporaries(str(tmp_path))
    assert temporaries(tmp_path) == [recent.name]


# -- never over someone's work ------------------------------------------------------------


def test_save_as_refuses_an_existing_file_unless_told_to_replace_it(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    other = tmp_path / "other.txt"
    other.write_text("Another article.\n")
    source = read_source(str(path))
    with pytest.raises(WouldReplace):
        write_source(source, FIXED, str(other))
    assert other.read_text() == "Another article.\n"
    write_source(source, FIXED, str(other), replace=True)
    assert other.read_text() == FIXED


def test_save_as_onto_the_file_read_checks_it_did_not_change(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    source = read_source(str(path))
    path.write_text("A colleague's version.\n")
    with pytest.raises(ChangedOnDisk):
        write_source(source, FIXED, str(tmp_path / "." / "story.txt"))
    assert path.read_text() == "A colleague's version.\n"


def test_unused_name_is_beside_the_file_and_free(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "story-1.txt").write_text(STORY)
    assert unused_name(str(tmp_path / "story.txt")) == str(tmp_path / "story-2.txt")


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "{d}/story.txt", "{d}/story.txt"],
        ["--write-baseline", "{d}/story.txt", "{d}/story.txt"],
        ["-o", "{d}/story.txt", "{d}"],
        ["-o", "{d}/story.txt", "{d}/other.txt"],  # `-o *.txt` after the shell expanded it
        ["-o", "{d}/report.json", "--write-baseline", "{d}/report.json", "{d}/story.txt"],
    ],
)
def test_the_report_never_overwrites_an_article(word_checker, tmp_path, args):
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "other.txt").write_text(STORY)
    result = invoke("check", "--no-grammar", *[a.format(d=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith("proof: ") and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "story.txt").read_text() == STORY
    assert not (tmp_path / "report.json").exists()


def test_a_text_report_beside_the_article_is_replaced_run_after_run(word_checker, tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    for _ in range(2):
        result = invoke("check", "--no-grammar", "-o", str(tmp_path / "report.txt"), str(tmp_path / "story.txt"))
        assert result.exit_code == 1, result.stderr
    assert "house.Rogue" in (tmp_path / "report.txt").read_text()


@pytest.mark.parametrize(
    "first_line",
    [
        "{Embargoed until 06:00 GMT}",
        "::Breaking:: markets fall",
        "Update 12:30:45: markets fell",
        "3 files checked: the auditors found nothing",
    ],
)
def test_an_article_that_starts_like_a_report_is_never_replaced_by_one(word_checker, tmp_path, first_line):
    article = tmp_path / "notes.txt"
    article.write_text(f"{first_line}\n\nThe talks went on.\n")
    (tmp_path / "story.txt").write_text(STORY)
    result = invoke("check", "--no-grammar", "-o", str(article), str(tmp_path / "story.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"proof: {article}: is an article, not a report")
    assert article.read_text().startswith(first_line)


@pytest.mark.parametrize("args", [["--format", f] for f in ("text", "json", "sarif", "github")] + [["--baseline"]])
def test_each_report_and_the_baseline_is_replaced_run_after_run(word_checker, tmp_path, args):
    (tmp_path / "story.txt").write_text(STORY)
    output = ["--write-baseline"] if args == ["--baseline"] else [*args, "-o"]
    for _ in range(2):
        result = invoke("check", "--no-grammar", *output, str(tmp_path / "report.txt"), str(tmp_path / "story.txt"))
        assert result.exit_code in (0, 1), result.stderr
    assert "Rogue" in (tmp_path / "report.txt").read_text()


# -- the grammar cache --------------------------------------------------------------------


def test_a_cache_folder_that_cannot_be_made_is_said_once_and_grammar_runs_without_it(tmp_path, capsys):
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file")
    cache = GrammarCache(str(not_a_folder / "grammar.sqlite3"))
    assert cache.get("key") is None
    cache.put([("key", [])])
    assert cache.get("key") is None
    assert capsys.readouterr().err.count("grammar cache") == 1
    assert not_a_folder.read_text() == "a file"


@pytest.mark.slow
def test_check_with_an_unusable_cache_folder_still_checks_grammar(tmp_path):
    (tmp_path / "story.txt").write_text("He go to school yesterday.\n")
    (tmp_path / "proof.toml").write_text('[grammar]\nengines = ["harper"]\n')
    (tmp_path / "cache").write_text("a file")
    env_result = subprocess.run(
        [sys.executable, "-m", "proof", "check", "--format", "json", "story.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={**os.environ, "PROOF_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert "Traceback" not in env_result.stderr
    assert env_result.stderr.count("grammar cache") == 1
    report = json.loads(env_result.stdout)
    assert report["engines"] == ["harper"]
    assert [flag["text"] for flag in report["files"][0]["flags"]] == ["go"]
    assert env_result.returncode == 1
