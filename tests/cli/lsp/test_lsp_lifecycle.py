"""`proof lsp` starting and ending as an editor sees it: a real `python -m proof lsp` over stdio."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lsprotocol import types

from tests.cli.lsp.test_lsp_stdio import framed
from tests.helpers.lsp import WIRE, after_file_change, opened, started

pytestmark = pytest.mark.slow

BROKEN = 'fail_onn = "warning"\n'


@pytest.mark.parametrize("named", [False, True], ids=["found-in-working-folder", "named-by-config"])
async def test_a_config_broken_at_start_up_is_a_message_and_mending_it_checks_the_document(tmp_path, named):
    config = tmp_path / ("house.toml" if named else "proof.toml")
    config.write_text(BROKEN, encoding="utf-8")
    path = tmp_path / "wire.txt"
    options = ("--no-grammar", "--config", str(config)) if named else ("--no-grammar",)
    client = await started(tmp_path, options=options)
    try:
        assert await opened(client, path, WIRE) == []
        assert [m.type for m in client.messages] == [types.MessageType.Error]
        assert "fail_onn" in client.messages[0].message

        config.write_text('fail_on = "warning"\n', encoding="utf-8")
        assert [d for d in await after_file_change(client, config) if "rouge" in d.message]
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0


def run_session(folder, *messages: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "proof", "lsp", "--no-grammar"],
        input=framed(*messages),
        capture_output=True,
        cwd=folder,
        timeout=120,
    )


def test_exit_without_shutdown_ends_the_server_with_status_1(tmp_path):
    done = run_session(
        tmp_path,
        {"id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": tmp_path.as_uri()}},
        {"method": "initialized", "params": {}},
        {"method": "exit"},
    )
    assert b'"id": 1' in done.stdout
    assert done.returncode == 1


def test_exit_after_shutdown_ends_the_server_with_status_0(tmp_path):
    done = run_session(
        tmp_path,
        {"id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": tmp_path.as_uri()}},
        {"method": "initialized", "params": {}},
        {"id": 2, "method": "shutdown"},
        {"method": "exit"},
    )
    assert b'"id": 2' in done.stdout
    assert done.returncode == 0
