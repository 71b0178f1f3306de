"""Whether a process is still running, asked by its id."""

from __future__ import annotations

import os


def running(pid: int) -> bool:
    """True while a process with this id exists (also one we may not signal: another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
