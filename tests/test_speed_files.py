"""kg.speed.files: marshal files in the cache folder; a damaged or missing one reads as None."""

from __future__ import annotations

from kg.speed.files import read_marshal, write_marshal


def test_a_value_written_reads_back_and_the_folder_is_tagged(tmp_path):
    root = tmp_path / "cache"
    value = {"a": [1, 2.5, None, True], "b": ("x", b"y")}
    assert write_marshal(root, root / "sub" / "v.marshal", value)
    assert read_marshal(root / "sub" / "v.marshal") == value
    assert (root / "CACHEDIR.TAG").is_file()
    assert [p.name for p in (root / "sub").iterdir()] == ["v.marshal"]   # no temporary file left


def test_missing_damaged_and_unwritable_files_only_cost_a_recomputation(tmp_path):
    assert read_marshal(tmp_path / "missing.marshal") is None
    (tmp_path / "bad.marshal").write_bytes(b"\xffnot marshal")
    assert read_marshal(tmp_path / "bad.marshal") is None
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert write_marshal(blocker, blocker / "v.marshal", [1]) is False
    assert write_marshal(tmp_path, tmp_path / "v.marshal", object()) is False   # not marshallable
