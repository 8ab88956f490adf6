"""kg.speed.geo: the GeoNames index kept in the cache folder gives GeoNames' own records."""

from __future__ import annotations

from kg.ontology import _load_geonames, load_ontology, norm
from kg.speed.geo import GeoIndex, install_geo_index


def test_geo_index_gives_the_same_records_from_its_file(tmp_path):
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


def test_installing_the_index_keeps_the_knowledge_bases_answers(tmp_path):
    plain, fast = load_ontology(), load_ontology()
    install_geo_index(fast, tmp_path)
    assert isinstance(fast.geonames.index, GeoIndex) and plain.geonames.index is None
    for name in ("Rafah", "Goma", "Kharkiv", "nowhere-at-all"):
        assert fast.geo_lookup(name) == plain.geo_lookup(name)
    installed = fast.geonames.index
    install_geo_index(fast, tmp_path / "other")          # one index per knowledge base: kept
    assert fast.geonames.index is installed
    bare = load_ontology()
    install_geo_index(bare, None)                        # no cache folder: nothing to keep it in
    assert bare.geonames.index is None
