"""Grammar: LanguageTool and Harper behind one paragraph-level checker."""

from proof.grammar.select import build_grammar_checkers

__all__ = ["build_grammar_checkers"]
