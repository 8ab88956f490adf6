"""The graph contract on real builds: every relation's subject and object has a mention in the
relation's document. ``conftest.py`` checks it on every graph any test builds (the real-news
builds of ``test_e2e.py`` included); these tests build the seed and the self-written set with
the real model, and check that the check can fail."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from graph_contract import relations_without_mentions

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parent.parent
CORPORA = [
    pytest.param(REPO / "tests" / "generalisation" / "corpus", id="generalisation"),
]


def test_the_seed_build_keeps_the_contract(seed_build):
    assert relations_without_mentions(seed_build[1].graph) == []


@pytest.mark.parametrize("corpus", CORPORA)
def test_real_builds_keep_the_contract(corpus, tmp_path):
    from kg.pipeline import build

    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not there")
    assert relations_without_mentions(build(corpus, tmp_path).graph) == []


def test_the_check_finds_a_relation_with_an_unmentioned_actor():
    G = nx.MultiDiGraph()
    G.add_node("israel", mentions=[{"doc": "a.txt"}])
    G.add_node("hamas", mentions=[{"doc": "b.txt"}])
    G.add_edge("israel", "hamas", key="r1", doc="a.txt", predicate="ASSAULT")
    assert relations_without_mentions(G) == [("a.txt", "israel", "ASSAULT", "hamas")]
