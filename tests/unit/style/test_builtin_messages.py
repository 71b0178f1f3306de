"""The built-in pack's messages read right for every form a rule flags."""

import glob
import os
import re

import pytest
import yaml

from tests.helpers.paths import ROOT

RULE_FILES = sorted(glob.glob(os.path.join(ROOT, "rules", "newsroom", "*.yml")))
# A placeholder with letters glued to it: "'{suggestion}s'" or "'{match}'d" turns an
# inflected form into "guerrillass" or "'defused'd".
INFLECTED_PLACEHOLDER = re.compile(r"\{(?:match|suggestion)\}'?[A-Za-z]")


@pytest.mark.parametrize("path", RULE_FILES, ids=os.path.basename)
def test_a_message_never_inflects_its_placeholders(path):
    with open(path, encoding="utf-8") as f:
        message = yaml.safe_load(f).get("message", "")
    assert not INFLECTED_PLACEHOLDER.search(message), message
