"""Synthetic knowledge graphs of any size that follow the contract of :mod:`kg.graph`.

Used by the benchmarks; the same arguments always give the same graph.

>>> G = synthetic_graph(50, 200, seed=1)
>>> G.number_of_nodes(), G.number_of_edges()
(50, 200)
"""

from __future__ import annotations

import random

import networkx as nx

TYPES = ("State", "Group", "Official", "Person", "Place")
PREDICATES = (
    ("CONSULT", "cooperation"), ("MEDIATE", "cooperation"), ("AGREE", "cooperation"),
    ("SUPPORT", "cooperation"), ("COOPERATE", "cooperation"), ("AID", "cooperation"),
    ("REQUEST", "verbal conflict"), ("ACCUSE", "verbal conflict"), ("REJECT", "verbal conflict"),
    ("THREATEN", "verbal conflict"), ("PROTEST", "verbal conflict"), ("SANCTION", "coercion"),
    ("MOBILIZE", "coercion"), ("COERCE", "coercion"), ("ASSAULT", "violence"),
    ("RETREAT", "cooperation"), ("CONCEDE", "cooperation"),
    ("AFFILIATED_WITH", "structural"), ("LOCATED_IN", "structural"),
)
MODALITIES = ("asserted",) * 6 + ("negated", "hypothetical", "future", "demanded")
WORDS = ("talks", "ceasefire", "border", "hostages", "aid", "strike", "convoy", "envoy", "city",
         "council", "minister", "forces", "deal", "rockets", "crossing", "statement", "truce")
ROLES = ("spokesperson", "prime minister", "chief", "foreign minister", "commander")


def synthetic_graph(n_actors: int, n_relations: int, seed: int = 0, *,
                    n_documents: int | None = None) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` of ``n_actors`` actors and ``n_relations`` relations, as ``build_graph`` makes.

    About one article per 25 relations unless ``n_documents`` is given.
    """
    rng = random.Random(seed)
    n_docs = n_documents or max(1, n_relations // 25)
    docs = [{"id": f"doc{i:06d}.txt", "title": f"Headline {i} on the {rng.choice(WORDS)}",
             "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "url": f"https://news.example.org/{i}", "source": rng.choice(("Reuters", "AP", "AFP"))}
            for i in range(n_docs)]
    G = nx.MultiDiGraph(documents=docs, model="synthetic")
    ids = [f"actor-{i:06d}" for i in range(n_actors)]
    for i, actor_id in enumerate(ids):
        actor_type = TYPES[i % len(TYPES)]
        name = f"Actor {i} {rng.choice(WORDS).title()}"
        mentions = [{"doc": docs[rng.randrange(n_docs)]["id"], "text": name, "start": s, "end": s + len(name)}
                    for s in sorted(rng.sample(range(0, 5000, 7), rng.randint(1, 5)))]
        G.add_node(actor_id, name=name, type=actor_type,
                   aliases=sorted({name, f"A{i}", f"{name.split()[-1]} {i}"}),
                   mentions=sorted(mentions, key=lambda m: (m["doc"], m["start"], m["end"])),
                   ids={"wikidata": f"Q{1000 + i}", **({"iso3": f"X{i % 26 + 65:c}{i % 23 + 65:c}"}
                                                      if actor_type == "State" else {}),
                        **({"geonames": str(200000 + i)} if actor_type == "Place" else {})},
                   lat=round(rng.uniform(-60, 60), 4) if actor_type == "Place" else None,
                   lon=round(rng.uniform(-170, 170), 4) if actor_type == "Place" else None,
                   country=ids[(i // 5) * 5] if actor_type == "Place" else None,
                   affiliations=([{"actor": ids[(i // 5) * 5], "role": rng.choice(ROLES), "start": None,
                                   "end": None}] if actor_type == "Official" else []),
                   kind="armed group" if actor_type == "Group" else None)
    for r in range(n_relations):
        subj, obj = rng.sample(ids, 2)
        predicate, family = rng.choice(PREDICATES)
        doc = docs[rng.randrange(n_docs)]["id"]
        modality = rng.choice(MODALITIES)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20)))
        trigger = predicate.lower()
        sentence = f'{G.nodes[subj]["name"]} {trigger} {G.nodes[obj]["name"]} over the "{words}".'
        start = rng.randrange(0, 20000)
        t = len(G.nodes[subj]["name"]) + 1
        G.add_edge(subj, obj, key=f"{doc}#r{r}", id=f"{doc}#r{r}", predicate=predicate, family=family,
                   doc=doc, evidence=sentence, start=start, end=start + len(sentence), trigger=trigger,
                   trigger_start=start + t, trigger_end=start + t + len(trigger),
                   asserted=modality == "asserted", modality=modality,
                   role=rng.choice(ROLES) if predicate == "AFFILIATED_WITH" else None,
                   source=rng.choice(ids) if rng.random() < 0.2 else None,
                   confidence=round(rng.uniform(0.3, 1.0), 2))
    return G
