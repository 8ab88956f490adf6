"""Bodies whose capitalised name goes on after their parent's name: "the U.S. Drug
Enforcement Administration", "a new U.N. Intervention Brigade", "U.S. Marshals".

The entity ruler names the parent ("U.S.") and leaves the rest of the name untagged; a
run of capitalised proper nouns after it that the parent's name is a compound of, ending
in a word that heads names of bodies (``body_name_head``), is a Group of its own, linked to
the parent with the rest of the name as its role (GUIDELINES convention 7: "Organisations
named after a state or parent body are Groups ... the body as written as the role").
"""

from __future__ import annotations

from spacy.tokens import Span

from .document import DocumentActors, MentionInfo
from .institutions import add_body
from .types import AGENTS, GROUP, HOW_DEMONYM, HOW_INSTITUTION


def find_named_bodies(da: DocumentActors) -> None:
    """"the U.S. Drug Enforcement Administration" -> Group, affiliated with the United States
    (role "drug enforcement administration")."""
    doc, lex = da.doc, da.kb.lexicon
    heads, roles = lex.words_of("body_name_head"), lex.roles
    starts = {m.span.start for m in da.mentions}
    for m in list(da.mentions):
        if m.how in (HOW_DEMONYM, HOW_INSTITUTION) or da.protos[m.actor].type not in AGENTS:
            continue
        last = m.span[-1]
        head = last.head
        if last.dep_ != "compound" or head.i < m.span.end or head.lower_ not in heads:
            continue
        rest = doc[m.span.end:head.i + 1]
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in starts or t.lower_ in roles for t in rest):
            continue   # "U.S. President Joe Biden", "U.S. forces": no body's name
        if any(o.span.start < head.i + 1 and o.span.end > m.span.end for o in da.mentions if o is not m):
            continue   # the words are (in) another mention
        _add_body(da, m, rest)


def _add_body(da: DocumentActors, m: MentionInfo, rest: Span) -> None:
    """The body named from ``m``'s parent over ``rest``, as a mention and an institution."""
    doc = da.doc
    span = Span(doc, m.span.start, rest.end, label="ORG")
    name = " ".join(t.text for t in span if t.lower_ != "the")
    add_body(da, span, name, [e for e, _ in da.kb.lookup(name) if e.type == GROUP], m.actor, rest.text.lower())
