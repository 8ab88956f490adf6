"""Other names the text gives an actor: "Eliécer Herlinto Chamorro Acosta, also known as
Antonio García", "Abdul Wali, also known as Omar Khalid Khurasani", "the National Liberation
Army guerrilla group, known by its initials in Spanish as ELN".

The name after "known (by ...) as" is the actor named right before the comma: a mention of
another actor of the same type is merged into it (a knowledge-base actor keeps its entry), and
a name the recognizers missed (the acronym "ELN") becomes a mention of it wherever the
document writes it ("top ELN Commander", "the ELN").
"""

from __future__ import annotations

from spacy.tokens import Span

from .document import DocumentActors, MentionInfo
from .types import HOW_ALIAS, HOW_IN_NAME, PEOPLE

_GAP = 8   # the most words between "known" and "as" ("known by its initials in Spanish as")


def resolve_known_as(da: DocumentActors) -> None:
    """"X, (also) known as Y": Y names X (see the module's docstring)."""
    doc, words = da.doc, da.kb.lexicon.words_of
    for k in range(2, len(doc) - 2):
        if doc[k].lower_ != "known":
            continue
        j = k - 1
        while j > 0 and doc[j].lower_ in words("alias_adverb"):
            j -= 1
        if doc[j].text != ",":
            continue
        ends = {m.span.end: m for m in da.mentions if m.how != HOW_IN_NAME}
        e = j
        while e > 0 and e not in ends and doc[e - 1].lower_ in words("group_kind_word"):
            e -= 1   # "the National Liberation Army guerrilla group, known ..."
        named = ends.get(e)
        as_ = next((i for i in range(k + 1, min(k + 1 + _GAP, len(doc))) if doc[i].lower_ == "as"), None)
        if named is None or as_ is None or any(doc[i].text in ",." for i in range(k + 1, as_)):
            continue
        start = as_ + 2 if as_ + 2 < len(doc) and doc[as_ + 1].lower_ == "the" else as_ + 1
        other = next((m for m in da.mentions if m.span.start == start and m.how != HOW_IN_NAME), None)
        if other is not None:
            _merge(da, named.actor, other.actor)
        else:
            add_acronym_mentions(da, named.actor, start)


def _merge(da: DocumentActors, a: str, b: str) -> None:
    """Two actors of one type that the text says are one: the one without a knowledge-base
    entry goes into the other (none when both have one)."""
    pa, pb = da.protos.get(a), da.protos.get(b)
    if pa is None or pb is None or a == b or (pa.type in PEOPLE) != (pb.type in PEOPLE) \
            or (pa.type not in PEOPLE and pa.type != pb.type):
        return
    if pb.entry is None:
        da.merge(b, into=a)
    elif pa.entry is None:
        da.merge(a, into=b)


def add_acronym_mentions(da: DocumentActors, actor: str, start: int) -> None:
    """An acronym no recognizer took ("ELN") names ``actor`` wherever the document writes it."""
    doc = da.doc
    token = doc[start]
    if not (token.text.isupper() and token.is_alpha and len(token.text) >= 2):
        return
    taken = {i for m in da.mentions for i in range(m.span.start, m.span.end)}
    for t in doc:
        if t.text == token.text and t.i not in taken:
            da.mentions.append(MentionInfo(actor, Span(doc, t.i, t.i + 1), t.text, HOW_ALIAS))
