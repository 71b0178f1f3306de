"""Fingerprints that identify a flag across edits elsewhere in the file.

A flag is known by its rule, the flagged text and the sentence around it (white space
folded), not by its offset, so an editor's decision or a baseline entry still matches
after paragraphs are added or changed elsewhere.
"""

from __future__ import annotations

import hashlib
import re

from proof.core.document import Document
from proof.core.flag import Flag
from proof.core.text import sentences

_SPACE = re.compile(r"\s+")


def context_of(document: Document, flag: Flag) -> str:
    """The sentence (of the source) that contains the flag, white space folded."""
    source = document.source
    paragraph_start = max(source.rfind("\n\n", 0, flag.start), source.rfind("\r\n\r\n", 0, flag.start), -1) + 1
    paragraph_end = source.find("\n\n", flag.end)
    paragraph_end = len(source) if paragraph_end < 0 else paragraph_end
    for start, end in sentences(source, paragraph_start, paragraph_end):
        if start <= flag.start <= end:
            return _SPACE.sub(" ", source[start:end])
    return _SPACE.sub(" ", source[paragraph_start:paragraph_end]).strip()


def fingerprint(document: Document, flag: Flag) -> str:
    text = document.source[flag.start : flag.end]
    key = "\x1f".join((flag.rule, _SPACE.sub(" ", text), context_of(document, flag)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
