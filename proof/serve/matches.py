"""proof's flags as LanguageTool's `/v2/check` answer.

LanguageTool counts offsets and lengths in UTF-16 code units (Java strings), and its
clients convert from those; proof counts code points. An emoji is one code point and two
UTF-16 units, so every offset after one differs by one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from proof import __version__
from proof.core.flag import Flag
from proof.core.text import sentences

#: Characters of context either side of a match, as LanguageTool's default.
CONTEXT_CHARS = 40
LANGUAGE_NAMES = {"en-GB": "English (GB)", "en-US": "English (US)", "en": "English"}
ISSUE_TYPES = {"spelling": "misspelling", "grammar": "grammar", "style": "style"}

Span = tuple[int, int]


class Utf16:
    """Code-point offsets of a text as UTF-16 offsets."""

    def __init__(self, text: str):
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)


def software() -> dict:
    return {"name": "proof", "version": __version__, "buildDate": None, "apiVersion": 1, "premium": False, "status": ""}


def language_block(code: str, requested: str) -> dict:
    detected = {"name": LANGUAGE_NAMES[code], "code": code, "confidence": 1.0 if requested != "auto" else 0.9}
    return {"name": LANGUAGE_NAMES[code], "code": code, "detectedLanguage": detected}


def context(plain: str, start: int, end: int) -> dict:
    """The match in up to CONTEXT_CHARS characters either side, "..." where cut, line breaks
    as spaces (one for one, so the offsets hold)."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(plain), end + CONTEXT_CHARS)
    before = ("..." if left else "") + plain[left:start]
    text = before + plain[start:right] + ("..." if right < len(plain) else "")
    text = text.replace("\r", " ").replace("\n", " ")
    units = Utf16(text)
    return {"text": text, "offset": units(len(before)), "length": units(len(before) + end - start) - units(len(before))}


class Sentences:
    """The sentence around an offset of a text, the text split once."""

    def __init__(self, text: str):
        self._text = text
        self._spans = list(sentences(text))
        self._starts = [first for first, _ in self._spans]

    def at(self, offset: int) -> str:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return ""
        first, last = self._spans[index]
        return self._text[first:last]


def match(flag: Flag, plain: str, to_original: Callable[[int, int], Span], units: Utf16, sentence: Sentences) -> dict:
    start, end = to_original(flag.start, flag.end)
    category = flag.category or flag.source
    return {
        "message": flag.message,
        "shortMessage": "",
        "replacements": [{"value": suggestion} for suggestion in flag.suggestions],
        "offset": units(start),
        "length": units(end) - units(start),
        "context": context(plain, flag.start, flag.end),
        "sentence": sentence.at(flag.start),
        "type": {"typeName": "UnknownWord" if flag.source == "spelling" else "Other"},
        "rule": {
            "id": flag.rule,
            "description": flag.description or flag.message,
            "issueType": ISSUE_TYPES.get(flag.source, "uncategorized"),
            "urls": [{"value": flag.link}] if flag.link else [],
            "category": {"id": category, "name": category.replace("_", " ").capitalize()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_answer(
    flags: Sequence[Flag],
    plain: str,
    original: str,
    to_original: Callable[[int, int], Span],
    language: str,
    requested: str,
) -> dict:
    """The whole answer. Flags are in `plain`'s offsets; `to_original` maps them to the
    text the client sent (the same text unless it sent AnnotatedText)."""
    units = Utf16(original)
    sentence = Sentences(plain)
    return {
        "software": software(),
        "warnings": {"incompleteResults": False},
        "language": language_block(language, requested),
        "matches": [match(flag, plain, to_original, units, sentence) for flag in flags],
    }


def languages() -> list[dict]:
    """`/v2/languages`: the languages proof checks."""
    return [{"name": LANGUAGE_NAMES[code], "code": "en", "longCode": code} for code in ("en-GB", "en-US")] + [
        {"name": "English", "code": "en", "longCode": "en"}
    ]
