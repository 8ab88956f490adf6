"""Shared fixtures."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest
from graph_records import actor_attrs, relation_attrs

from kg import DEFAULT_MODEL, parse
from kg.ontology import load_ontology
from kg.speed.geo import geo_folder
from kg.speed.knowledge import Keeper
from kg.speed.loader import load_pipeline as load_fast_pipeline

# the gold folders' validate.py copies are scripts, not test modules (--doctest-modules would import them)
collect_ignore_glob = ["realnews/*/gold/*.py"]

REPO = Path(__file__).resolve().parent.parent

# a failure inside one article's extraction raises in the suite (kg.guard), in the builds the
# tests run in this process and in their subprocesses, instead of becoming a warning
os.environ.setdefault("KG_STRICT", "1")


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A copy of corpus/ (the three seed articles) that a test may change."""
    dest = tmp_path / "corpus"
    dest.mkdir()
    for f in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(f, dest / f.name)
    return dest

DOCS = [
    {"id": "a.txt", "title": "Israeli strikes hit Khan Yunis as truce talks stall", "date": "2024-05-01",
     "url": "https://example.org/a", "source": "Example Wire"},
    {"id": "b.txt", "title": "Egypt and Qatar press Hamas and Israel on a ceasefire", "date": "2024-05-02",
     "url": None, "source": None},
    {"id": "c.txt", "title": "UN calls for aid access", "date": None, "url": None, "source": None},
]


def build_contract_graph() -> nx.MultiDiGraph:
    """A small graph that follows the contract of :mod:`kg.graph`, built by hand."""
    G = nx.MultiDiGraph(documents=[dict(d) for d in DOCS], model="test")
    actors = {
        "israel": actor_attrs("Israel", "State", aliases=["Israeli", "Tel Aviv"], docs=["a.txt", "b.txt", "c.txt"],
                         ids={"iso3": "ISR", "wikidata": "Q801", "geonames": "294640"}),
        "hamas": actor_attrs("Hamas", "Group", docs=["a.txt", "b.txt"], ids={"wikidata": "Q38813"}, kind="armed group"),
        "egypt": actor_attrs("Egypt", "State", aliases=["Cairo", "Egyptian"], docs=["b.txt"],
                        ids={"iso3": "EGY", "wikidata": "Q79", "geonames": "357994"}),
        "qatar": actor_attrs("Qatar", "State", aliases=["Doha"], docs=["b.txt"], ids={"wikidata": "Q846"}),
        "idf": actor_attrs("Israel Defense Forces", "Group", aliases=["IDF", "Israeli army"], docs=["a.txt"],
                      ids={"wikidata": "Q48760"}, kind="armed forces",
                      affiliations=[{"actor": "israel", "role": "armed forces", "start": "1948", "end": None}]),
        "netanyahu": actor_attrs("Benjamin Netanyahu", "Person", aliases=["Netanyahu"], docs=["a.txt"],
                            ids={"wikidata": "Q43723"},
                            affiliations=[{"actor": "israel", "role": "prime minister",
                                           "start": "2022-12-29", "end": None}]),
        "khan-yunis-ps": actor_attrs("Khan Yunis", "Place", docs=["a.txt"], ids={"geonames": "281133"},
                                country="palestine"),
        "palestine": actor_attrs("Palestine", "State", docs=["a.txt"], ids={"iso3": "PSE", "wikidata": "Q219060"}),
        "un": actor_attrs("United Nations", "Group", aliases=["UN"], docs=["c.txt"], ids={"wikidata": "Q1065"}),
        "jordan": actor_attrs("Jordan", "State", docs=["c.txt"], ids={"wikidata": "Q810"}),
    }
    for actor_id, data in actors.items():
        G.add_node(actor_id, **data)
    s1 = "Israeli jets struck Hamas positions in Khan Yunis on Tuesday."
    s2 = "Israel did not strike Hamas targets overnight, the army said."
    s3 = "Israel bombed Hamas tunnels near Rafah."
    rels = [
        ("israel", "hamas", relation_attrs("a.txt#r1", "ASSAULT", "violence", "a.txt", s1, "struck", start=0)),
        ("israel", "hamas", relation_attrs("a.txt#r2", "ASSAULT", "violence", "a.txt", s2, "strike", start=80,
                                      modality="negated", source="idf")),
        ("israel", "hamas", relation_attrs("b.txt#r1", "ASSAULT", "violence", "b.txt", s3, "bombed", start=5)),
        ("hamas", "israel", relation_attrs("a.txt#r3", "ASSAULT", "violence", "a.txt",
                                      "Hamas fired rockets at Israel.", "fired", start=150)),
        ("hamas", "israel", relation_attrs("b.txt#r2", "ACCUSE", "verbal conflict", "b.txt",
                                      "Hamas accused Israel of stalling the talks.", "accused", start=60)),
        ("egypt", "israel", relation_attrs("b.txt#r3", "MEDIATE", "cooperation", "b.txt",
                                      "Egypt mediated between Israel and Hamas.", "mediated", start=120)),
        ("egypt", "hamas", relation_attrs("b.txt#r4", "MEDIATE", "cooperation", "b.txt",
                                     "Egypt mediated between Israel and Hamas.", "mediated", start=120)),
        ("qatar", "hamas", relation_attrs("b.txt#r5", "MEDIATE", "cooperation", "b.txt",
                                     "Qatar also mediated with Hamas in Doha.", "mediated", start=170)),
        ("netanyahu", "hamas", relation_attrs("a.txt#r4", "THREATEN", "verbal conflict", "a.txt",
                                         "Netanyahu will threaten Hamas with a wider operation.", "threaten",
                                         start=220, modality="future")),
        ("un", "israel", relation_attrs("c.txt#r1", "REQUEST", "verbal conflict", "c.txt",
                                   "The UN urged Israel to allow aid into Gaza.", "urged", start=0)),
        ("idf", "israel", relation_attrs("a.txt#r5", "AFFILIATED_WITH", "structural", "a.txt",
                                    "The Israel Defense Forces said the strikes would continue.", "said",
                                    start=300, role="armed forces")),
        ("khan-yunis-ps", "palestine", relation_attrs("a.txt#r6", "LOCATED_IN", "structural", "a.txt",
                                                 "Israeli jets struck Hamas positions in Khan Yunis on Tuesday.",
                                                 "in", start=0)),
        ("israel", "khan-yunis-ps", relation_attrs("a.txt#r7", "COERCE", "coercion", "a.txt",
                                              "Israel ordered residents of Khan Yunis to evacuate.", "ordered",
                                              start=400)),
    ]
    for subj, obj, attrs in rels:
        G.add_edge(subj, obj, key=attrs["id"], **attrs)
    return G


@pytest.fixture
def contract_graph() -> nx.MultiDiGraph:
    return build_contract_graph()


# -- rule tests (test_actors.py, test_relations.py) ------------------------------------

@pytest.fixture(scope="session")
def kb(tmp_path_factory):
    """The rule tests' ontology, loaded once: the repository's ``ontology/`` with the small
    gazetteer of ``tests/data/ontology/actors`` (see the README there)."""
    root = tmp_path_factory.mktemp("test-ontology") / "ontology"
    shutil.copytree(REPO / "ontology", root, ignore=shutil.ignore_patterns("actors"))
    shutil.copytree(REPO / "tests" / "data" / "ontology" / "actors", root / "actors")
    return load_ontology(root)


# -- the full knowledge base, both pipelines and the fast path's kept indexes, once --------

KEPT = ("geonames-*", "ruler-*", "ontology-*")   # what the fast path keeps in a cache folder


@pytest.fixture(scope="session")
def full_kb():
    """The repository's ontology, loaded once, for tests that only read it (the rule tests'
    ``kb`` has the small test gazetteer)."""
    return load_ontology()


@pytest.fixture(scope="session")
def plain_nlp(full_kb):
    """The stock pipeline (:func:`kg.parse.load_pipeline`: spaCy's own components) of the
    default model with the repository's knowledge, loaded once."""
    return parse.load_pipeline(DEFAULT_MODEL, full_kb)


@pytest.fixture(scope="session")
def fast_pipeline(tmp_path_factory):
    """``(nlp, kb, folder)``: the fast pipeline (:func:`kg.speed.loader.load_pipeline`) of the
    default model with the repository's knowledge, loaded once with the cache folder
    ``folder``, which then holds what the fast path keeps: the entity
    ruler's index and the parsed knowledge base (the GeoNames index is kept in
    :func:`kg.speed.geo.geo_folder`)."""
    folder = tmp_path_factory.mktemp("kept")
    kb = load_ontology(keep=Keeper(folder))
    nlp = load_fast_pipeline(DEFAULT_MODEL, kb, folder)
    assert kb.geo_lookup("Rafah")
    assert sorted(p.name.split("-")[0] for p in folder.glob("*.marshal")) == ["ontology", "ruler"]
    assert list(geo_folder(folder).glob("geonames-*.index"))   # the GeoNames index, kept for every build
    return nlp, kb, folder


@pytest.fixture(scope="session")
def kept_indexes(fast_pipeline) -> Path:
    """A cache folder holding only the fast path's kept indexes (see ``fast_pipeline``)."""
    return fast_pipeline[2]


def seeded_cache(dest: Path, kept: Path) -> Path:
    """``dest``, a new cache folder holding copies of the kept indexes in ``kept``: what a
    machine's second build finds (tests of building them use an empty folder)."""
    dest.mkdir(parents=True, exist_ok=True)
    for pattern in KEPT:
        for f in kept.glob(pattern):
            shutil.copy(f, dest / f.name)
    return dest


@pytest.fixture
def cache_dir(tmp_path, kept_indexes) -> Path:
    """A cache folder of the test's own, holding the fast path's kept indexes (``seeded_cache``)."""
    return seeded_cache(tmp_path / "cache", kept_indexes)


# -- end-to-end: the seed corpus built once with the real model ------------------------

REPO = __import__("pathlib").Path(__file__).resolve().parent.parent
SHARED_GOLD = REPO.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg build corpus`` with the default model into a temporary folder: (out dir, result)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-output")
    result = build(REPO / "corpus", out)
    return out, result


@pytest.fixture(autouse=True, scope="session")
def _every_graph_keeps_the_contract():
    """Every graph a test builds in this process is checked: each relation's subject and
    object is mentioned in the relation's document (tests/graph_contract.py)."""
    from graph_contract import assert_relations_have_mentions

    import kg.graph
    import kg.pipeline

    original = kg.graph.build_graph

    def checked(*args, **kwargs):
        G = original(*args, **kwargs)
        assert_relations_have_mentions(G)
        return G
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.graph, "build_graph", checked)
        mp.setattr(kg.pipeline, "build_graph", checked)
        yield


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_repository(tmp_path_factory):
    """CLI builds in tests keep their extraction cache in a temporary folder."""
    import os

    old = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))
    yield
    if old is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = old
