"""LanguageTool's AnnotatedText: the `data` parameter, text and markup in order.

    {"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "rouge"}, {"markup": "</b>"},
                    {"markup": "<p>", "interpretAs": "\\n\\n"}]}

The checked text is the text parts, with each markup part read as its `interpretAs` (or
as nothing); offsets in the answer count in the original: all parts joined, markup too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from proof.core.document import OffsetMap, TextBuilder


class AnnotationError(ValueError):
    """A `data` parameter that is not AnnotatedText; the message says why."""


@dataclass(frozen=True)
class Annotated:
    #: Every part joined: what the client's offsets count in.
    original: str
    #: The text that is checked.
    plain: str
    #: From offsets in `plain` to offsets in `original`.
    offsets: OffsetMap


def parse_annotated(data: str) -> Annotated:
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"Error: the 'data' parameter is not valid JSON ({exc})") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise AnnotationError("Error: the 'data' parameter must be a JSON object with an 'annotation' list")
    builder = TextBuilder()
    original: list[str] = []
    position = 0
    for number, part in enumerate(parts, 1):
        text, markup = _part(part, number)
        if text is not None:
            builder.copy(position, text)
            piece = text
        else:
            builder.replace(position, position + len(markup), _interpretation(part, number))
            piece = markup
        original.append(piece)
        position += len(piece)
    plain, offsets = builder.build()
    return Annotated("".join(original), plain, offsets)


def _part(part: object, number: int) -> tuple[str | None, str | None]:
    if isinstance(part, dict):
        text, markup = part.get("text"), part.get("markup")
        if isinstance(text, str) and markup is None:
            return text, None
        if isinstance(markup, str) and text is None:
            return None, markup
    raise AnnotationError(f"Error: annotation part {number} must have a string 'text' or a string 'markup', not both")


def _interpretation(part: dict, number: int) -> str:
    interpretation = part.get("interpretAs", "")
    if not isinstance(interpretation, str):
        raise AnnotationError(f"Error: annotation part {number}: 'interpretAs' must be a string")
    return interpretation
