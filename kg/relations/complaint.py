"""A complaint lodged with an international body is a contact with that body (GUIDELINES,
convention 13: handing over demands or memoranda is CONSULT): "Lebanon submitted a formal
complaint to the UN Security Council against Israel", "filed the complaint ... to both the UN
Security Council and Secretary-General Antonio Guterres" -> the complainant CONSULTs the body
and its officer. (The grievance against the accused is the evaluation rules' ACCUSE.)

The noun is a ``complaint_noun``, the object of a verb (not negated; the verb carries the
modality: "will submit a complaint" is not asserted); the addressee is the object of the
noun's or the verb's ``complaint_prep`` ("to", "with") and a forum: a body of a
``forum_kind`` (an international organisation, a UN body, a court) or a person holding an
office in one. A complaint handed to another state's envoy is a protest to that state, not a
filing: "issued a complaint to Japan's ambassador" gives nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import CONSULT
from .anaphora import is_person
from .arguments import actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import OBJ_DEPS, is_negated
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_PREP_DEPS = frozenset({"prep", "dative"})


def lodged_complaint(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """CONSULT from whoever lodges a complaint to the forum it is lodged with."""
    kb = da.kb
    preps = kb.lexicon.words_of("complaint_prep")
    for n in index.tokens(sent, "complaint"):
        v = n.head
        if n.dep_ not in OBJ_DEPS or v.pos_ != "VERB" or is_negated(v):
            continue
        forums = [a for o in addressees(n, preps) + addressees(v, preps) for a in actors(o, "obj", da, ds)
                  if is_forum(a, da)]
        for s in subjects(v, da, ds):
            for o in dict.fromkeys(forums):
                if o != s and da.type_of(s) != "Place":
                    yield Found(s, CONSULT, o, v, "complaint.lodged", kb.confidence("complaint.lodged"),
                                cameo=cameo(kb, CONSULT))


def addressees(t: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``t``'s prepositions among ``preps``, a dative "to" included ("sent a
    complaint *to* the Council", which the parser may read as the verb's dative)."""
    return [o for c in t.children if c.dep_ in _PREP_DEPS and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]


def is_forum(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` is a body complaints are lodged with (its kind a ``forum_kind``: "the UN
    Security Council", "the ICC") or a person holding an office in one ("Secretary-General
    Antonio Guterres": the text's titles or the knowledge base's offices)."""
    forum = da.kb.lexicon.words_of("forum_kind")

    def body(b: str | None) -> bool:
        return bool(b) and b in da.protos and (da.protos[b].kind or "").lower() in forum
    if not is_person(a, da):
        return da.type_of(a) == "Group" and body(a)
    entry = da.protos[a].entry if a in da.protos else None
    held = [r.affiliation for r in da.roles if r.person == a]
    held += [f.get("actor") for f in (entry.affiliations if entry is not None else ()) if not f.get("end")]
    return any(body(b) or (b and b not in da.protos and (getattr(da.kb.entries.get(b), "kind", None) or "").lower()
                           in forum) for b in held)
