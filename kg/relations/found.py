"""What a rule returns: :class:`Found` relations, and :class:`BetweenSides` for a
relation whose objects are the sides at war, known only once the sentence is read.

A rule is a function ``rule(sent, da, ds, index)`` of a sentence (a spaCy ``Span``),
the document's actors (:class:`kg.actors.DocumentActors`), the discourse state
(:class:`kg.relations.discourse.Discourse`) and the candidate-token index
(:class:`kg.relations.index.TokenIndex`) that yields these records, nothing else.
:func:`kg.relations.assemble.to_relations` turns them into :class:`kg.records.Relation`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..ontology import Ontology


@dataclass(frozen=True, slots=True)
class Found:
    """One relation a rule found in a sentence, before its modality, source and offsets."""

    subject: str
    predicate: str
    object: str
    trigger: Token | Span
    rule: str                    # the rule's name, written to the output ("clause.active")
    confidence: float
    role: str | None = None      # AFFILIATED_WITH: the title as written
    cameo: str | None = None
    modality: str | None = None  # set when the rule knows it; else read from the trigger's clause


@dataclass(frozen=True, slots=True)
class BetweenSides:
    """A relation of ``subject`` with each of the sides last seen fighting: "Qatar helped
    broker a truce" mediates between them. The discourse state resolves it once the
    sentence is read (:meth:`kg.relations.discourse.Discourse.read`)."""

    subject: str
    predicate: str
    trigger: Token | Span
    rule: str
    confidence: float
    cameo: str | None = None

    def with_side(self, side: str) -> Found:
        """The relation with one side as its object."""
        return Found(self.subject, self.predicate, side, self.trigger, self.rule, self.confidence, cameo=self.cameo)


def cameo(kb: Ontology, predicate: str) -> str | None:
    """The CAMEO code ``predicates.tsv`` gives ``predicate`` (``None`` if it has none)."""
    p = kb.predicates.get(predicate)
    return p.cameo if p else None


def all_pairs(parties: list[str]) -> list[tuple[str, str]]:
    """Every pair of ``parties`` in order, the first named as subject: "Oman, Iran and the U.S.
    commenced a dialogue" gives three pairs (GUIDELINES, convention 11 and meetings of three)."""
    return [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:] if a != b]
