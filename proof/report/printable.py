"""Text every report format can carry, whatever bytes a file name holds.

On POSIX a file name is bytes; Python hands a name that is not UTF-8 over as a string
with each undecodable byte escaped as a lone surrogate (PEP 383, "surrogateescape").
Such a string cannot be written as UTF-8, and JSON parsers reject or mangle a lone
surrogate (RFC 8259 section 8.2), so every string a reporter writes goes through
`printable`: each byte that is not UTF-8 is shown as `\\xNN`, the way Python and the
issue tracker write it (`caf\\xe9.txt`). Valid UTF-8 names are unchanged. SARIF's
artifact URIs are lossless instead: `uri_path` percent-encodes the name's own bytes, as
RFC 3986 does for any octet.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _raw(text: str) -> bytes:
    """The bytes a string stands for: a file name's own bytes for surrogate escapes."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name produces: keep it visible
        return text.encode("utf-8", "backslashreplace")


def printable(text: str) -> str:
    """`text` with every byte that is not UTF-8 written as `\\xNN`."""
    if text.isascii():
        return text
    return _raw(text).decode("utf-8", "backslashreplace")


def printable_tree(value: Any) -> Any:
    """`printable` applied to every string in a JSON-like tree of dicts and lists."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable_tree(key): printable_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [printable_tree(item) for item in value]
    return value


def uri_path(path: str) -> str:
    """A '/'-separated path as the path of a URI: its bytes percent-encoded (RFC 3986)."""
    return quote(_raw(path))
