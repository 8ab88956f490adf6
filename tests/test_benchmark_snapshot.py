"""benchmarks/run.py: kg's snapshot is compiled to bytecode, whatever PYTHONDONTWRITEBYTECODE says."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def test_the_snapshot_of_kg_is_compiled_even_where_bytecode_is_not_written(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("benchmark_run", RUN)
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    package = tmp_path / "kg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("X = 1\n")
    (package / "sub" / "mod.py").write_text("Y = 2\n")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)   # as PYTHONDONTWRITEBYTECODE=1 sets it
    run.compile_snapshot(package)
    tag = sys.implementation.cache_tag
    assert (package / "__pycache__" / f"__init__.{tag}.pyc").is_file()
    assert (package / "sub" / "__pycache__" / f"mod.{tag}.pyc").is_file()
