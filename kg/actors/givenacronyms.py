"""Acronyms the text gives a named body: "the National Liberation Army (ELN)", "the
National Liberation Army, or ELN, Colombia's second largest guerrilla group", "the
Revolutionary Armed Forces of Colombia (FARC)".

Capitals in brackets right after a group's name, or after ", or" following it, name that
group, whatever language their letters come from (ELN, FARC spell Spanish names). A
capitals word no recognizer took becomes a mention of the group wherever the document
writes it ("The ELN recently announced ..."); one the knowledge base knows as another
entry of the same code (FARC beside the Revolutionary Armed Forces of Colombia, both
COLREB) is merged into the group, as is one the knowledge base does not know.
:func:`~kg.actors.organisations.resolve_parenthesised` has decided the other bracketed
names before this runs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .document import DocumentActors
from .knownas import add_acronym_mentions
from .types import GROUP, HOW_IN_NAME

MIN_LETTERS = 2


def resolve_given_acronyms(da: DocumentActors) -> None:
    """"X (ACR)", "X, or ACR": ACR names the group X (see the module's docstring)."""
    doc = da.doc
    groups = [m for m in da.mentions if m.how != HOW_IN_NAME and m.actor in da.protos
              and da.protos[m.actor].type == GROUP
              and not any(s <= m.span.start < e for s, e in da.datelines)]
    for m in groups:
        k = _acronym_after(doc, m.span.end)
        if k is None or m.actor not in da.protos:
            continue
        other = next((o for o in da.mentions if o.span.start == k and o.span.end == k + 1
                      and o.how != HOW_IN_NAME), None)
        if other is None and not any(o.span.start <= k < o.span.end for o in da.mentions):
            add_acronym_mentions(da, m.actor, k)   # "the National Liberation Army (ELN)"
        elif other is not None and other.actor != m.actor and _same_body(da, m.actor, other.actor):
            da.merge(other.actor, into=m.actor)   # "the Revolutionary Armed Forces of Colombia (FARC)"
        else:
            continue
        _merge_namesakes(da, m.actor, doc[k].text)


def _merge_namesakes(da: DocumentActors, group: str, acronym: str) -> None:
    """Other actors the document writes only as the acronym, that no knowledge base knows
    (the NER's place "GAM" in "the GAM stronghold of Bireuen"), are the group too."""
    texts: dict[str, set[str]] = {}
    for o in da.mentions:
        texts.setdefault(o.actor, set()).add(o.text)
    for actor, written in texts.items():
        p = da.protos.get(actor)
        if actor != group and written == {acronym} and p is not None and p.entry is None:
            da.merge(actor, into=group)


def _acronym_after(doc: Doc, end: int) -> int | None:
    """The token of capitals that "(ACR)" or ", or ACR" puts right after a name ending at ``end``."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        k = end + 1
    elif end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "or":
        k = end + 2
    else:
        return None
    text = doc[k].text
    return k if text.isalpha() and text.isupper() and len(text) >= MIN_LETTERS else None


def _same_body(da: DocumentActors, group: str, acronym: str) -> bool:
    """Whether the bracketed capitals' actor is the group under another name: a group the
    knowledge base does not know, or one it knows by the same CAMEO code (two entries of
    one body)."""
    g, a = da.protos[group], da.protos.get(acronym)
    if a is None or a.type != GROUP:
        return False
    if a.entry is None:
        return True
    if g.entry is None:
        return False
    return bool({c.code for c in g.entry.cameo} & {c.code for c in a.entry.cameo})
