"""Hand-made graph records in the shape of :mod:`kg.graph` (node and edge attribute dicts),
shared by the fixtures in ``conftest.py`` and the RDF tests."""

from __future__ import annotations


def actor_attrs(name, type_, *, aliases=(), docs=(), ids=None, lat=None, lon=None, kind=None, country=None,
                affiliations=()):
    """Node attributes of an actor named ``name`` mentioned once in each of ``docs``."""
    return {
        "name": name, "type": type_, "aliases": sorted(set(aliases) | {name}),
        "mentions": [{"doc": d, "text": name, "start": 10 * i, "end": 10 * i + len(name)}
                     for i, d in enumerate(docs)],
        "ids": ids or {}, "lat": lat, "lon": lon, "country": country,
        "affiliations": list(affiliations), "kind": kind,
    }


def relation_attrs(rid, predicate, family, doc, sentence, trigger, *, start=0, modality="asserted",
              role=None, source=None, confidence=0.9):
    """Edge attributes of a relation whose ``sentence`` holds ``trigger``."""
    t = sentence.index(trigger)
    return {
        "id": rid, "predicate": predicate, "family": family, "doc": doc, "evidence": sentence,
        "start": start, "end": start + len(sentence), "trigger": trigger,
        "trigger_start": start + t, "trigger_end": start + t + len(trigger),
        "asserted": modality == "asserted", "modality": modality, "role": role,
        "source": source, "confidence": confidence,
    }
