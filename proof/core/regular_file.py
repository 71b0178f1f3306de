"""Reading a file's bytes without hanging or exhausting memory.

Only regular files are read. A FIFO blocks until a writer comes, /dev/zero never ends and
a socket cannot be opened at all, so those are refused from their `stat`, before they are
opened. A file over the size limit is refused too, and the read itself is bounded, so a
file that grows while it is read cannot take more than the limit either.
"""

from __future__ import annotations

import os
import stat

# A news article is tens of kilobytes; a word list a few megabytes at most.
DEFAULT_MAX_FILE_SIZE = 10 * 10**6

_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class Refused(Exception):
    """Why a file is not read; the message does not name the file (the caller does)."""


def special_kind(mode: int) -> str | None:
    """What a file of this `st_mode` is, when it is a special file (not regular, not a folder)."""
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return None


def _refuse_special(mode: int) -> None:
    kind = special_kind(mode)
    if kind:
        raise Refused(f"{kind}, not a regular file")


def refuse_special(path: str) -> None:
    """`Refused` when `path` is a special file; a missing file is left for `open` to report."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    _refuse_special(mode)


def too_large(limit: int) -> Refused:
    return Refused(f"larger than max_file_size ({limit:,} bytes)")


def read_bounded(stream, limit: int) -> bytes:
    """At most `limit` bytes of an open binary stream; `Refused` when there are more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(limit)
    return data


def read_regular_file(path: str, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them.

    Raises `Refused` for a special file or one over the limit, `OSError` when it cannot be read.
    """
    refuse_special(path)
    # O_NONBLOCK: should a FIFO take the file's place after the check, opening it returns
    # at once instead of waiting for a writer, and the check below refuses it.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as stream:
        opened = os.fstat(fd)
        _refuse_special(opened.st_mode)
        if opened.st_size > limit:
            raise too_large(limit)
        return read_bounded(stream, limit)
