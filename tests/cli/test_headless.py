"""Only proof/tui imports Textual: the check path must not load it."""

import subprocess
import sys

import pytest

from tests.helpers.paths import ROOT, WIRE

pytestmark = pytest.mark.slow  # every test here starts processes


def test_check_path_does_not_import_textual():
    code = (
        "import sys\n"
        "import proof.pipeline.engine, proof.run.runner, proof.review.session, proof.review.decisions, proof.cli\n"
        "from proof.cli import cli\n"
        "try:\n"
        f"    cli(['check', '--no-grammar', '--fail-on', 'never', {WIRE!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_the_review_app_does_import_textual():
    code = "import sys\nimport proof.tui.app\nassert 'textual' in sys.modules\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
