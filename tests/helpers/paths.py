"""Where the project's files are, for tests that read the examples or the fixtures."""

import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
WIRE = os.path.join(EXAMPLES, "russia-missile-defence-wire.txt")
WEB = os.path.join(EXAMPLES, "russia-missile-defence-web.txt")
# An article writing five words two ways (defence, Shoigu, e-mail, per cent, Foreign Minister).
VARIANTS = os.path.join(FIXTURES, "review-variants.txt")
