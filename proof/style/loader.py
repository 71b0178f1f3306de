"""Loading rule files: YAML, one rule a file, packs are folders.

A rule's id is `pack.Name`: the pack folder's name and the file's name without `.yml`.
The built-in packs live in the repository's `rules/` folder, shipped in the wheel as
`proof/builtin_rules`; a project adds packs with the config key `styles`.

Rule files are data: they are read with a safe YAML loader (no tags that build Python
objects), and every mistake is a `RuleError` naming the file, the line and the field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from proof.core.flag import SEVERITIES
from proof.settings.config import Config
from proof.style.registry import rule_types
from proof.style.rule import Rule, RuleError, RuleInfo

RULE_SUFFIXES = (".yml", ".yaml")

# Fields every rule may have, whatever its type (Vale's names included).
COMMON_FIELDS = {
    "type": "the rule type (Vale: `extends`)",
    "extends": "Vale's name for `type`",
    "message": "what the editor reads; {match} and {suggestion} (or Vale's %s) are filled in",
    "severity": "error, warning or info (Vale: `level`)",
    "level": "Vale's name for `severity` (suggestion means info)",
    "category": "a word grouping related rules in reports (default: style)",
    "description": "why the rule exists, with the house-style reference",
    "link": "a URL with more about the rule",
    "examples": "{bad: [...], good: [...]}: texts the rule must flag, and must not",
    "limit": "at most this many flags a document (Vale: `limit`)",
    "in_quotes": "true: flag inside direct quotations too; false: never (default: the type's choice)",
    "safe_fix": "true: `proof fix` applies the first suggestion unattended; false: never (default: the type's choice)",
    "action": "Vale's fix action: accepted and ignored (proof makes its own suggestions)",
    "vocab": "Vale's vocabulary switch: accepted and ignored",
}
_VALE_LEVELS = {"suggestion": "info"}


class _RuleLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader where only true/false are booleans: `no`, `on`, `yes` stay words,
    as they must in a list of forbidden words."""


_RuleLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_RuleLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass(frozen=True)
class Pack:
    name: str
    folder: Traversable


# Characters YAML reads as syntax at the start of a value: an alias (*), an anchor (&), a tag (!)
# or reserved (@, `). A phrase such as "* $goods" must be quoted.
_YAML_INDICATORS = "*&!@`"


def _quoting_hint(text: str, mark: Any) -> str:
    """Where a value starts with a YAML indicator, say how to write it as text."""
    if mark is None:
        return ""
    line = text.splitlines()[mark.line] if mark.line < len(text.splitlines()) else ""
    found = re.search(r"(?:^|[\[,:]|-)\s*([" + re.escape(_YAML_INDICATORS) + r"])", line)
    if not found:
        return ""
    return f" (a value starting with '{found.group(1)}' must be quoted: write \"{found.group(1)} ...\")"


def parse_yaml(text: str, path: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The rule file's top-level map and the line of each of its keys."""
    loader = _RuleLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(
            f"not valid rule YAML: {problem}{_quoting_hint(text, mark)}", path, mark.line + 1 if mark else None
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a map of fields (type: ..., message: ...)", path, 1)
    lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
    return data, lines


def _vale_message(message: str, placeholders: tuple[str, ...]) -> str:
    """Vale's `%s` placeholders as proof's named ones ("Use '%s' instead of '%s'.")."""
    if "%s" not in message:
        return message
    parts = message.replace("{", "{{").replace("}", "}}").split("%s")
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        name = placeholders[i] if i < len(placeholders) else "match"
        out += "{" + name + "}" + part
    return out


def _examples(data: dict, path: str, line: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise RuleError("must be a map with `bad` and `good` lists of texts", path, line, "examples")
    found = []
    for kind in ("bad", "good"):
        texts = examples.get(kind, [])
        texts = [texts] if isinstance(texts, str) else texts
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise RuleError(f"`{kind}` must be a list of texts", path, line, "examples")
        found.append(tuple(texts))
    return found[0], found[1]


def _text_field(data: dict, name: str, path: str, lines: dict[str, int], default: str = "") -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise RuleError(f"must be text, not {value!r}", path, lines.get(name), name)
    return value.strip()


def _severity(data: dict, path: str, lines: dict[str, int]) -> str:
    name = "severity" if "severity" in data else "level"
    value = data.get(name, "warning")
    value = _VALE_LEVELS.get(value, value) if name == "level" and isinstance(value, str) else value
    if value not in SEVERITIES:
        raise RuleError(f"must be one of {', '.join(SEVERITIES)}, not {value!r}", path, lines.get(name), name)
    return value


def build_rule(data: dict[str, Any], lines: dict[str, int], path: str, rule_id: str) -> Rule:
    """A compiled rule from a rule file's fields."""
    type_field = "type" if "type" in data else "extends"
    type_name = data.get(type_field)
    types = rule_types()
    if type_name is None:
        raise RuleError("missing: every rule names its type", path, 1, "type")
    if not isinstance(type_name, str) or type_name not in types:
        raise RuleError(
            f"unknown rule type {type_name!r} (known: {', '.join(sorted(types))})",
            path,
            lines.get(type_field),
            type_field,
        )
    cls = types[type_name]
    for name in data:
        if name not in COMMON_FIELDS and name not in cls.fields:
            known = ", ".join(sorted(set(cls.fields) | set(COMMON_FIELDS) - {"extends", "level"}))
            raise RuleError(f"unknown field for a {type_name} rule (known: {known})", path, lines.get(name), str(name))
    if "message" not in data:
        raise RuleError("missing: every rule has a message", path, 1, "message")
    limit = data.get("limit", 0)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise RuleError(f"must be a whole number, not {limit!r}", path, lines.get("limit"), "limit")
    in_quotes = data.get("in_quotes")
    if in_quotes is not None and not isinstance(in_quotes, bool):
        raise RuleError(f"must be true or false, not {in_quotes!r}", path, lines.get("in_quotes"), "in_quotes")
    safe_fix = data.get("safe_fix")
    if safe_fix is not None and not isinstance(safe_fix, bool):
        raise RuleError(f"must be true or false, not {safe_fix!r}", path, lines.get("safe_fix"), "safe_fix")
    bad, good = _examples(data, path, lines.get("examples"))
    info = RuleInfo(
        id=rule_id,
        type=type_name,
        message=_vale_message(_text_field(data, "message", path, lines), cls.vale_placeholders),
        severity=_severity(data, path, lines),
        category=_text_field(data, "category", path, lines, "style") or "style",
        description=_text_field(data, "description", path, lines),
        link=_text_field(data, "link", path, lines),
        bad_examples=bad,
        good_examples=good,
        path=path,
        lines=lines,
        limit=limit,
        in_quotes=in_quotes,
        safe_fix=safe_fix,
    )
    spec = {k: v for k, v in data.items() if k in cls.fields}
    return cls(info, spec)


def load_rule_text(text: str, path: str, rule_id: str) -> Rule:
    data, lines = parse_yaml(text, path)
    return build_rule(data, lines, path, rule_id)


def _shown(folder: Traversable, name: str) -> str:
    """A rule file's path for messages: relative to the working folder when the file is
    under it, else absolute."""
    entry = folder / name
    if isinstance(entry, Path):
        try:
            relative = os.path.relpath(entry)
        except ValueError:
            return str(entry)
        return str(entry.resolve()) if relative.startswith(os.pardir) else relative
    return f"{folder.name}/{name}"


def load_pack(pack: Pack) -> list[Rule]:
    """Every rule file of a pack folder, in name order."""
    rules = []
    for entry in sorted(pack.folder.iterdir(), key=lambda e: e.name):
        stem, suffix = os.path.splitext(entry.name)
        if suffix.lower() not in RULE_SUFFIXES or not entry.is_file():
            continue
        path = _shown(pack.folder, entry.name)
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(f"cannot read rule file ({exc})", path) from None
        rules.append(load_rule_text(text, path, f"{pack.name}.{stem}"))
    return rules


def _has_rules(folder: Traversable) -> bool:
    return any(e.is_file() and e.name.lower().endswith(RULE_SUFFIXES) for e in folder.iterdir())


def packs_in(folder: Traversable) -> list[Pack]:
    """The packs a folder stands for: itself if it holds rule files, else each sub-folder
    that does (a Vale StylesPath)."""
    if _has_rules(folder):
        return [Pack(folder.name, folder)]
    return [
        Pack(sub.name, sub)
        for sub in sorted(folder.iterdir(), key=lambda e: e.name)
        if sub.is_dir() and _has_rules(sub)
    ]


def builtin_packs() -> list[Pack]:
    return packs_in(files("proof") / "builtin_rules")


def configured_packs(config: Config) -> list[Pack]:
    """The built-in packs and those named by the config's `styles`, built-ins first."""
    packs = builtin_packs()
    where = config.path or "config"
    for entry in config.settings.styles:
        folder = Path(config.resolve(entry))
        if not folder.is_dir():
            raise RuleError(f"style pack folder {str(folder)!r} not found", where, None, "styles")
        found = packs_in(folder)
        if not found:
            raise RuleError(f"no rule files (*.yml) in {str(folder)!r}", where, None, "styles")
        packs.extend(found)
    names = [p.name for p in packs]
    for name in names:
        if names.count(name) > 1:
            raise RuleError(f"two style packs are named {name!r}; rule ids would clash", where, None, "styles")
    return packs


def load_rules(config: Config) -> list[Rule]:
    """Every rule of the built-in and configured packs, compiled."""
    return [rule for pack in configured_packs(config) for rule in load_pack(pack)]
