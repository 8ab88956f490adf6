"""Affiliation rules: AFFILIATED_WITH from the titles and institutions the actor stage
found ("Israeli spokesperson Eylon Levy", "CIA chief Bill Burns", "the Israeli
military", "Tinubu, who chairs ECOWAS")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..predicates import AFFILIATED_WITH
from .discourse import Discourse
from .found import Found
from .index import TokenIndex

if TYPE_CHECKING:
    from ..actors import DocumentActors

BODY_TYPES = frozenset({"State", "Group"})


def affiliation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """AFFILIATED_WITH from titles ("CIA chief Bill Burns") and institutions ("Israeli military")."""
    kb = da.kb
    title, institution = kb.confidence("affiliation.title"), kb.confidence("affiliation.institution")
    for r in da.roles:
        # one belongs to a state or a group, not to a person ("Zia's adviser X") or a place
        if r.affiliation and r.sent_start == sent.start and r.affiliation != r.person \
                and da.type_of(r.affiliation) in BODY_TYPES:
            yield Found(r.person, AFFILIATED_WITH, r.affiliation, da.doc[r.tokens[0]:r.tokens[1]] or sent,
                        "affiliation.title", title, role=r.role)
    for group, parent, role, span in da.institutions:
        if span.sent.start == sent.start and group != parent:
            yield Found(group, AFFILIATED_WITH, parent, span, "affiliation.institution", institution, role=role)
