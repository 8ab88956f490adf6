"""Whether a coordination of names sets them against each other or side by side.

"both sides", "the parties" stand for the sides of the article's conflict
(:meth:`kg.relations.discourse.Discourse.sides`), which the last coordination of states or
groups usually names ("talks between Iran and the US", "Israel and Hamas agreed a truce").
A coordination whose members did one thing together to a third party names partners,
no pair of sides: "talks in Moscow with Russia and Turkey urging the rivals to sign a
truce ... Forces loyal to both sides have been battling" are not Russia and Turkey
(:func:`acted_together`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Lexicon

MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})   # "Russian and Turkish envoys urged ..."
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def acted_together(first: Token, lex: Lexicon) -> bool:
    """Whether the coordination whose first member is ``first`` is the subject (itself, or as
    the modifiers of the subject: "Russian and Turkish envoys") of a verb that takes a direct
    object of its own: "with Russia and Turkey urging the rivals to sign" (the two urged a
    third party together). Not a verb its subjects do to each other (a ``mutual`` frame, a
    ``symmetric_predicate``, a ``reciprocal_verb``: "X and Y signed a deal", "exchanged
    fire"), nor an object that is the mutual event ("held talks", ``symmetric_noun``) or
    "each other" (``reciprocal_object``)."""
    n = first.head if first.dep_ in MODIFIER_DEPS and first.head.i > first.i else first
    if n.dep_ not in SUBJECT_DEPS or n.head.pos_ != "VERB":
        return False
    v = n.head
    lemma = v.lemma_.lower()
    symmetric = lex.words_of("symmetric_predicate")
    if lemma in lex.words_of("reciprocal_verb") or any(
            f.mutual or (f.predicate or "").lower() in symmetric for f in lex.verbs.get(lemma, ())):
        return False
    objects = [c for c in v.children if c.dep_ in OBJECT_DEPS]
    return bool(objects) and not any(_mutual_object(o, lex) for o in objects)


def _mutual_object(o: Token, lex: Lexicon) -> bool:
    """Whether object ``o`` is the event the subjects share ("talks", ``symmetric_noun``) or
    "each other", "one another" (``reciprocal_object``)."""
    nouns = lex.words_of("symmetric_noun")
    if o.lemma_.lower() in nouns or o.lower_ in nouns:
        return True
    phrases = lex.words_of("reciprocal_object")
    return any(f"{d.lower_} {o.lower_}" in phrases for d in o.children if d.dep_ == "det")
