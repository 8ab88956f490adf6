"""Assemble per-document extractions into one networkx ``MultiDiGraph``.

The graph model (every exporter reads only this):

* graph attributes: ``documents`` — a list of ``{"id", "title", "date", "url",
  "source"}`` dicts, in corpus order; ``model`` — the spaCy pipeline name.
* one node per actor, keyed by its stable actor id (``"israel"``,
  ``"khan-yunis-ps"``), with attributes

  ======================  =====================================================
  ``name``                canonical name
  ``type``                ``State`` | ``Group`` | ``Official`` | ``Person`` | ``Place``
  ``aliases``             sorted list of every surface form seen
  ``mentions``            list of ``{"doc", "text", "start", "end"}`` (+ ``"metonymy": True``
                          when a capital stands for its state), sorted
  ``ids``                 dict with optional ``cameo``, ``geonames``, ``iso3``, ``wikidata``;
                          ``cameo`` is the CAMEO actor code (:mod:`kg.cameo`) on the date of
                          the latest article naming the actor (an undated one counts as now)
  ``lat``, ``lon``        float or ``None``
  ``country``             actor id of the state a place lies in, or ``None``
  ``affiliations``        list of ``{"actor", "role", "start", "end"}`` known from
                          the knowledge base (not from the text)
  ``kind``                free text from the knowledge base ("armed group"), or ``None``
  ``doc_types``           ``{doc id: type}``: the type by its use in each document (a state
                          named only as a location is a Place there)
  ======================  =====================================================

* one edge per relation, ``subject -> object``, keyed by the relation id, with
  attributes ``id``, ``predicate``, ``family`` (violence, coercion, verbal
  conflict, cooperation, structural), ``doc``, ``evidence`` (the sentence),
  ``start``/``end`` (the sentence's character offsets in the document text),
  ``trigger`` with ``trigger_start``/``trigger_end``, ``asserted`` (bool),
  ``modality`` (``asserted`` | ``negated`` | ``hypothetical`` | ``future`` |
  ``demanded`` | ``alleged``), ``role`` (AFFILIATED_WITH only, else ``None``), ``source``
  (actor id the report is attributed to, or ``None``), ``confidence``, ``rule`` (the rule
  that found it), ``cameo`` (the CAMEO event code: the frame's, else the predicate's for
  an event; ``None`` for AFFILIATED_WITH and LOCATED_IN) and ``subject_cameo`` /
  ``object_cameo`` (the two actors' CAMEO codes on the article's date, or ``None``).

Nothing here mutates its input; exporters must not mutate the graph either.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING

from .cameo import iso_date
from .ontology import Ontology, default_ontology
from .records import Actor, Extraction

if TYPE_CHECKING:
    import networkx as nx


def build_graph(extractions: Iterable[Extraction], ontology: Ontology | None = None, *,
                model: str | None = None) -> nx.MultiDiGraph:
    """Merge extractions into one graph; actors with the same id become one node.

    The ``ontology`` (default: the repository's) gives each predicate its family and
    the order of the actor types (an actor's type is the one most of its mentions
    carry, ties going to the earlier type). The result depends only on the
    extractions, not on their arrival order beyond the order of ``documents``.
    """
    ontology = ontology or default_ontology()
    families, type_order = ontology.families, ontology.actor_types
    documents: list[dict] = []
    merged: dict[str, dict] = {}
    edges: list[tuple[tuple, str, str, dict]] = []   # ((doc, start, relation id), subject, object, attributes)
    texts: dict[str, str] = {}   # one copy of each sentence, trigger and mention text (see _merge_actor)
    for ex in extractions:
        documents.append(ex.document.meta())
        when = _date_rank(ex.document.date)
        codes = {}
        for actor in ex.actors:
            codes[actor.id] = _merge_actor(merged, actor, when, texts)
        for rel in ex.relations:
            attrs = rel.to_attrs(families.get(rel.predicate), event_cameo(ontology, rel.predicate, rel.cameo))
            attrs["subject_cameo"], attrs["object_cameo"] = codes.get(rel.subject), codes.get(rel.object)
            attrs["evidence"] = texts.setdefault(rel.evidence, rel.evidence)
            attrs["trigger"] = texts.setdefault(rel.trigger, rel.trigger)
            edges.append(((attrs["doc"], attrs["start"], rel.id), rel.subject, rel.object, attrs))
    import networkx as nx

    G = nx.MultiDiGraph(documents=documents, model=model)
    for actor_id in sorted(merged):
        data = merged[actor_id]
        del data["cameo_rank"]
        data["ids"] = dict(sorted(data["ids"].items()))
        data["aliases"] = sorted(data["aliases"])
        data["mentions"].sort(key=_MENTION_ORDER)
        data["type"] = _dominant_type(data.pop("type_votes"), type_order)
        G.add_node(actor_id, **data)
    edges.sort(key=_FIRST)   # by document, sentence start and relation id
    for (_doc, _start, key), subj, obj, attrs in edges:
        if subj in G and obj in G:
            G.add_edge(subj, obj, key=key, **attrs)
    return G


_MENTION_ORDER = itemgetter("doc", "start", "end")
_FIRST = itemgetter(0)


def _merge_actor(merged: dict[str, dict], actor: Actor, when: str, texts: dict[str, str] | None = None) -> str | None:
    """Add one document's record of an actor to its node's data; the actor's CAMEO code in
    that document (``when``: the document's :func:`_date_rank`). ``texts`` gives one copy of
    each mention's text (each record holds its own, and a state is named thousands of times
    in a long text: memory, not content)."""
    data = merged.get(actor.id)
    ids = dict(actor.ids)
    cameo = ids.pop("cameo", None)
    if data is None:
        data = merged[actor.id] = {
            "name": actor.name, "type_votes": {}, "aliases": set(), "mentions": [],
            "ids": ids, "lat": actor.lat, "lon": actor.lon,
            "country": actor.country, "kind": actor.kind,
            "affiliations": [dict(a) for a in actor.affiliations], "doc_types": {}, "cameo_rank": "",
        }
    if cameo and when > data["cameo_rank"]:   # the code of the latest article (the first of equals)
        data["ids"]["cameo"], data["cameo_rank"] = cameo, when
    votes = data["type_votes"]
    votes[actor.type] = votes.get(actor.type, 0) + len(actor.mentions)
    data["aliases"].update(actor.aliases)
    if actor.mentions:
        data["doc_types"][actor.mentions[0].doc] = actor.type
    mentions = [m.to_dict() for m in actor.mentions]
    if texts is not None:
        for m in mentions:
            m["text"] = texts.setdefault(m["text"], m["text"])
    data["mentions"] += mentions
    return cameo


def _date_rank(date: str | None) -> str:
    """A document's date as it ranks the CAMEO codes of its actors: its ISO date, and an
    undated document (whose codes are the latest) after every date."""
    return iso_date(date) or "~"


def event_cameo(ontology: Ontology, predicate: str, cameo: str | None) -> str | None:
    """A relation's CAMEO event code: the one its rule gave (the frame's), else for an event
    its predicate's code (``predicates.tsv``); structural relations have none of their own."""
    if cameo:
        return cameo
    p = ontology.predicates.get(predicate)
    return p.cameo if p is not None and p.is_event else None


def _dominant_type(votes: dict[str, int], order: tuple[str, ...]) -> str:
    """The type most mentions carry; ties go to the type first in ``order`` (the more agentive)."""
    rank = {t: i for i, t in enumerate(order)}
    return max(votes, key=lambda t: (votes[t], -rank.get(t, len(order))))
