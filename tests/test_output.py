"""kg.output: the output folder checked before the build, temporary folders of dead
builds removed, one RDF graph per folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from kg import output
from kg.errors import KgError
from kg.pipeline import write_outputs


def test_an_output_folder_that_is_a_file_or_under_one_is_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(KgError, match=r"output folder .*file is a file, not a folder"):
        output.prepare(tmp_path / "file")
    with pytest.raises(KgError, match=r"cannot write in the output folder .*file/sub: Not a directory"):
        output.prepare(tmp_path / "file" / "sub")


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(output.tempfile, "mkdtemp", refuse)
    with pytest.raises(KgError, match=r"cannot write in the output folder .*: Permission denied"):
        output.prepare(tmp_path / "out")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_output_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        with pytest.raises(KgError, match="cannot write in the output folder"):
            output.prepare(out)
    finally:
        out.chmod(0o700)


def test_a_missing_output_folder_is_made_and_no_temporary_folder_stays(tmp_path):
    out = output.prepare(tmp_path / "a" / "b")
    assert out.is_dir() and list(out.iterdir()) == []


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_folders_of_dead_builds_are_removed_and_live_ones_kept(tmp_path):
    dead = tmp_path / f".kg-build-{_dead_pid()}-abc"                 # its process is gone
    dead.mkdir()
    (dead / "graph.json").write_text("{}")
    unlocked = tmp_path / f".kg-build-{os.getpid()}-old"            # pid reused: nobody holds its lock
    unlocked.mkdir()
    (unlocked / output.LOCK).write_text("")
    no_pid_old = tmp_path / ".kg-build-x1y2z3"                     # an older kg's, left a day ago
    no_pid_old.mkdir()
    os.utime(no_pid_old, (time.time() - 86400, time.time() - 86400))
    no_pid_new = tmp_path / ".kg-build-a1b2c3"                     # an older kg's, maybe still writing
    no_pid_new.mkdir()
    other = tmp_path / ".kg-cache"
    other.mkdir()
    with output.staging(tmp_path) as live:                          # this build's own
        removed = output.remove_abandoned(tmp_path)
        assert live.is_dir() and (live / output.LOCK).is_file()
    assert sorted(removed) == sorted([dead, unlocked, no_pid_old])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([no_pid_new.name, other.name])


def test_a_folder_locked_by_another_live_process_is_kept(tmp_path):
    code = ("import sys, time; sys.path.insert(0, sys.argv[2]); from kg import output; "
            "from pathlib import Path\nwith output.staging(Path(sys.argv[1])) as t:\n"
            "    print(t, flush=True); time.sleep(30)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path), str(output.__file__.rsplit("/kg/", 1)[0])],
                            stdout=subprocess.PIPE, text=True)
    try:
        folder = proc.stdout.readline().strip()
        assert output.remove_abandoned(tmp_path) == []
        proc.kill()
        proc.wait()
        assert [str(p) for p in output.remove_abandoned(tmp_path)] == [folder]   # killed: its lock is free
    finally:
        proc.kill()


def test_the_rdf_file_of_another_format_kg_wrote_is_removed(contract_graph, tmp_path):
    write_outputs(contract_graph, tmp_path, rdf_format="turtle")
    (tmp_path / "graph.jsonld").write_text('{"mine": "not kg\'s"}')
    write_outputs(contract_graph, tmp_path, rdf_format="nt")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["events.jsonl", "graph.graphml", "graph.html", "graph.json", "graph.jsonld", "graph.nt"]
    write_outputs(contract_graph, tmp_path, rdf_format="turtle")
    assert not (tmp_path / "graph.nt").exists() and (tmp_path / "graph.jsonld").read_text().startswith('{"mine"')


def test_a_failed_write_is_one_line_and_leaves_the_files(contract_graph, tmp_path, monkeypatch):
    write_outputs(contract_graph, tmp_path, plain=True)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    import kg.pipeline
    monkeypatch.setattr(kg.pipeline, "write_file", full)
    with pytest.raises(KgError, match="cannot write the graph files into .*: No space left on device"):
        write_outputs(contract_graph, tmp_path, plain=True)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
