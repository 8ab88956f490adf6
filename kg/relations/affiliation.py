"""Affiliation rules: AFFILIATED_WITH from the titles and institutions the actor stage
found ("Israeli spokesperson Eylon Levy", "CIA chief Bill Burns", "the Israeli
military", "Tinubu, who chairs ECOWAS"), from a title description that stands for a named
person ("The U.S. president has said ..." after Trump), and a group named as part of another ("the Basij,
a subordinate group of the Revolutionary Guard", "Al Qaeda affiliate JNIM")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import AFFILIATED_WITH
from .anaphora import armed_collective, is_person, is_state
from .coreference import clause_subject, description
from .descriptions import described_holder
from .discourse import Discourse
from .found import Found
from .grammar import POSSESSIVE_MARKERS
from .index import TokenIndex
from .titleowner import described_title_owner

if TYPE_CHECKING:
    from ..actors import DocumentActors

BODY_TYPES = frozenset({"State", "Group"})
_DETERMINERS = frozenset({"a", "an", "the"})
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})   # the clause a reporting verb governs


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
    yield from group_part(sent, da)
    yield from described_affiliation(sent, da, ds, index)
    yield from reporting_body(sent, da, ds)
    yield from principal_affiliation(sent, da, ds)
    yield from armed_title(sent, da, ds)
    yield from described_title_owner(sent, da, ds)


def described_affiliation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"The U.S. president has said ...", "the country's prime minister says", "its president,
    Volodymyr Zelenskiy": a title description with its owner that stands for a named person
    (:func:`~kg.relations.descriptions.described_holder`) affiliates the person with the owner."""
    roles = da.kb.lexicon.roles
    confidence = da.kb.confidence("affiliation.description")
    for t in index.tokens(sent, "title"):
        got = described_holder(t, da, ds) if t.lower_ in roles else None
        if got:
            phrase = da.doc[t.left_edge.i:t.i + 1]
            role = next((w.text.lower() for w in (phrase[k:] for k in range(len(phrase))) if w.text.lower() in roles),
                        t.lower_)     # "the Israeli prime minister": the longest title
            yield Found(got[0], AFFILIATED_WITH, got[1], phrase, "affiliation.description",
                        confidence, role=role, modality="asserted")


def principal_affiliation(sent: Span, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Eritrean President Isaias Afwerki ... sent the delegation, which included his adviser Yemane
    Gebreab", "Machar's spokesman James Gatdet Dak": a title held for a person (after "his"/"her",
    ``person_pronoun``: the person subject of its clause or a clause above it, else the last person
    named; or a person's possessive) is held in the one state or group the text titles that person in."""
    pronouns = da.kb.lexicon.words_of("person_pronoun")
    for r in (r for r in da.roles if r.sent_start == sent.start and r.tokens[0] > sent.start):
        k = r.tokens[0] - 1
        pron = da.doc[k]
        if r.affiliation and is_person(r.affiliation, da) and da.actor_at(k - (pron.text in POSSESSIVE_MARKERS)) == r.affiliation:
            principal = r.affiliation   # "Zia's adviser X", "Guterres spokesman X"
        elif not r.affiliation and pron.lower_ in pronouns:
            principal = clause_subject(pron, da, ds, want=lambda a: is_person(a, da) and a != r.person) \
                or ds.last_actor(pron.i, lambda a: is_person(a, da) and a != r.person)
        else:
            continue
        # the titles the text gives the principal (a knowledge-base office may be a former one)
        owners = {p.affiliation for p in da.roles if p.person == principal and p.affiliation
                  and da.type_of(p.affiliation) in BODY_TYPES}
        if len(owners) == 1 and principal != r.person:
            yield Found(r.person, AFFILIATED_WITH, owners.pop(), da.doc[k:r.tokens[1]], "affiliation.principal",
                        da.kb.confidence("affiliation.principal"), role=r.role)


def armed_title(sent: Span, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Rebel spokesman Abakar Saboune", "rebel leader Velupillai Prabhakaran": a title of no owner
    with an armed collective noun in it ("rebel", ``armed_collective``) is held in the armed group
    that noun stands for (:func:`~kg.relations.anaphora.armed_collective`: the article's one armed
    group)."""
    for r in (r for r in da.roles if r.sent_start == sent.start and not r.affiliation):
        for t in da.doc[r.tokens[0]:r.tokens[1]]:
            group = armed_collective(t, da, ds)
            if group and group != r.person and da.type_of(group) == "Group":
                yield Found(r.person, AFFILIATED_WITH, group, da.doc[r.tokens[0]:r.tokens[1]], "affiliation.armed_title",
                            da.kb.confidence("affiliation.armed_title"), role=r.role)
                break


def reporting_body(sent: Span, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"China summoned the Japanese ambassador ..., the Foreign Ministry said": a body named
    without its owner (an ``institution`` noun alone: "the Foreign Ministry", "the Defense
    Ministry"), of no parent known, that reports what a state did is that state's."""
    words = da.kb.lexicon.words_of
    bodies, report = words("institution"), words("report_verb")
    parented = {i.group for i in da.institutions}
    for m in (m for m in da.mentions if sent.start <= m.span.start < sent.end):
        p = da.protos.get(m.actor)
        if p is None or p.entry is not None or p.name.lower() not in bodies or m.actor in parented \
                or da.type_of(m.actor) != "Group":
            continue
        verb = m.span.root.head
        if m.span.root.dep_ != "nsubj" or verb.lemma_.lower() not in report:
            continue
        states = [a for c in verb.children if c.dep_ in _REPORTED_DEPS for s in c.children if s.dep_ == "nsubj"
                  for a in (ds.actors_at(s.i) or description(s, da, ds)) if is_state(a, da)]
        if len(set(states)) == 1:
            yield Found(m.actor, AFFILIATED_WITH, states[0], m.span, "affiliation.reporting_body",
                        da.kb.confidence("affiliation.reporting_body"), role=p.name.lower())


def group_part(sent: Span, da: DocumentActors) -> Iterator[Found]:
    """"the NPA, the armed wing of the Communist Party", "the Basij, a subordinate group of the
    Revolutionary Guard", "Ansar al-Sharia is an offshoot of AQAP" (an apposition or a copula's
    attribute whose ``group_part`` noun is "of" a body), "the Qassam Brigades, its armed wing",
    "Hamas' military wing, the Qassam Brigades" (the part noun's possessor) and "Al Qaeda
    affiliate JNIM" (the part noun between the two names): the group belongs to the body;
    not "a former al Qaeda affiliate"."""
    confidence = da.kb.confidence("affiliation.group_part")
    for m in (m for m in da.mentions if sent.start <= m.span.start < sent.end and da.type_of(m.actor) == "Group"):
        for body, role, token in _part_of(m, da):
            if body and body != m.actor and da.type_of(body) in BODY_TYPES:
                yield Found(m.actor, AFFILIATED_WITH, body, token, "affiliation.group_part", confidence, role=role)


def _part_of(m, da: DocumentActors) -> list[tuple[str | None, str, Token]]:
    """(body, role, part noun) for each part noun said of the group of mention ``m``."""
    doc, words = da.doc, da.kb.lexicon.words_of
    parts, past = words("group_part"), words("past_marker")
    out: list[tuple[str | None, str, Token]] = []
    root = m.span[-1]
    for n in _part_nouns(root, da):
        role = _part_role(doc[n.left_edge.i:n.i + 1], parts)
        if role is None or any(t.lower_ in past for t in doc[n.left_edge.i:n.i]):
            continue
        out += [(da.actor_at(o.i), role, n) for of in n.children if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children if o.dep_ == "pobj"]
        for p in (c for c in n.children if c.dep_ == "poss"):
            owner = _owner_at(p.i, da.actor_at(n.i), da) or (da.last_actor(m.span.start, lambda a: a != m.actor and da.type_of(a)
                                                       in BODY_TYPES) if p.lower_ == "its" else None)
            out.append((owner, role, n))
    k = m.span.start - 1
    if k >= 1 and doc[k].lower_ in parts:
        owner = next((o for o in da.mentions if o.span.end == k and o.actor != m.actor), None)
        if owner and not (owner.span.start > 0 and doc[owner.span.start - 1].lower_ in past):
            out.append((owner.actor, doc[k].lower_, doc[k]))
    return out


def _owner_at(i: int, body: str | None, da: DocumentActors) -> str | None:
    """The actor named at token ``i``, inside the body ``body`` a part noun names, if any
    ("Hamas" of "Hamas' military wing")."""
    return next((o.actor for o in da.mentions if o.span.start <= i < o.span.end and o.actor != body), None)


def _part_nouns(root, da: DocumentActors) -> list:
    """The nouns that may say what a group is part of: its unnamed appositions ("the NPA,
    the armed wing of ...") and what a copula says it is ("the group is an offshoot of ...")."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    nouns = [n for n in nouns if not da.actor_at(n.i)]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)   # "Hamas' military wing, the Qassam Brigades" (maybe a body's name itself)
    return nouns


def _part_role(words: Span, parts: frozenset[str]) -> str | None:
    """The part noun phrase an apposition ends with ("the armed wing" -> "armed wing",
    "a subordinate group" -> "subordinate group"), or None."""
    toks = [t.lower_ for t in words if t.lower_ not in _DETERMINERS]
    for n in (2, 1):
        if len(toks) >= n and " ".join(toks[-n:]) in parts:
            return " ".join(toks[-n:])
    return None
