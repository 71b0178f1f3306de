"""Spelling for news copy: dictionary words, British and American variants, names."""

from proof.spelling.checker import SpellingChecker

__all__ = ["SpellingChecker"]
