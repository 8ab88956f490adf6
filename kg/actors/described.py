"""A group's name in apposition to a description of it: "the UN peacekeeping force,
UNIFIL", "the UN mission there, MINURSO". The description names the body's parent (the
UN) and its role (peacekeeping force, mission): :func:`link_described_names` links the
named group to the parent, and a body the description made of its own ("the UN mission")
is that group, not a second one. A state's adjective before a kind of group only
describes it: "the Palestinian militant group Hamas" is no body of Palestine.
"""

from __future__ import annotations

from .document import DocumentActors, Institution
from .types import GROUP, HOW_DEMONYM, STATE

BODY_NOUN_LISTS = ("institution", "state_agent", "group_descriptor")
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def link_described_names(da: DocumentActors) -> None:
    """Link each group named in apposition to "<parent> <body noun>" to that parent."""
    words = da.kb.lexicon.words_of
    body_nouns = frozenset().union(*(words(w) for w in BODY_NOUN_LISTS))
    for m in list(da.mentions):
        root = m.span.root
        if root.dep_ != "appos" or da.protos[m.actor].type != GROUP:
            continue
        head = root.head
        if head.pos_ != "NOUN" or head.lemma_.lower() not in body_nouns:
            continue
        parents = [o for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i
                   for o in da.mentions if o.span.start <= c.i < o.span.end and o.actor != m.actor
                   and da.protos[o.actor].type in (STATE, GROUP)]
        if not parents:
            continue
        parent = parents[0]
        if parent.how == HOW_DEMONYM and head.lemma_.lower() in words("group_descriptor") \
                and head.lemma_.lower() not in words("institution"):
            continue   # "the Palestinian militant group Hamas": the adjective only describes it
        _absorb_body(da, head, m.actor)
        if any(i.group == m.actor and i.parent == parent.actor for i in da.institutions):
            continue
        role = " ".join(t.lower_ for t in da.doc[parent.span.end:head.i + 1] if t.is_alpha)
        da.institutions.append(Institution(m.actor, parent.actor, role, da.doc[parent.span.start:head.i + 1]))


def _absorb_body(da: DocumentActors, head, named: str) -> None:
    """A body the description made of its own ("the UN mission", even a known generic "UN
    Mission") is the named group."""
    for inst in list(da.institutions):
        if inst.span.start <= head.i < inst.span.end and inst.group != named:
            da.merge(inst.group, into=named)
            da.institutions[:] = [i._replace(group=named) if i.group == inst.group else i for i in da.institutions]
