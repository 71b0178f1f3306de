"""Writing a file atomically: readers never see half of one, a crash leaves the old file
or the new one.

The bytes go to a temporary file in the target's folder (a rename is atomic only within
one file system), are flushed to disk, and the temporary file is renamed over the target.
A link is written through: the file it points to is replaced and the link stays. The
result has the target's permissions when it existed, else the usual ones for a new file
(not the private mode temporary files are created with).

A file that exists and may not be written (no write bit for its owner, even for root) is
refused (`ReadOnly`) before anything is written.

Any failure (disk full, permission denied, Ctrl-C, SIGTERM raised as an exception) removes
the temporary file and leaves the target as it was. Only a kill that leaves no chance to
clean up (kill -9, power loss) can leave one behind: its name, `.proof-PID-XXXXXXXX.tmp`,
says which process wrote it, and the next write into that folder removes it once that
process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from typing import IO

from proof.core.processes import running

TEMP_PREFIX = ".proof-"
TEMP_SUFFIX = ".tmp"
# mkstemp's names: the prefix, 8 characters of its alphabet, the suffix.
_OURS = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"\Z")
# A temporary file newer than this process was made by a run still going, whatever its PID says.
_STARTED = time.time()
# Folders already cleared of stale temporary files by this process.
_swept: set[str] = set()


class WriteError(Exception):
    """A file that could not be written; the message names it and the cause. The file is
    as it was and no temporary file is left."""


class ReadOnly(WriteError):
    """A file its permissions keep from being written. Replacing it would succeed in a
    writable folder, yet its owner said no: as an editor refuses (vim's "E45: 'readonly'
    option is set"), proof writes it under another name or not at all."""


def read_only(path: str, target: str) -> ReadOnly | None:
    """`ReadOnly` when the file `target` has no write bit for its owner (the mode bits, since
    root may write anything) or this user may not write it; None when it may be written."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return None
    if mode & stat.S_IWUSR and os.access(target, os.W_OK):
        return None
    return ReadOnly(f"{path}: read-only (mode {stat.S_IMODE(mode):o}, no write permission); nothing was changed")


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def is_stale_temporary(folder: str, name: str) -> bool:
    """A temporary file of ours that its writer left behind: our exact name pattern, our
    user, older than this run, written by a process that no longer runs."""
    match = _OURS.match(name)
    if not match or int(match.group(1)) == os.getpid():
        return False
    try:
        info = os.lstat(os.path.join(folder, name))
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and info.st_mtime < _STARTED
        and not running(int(match.group(1)))
    )


def sweep_stale_temporaries(folder: str) -> None:
    """Remove the temporary files a killed run left in `folder`; once per folder and process."""
    if folder in _swept:
        return
    _swept.add(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if is_stale_temporary(folder, name):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))


def write_failure(path: str, exc: OSError) -> WriteError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason += "; free some space and run again"
    return WriteError(f"{path}: cannot write ({reason}); nothing was changed")


@contextlib.contextmanager
def atomic_writer(path: str, binary: bool = False) -> Iterator[IO]:
    """A stream whose content replaces `path` (the file a link points to, when `path` is
    a link) only when the block ends without error; `WriteError` when it cannot."""
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    exists = os.path.exists(target)
    if exists and (refused := read_only(path, target)):
        raise refused
    sweep_stale_temporaries(directory)
    try:
        mode = os.stat(target).st_mode & 0o777 if exists else _new_file_mode()
        fd, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise write_failure(path, exc) from None
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with opened as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise write_failure(path, exc) from None
        raise
