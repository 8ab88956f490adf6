"""A name written again where the NER did not tag it is the same actor.

The statistical NER tags the same word differently from sentence to sentence ("Amhara" a
place in one, nothing in the next, a person in a third). :func:`add_repeated_names` gives
every later or earlier occurrence of a name the document already resolved to a place, a
group or a person (one the knowledge base does not know: the entity ruler already finds those
everywhere; or a known person's short form the knowledge base does not list)
a mention of that actor, when the occurrence stands alone: not inside another
mention and not part of a longer capitalised name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .document import DocumentActors, MentionInfo
from .types import GROUP, HOW_REPEAT, HOW_SHORT, OFFICIAL, PEOPLE, PERSON, PLACE

REPEATED_TYPES = frozenset({PLACE, GROUP, PERSON})
MIN_NAME_CHARS = 3
_LABELS = {PLACE: "LOC", GROUP: "ORG", PERSON: "PERSON", OFFICIAL: "PERSON"}


def add_repeated_names(da: DocumentActors) -> None:
    """Mentions for the other occurrences of the document's own place, group and person names."""
    doc = da.doc
    covered = {i for m in da.mentions for i in range(m.span.start, m.span.end)}
    forms: dict[tuple[str, ...], str] = {}
    for m in da.mentions:
        p = da.protos[m.actor]
        short = m.how == HOW_SHORT and p.type in PEOPLE   # "Machar" for the known Riek Machar Teny Dhurgon
        if (short or p.entry is None and p.type in REPEATED_TYPES) and _name_like(m.span):
            forms.setdefault(tuple(t.text for t in m.span), m.actor)
    if not forms:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        firsts.setdefault(form[0], []).append(form)
    for i, tok in enumerate(doc):
        for form in firsts.get(tok.text, ()):
            end = i + len(form)
            if end > len(doc) or any(k in covered for k in range(i, end)) \
                    or tuple(t.text for t in doc[i:end]) != form or not _stands_alone(doc, i, end):
                continue
            span = Span(doc, i, end, label=_LABELS[da.protos[forms[form]].type])
            da.mentions.append(MentionInfo(forms[form], span, span.text, HOW_REPEAT))
            covered.update(range(i, end))


def _name_like(span: Span) -> bool:
    """A capitalised name of proper nouns, long enough not to be a stray word."""
    return len(span.text) >= MIN_NAME_CHARS and all(t.text[:1].isupper() for t in span if t.is_alpha) \
        and span[0].is_alpha


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether the occurrence is no part of a longer capitalised name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return not any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                   for t in (before, after))
