"""Reading article files from disk: bytes to text, with clear errors.

The BOM is removed from the text (offsets count from the first character after it) and
remembered, with the bytes' fingerprint, so that a later write can keep the encoding and
refuse to overwrite a file that changed on disk in the meantime.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

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
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not checked")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                         f"convert it to UTF-8 first") from None
    has_bom = text.startswith(BOM)
    return SourceFile(path, text[1:] if has_bom else text, has_bom, digest_bytes(data))


def read_source(path: str) -> SourceFile:
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, path)
