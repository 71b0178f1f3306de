"""The opt-in real-word check: a trigram language model and confusion sets (docs/spelling.md)."""

from proof.realword.checker import REAL_WORD, RealWordChecker

__all__ = ["REAL_WORD", "RealWordChecker"]
