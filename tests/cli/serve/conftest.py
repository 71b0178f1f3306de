"""Fixtures of the `proof serve` tests: a real server on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.serve import running_server


@pytest.fixture(scope="session")
def house_config(tmp_path_factory) -> str:
    """An empty proof.toml: the defaults, whatever folder the tests run in."""
    path = tmp_path_factory.mktemp("house") / "proof.toml"
    path.write_text("")
    return str(path)


@pytest.fixture(scope="session")
def server_url(house_config) -> Iterator[str]:
    with running_server(house_config) as url:
        yield url
