"""The interface every house-style rule type implements.

A rule is mostly data: `RuleInfo` holds what every rule file has (id, message, severity,
examples...), and a rule type (one module in `proof/style/types/`) turns its own fields
into a compiled matcher once per run. The style checker knows rules only through `Rule`.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from proof.document import Document
from proof.flag import Flag


class RuleError(Exception):
    """A problem in a rule file: names the file, the line when known, and the field."""

    def __init__(self, message: str, path: str = "", line: int | None = None, field: str | None = None):
        self.path = path
        self.line = line
        self.field = field
        self.detail = message
        where = path + (f":{line}" if line else "")
        key = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{key} {message}" if where else f"{key} {message}".strip())


@dataclass(frozen=True)
class RuleInfo:
    id: str
    type: str
    message: str
    severity: str = "warning"
    category: str = "style"
    description: str = ""
    link: str = ""
    bad_examples: tuple[str, ...] = ()
    good_examples: tuple[str, ...] = ()
    path: str = ""
    # Lines of the rule file's fields, for errors raised by a rule type.
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


class Rule(ABC):
    """One compiled rule.

    Subclasses set `type_name` and `fields` (their own YAML keys, each with a short help
    text), read those keys in `__init__` (raise `self.error(...)` for bad values), and
    yield flags from `check` with spans in the document's checked text.
    """

    type_name: ClassVar[str]
    fields: ClassVar[dict[str, str]] = {}
    #: True when the first suggestion can be applied by `proof fix` without a human.
    safe_fix: ClassVar[bool] = False

    def __init__(self, info: RuleInfo, spec: dict[str, Any]):
        self.info = info
        self.spec = spec

    @abstractmethod
    def check(self, document: Document) -> Iterable[Flag]:
        ...

    def error(self, field_name: str, message: str) -> RuleError:
        return RuleError(message, self.info.path, self.info.lines.get(field_name), field_name)

    def flag(self, start: int, end: int, suggestions: Iterable[str] = (), safe_fix: bool | None = None,
             **placeholders: str) -> Flag:
        """A flag with this rule's metadata; `message` placeholders are filled from
        `placeholders` ({match}, {suggestion} and any the type defines)."""
        suggestions = tuple(suggestions)
        values = {"suggestion": suggestions[0] if suggestions else "", **placeholders}
        try:
            message = self.info.message.format(**values)
        except (KeyError, IndexError, ValueError):
            message = self.info.message
        return Flag(rule=self.info.id, source="style", category=self.info.category,
                    severity=self.info.severity, message=message, start=start, end=end,
                    suggestions=suggestions, description=self.info.description, link=self.info.link,
                    safe_fix=self.safe_fix if safe_fix is None else safe_fix)
