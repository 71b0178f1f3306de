"""The real-word check: a trigram language model and confusion sets (docs/spelling.md)."""

from proof.realword.checker import REAL_WORD, SEVERITY, RealWordChecker

__all__ = ["REAL_WORD", "SEVERITY", "RealWordChecker"]
