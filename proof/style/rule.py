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

from proof.core.document import Document
from proof.core.flag import Flag, Source
from proof.settings.config import ConfigError
from proof.style import scope as scopes
from proof.style.patterns import PatternError, compile_pattern


class RuleError(ConfigError):
    """A problem in a rule file: names the file, the line when known, and the field.

    A broken rule pack is a configuration error: `proof check` prints it and exits 2.
    """

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
    #: At most this many flags a document (0: no limit), Vale's `limit`.
    limit: int = 0
    #: The rule file's `in_quotes`: whether it flags inside direct quotations (None: the type decides).
    in_quotes: bool | None = None
    #: The rule file's `safe_fix`: whether `proof fix` may apply it unattended (None: the type decides).
    safe_fix: bool | None = None
    # Lines of the rule file's fields, for errors raised by a rule type.
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


_KIND_NAMES = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "text",
    list: "a list",
    dict: "a map",
}


class Rule(ABC):
    """One compiled rule.

    Subclasses set `type_name` and `fields` (their own YAML keys, each with a short help
    text), read those keys in `__init__` (raise `self.error(...)` for bad values), and
    yield flags from `check` with spans in the document's checked text.
    """

    type_name: ClassVar[str]
    fields: ClassVar[dict[str, str]] = {}
    #: What each Vale `%s` in a message stands for, in order (Vale's own convention).
    vale_placeholders: ClassVar[tuple[str, ...]] = ("match",)
    #: True when the first suggestion can be applied by `proof fix` without a human.
    safe_fix: ClassVar[bool] = False
    #: True when the type's findings stand inside direct quotations too (typos and facts,
    #: which a quotation may hold); style findings there are dropped, since a quotation
    #: must not be rewritten. A rule file's `in_quotes` overrides it.
    in_quotes: ClassVar[bool] = False
    #: True when the type's flags in a paragraph depend on that paragraph alone (its lines,
    #: its sentences), so that run on a document narrowed to some of its paragraphs it
    #: reports exactly their flags. A type that compares paragraphs, counts a document or
    #: reads where a paragraph stands in it (headline, lede, body) leaves it False.
    local: ClassVar[bool] = False

    def __init__(self, info: RuleInfo, spec: dict[str, Any]):
        self.info = info
        self.spec = spec

    @abstractmethod
    def check(self, document: Document) -> Iterable[Flag]: ...

    @property
    def paragraph_local(self) -> bool:
        """Whether this rule, as configured, is paragraph-local: its type is, and no
        `limit` caps its flags per document."""
        return self.local and not self.info.limit

    @property
    def checks_quotes(self) -> bool:
        return self.in_quotes if self.info.in_quotes is None else self.info.in_quotes

    def error(self, field_name: str, message: str) -> RuleError:
        return RuleError(message, self.info.path, self.info.lines.get(field_name), field_name)

    def get(self, field_name: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        """The type's own field `field_name`, checked to be of `kind` (or `default` if absent)."""
        if field_name not in self.spec:
            return default
        value = self.spec[field_name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds)
            raise self.error(field_name, f"must be {names}, not {value!r}")
        return value

    def choice(self, field_name: str, choices, default: str = "") -> str:
        """A string field that must be one of choices."""
        value = self.get(field_name, str, default)
        if value not in choices:
            raise self.error(field_name, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def strings(self, field_name: str) -> list[str]:
        """A field holding one string or a list of strings."""
        value = self.spec.get(field_name, [])
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise self.error(field_name, "must be a string or a list of strings")
        return [str(v) for v in value]

    def mapping(self, field_name: str) -> dict[str, str]:
        """A field holding a map of string to string."""
        value = self.spec.get(field_name, {})
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise self.error(field_name, "must be a map of text to text")
        return value

    def pattern(self, field_name: str, pattern: str, ignorecase: bool = False):
        """`pattern` compiled with the `regex` module; a bad one is an error naming the field."""
        try:
            return compile_pattern(pattern, ignorecase)
        except PatternError as exc:
            raise self.error(field_name, str(exc)) from None

    def scope(self, default: str = "text") -> tuple[str, ...]:
        """The rule's `scope` field (one name or a list), as proof scope names."""
        names = self.strings("scope") if "scope" in self.spec else [default]
        resolved = []
        for name in names:
            scope = scopes.normalise(name)
            if scope is None:
                raise self.error("scope", f"unknown scope {name!r} (known: {', '.join(scopes.SCOPES)})")
            resolved.append(scope)
        return tuple(dict.fromkeys(resolved))

    def spans(self, document: Document, scope: tuple[str, ...]) -> list[tuple[int, int]]:
        """The checked-text spans of `scope` in `document` (shared between rules)."""
        return scopes.scope_spans(document, scope)

    def flag(
        self, start: int, end: int, suggestions: Iterable[str] = (), safe_fix: bool | None = None, **placeholders: str
    ) -> Flag:
        """A flag with this rule's metadata; `message` placeholders are filled from
        `placeholders` ({match}, {suggestion} and any the type defines)."""
        suggestions = tuple(suggestions)
        values = {"suggestion": suggestions[0] if suggestions else "", **placeholders}
        try:
            message = self.info.message.format(**values)
        except (KeyError, IndexError, ValueError):
            message = self.info.message
        return Flag(
            rule=self.info.id,
            source=Source.STYLE,
            category=self.info.category,
            severity=self.info.severity,
            message=message,
            start=start,
            end=end,
            suggestions=suggestions,
            description=self.info.description,
            link=self.info.link,
            safe_fix=self._safe(safe_fix),
        )

    def _safe(self, finding: bool | None) -> bool:
        """The rule file's `safe_fix` when it has one (a house's decision), else the type's
        word on this finding, else the type's default."""
        if self.info.safe_fix is not None:
            return self.info.safe_fix
        return self.safe_fix if finding is None else finding
