"""Bodies named with their state or group after "of": "the Foreign Ministry of Russia",
"the Election Commission of Pakistan", "the Armed Forces of the Philippines", "the Central
Committee of the Communist Party" (GUIDELINES convention 7: organisations named after a
state or parent body are linked to it, the body as written as the role).

The name is a new one (a knowledge-base name such as the Revolutionary Armed Forces of
Colombia is a group of its own, not the state's), the words before its last "of" end with a
body's noun (``institution``, ``possessed_body_word``: "Ministry", "Commission", "Armed
Forces"), and the words after it name a known state or group. A party or front named after
its country ("the Communist Party of the Philippines") ends with no body's noun and stays
unlinked.
"""

from __future__ import annotations

from spacy.tokens import Span

from .document import DocumentActors, Institution, MentionInfo, Proto
from .types import AGENTS, GROUP, HOW_IN_NAME, HOW_INSTITUTION

OF = "of"
ARTICLE = "the"


def find_bodies_of_parents(da: DocumentActors) -> None:
    """"the Foreign Ministry of Russia" -> Russia, role "foreign ministry" (see the module's
    docstring)."""
    done = {i.group for i in da.institutions}
    for m in list(da.mentions):
        p = da.protos.get(m.actor)
        if p is None or p.entry is not None or p.type != GROUP or m.actor in done or m.how == HOW_INSTITUTION:
            continue
        found = _body_and_parent(da, m.span)
        if found is None:
            continue
        body, parent_span, parent = found
        if parent.id == m.actor:
            continue
        if parent.id not in da.protos:
            da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
        da.mentions.append(MentionInfo(parent.id, parent_span, parent_span.text, HOW_IN_NAME))
        da.institutions.append(Institution(m.actor, parent.id, body.text.lower(), m.span))
        done.add(m.actor)


def _body_and_parent(da: DocumentActors, span: Span):
    """The body's words, the parent's words and the parent's entry of a name "<body> of
    <parent>", or None."""
    words = da.kb.lexicon.words_of
    ofs = [t.i for t in span if t.lower_ == OF]
    if not ofs:
        return None
    k = ofs[-1]
    start = span.start + 1 if span[0].lower_ == ARTICLE else span.start
    after = k + 2 if k + 1 < span.end and da.doc[k + 1].lower_ == ARTICLE else k + 1
    if k - start < 1 or after >= span.end:
        return None
    body, parent_span = da.doc[start:k], da.doc[after:span.end]
    last, two = body[-1].lower_, " ".join(t.lower_ for t in body[-2:])
    if not (last in words("institution") or two in words("institution") or last in words("possessed_body_word")):
        return None
    hits = [e for e, _ in da.kb.lookup(parent_span.text) if e.type in AGENTS]
    return (body, parent_span, hits[0]) if hits else None
