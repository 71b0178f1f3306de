"""Reading article files from disk: bytes to text, with clear errors.

The BOM is removed from the text (offsets count from the first character after it) and
remembered, with the bytes' fingerprint, so that a later write can keep the encoding and
refuse to overwrite a file that changed on disk in the meantime.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from proof.core.atomic import atomic_writer
from proof.core.regular_file import DEFAULT_MAX_FILE_SIZE, Refused, read_regular_file

BOM = "\ufeff"


class InputError(Exception):
    """A file that cannot be checked; the message names it and the cause."""


@dataclass(frozen=True)
class SourceFile:
    path: str
    text: str
    has_bom: bool
    digest: str

    @property
    def newline(self) -> str:
        """The file's dominant line ending, for text inserted into it."""
        crlf = self.text.count("\r\n")
        return "\r\n" if crlf and crlf >= self.text.count("\n") - crlf else "\n"


def digest_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: str) -> SourceFile:
    # Word's "Unicode text" is UTF-16: full of NUL bytes, yet not a binary file.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: UTF-16 text, not UTF-8; convert it to UTF-8 first")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not checked")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            f"convert it to UTF-8 first"
        ) from None
    has_bom = text.startswith(BOM)
    return SourceFile(path, text[1:] if has_bom else text, has_bom, digest_bytes(data))


def read_source(path: str, limit: int = DEFAULT_MAX_FILE_SIZE) -> SourceFile:
    """The file at `path`, decoded; `InputError` for a special file or one over `limit` bytes."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        data = read_regular_file(path, limit)
    except Refused as exc:
        raise InputError(f"{path}: {exc}; not checked") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, path)


class ChangedOnDisk(Exception):
    """The file changed since it was read; writing would lose someone's work."""


class WouldReplace(Exception):
    """Save as named a file that exists; replacing it needs the editor's say-so."""


def encode(source: SourceFile, text: str) -> bytes:
    return ((BOM if source.has_bom else "") + text).encode("utf-8")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def unused_name(path: str) -> str:
    """A name beside `path` that no file has: story.txt -> story-1.txt, story-2.txt..."""
    stem, suffix = os.path.splitext(path)
    number = 1
    while os.path.lexists(f"{stem}-{number}{suffix}"):
        number += 1
    return f"{stem}-{number}{suffix}"


def write_source(source: SourceFile, text: str, path: str | None = None, replace: bool = False) -> SourceFile:
    """Write `text` with the original file's BOM, atomically (`proof/core/atomic.py`: through a
    link to its target), and return the new SourceFile.

    Unless `replace` (the editor confirmed losing what is there), nothing is overwritten:
    writing to the file that was read refuses (`ChangedOnDisk`) if its bytes are no longer
    the ones read, and writing elsewhere (`path`, save as) refuses (`WouldReplace`) if a
    file of that name exists. `WriteError` when the disk or the permissions say no.
    """
    target = path or source.path
    if not replace:
        if _same_file(target, source.path):
            try:
                with open(target, "rb") as f:
                    current = digest_bytes(f.read())
            except FileNotFoundError:
                current = None
            if current != source.digest:
                raise ChangedOnDisk(f"{target}: changed on disk since it was read; not overwritten")
        elif os.path.lexists(target):
            raise WouldReplace(f"{target}: already exists; not overwritten")
    data = encode(source, text)
    atomic_write(target, data)
    return SourceFile(target, text, source.has_bom, digest_bytes(data))


def atomic_write(target: str, data: bytes) -> None:
    """Replace `target` with `data` atomically, keeping its permissions (`proof/core/atomic.py`)."""
    with atomic_writer(target, binary=True) as stream:
        stream.write(data)
