"""The documents whose configs have the same grammar settings share one set of grammar
checkers, and their runs take turns in it: a grammar engine (a LanguageTool server, Harper)
is never driven by two documents at once."""

from __future__ import annotations

import asyncio
import threading

import pytest
from lsprotocol import types

from proof.lsp.server import ProofServer, answering
from proof.settings.overrides import Overrides
from tests.helpers.gated_grammar import GatedGrammar
from tests.helpers.lsp_session import in_process, messages

#: How long a check held at the gate gives another document's run to come in beside it, if it
#: can: a run that takes its turn never does, so the test waits this long when all is well.
CHANCE_TO_OVERLAP = 1.0


class OverlapWitness(GatedGrammar):
    """A grammar checker that records whether two checks were ever inside it at once."""

    def __init__(self) -> None:
        super().__init__()
        self._count = threading.Lock()
        self.inside = 0
        self.overlapped = threading.Event()

    def check(self, document):
        with self._count:
            self.inside += 1
            if self.inside > 1:
                self.overlapped.set()
        try:
            return super().check(document)
        finally:
            with self._count:
                self.inside -= 1


def one_config(tmp_path):
    (tmp_path / "proof.toml").write_text("", encoding="utf-8")
    return tmp_path / "a.txt", tmp_path / "b.txt"


def two_configs_with_the_same_grammar_settings(tmp_path):
    paths = []
    for name, words in (("politics", "Shoygu"), ("sport", "Klopp")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "words.txt").write_text(words + "\n", encoding="utf-8")
        (folder / "proof.toml").write_text('dictionary = ["words.txt"]\n', encoding="utf-8")
        paths.append(folder / "story.txt")
    return tuple(paths)


@pytest.mark.parametrize("layout", [one_config, two_configs_with_the_same_grammar_settings])
async def test_two_open_documents_never_drive_their_shared_grammar_checker_at_once(tmp_path, layout):
    witness = OverlapWitness()
    witness.gate.clear()
    builds = []

    def build(config) -> list[OverlapWitness]:
        builds.append(config)
        return [witness]

    first, second = layout(tmp_path)
    session = in_process(answering(ProofServer(None, Overrides(), grammar=build)))
    await session.initialize(types.ClientCapabilities(), tmp_path)
    session.open(first, "The first story.\n")
    await asyncio.to_thread(witness.entered.wait, 30)
    # The first document's paragraph is inside the engine; the second document's run starts now.
    session.open(second, "The second story.\n")
    await session.publication(second, lambda p: True)
    overlapped = await asyncio.to_thread(witness.overlapped.wait, CHANCE_TO_OVERLAP)
    witness.gate.set()
    done = [
        await session.publication(path, lambda p: any(m.startswith("checked:") for m in messages(p)))
        for path in (first, second)
    ]
    await session.shut_down()
    assert len(builds) == 1, "the documents share one set of grammar checkers"
    assert not overlapped
    assert sorted(witness.checked) == ["The first story.", "The second story."]
    assert [[m for m in messages(p) if m.startswith("checked:")] for p in done] == [
        ["checked: The first story."],
        ["checked: The second story."],
    ]
