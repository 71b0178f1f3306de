"""A suppression comment naming no rule is a warning diagnostic on the name, until it is mended."""

from __future__ import annotations

from lsprotocol import types

from tests.helpers.lsp_session import in_process

TEXT = "# Defence\n\n<!-- proof-disable-next-line newsroom.Rouge -->\nShields against rouge states.\n"


def unknown_names(publication: dict) -> list[tuple[str, int, dict]]:
    return [
        (d["message"], d["severity"], d["range"])
        for d in publication["diagnostics"]
        if "no rule matches" in d["message"]
    ]


async def test_the_warning_is_on_the_unknown_name_and_goes_once_the_name_is_mended(tmp_path):
    path = tmp_path / "story.md"
    session = in_process()
    await session.initialize(types.ClientCapabilities(), tmp_path)
    session.open(path, TEXT, "markdown")
    first = await session.publication(path, lambda p: True)
    session.change(path, 2, TEXT.replace("Rouge", "Rogue"))
    mended = await session.publication(path, lambda p: p["version"] == 2)
    await session.shut_down()
    ((message, severity, where),) = unknown_names(first)
    column = TEXT.splitlines()[2].index("newsroom.Rouge")
    assert message.startswith("proof-disable-next-line: no rule matches 'newsroom.Rouge'")
    assert severity == types.DiagnosticSeverity.Warning
    assert where == {"start": {"line": 2, "character": column}, "end": {"line": 2, "character": column + 14}}
    assert unknown_names(mended) == []
    assert not [d for d in mended["diagnostics"] if d["code"] == "newsroom.Rogue"], "the mended comment works"
