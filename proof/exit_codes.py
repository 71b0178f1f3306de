"""Exit statuses of every `proof` command (documented in the README)."""

CLEAN = 0  # nothing at or above --fail-on
FLAGGED = 1  # flags at or above --fail-on (or, for `rules test`, failing examples)
TROUBLE = 2  # usage, config, rule-file or input error; the rest of the work is still done
INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it
TERMINATED = 143  # stopped by SIGTERM: 128 + 15
