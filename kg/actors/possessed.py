"""Bodies named with their owner's possessive: "Iran's Islamic Revolutionary Guard Corps",
"China's Eastern Theater Command", "South Korea's Joint Chiefs of Staff", "Ethiopia's Fana
media", "Taiwan's Defense Ministry" (GUIDELINES convention 7: possessive names count).

The possessor must be a state or group the text names right before the "'s", and the body
one of it: a knowledge-base body whose parents lead to the possessor (the text says whose
it is, the knowledge base that it is a body and not, as in "Lebanon's Hezbollah" or
"Nigeria's Boko Haram", a group of its own in the country), or a new name whose last word
is a body's noun ("Command", "Staff", "Ministry", "media"). A body linked already, a person
("Russia's Putin", convention 9) and a place ("Sudan's Darfur") are left alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .document import DocumentActors, Institution, MentionInfo
from .institutions import institution_role_and_name
from .names import PARTICLES_OF_NAME
from .types import AGENTS, GROUP, HOW_INSTITUTION

CLAUSE_POS = frozenset({"VERB", "AUX"})


def find_possessed_bodies(da: DocumentActors) -> None:
    """"Iran's Islamic Revolutionary Guard Corps" -> the IRGC is affiliated with Iran (role:
    the body's name as written, lower case)."""
    linked = {i.group for i in da.institutions}
    for m in list(da.mentions):
        if m.actor in linked or m.how == HOW_INSTITUTION or da.protos[m.actor].type != GROUP:
            continue
        owner = _possessor(da, m)
        if owner is None or owner == m.actor or not _body_of(da, m, owner):
            continue
        role = (m.span[1:] if m.span[0].lower_ == "the" else m.span).text.lower()
        if da.protos[m.actor].entry is None and da.doc[m.span.start - 1].text in PARTICLES_OF_NAME:
            _name_with_owner(da, m, owner)
        da.institutions.append(Institution(m.actor, owner, role, m.span))
        linked.add(m.actor)


def _name_with_owner(da: DocumentActors, m: MentionInfo, owner: str) -> None:
    """A new body is named with its owner, as the text writes it ("Taiwan's Defense Ministry",
    named "Taiwan Defense Ministry"), like the bodies of :mod:`kg.actors.institutions`."""
    start = next(o.span.start for o in da.mentions if o.actor == owner and o.span.end == m.span.start - 1)
    span = Span(da.doc, start, m.span.end, label="ORG")
    _, name = institution_role_and_name(da.doc, da.doc[start:m.span.start - 1], span[-1])
    da.mentions.append(MentionInfo(m.actor, span, span.text, m.how))
    da.protos[m.actor].name = name


def _possessor(da: DocumentActors, m: MentionInfo) -> str | None:
    """The state or group whose name ends right before the "'s" that opens ``m``, or that a
    possessive pronoun before it stands for (:func:`_pronoun_owner`)."""
    k = m.span.start - 1
    if k >= 0 and da.doc[k].dep_ == "poss" and da.doc[k].lower_ in da.kb.lexicon.words_of("group_possessive"):
        return _pronoun_owner(da, da.doc[k])
    if k < 1 or da.doc[k].text not in PARTICLES_OF_NAME:
        return None
    for o in da.mentions:
        if o.span.end == k and o.how != HOW_INSTITUTION and da.protos[o.actor].type in AGENTS:
            return o.actor
    return None


def _pronoun_owner(da: DocumentActors, pron: Token) -> str | None:
    """The state or group "its" or "their" stands for: the subject of the clause it is in
    ("Islamic State claimed the attack via its Amaq news agency"; "Ansar Dine, which said its
    Macina Battalion staged the raid": the name the relative clause hangs on)."""
    verb, subject = pron, None
    while subject is None and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in CLAUSE_POS:   # the first clause whose subject is not the body itself
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                            and pron not in c.subtree), None)
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    return next((o.actor for o in da.mentions if o.span.start <= subject.i < o.span.end
                 and o.how != HOW_INSTITUTION and da.protos[o.actor].type in AGENTS), None)


def _body_of(da: DocumentActors, m: MentionInfo, owner: str) -> bool:
    """Whether the group of ``m`` is a body of ``owner``: its knowledge-base parents lead to
    the owner, or, a new name, it ends with a body's noun."""
    entry = da.protos[m.actor].entry
    if entry is not None:
        seen, parent = set(), entry.parent
        while parent and parent not in seen:
            if parent == owner:
                return True
            seen.add(parent)
            up = da.kb.entries.get(parent)
            parent = (up.parent or up.country) if up is not None else None
        return False
    words = da.kb.lexicon.words_of
    last = m.span[-1].lower_
    two = " ".join(t.lower_ for t in m.span[-2:])
    return last in words("institution") or two in words("institution") or last in words("possessed_body_word") \
        or last in words("unit_word")
