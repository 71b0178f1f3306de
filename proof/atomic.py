"""Writing a file atomically: readers never see half of one, a crash leaves the old file
or the new one.

The bytes go to a temporary file in the same folder (a rename is atomic only within one
file system), are flushed to disk, and the temporary file is renamed over the target.
The result has the target's permissions when it existed, else the usual ones for a new
file (not the private mode temporary files are created with).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import IO


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: str, binary: bool = False) -> Iterator[IO]:
    """A stream whose content replaces `path` only when the block ends without error."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o777 if os.path.exists(path) else _new_file_mode()
    fd, temporary = tempfile.mkstemp(prefix=".proof-", suffix=".tmp", dir=directory)
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with opened as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
