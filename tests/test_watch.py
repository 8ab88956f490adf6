"""``kg build --watch``: build, then build again on every change of the corpus folder."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from kg import pipeline
from kg.errors import KgError

OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html", "events.jsonl")
NEW_ARTICLE = ("Egypt hosts new truce talks\n\nEgyptian mediators met Hamas officials in Cairo on Monday. "
               "Qatar urged Israel to accept the proposal.\n")
TIMEOUT = 120


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


class Watcher:
    """``pipeline.watch`` in a thread, with each build and error recorded."""

    def __init__(self, corpus: Path, out: Path, **options):
        self.builds, self.errors = [], []
        self.changed = threading.Condition()
        self.done = threading.Event()
        self.failure = None

        def on_build(result, seconds):
            with self.changed:
                self.builds.append(result)
                self.changed.notify_all()

        def on_error(exc):
            with self.changed:
                self.errors.append(exc)
                self.changed.notify_all()

        def run():
            try:
                pipeline.watch(corpus, out, interval=0.05, on_build=on_build, on_error=on_error,
                               stop=self.done.is_set, **options)
            except BaseException as exc:
                self.failure = exc
                with self.changed:
                    self.changed.notify_all()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def wait(self, builds: int = 0, errors: int = 0):
        with self.changed:
            ok = self.changed.wait_for(lambda: self.failure is not None or (
                len(self.builds) >= builds and len(self.errors) >= errors), timeout=TIMEOUT)
        if self.failure is not None:
            raise self.failure
        assert ok, f"timed out waiting for {builds} builds and {errors} errors"

    def stop(self):
        self.done.set()
        self.thread.join(TIMEOUT)


@pytest.fixture
def corpus(seed_corpus):
    return seed_corpus


@pytest.fixture
def watcher(corpus, tmp_path, cache_dir):
    """A running :class:`Watcher` of ``corpus`` into ``tmp_path / "out"``, after its first build."""
    w = Watcher(corpus, tmp_path / "out", cache_dir=cache_dir)
    try:
        w.wait(builds=1)
        yield w
    finally:
        w.stop()
    assert not w.thread.is_alive()


@pytest.mark.model
def test_watch_rebuilds_on_every_change_with_the_files_of_a_fresh_build(corpus, tmp_path, watcher):
    out, w = tmp_path / "out", watcher
    assert (w.builds[0].documents, w.builds[0].parsed) == (3, 3)
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    w.wait(builds=2)
    assert (w.builds[1].documents, w.builds[1].parsed, w.builds[1].cached) == (4, 1, 3)
    pipeline.build(corpus, tmp_path / "fresh")
    assert outputs(out) == outputs(tmp_path / "fresh")

    first = sorted(corpus.glob("*.txt"))[0]
    first.unlink()                                   # a removed article leaves the graph
    w.wait(builds=3)
    assert (w.builds[2].documents, w.builds[2].parsed) == (3, 0)
    ids = [d["id"] for d in w.builds[2].graph.graph["documents"]]
    assert first.name not in ids
    pipeline.build(corpus, tmp_path / "fresh2")
    assert outputs(out) == outputs(tmp_path / "fresh2")


@pytest.mark.model
def test_watch_reports_errors_and_goes_on(corpus, tmp_path, watcher):
    out, w = tmp_path / "out", watcher
    saved = tmp_path / "saved"
    shutil.move(corpus, saved)                       # the folder disappears
    w.wait(errors=1)
    assert "corpus folder not found" in str(w.errors[0])
    before = outputs(out)                            # the last good files stay
    shutil.move(saved, corpus)
    w.wait(builds=2)
    assert outputs(out) == before


@pytest.mark.model
def test_watch_reads_the_ontology_once(corpus, tmp_path, cache_dir, monkeypatch):
    """Every rebuild uses the knowledge base loaded at the start (the records kept in
    memory were extracted with it)."""
    loads = []
    real = pipeline.load_ontology
    monkeypatch.setattr(pipeline, "load_ontology", lambda *a, **k: loads.append(a) or real(*a, **k))
    w = Watcher(corpus, tmp_path / "out", cache_dir=cache_dir)
    try:
        w.wait(builds=1)
        (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        w.wait(builds=2)
    finally:
        w.stop()
    assert len(loads) == 1


@pytest.mark.model
def test_watch_on_the_plain_path_parses_only_what_changed_in_this_process(corpus, kb, tmp_path):
    """(With the small test gazetteer: spaCy's own entity ruler takes seconds a document with the full one.)"""
    w = Watcher(corpus, tmp_path / "out", cache_dir=tmp_path / "cache", plain=True, ontology=kb.path)
    try:
        w.wait(builds=1)
        assert (w.builds[0].documents, w.builds[0].parsed) == (3, 3)
        (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        w.wait(builds=2)
    finally:
        w.stop()
    assert (w.builds[1].documents, w.builds[1].parsed, w.builds[1].cached) == (4, 1, 3)
    pipeline.build(corpus, tmp_path / "fresh", ontology=kb.path)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh")


def test_watch_refuses_a_missing_corpus_and_a_bad_interval(tmp_path):
    with pytest.raises(KgError, match="corpus folder not found"):
        pipeline.watch(tmp_path / "nowhere", tmp_path / "out", stop=lambda: True)
    with pytest.raises(KgError, match="interval must be positive"):
        pipeline.watch(tmp_path, tmp_path / "out", interval=0)


def test_corpus_signature_sees_added_changed_and_removed_files(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nOne.", encoding="utf-8")
    first = pipeline.corpus_signature(tmp_path)
    (tmp_path / "b.txt").write_text("B\n\nTwo.", encoding="utf-8")
    second = pipeline.corpus_signature(tmp_path)
    (tmp_path / "a.txt").write_text("A\n\nOne more.", encoding="utf-8")
    third = pipeline.corpus_signature(tmp_path)
    (tmp_path / "b.txt").unlink()
    fourth = pipeline.corpus_signature(tmp_path)
    assert len({first, second, third, fourth}) == 4
    assert [Path(p).name for p, _, _ in second] == ["a.txt", "b.txt"]
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert pipeline.corpus_signature(tmp_path) == fourth


def test_cli_watch_rejects_a_bad_interval(corpus, tmp_path, capsys):
    from kg.cli import main
    assert main(["build", str(corpus), "--out", str(tmp_path / "o"), "--watch", "--interval", "0"]) == 1
    assert "--interval must be positive" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
