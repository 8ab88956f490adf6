"""PLOVER event records: ``events.jsonl``, one JSON object per line for each asserted event.

PLOVER (openeventdata/PLOVER, the manual's chapter "Data Fields") is the event-data
exchange format that replaces CAMEO's; its named fields are used where kg has the
value, and the CAMEO codes and kg's own ids and offsets are added, as the format
allows. One record per asserted event relation of the graph (not AFFILIATED_WITH or
LOCATED_IN, nor negated, hypothetical, future, demanded or alleged ones), in the order
of ``graph.json`` (article, sentence, trigger, id)::

    {"id": relation id,                       "date": the article's ISO date or null,
     "actor": [entity], "recipient": [entity], "event": [PLOVER class],
     "mode": [PLOVER mode], "context": [PLOVER contexts],
     "event_text": [trigger], "text": the sentence, "text_info": {"start", "end"},
     "link": the article's id (events of one article share it),
     "cite_info": {"citation", "title", "url", "publication", "coder", "codebook"},
     "cameo": the CAMEO event code,
     "kg": {"relation", "predicate", "subject", "object", "doc", "start", "end",
            "trigger_start", "trigger_end", "source", "confidence", "rule"}}

An entity is ``{"code", "sector", "entity_text", "identifier_id", "identifier_text",
"cameo", "kg_id", "type"}``: ``code`` and ``sector`` are the first two three-letter
blocks of the actor's CAMEO code on the article's date (``cameo``, the whole code;
:mod:`kg.cameo`), ``entity_text`` its mention in the sentence, ``identifier_id`` its
Wikidata id and ``identifier_text`` its canonical name. The event class is the
predicate's PLOVER class (``predicates.tsv``: kg's MEDIATE is PLOVER's CONSULT); mode
and contexts are those PLOVER gives the event's CAMEO code (``cameo_codes.tsv``) when
its class is the event's.

Pure: :func:`plover_records` reads the graph and never changes it; the same graph
gives the same bytes.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from pathlib import Path

import networkx as nx

from ..cameo import iso_date
from ..ontology import Ontology, default_ontology
from .json_graph import sorted_edges

CODEBOOK = "PLOVER (CAMEO2PLOVER-2021)"


def plover_records(G: nx.MultiDiGraph, ontology: Ontology | None = None) -> Iterator[dict]:
    """The PLOVER record of each asserted event of ``G``, in ``graph.json``'s order."""
    ontology = ontology or default_ontology()
    docs = {str(d.get("id")): d for d in G.graph.get("documents") or ()}
    coder = f"kg ({G.graph['model']})" if G.graph.get("model") else "kg"
    mentions = _MentionsByDoc(G)
    for subj, obj, key, data in sorted_edges(G):
        predicate = ontology.predicates.get(data.get("predicate"))
        if predicate is None or not predicate.is_event or not data.get("asserted"):
            continue
        doc = docs.get(str(data.get("doc")), {})
        event = predicate.plover or predicate.name
        mode, context = _mode_and_context(ontology, data.get("cameo"), event)
        yield {
            "id": str(key), "date": iso_date(doc.get("date")),
            "actor": [_entity(G, subj, data, data.get("subject_cameo"), mentions)],
            "recipient": [_entity(G, obj, data, data.get("object_cameo"), mentions)],
            "event": [event], "mode": mode, "context": context,
            "event_text": [data.get("trigger")], "text": data.get("evidence"),
            "text_info": {"start": data.get("start"), "end": data.get("end")},
            "link": data.get("doc"),
            "cite_info": {"citation": data.get("doc"), "title": doc.get("title"), "url": doc.get("url"),
                          "publication": doc.get("source"), "coder": coder, "codebook": CODEBOOK},
            "cameo": data.get("cameo"),
            "kg": {"relation": str(key), "predicate": data.get("predicate"), "subject": subj, "object": obj,
                   "doc": data.get("doc"), "start": data.get("start"), "end": data.get("end"),
                   "trigger_start": data.get("trigger_start"), "trigger_end": data.get("trigger_end"),
                   "source": data.get("source"), "confidence": data.get("confidence"), "rule": data.get("rule")},
        }


def _entity(G: nx.MultiDiGraph, node: str, relation: Mapping, cameo: str | None,
            mentions: _MentionsByDoc | None = None) -> dict:
    """The PLOVER entity object of an actor of an event (see the module's docstring)."""
    data = G.nodes[node]
    ids = data.get("ids") or {}
    text = mentions.mention_in(node, relation) if mentions is not None else _mention_in(data, relation)
    return {"code": cameo[:3] if cameo else None, "sector": (cameo[3:6] or None) if cameo else None,
            "entity_text": text, "identifier_id": ids.get("wikidata"),
            "identifier_text": data.get("name"), "cameo": cameo, "kg_id": node, "type": data.get("type")}


def _mention_in(data: Mapping, relation: Mapping, mentions=None) -> str | None:
    """The text of the actor's first mention in the relation's sentence, else its name
    (``mentions``: the actor's mentions to look at, by default all of them)."""
    doc, start, end = relation.get("doc"), relation.get("start"), relation.get("end")
    for m in data.get("mentions") or () if mentions is None else mentions:
        if m.get("doc") == doc and start is not None and end is not None and start <= m["start"] and m["end"] <= end:
            return m["text"]
    return data.get("name")


class _MentionsByDoc:
    """Each actor's mentions grouped by document, in order, made on first use: an event's
    entity text is looked for among the mentions in its own document only (a state has
    thousands of mentions; a writer going through all of them for each event was
    quadratic)."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G, self._groups = G, {}

    def mention_in(self, node: str, relation: Mapping) -> str | None:
        """:func:`_mention_in` for ``node``'s data; in a document whose mentions come in
        order of their start (as :mod:`kg.graph` sorts them), only those from the sentence's
        start on are looked at (one long article names a state thousands of times)."""
        data = self.G.nodes[node]
        groups = self._groups.get(node)
        if groups is None:
            groups = self._groups[node] = {}
            for m in data.get("mentions") or ():
                groups.setdefault(m.get("doc"), []).append(m)
            for doc, ms in groups.items():
                starts = [m.get("start") for m in ms]
                if (all(isinstance(x, int) for x in starts) and starts == sorted(starts)
                        and all(isinstance(m.get("end"), int) and m["end"] >= m["start"] for m in ms)):
                    groups[doc] = (ms, starts)
        group = groups.get(relation.get("doc"), [])
        if type(group) is not tuple:   # (mentions, their starts) when in order
            return _mention_in(data, relation, group)
        ms, starts = group
        start, end = relation.get("start"), relation.get("end")
        if start is None or end is None:
            return data.get("name")
        first = bisect_left(starts, start)   # mentions before the sentence cannot be in it
        return _mention_in(data, relation, ms[first:bisect_right(starts, end)])


def _mode_and_context(ontology: Ontology, cameo: str | None, event: str) -> tuple[list[str], list[str]]:
    """PLOVER's mode and contexts of a CAMEO event code, when its class is ``event``."""
    row = ontology.cameo_codes.get(cameo) if cameo else None
    if row is None or row.plover != event:
        return [], []
    return ([row.mode] if row.mode else []), list(row.context)


def dumps_plover(G: nx.MultiDiGraph, ontology: Ontology | None = None) -> str:
    """The text of ``events.jsonl``: one record per line (UTF-8, no ASCII escapes)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(G, ontology))


def write_plover(G: nx.MultiDiGraph, path: str | Path, *, ontology: Ontology | None = None) -> None:
    """Write ``events.jsonl`` (:func:`plover_records`), record by record."""
    with open(path, "w", encoding="utf-8") as fh:
        for record in plover_records(G, ontology):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_plover(path: str | Path) -> list[dict]:
    """The records of an ``events.jsonl``."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
