"""The graph contract every build of the test suite is checked against (see ``conftest.py``).

Every relation's subject and object has a mention in that relation's document: an actor
that the text of a document never names cannot act or be acted on there (issue #16)."""

from __future__ import annotations

import networkx as nx


def relations_without_mentions(G: nx.MultiDiGraph) -> list[tuple[str, str, str, str]]:
    """The relations (doc, subject, predicate, object) whose subject or object has no mention
    in the relation's document."""
    docs_of = {n: {m["doc"] for m in data.get("mentions", ())} for n, data in G.nodes(data=True)}
    return [(d["doc"], u, d["predicate"], v) for u, v, d in G.edges(data=True)
            if d["doc"] not in docs_of.get(u, ()) or d["doc"] not in docs_of.get(v, ())]


def assert_relations_have_mentions(G: nx.MultiDiGraph) -> None:
    bad = relations_without_mentions(G)
    assert not bad, f"relations whose subject or object is not mentioned in their document: {bad[:10]}"
