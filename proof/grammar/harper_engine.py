"""Harper through harper-py: an offline grammar checker, no Java and no server."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from proof.grammar.backend import GrammarBackend, GrammarMatch, GrammarUnavailable

# Off unless configured: spelling belongs to the spelling checker, and these lints
# contradict news style (spelled-out numbers, "anti-missile" joined up, sentence length
# left to the house rules).
DEFAULT_OFF = ("SpellCheck", "Misspell", "SpelledNumbers", "DisjointPrefixes", "LongSentences")

_SEVERITIES = {"Agreement": "warning", "Grammar": "warning", "Punctuation": "warning",
               "Capitalization": "warning", "Repetition": "warning", "WordChoice": "warning",
               "Usage": "warning", "Typo": "warning", "Miscellaneous": "info", "Readability": "info",
               "Style": "info", "Enhancement": "info", "Formatting": "info", "Spelling": "warning"}

_DIALECTS = {"en-GB": "BRITISH", "en-US": "AMERICAN", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN",
             "en-IN": "INDIAN"}


class HarperBackend(GrammarBackend):
    name = "harper"
    concurrency = 1  # a harper Linter is not thread-safe

    def __init__(self, enable=(), disable=(), spelling: bool = False):
        self.enable = sorted(enable)
        self.disable = sorted(disable)
        self.spelling = spelling
        self._linters: dict[str, object] = {}

    def start(self) -> None:
        try:
            import harper  # noqa: F401
        except ImportError as exc:
            raise GrammarUnavailable(f"harper-py is not installed ({exc}); reinstall proof") from None

    def version(self) -> str:
        try:
            return f"harper-py {version('harper-py')}"
        except PackageNotFoundError:
            return "harper-py"

    def options_key(self) -> str:
        return repr((self.enable, self.disable, self.spelling))

    def lint_config(self, defaults: dict[str, bool]) -> dict[str, bool]:
        config = dict(defaults)
        for name in DEFAULT_OFF:
            if name in config and not (self.spelling and name in ("SpellCheck", "Misspell")):
                config[name] = False
        for name in self.disable:
            config[name] = False
        for name in self.enable:
            config[name] = True
        return config

    def _linter(self, language: str):
        import harper

        if language not in self._linters:
            linter = harper.Linter(getattr(harper.Dialect, _DIALECTS.get(language, "AMERICAN")))
            unknown = [name for name in (*self.enable, *self.disable) if name not in linter.get_default_lint_config()]
            if unknown:
                raise GrammarUnavailable(f"unknown Harper rule(s) {', '.join(unknown)} in grammar.harper; "
                                         f"see `python -c \"import harper; print(harper.get_default_lint_config())\"`")
            linter.set_lint_config(self.lint_config(linter.get_default_lint_config()))
            self._linters[language] = linter
        return self._linters[language]

    def check(self, text: str, language: str) -> list[GrammarMatch]:
        linter = self._linter(language)
        found = []
        for rule, lints in linter.organized_lints(text, language="plaintext").items():
            for lint in lints:
                found.append(GrammarMatch(
                    rule=f"grammar.harper.{rule}", category=lint.lint_kind_pretty.lower(),
                    severity=_SEVERITIES.get(lint.lint_kind, "warning"), message=lint.message,
                    start=lint.span.start, end=lint.span.end,
                    suggestions=tuple(_replacement(lint, s) for s in lint.suggestions[:5])))
        return found


def _replacement(lint, suggestion) -> str:
    """The text that replaces the lint's span: Harper's insertions go after the span."""
    import harper

    if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
        return lint.problem_text + suggestion.replacement_text
    return suggestion.replacement_text
