"""From what the rules found to :class:`kg.records.Relation` records: one relation per
sentence, subject, predicate and object, each with its modality, source, evidence
sentence and character offsets."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import AFFILIATED_WITH, ASSAULT, CONSULT, LOCATED_IN, MEDIATE, STRUCTURAL
from ..records import Relation
from .anaphora import is_media
from .discourse import Discourse
from .forcesides import unnamed_force_state
from .found import Found
from .mediation import branch_state
from .modality import modality, source
from .targets import holds_boundary, is_boundary, is_unstruck

if TYPE_CHECKING:
    from ..actors import DocumentActors


def to_relations(found: list[tuple[Span, Found]], da: DocumentActors, ds: Discourse) -> Iterator[Relation]:
    """The relations of ``found`` (each with its sentence), in order, without

    * a relation of an actor with itself;
    * an event between a state and its own official (AFFILIATED_WITH only), or a body and a member
      of a body of its own (:func:`own_pairs`);
    * LOCATED_IN of anything but a place, or of a border line in anything but a state, a region or
      a territory (``targets.holds_boundary``);
    * a place (a city, a region: not a state the document names only as a place, nor a
      territory that is a party, ``party_place_kind``) as the
      object of a predicate between parties (``partner_predicate``: ACCUSE, REQUEST, CONSULT,
      ...): "accuses ... Blue Nile" is a misread conjunct, not an accusation;
    * an ASSAULT on a sea or a border line (``targets.is_unstruck``): "fired a missile toward the
      Sea of Japan", "shelling across the LoC" strike no place;
    * a branch of a state's forces as a party a mediation is between: the state is
      (``mediation.branch_state``: "battles with the Sri Lankan navy ... Norway brokered a
      cease-fire" -> Norway MEDIATE Sri Lanka); so too a state's forces the sentence does not name
      as a party in talks, accords or mediation against another country's side
      (``forcesides.unnamed_force_state``: "discussions between the parties" -> Israel, not the
      Israeli military);
    * a place (as above) as the subject of an event: a city, a village or a region does not act (a
      capital that stands for its state is the state's mention already);
    * a CONSULT with a news outlet ("spoke to VOA", ``anaphora.is_media``): an interview, not talks;
    * a second CONSULT between the same two actors in a sentence (either way round);
    * a second relation with the same sentence, subject, predicate and object (the first wins).
    """
    affiliated = own_pairs(found)
    seen: dict[tuple, Relation] = {}
    consult_pairs: set[tuple] = set()
    text = da.text
    party_predicates = da.kb.lexicon.words_of("partner_predicate")
    party_place_kinds = da.kb.lexicon.words_of("party_place_kind")
    for sent, f in found:
        if f.subject == f.object:
            continue
        if f.predicate not in STRUCTURAL and frozenset((f.subject, f.object)) in affiliated:
            continue  # a state and its own official: AFFILIATED_WITH only
        if f.predicate == LOCATED_IN and (da.type_of(f.subject) != "Place"
                                          or is_boundary(f.subject, da) and not holds_boundary(f.object, da)):
            continue   # a line runs through a district, it lies in a region: "along the LoC in Rajouri district"
        if f.predicate.lower() in party_predicates and da.protos[f.object].type == "Place" \
                and (da.protos[f.object].kind or "") not in party_place_kinds:
            continue   # no one accuses or meets a region (a state named here only as a place may be met)
        if f.predicate not in STRUCTURAL and _is_place(f.subject, da, party_place_kinds):
            continue   # a town does nothing: "the camp in Mogadishu which also hosts the UN headquarters"
        f = unnamed_force_state(f, sent, da)
        if f.subject == f.object:
            continue
        if f.predicate == MEDIATE:
            f = replace(f, object=branch_state(f.object, da) or f.object)
            if f.subject == f.object:
                continue
        if f.predicate == ASSAULT and is_unstruck(f.object, da):
            continue   # "fired toward the Sea of Japan", "fire across the LoC": no place is struck
        if f.predicate == CONSULT and (is_media(f.object, da) or is_media(f.subject, da)):
            continue   # "spoke to VOA", "told Reuters": an interview, not talks
        if f.predicate == CONSULT:
            pair = (sent.start, frozenset((f.subject, f.object)))
            if pair in consult_pairs:
                continue
            consult_pairs.add(pair)
        key = (sent.start, f.subject, f.predicate, f.object)
        if key not in seen:
            seen[key] = relation(sent, f, da, ds, text)
    yield from seen.values()


def own_pairs(found: list[tuple[Span, Found]]) -> set[frozenset[str]]:
    """The pairs of actors of one side: each member with the body the text affiliates it with,
    and with that body's own parent ("Ezzat al-Rishq, a member of the Hamas Political Bureau" ->
    Rishq and the bureau, Rishq and Hamas: "Al-Rishq confirmed Hamas's commitment" is no
    SUPPORT of another side)."""
    parents: dict[str, set[str]] = {}
    for _, f in found:
        if f.predicate == AFFILIATED_WITH:
            parents.setdefault(f.subject, set()).add(f.object)
    return {frozenset((a, p)) for a, ps in parents.items()
            for p in ps | {q for b in ps for q in parents.get(b, ()) if q != a}}


def relation(sent: Span, f: Found, da: DocumentActors, ds: Discourse, text: str | None = None) -> Relation:
    """The record of one found relation: its modality (unless the rule set it) and source
    for an event, the sentence as evidence, offsets into the document text (``da.text``,
    passed when known) and a stable id."""
    doc_id = da.document.id
    trig = f.trigger
    tok = trig if isinstance(trig, Token) else trig.root
    event = f.predicate not in STRUCTURAL
    mode = f.modality or (modality(tok, da.kb.lexicon.words_of) if event else "asserted")
    said_by = source(tok, da, ds) if event else None
    t_start = trig.idx if isinstance(trig, Token) else trig.start_char
    t_end = t_start + len(trig.text) if isinstance(trig, Token) else trig.end_char
    text = (da.text if text is None else text)[sent.start_char:sent.end_char]   # = sent.text, faster
    lead = len(text) - len(text.lstrip())
    evidence = text.strip()
    start = sent.start_char + lead
    rid = hashlib.sha1(f"{doc_id}|{start}|{t_start}|{f.subject}|{f.predicate}|{f.object}".encode()).hexdigest()[:16]
    return Relation(
        id=rid, subject=f.subject, predicate=f.predicate, object=f.object, doc=doc_id,
        evidence=evidence, start=start, end=start + len(evidence), trigger=trig.text,
        trigger_start=t_start, trigger_end=t_end, asserted=mode == "asserted", modality=mode,
        role=f.role, source=said_by, confidence=f.confidence, rule=f.rule, cameo=f.cameo)


def _is_place(actor: str, da: DocumentActors, party_kinds: frozenset[str]) -> bool:
    """Whether ``actor`` is a place by what it is (a city, a village, a region: not a state typed a
    place by its use here, nor a territory that is a party, ``party_place_kind``, nor a place a
    CAMEO dictionary codes as an actor)."""
    proto = da.protos.get(actor)
    coded = proto is not None and proto.entry is not None and bool(proto.entry.cameo)
    return proto is not None and proto.type == "Place" and (proto.kind or "") not in party_kinds and not coded
