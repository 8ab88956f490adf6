"""Pronouns whose antecedent is read from the clause they stand in rather than the last mention.

* "his", "her" before a noun ("his visit to Moscow", "her talks with Putin"): the person subject
  of its clause or of a clause above it ("Erdogan said his talks with Putin ..."), else the last
  person named (:func:`person_possessor`), "his" none named or titled as a woman (:func:`titled_female`);
* "they" as a subject outside reported speech: the plural subject just before it ("The Houthis
  fired ... They also attacked", :func:`plural_antecedent`);
* "them" as an object: the states or groups named together, or under a plural name, before it in
  its sentence ("accused the US and Japan of ... and urged them to stop", :func:`plural_object`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import is_party, is_person
from .coreference import clause_subject
from .discourse import SUBJECT_DEPS, Discourse
from .grammar import MODIFIER_DEPS, RELATIVE_TAGS, previous_sentence_start

if TYPE_CHECKING:
    from ..actors import DocumentActors

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_CONTROLLED_DEPS = frozenset({"xcomp", "advcl", "pcomp"})   # clauses whose subject is the one above


def person_possessor(pron: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The person a possessive "his", "her" (``person_pronoun``) before an event noun (one of
    ``nouns.tsv``: "his visit", "her talks") stands for: the person subject of
    its clause or of the clauses above it, else the last person named before it other than the
    event's other arguments ("his talks with Putin"); ``None`` when
    ``pron`` is no such possessive or no person is known."""
    lex = da.kb.lexicon
    if pron.dep_ != "poss" or pron.lower_ not in lex.words_of("person_pronoun") \
            or pron.head.lemma_.lower() not in lex.nouns:
        return None     # "his government", "his counterpart": no event of his
    # not the event's other party: "His talks with Putin come as ..." is not Putin's
    others = {a for u in pron.head.subtree if u.i != pron.i for a in ds.actors_at(u.i)}
    masculine = pron.lower_ in lex.words_of("masculine_pronoun")   # "his" stands for no woman

    def fits(a: str) -> bool:
        return is_person(a, da) and not (masculine and titled_female(a, da, ds))
    return clause_subject(pron, da, ds, want=fits) or ds.last_actor(pron.i, lambda a: fits(a) and a not in others)


def titled_female(a: str, da: DocumentActors, ds: Discourse) -> bool:
    """Whether person ``a`` is named or titled as a woman (``female_title``: "The visiting President,
    accompanied by First Lady Ana Dias Lourenço, ... during his visit": his is not hers)."""
    marks = da.kb.lexicon.words_of("female_title")
    name = f" {da.protos[a].name.lower()} " if a in da.protos else ""
    return any(f" {w} " in name for w in marks) or any(
        w in (role or "").lower().split() or w == (role or "").lower() for role, _ in ds.titles(a) for w in marks)


def plural_antecedent(t: Token, da: DocumentActors, reporter: Token | None = None) -> Token | None:
    """"The Houthis fired missiles at Israel. They also attacked ships": the subject a "they"
    (``plural_pronoun``) subject outside reported speech continues, when unambiguous: the last
    clause subject before it, in its sentence or the one before, if that subject is plural ("the
    Houthis", "Israeli forces", "Russia and Belarus") and no pronoun itself. ``None`` when the
    last subject is singular ("Israel said ... They"), another plural subject is as near ("Residents
    said troops entered ... They"), or none is that near. The one ``reporter`` saying the clause
    ("He said that they had taken Merawi") is no candidate."""
    if t.dep_ not in SUBJECT_DEPS or t.lower_ not in da.kb.lexicon.words_of("plural_pronoun"):
        return None
    start = previous_sentence_start(t)
    subjects = [u for u in t.doc[start:t.i] if u.dep_ in SUBJECT_DEPS and u != reporter]
    if not subjects or subjects[-1].pos_ == "PRON" or subjects[-1].tag_ in RELATIVE_TAGS:
        return None
    plural = [u for u in subjects if u.tag_ in PLURAL_TAGS or u.conjuncts]
    # the last subject, and the one plural subject near ("Residents said troops entered ... They" is open)
    return plural[0] if len(plural) == 1 and plural[0] is subjects[-1] else None


def plural_object(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The states and groups a "them" object (``plural_pronoun``) stands for: the nearest before it
    in its sentence named together ("the US and Japan"), under a plural name or as a group ("the Houthis"), not
    its own clause's subject ("the Houthis vowed to retaliate against them" is not the Houthis),
    past the single actors between ("the US and Japan of smearing China and urged them"); [] when
    there is none."""
    if t.dep_ not in _OBJECT_DEPS or t.lower_ not in da.kb.lexicon.words_of("plural_pronoun"):
        return []
    verb = t.head.head if t.dep_ == "pobj" else t.head
    while verb.dep_ in _CONTROLLED_DEPS and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head      # "the Houthis vowed to retaliate against them": the subject above
    own = {a for c in verb.children if c.dep_ in SUBJECT_DEPS for x in (c, *c.conjuncts) for a in ds.actors_at(x.i)}
    for m in ds.before(t.i):
        root = m.span.root
        if m.span.start < t.sent.start:
            break
        if m.actor in own or not is_party(m.actor, da) or root.dep_ in MODIFIER_DEPS or m.how == "in_name":
            continue
        first = root.head if root.dep_ == "conj" else root
        members = [a for x in (first, *first.conjuncts) for a in ds.actors_at(x.i) if is_party(a, da)]
        if len(members) >= 2 and not own & set(members):
            return list(dict.fromkeys(members))
        if root.tag_ in PLURAL_TAGS or da.type_of(m.actor) == "Group":   # "the Houthis", "Hamas": a collective
            return [m.actor]
    return []
