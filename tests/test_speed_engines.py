"""kg.speed.engines: worker processes and the background parser of a rebuild write the
files one process writes, parse only what they must, and stop when not needed."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest
from corpora import NEW_ARTICLE, REPO, corpus_copy, outputs

from kg import DEFAULT_MODEL, pipeline
from kg.cache import ExtractionCache
from kg.corpus import Document, read_corpus
from kg.errors import KgError
from kg.ontology import load_ontology
from kg.speed import engines
from kg.speed.forks import usable_cpus


@pytest.fixture(autouse=True)
def _fast_path(monkeypatch):
    """These tests are of the fast path: they run on it whatever ``KG_PLAIN`` says."""
    monkeypatch.delenv("KG_PLAIN", raising=False)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A plain build (the stock path, no cache) of a six-article corpus: (corpus, outputs)."""
    root = tmp_path_factory.mktemp("engines")
    corpus = corpus_copy(root / "corpus", extra=3)
    result = pipeline.build(corpus, root / "out", plain=True)
    assert result.documents == 6 and result.parsed == 6 and result.cached == 0
    return corpus, outputs(root / "out")


@pytest.fixture
def corpus(seed_corpus):
    return seed_corpus


@pytest.fixture
def cache(cache_dir):
    """A cache folder holding the fast path's kept indexes (conftest's ``cache_dir``), no entry."""
    return cache_dir


def build(corpus, out, **kw):
    result = pipeline.build(corpus, out, **kw)
    return result, outputs(out)


# -- worker processes -----------------------------------------------------------------------------

@pytest.mark.model
def test_two_jobs_write_the_same_files_as_one(reference, tmp_path):
    corpus, expected = reference
    result = pipeline.build(corpus, tmp_path / "out", jobs=2, batch_size=2)   # three batches over two processes
    assert result.parsed == 6
    assert outputs(tmp_path / "out") == expected


def test_jobs_auto_is_one_on_a_small_corpus(tmp_path):
    corpus = corpus_copy(tmp_path / "c")
    assert engines.auto_jobs(corpus) == 1


def test_unknown_engine_and_scheduler_without_dask_are_errors(kb):
    with pytest.raises(KgError, match="unknown engine"):
        engines.make_engine("spark", "m", kb)
    with pytest.raises(KgError, match="--scheduler needs --engine dask"):
        engines.make_engine("local", "m", kb, scheduler="tcp://localhost:8786")


def test_ordered_map_keeps_order_and_bounds_work_in_flight():
    in_flight, peak = [], [0]

    def submit(batch):
        in_flight.append(batch)
        peak[0] = max(peak[0], len(in_flight))
        return batch

    def result(handle):
        in_flight.remove(handle)
        return [x * 10 for x in handle]

    batches = [[1, 2], [], [3], [4, 5], [], [], [6], [7], [8, 9]]
    got = list(engines.ordered_map(submit, result, iter(batches), window=2))
    assert got == [[x * 10 for x in b] for b in batches]
    assert peak[0] <= 3          # the window plus the batch just submitted


def test_ordered_map_reads_cached_batches_ahead_of_a_slow_one_within_bounds():
    """Empty (all cached) batches behind a batch in flight are read on, up to ``ahead``."""
    read, events = [], []

    def batches():
        for i, b in enumerate([[1], [], [], [], [], [], [2], []]):
            read.append(i)
            yield b

    def result(handle):
        events.append(("result", handle, len(read)))
        return handle

    got = list(engines.ordered_map(lambda b: b, result, batches(), window=1, ahead=4))
    assert got == [[1], [], [], [], [], [], [2], []]
    # the first batch's result was asked for only once four batches were held: it and three cached ones
    assert events[0] == ("result", [1], 5)


@pytest.mark.parametrize("batches, expected", [
    ([[1, 2], [], [3]], [[1, 2], [], "done", [3]]),
    ([[1]], ["done", [1]]),
    ([[1], []], [[1], "done", []]),
    ([[]], [[], "done"]),    # nothing was parsed: said at the end
    ([], ["done"]),
])
def test_ordered_map_lets_the_workers_go_before_the_last_result_is_used(batches, expected):
    """``done`` (the engine's close) is called once, when every result is in and before the
    last is yielded: a one-article corpus's parser no longer holds its memory while the
    graph is built from that article."""
    events = []
    gen = engines.ordered_map(lambda b: b, lambda h: h, iter(batches), window=1,
                              done=lambda: events.append("done"))
    for got in gen:
        events.append(got)
    assert events == expected


def test_ordered_map_stopped_early_does_not_say_done():
    events = []
    gen = engines.ordered_map(lambda b: b, lambda h: h, iter([[1], [2], [3]]), window=1,
                              done=lambda: events.append("done"))
    next(gen)
    gen.close()
    assert events == []


# -- a rebuild: the background parser ----------------------------------------------------------

@pytest.mark.model
def test_adding_an_article_parses_only_it_and_keeps_corpus_order(corpus, cache, tmp_path, monkeypatch):
    build(corpus, tmp_path / "a", cache_dir=cache)
    (corpus / "001_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")   # sorts between cached articles
    made = []
    make_engine = engines.make_engine
    monkeypatch.setattr(engines, "make_engine", lambda *a, **kw: made.append(kw) or make_engine(*a, **kw))
    result, files = build(corpus, tmp_path / "b", cache_dir=cache, batch_size=2, jobs=3)
    assert (result.parsed, result.cached) == (1, 3)
    assert [e["jobs"] for e in made] == [1]     # one batch to parse: one process, not three
    ids = [d["id"] for d in result.graph.graph["documents"]]
    assert ids == sorted(p.name for p in corpus.glob("*.txt"))
    _, plain = build(corpus, tmp_path / "c")
    assert files == plain


SPACY_PROBE = """
import sys
from kg import pipeline
result = pipeline.build(sys.argv[1], sys.argv[2], cache_dir=sys.argv[3])
print(result.parsed, result.cached, "spacy" in sys.modules)
"""


@pytest.mark.model
def test_a_rebuild_never_loads_spacy_in_the_main_process(corpus, cache, tmp_path):
    """Everything cached: spaCy is not even imported. One new article: it is parsed by a
    background worker (which loads the model while the cached results are read)."""
    _, files = build(corpus, tmp_path / "a", cache_dir=cache)

    def probe(out):
        run = subprocess.run([sys.executable, "-c", SPACY_PROBE, str(corpus), str(out), str(cache)],
                             capture_output=True, text=True, cwd=REPO, check=True)
        return run.stdout.split()

    assert probe(tmp_path / "b") == ["0", "3", "False"]
    assert outputs(tmp_path / "b") == files
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert probe(tmp_path / "c") == ["1", "3", "False"]
    _, plain = build(corpus, tmp_path / "d")
    assert outputs(tmp_path / "c") == plain


@pytest.mark.model
def test_a_rebuild_starts_its_parser_at_once_and_stops_it_when_idle(corpus, cache, tmp_path, monkeypatch):
    """One job, a cache that holds entries: the parser process starts before the corpus is
    read; when every article turns out cached, it is stopped, not waited for."""
    if usable_cpus() < 2:
        pytest.skip("starts early only with a second CPU")
    build(corpus, tmp_path / "a", cache_dir=cache)
    monkeypatch.setattr(pipeline, "_LOADED", {})   # as in a new process: the model is not loaded here
    made = []
    make_engine = engines.make_engine
    monkeypatch.setattr(engines, "make_engine", lambda *a, **kw: made.append(make_engine(*a, **kw)) or made[-1])
    started = []
    close = engines.ProcessEngine.close

    def closing(self, abort=False):
        started.extend((self._pool._processes or {}).values() if self._pool else ())
        close(self, abort)

    monkeypatch.setattr(engines.ProcessEngine, "close", closing)
    result, files = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (result.parsed, result.cached) == (0, 3)
    assert [type(e).__name__ for e in made] == ["ProcessEngine"] and not made[0].preload
    assert started and all(p.exitcode == -signal.SIGTERM for p in started)


def test_a_partly_cached_build_parses_in_the_background(full_kb, monkeypatch):
    """Some documents cached, some not: the local engine starts worker processes that
    load the model themselves (no preloading in this process), even with one job."""
    kb = full_kb
    engine = engines.make_engine("local", "some_model", kb, jobs=1, background=True)
    assert isinstance(engine, engines.ProcessEngine) and not engine.preload and engine.jobs == 1
    assert isinstance(engines.make_engine("local", "m", kb, jobs=1), pipeline.SerialEngine)
    assert engines.make_engine("local", "m", kb, jobs=2).preload
    monkeypatch.setattr(engines, "can_fork", lambda: False)     # e.g. a threaded host: stay in-process
    assert isinstance(engines.make_engine("local", "m", kb, jobs=1, background=True), pipeline.SerialEngine)


def test_aborting_a_background_engine_stops_its_workers_at_once(full_kb):
    """Ctrl-C (or an error) while a background worker still loads the model: the
    worker is terminated, not waited for."""
    engine = engines.ProcessEngine(DEFAULT_MODEL, full_kb, 1, preload=False)
    engine.warm()
    workers = list(engine._pool._processes.values())
    assert workers
    engine.close(abort=True)
    assert all(not w.is_alive() for w in workers)
    assert all(w.exitcode == -signal.SIGTERM for w in workers)


def test_partly_cached_looks_at_entry_names_only(corpus, tmp_path):
    context = {"format": 1, "kg": "0", "code": "c", "model": "m", "spacy": "s", "kb": "k"}
    cache = ExtractionCache(tmp_path / "c", context)
    docs = list(read_corpus(corpus))
    assert len(docs) == 3
    assert engines.partly_cached(corpus, cache.has) == 0           # nothing cached
    cache.put(docs[0], ((), ()))
    assert engines.partly_cached(corpus, cache.has) == 1           # found both: enough
    assert engines.partly_cached(corpus, cache.has, enough=5) == 2  # counts the uncached ones
    for d in docs[1:]:
        cache.put(d, ((), ()))
    assert engines.partly_cached(corpus, cache.has, enough=5) == 0  # everything cached
    assert cache.has(docs[1]) and not cache.has(Document(id="x", text="never seen"))


@pytest.mark.model
def test_warm_up_loads_the_fast_pipeline_in_this_process(cache_dir, monkeypatch):
    kb = load_ontology()
    monkeypatch.setattr(pipeline, "_LOADED", {})
    engines.warm_up(DEFAULT_MODEL, kb, cache_dir)
    assert pipeline.is_loaded(DEFAULT_MODEL, kb) and not pipeline.is_loaded(DEFAULT_MODEL, kb, plain=True)
    nlp, _ = pipeline.worker_pipeline(DEFAULT_MODEL, kb)
    assert "kg_lemmatizer" in nlp.pipe_names
