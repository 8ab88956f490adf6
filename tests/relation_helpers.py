"""Helpers of the relation rule tests (``tests/test_relations*.py``), one file per module of
:mod:`kg.relations`.

Each case is a sentence parsed by hand in the format of ``tests/handparse.py``
(frozen from the real model with ``tools/freeze_parse.py``, then checked and
corrected so that it is the right English parse: the rules are tested on what a
correct parse gives them, not on the small model's mistakes). Entities carry the
knowledge-base id the entity ruler would set (``[GPE israel#name]``) or a bare
label for a statistical entity (``[GPE`` for a town the KB does not hold).

The expected relations are what ``/work/shared/gold/GUIDELINES.md`` says is
right. Event tables compare the event relations of the text exactly (structural
AFFILIATED_WITH / LOCATED_IN relations have their own tables); each tuple is
``(subject id, predicate, object id, asserted)`` unless the table says otherwise.
A case the rules get wrong today is marked ``xfail(strict=True)`` with the reason.

Unit tests of the modules' functions read a hand-parsed text with :func:`reading`
and pick tokens with :func:`token`.
"""

from __future__ import annotations

import pytest
import spacy
from handparse import hand_doc

from kg.actors import DocumentActors, extract_actors
from kg.corpus import Document
from kg.predicates import STRUCTURAL
from kg.relations import extract_relations
from kg.relations.anaphora import armed_groups
from kg.relations.descriptions import appositive_descriptions
from kg.relations.discourse import Discourse

# An English vocabulary, so tokens have their lexical attributes (lower_, is_punct, ...)
# as in a real pipeline; a bare Vocab() leaves them empty.
VOCAB = spacy.blank("en").vocab


def document_actors(spec: str, kb) -> DocumentActors:
    """The actor stage's reading of a hand-parsed text."""
    doc = hand_doc(spec, VOCAB)
    return extract_actors(doc, Document(id="t.txt", text=doc.text), kb)


def relations(spec: str, kb):
    """The relations the rules find in a hand-parsed text."""
    return extract_relations(document_actors(spec, kb))


def reading(spec: str, kb) -> tuple[DocumentActors, Discourse]:
    """The document's actors and the discourse state before its first sentence."""
    da = document_actors(spec, kb)
    return da, Discourse.of(da, appositive_descriptions(da), armed_groups(da))


def token(da: DocumentActors, text: str, n: int = 1):
    """The ``n``-th token of the document whose text is ``text``."""
    return [t for t in da.doc if t.text == text][n - 1]


def events(rels) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.asserted) for r in rels if r.predicate not in STRUCTURAL}


def events_modality(rels) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.asserted, r.modality) for r in rels
            if r.predicate not in STRUCTURAL}


def unasserted(rels) -> set[tuple]:
    """The events a text does not assert (a key is unique per sentence, so an event
    found here cannot also be found asserted)."""
    return {t for t in events_modality(rels) if not t[3]}


def events_source(rels) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.source) for r in rels if r.predicate not in STRUCTURAL}


def affiliations(rels) -> set[tuple]:
    return {(r.subject, r.object, r.role) for r in rels if r.predicate == "AFFILIATED_WITH"}


def locations(rels) -> set[tuple]:
    return {(r.subject, r.object) for r in rels if r.predicate == "LOCATED_IN"}


def bug(reason: str):
    """A case the rules get wrong today: the reason names the rule and what it misses."""
    return pytest.mark.xfail(reason=reason, strict=True)
