"""Rule types, found by discovery: every module in `proof/style/types/` that defines a
`Rule` subclass with a `type_name` adds that type. Adding a type is adding a module."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import lru_cache

from proof.style import types as types_package
from proof.style.rule import Rule


def _types_in(module) -> list[type[Rule]]:
    return [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj)
        and issubclass(obj, Rule)
        and obj.__module__ == module.__name__
        and not inspect.isabstract(obj)
        and getattr(obj, "type_name", None)
    ]


@lru_cache(maxsize=1)
def rule_types() -> dict[str, type[Rule]]:
    """type name → Rule subclass, for every module of `proof.style.types`."""
    found: dict[str, type[Rule]] = {}
    for info in sorted(pkgutil.iter_modules(types_package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{types_package.__name__}.{info.name}")
        for cls in _types_in(module):
            if cls.type_name in found:
                raise TypeError(
                    f"rule type {cls.type_name!r} is defined twice: in "
                    f"{found[cls.type_name].__module__} and {cls.__module__}"
                )
            found[cls.type_name] = cls
    return found
