"""Plain helpers the tests import (`from tests.helpers.<module> import ...`); fixtures live in conftest.py."""
