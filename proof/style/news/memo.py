"""Facts about a document that several rules read, computed once per document."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import TypeVar

from proof.core.document import Document

T = TypeVar("T")


def per_document(compute: Callable[..., T]) -> Callable[..., T]:
    """Memoise `compute(document, *args)` for the last document seen with each `args`.

    The document is recognised by identity and its text by identity, so an edited
    document (the review screen re-checks after a change) is computed afresh.
    """
    last: dict[tuple[Hashable, ...], tuple[Document, str, T]] = {}

    @wraps(compute)
    def wrapper(document: Document, *args: Hashable) -> T:
        entry = last.get(args)
        if entry and entry[0] is document and entry[1] is document.text:
            return entry[2]
        value = compute(document, *args)
        last[args] = (document, document.text, value)
        return value

    return wrapper
