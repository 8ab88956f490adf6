"""The records extraction hands to the graph: plain, picklable, spaCy-free.

:func:`kg.actors.extract_actors` and :func:`kg.relations.extract_relations` turn
one parsed document into :class:`Actor` (with its :class:`Mention` s) and
:class:`Relation` records; an :class:`Extraction` holds them with their
:class:`~kg.corpus.Document`. These cross process boundaries (``--jobs``, Dask)
and live in the extraction cache, so they hold no spaCy object, and this module
imports nothing heavy: reading cached records never loads spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Document


@dataclass(frozen=True)
class Mention:
    """One surface form of an actor in a document, with character offsets."""

    doc: str
    text: str
    start: int
    end: int
    metonymy: bool = False

    def to_dict(self) -> dict:
        d = {"doc": self.doc, "text": self.text, "start": self.start, "end": self.end}
        if self.metonymy:
            d["metonymy"] = True
        return d


@dataclass(frozen=True)
class Actor:
    """An actor as seen in one document: identity, type, and its mentions there; ``ids``
    holds its ISO, Wikidata and GeoNames ids and its CAMEO code on the document's date."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    ids: tuple[tuple[str, str], ...] = ()
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    kind: str | None = None
    affiliations: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Relation:
    """One relation stated in one sentence of one document."""

    id: str
    subject: str
    predicate: str
    object: str
    doc: str
    evidence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    asserted: bool = True
    modality: str = "asserted"
    role: str | None = None
    source: str | None = None
    confidence: float = 0.8
    rule: str = ""
    cameo: str | None = None

    def to_attrs(self, family: str | None, cameo: str | None = None) -> dict:
        """Edge attributes for the graph (see :mod:`kg.graph`); ``cameo``: the event code
        to record when the rule gave none."""
        return {"id": self.id, "predicate": self.predicate, "family": family, "doc": self.doc,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "trigger": self.trigger, "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
                "asserted": self.asserted, "modality": self.modality, "role": self.role,
                "source": self.source, "confidence": self.confidence, "rule": self.rule,
                "cameo": self.cameo or cameo}


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: its actors and relations."""

    document: Document
    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
