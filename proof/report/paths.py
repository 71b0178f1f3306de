"""File paths as CI tools resolve them: relative to the working folder, which in CI is
the repository root, '/'-separated, with no './' or '..' steps that would keep a path
from matching the repository's own file names."""

from __future__ import annotations

import os


def repository_path(path: str) -> tuple[str, bool]:
    """The path relative to the working folder ('/'-separated) and True, or, for a file
    outside it, the absolute path and False."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.getcwd())
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return absolute.replace(os.sep, "/"), False
    return relative.replace(os.sep, "/"), True
