import os

import pytest

from proof.core.edits import Edit, OverlappingEdits, apply_edits
from proof.core.source import ChangedOnDisk, read_source, write_source


def test_write_keeps_bom_and_line_endings(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffThe rouge state\r\nsaid “no”.\r\n".encode("utf-8"))
    source = read_source(str(path))
    start = source.text.index("rouge")
    write_source(source, apply_edits(source.text, [Edit(start, start + 5, "rogue")]))
    assert path.read_bytes() == "\ufeffThe rogue state\r\nsaid “no”.\r\n".encode("utf-8")


def test_write_refuses_a_file_changed_on_disk_and_leaves_it(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One.\n", encoding="utf-8")
    source = read_source(str(path))
    path.write_text("Someone else's edit.\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        write_source(source, "Mine.\n")
    assert path.read_text(encoding="utf-8") == "Someone else's edit.\n"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


def test_overlapping_edits_are_refused():
    with pytest.raises(OverlappingEdits):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])
