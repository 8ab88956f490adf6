"""Helpers of the actor rule tests (``tests/test_actors_*.py``): hand-parsed texts in,
the actors :func:`kg.actors.extract_actors` finds out.

Each case is a text parsed by hand in the format of ``tests/handparse.py`` (frozen
from the real model with ``tools/freeze_parse.py``, then checked and corrected so it
is the right parse and the right entity spans). Knowledge-base names carry the id
the entity ruler sets (``[GPE russia#capital]``); other names carry a bare label,
as the statistical NER gives them. The expectations follow
``/work/shared/gold/GUIDELINES.md``; a case the resolver gets wrong today is marked
with :func:`bug` (``xfail(strict=True)``) and the reason. The ``kb`` fixture of
``conftest.py`` is the small test gazetteer of ``tests/data/ontology``.
"""

from __future__ import annotations

import re

import pytest
import spacy
from handparse import hand_doc

from kg.actors import DocumentActors, extract_actors
from kg.corpus import Document

# An English vocabulary, so tokens have their lexical attributes (lower_, is_punct, ...)
# as in a real pipeline; a bare Vocab() leaves them empty.
VOCAB = spacy.blank("en").vocab
PEOPLE = ("Official", "Person")


def doc_actors(spec: str, kb) -> DocumentActors:
    """What the actor stage finds in a hand-parsed text."""
    doc = hand_doc(spec, VOCAB)
    return extract_actors(doc, Document(id="t.txt", text=doc.text), kb)


def actors(spec: str, kb) -> dict:
    """The Actor records of a hand-parsed text, by id."""
    return {a.id: a for a in doc_actors(spec, kb).records()}


def types(recs: dict) -> dict[str, str]:
    return {i: a.type for i, a in recs.items()}


def bare(form: str) -> str:
    """A surface form without a leading article: "the Red Crescent" -> "Red Crescent"."""
    return re.sub(r"^(?:the|The)\s+", "", form)


def bug(reason: str):
    """A case the resolver gets wrong today: the reason names the step and what it misses."""
    return pytest.mark.xfail(reason=reason, strict=True)
