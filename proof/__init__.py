"""proof: an editorial proofreading assistant for news copy."""

__version__ = "0.1.0"
