"""The switch (kg.speed, kg.plain_requested): the stock path writes the fast path's bytes.

``kg build --plain`` (or ``KG_PLAIN=1``) loads the model with plain ``spacy.load``,
keeps spaCy's own components, extracts in one process and writes there, and keeps
no index: here it runs with :mod:`kg.speed` made unimportable and ``os.fork``
removed, and writes the files the fast path writes.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from corpora import REPO, corpus_copy, outputs

PLAIN_PROBE = """
import os, sys
sys.modules["kg.speed"] = None          # any import of the fast path fails
del os.fork                             # and so does any fork
from kg.cli import main
code = main(sys.argv[1:])
print(code, "spacy.cli" in sys.modules, sorted(m for m, v in sys.modules.items() if m.startswith("kg.speed") and v))
"""


def kg(*args, env=None, code=None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "kg", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=600,
                          env={**os.environ, "KG_PLAIN": "", **(env or {})})


@pytest.mark.model
def test_the_plain_path_writes_the_fast_paths_bytes_without_any_speed_module(tmp_path, cache_dir):
    corpus = corpus_copy(tmp_path / "corpus", extra=10)          # the seed and the generalisation articles
    fast = kg("build", str(corpus), "--out", str(tmp_path / "fast"), "--cache-dir", str(cache_dir), "--quiet",
              "--jobs", "2")                                        # with the kept indexes
    assert fast.returncode == 0, fast.stderr
    plain = kg("build", str(corpus), "--out", str(tmp_path / "plain"), "--cache-dir", str(tmp_path / "plain-cache"),
               "--quiet", "--jobs", "2", "--plain", code=PLAIN_PROBE)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.split() == ["0", "True", "[]"]            # spaCy with its CLI; no kg.speed module
    assert outputs(tmp_path / "plain") == outputs(tmp_path / "fast")
    assert len(list((tmp_path / "plain-cache" / "extractions").rglob("*.kgx"))) == 13
    assert not list((tmp_path / "plain-cache").glob("*.marshal"))   # no kept index on the plain path


@pytest.mark.model
def test_kg_plain_in_the_environment_takes_the_plain_path(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Truce\n\nQatar brokered a truce between Israel and Hamas.\n")
    run = kg("build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
             env={"KG_PLAIN": "1"}, code=PLAIN_PROBE)
    assert run.stdout.split() == ["0", "True", "[]"], run.stderr
    assert "MEDIATE" in (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")


def test_the_speed_package_imports_nothing():
    run = subprocess.run([sys.executable, "-c", "import sys, kg.speed; print(sorted(m for m in sys.modules "
                          "if m.startswith(('kg.', 'spacy', 'numpy'))))"], capture_output=True, text=True)
    assert run.stdout.strip() == "['kg.speed']", run.stderr
