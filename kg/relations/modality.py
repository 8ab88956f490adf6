"""Modality and attribution: whether a relation's trigger is asserted, and who says so.

:func:`modality` reads the trigger's clause and the verbs above it: negation
("did not attack", "no talks"), modals and conditionals ("would", "if"), the
future ("will", "plans to"), refusal ("refused to meet"), demand ("urged Israel to
withdraw") and allegation ("accused X of firing"). :func:`source` finds the actor
a reported event is attributed to ("Israel said it struck ..." -> Israel). The
words are the lists of ``ontology/lexicon/words.tsv`` named below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .arguments import actors
from .discourse import Discourse
from .grammar import INFINITIVE, SUBJ_DEPS

if TYPE_CHECKING:
    from ..actors import DocumentActors

_AUX_DEPS = frozenset({"aux", "auxpass"})
#: the links modality climbs from a trigger to the verb governing it
_GOVERNED = frozenset({"xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj"})
_COMPLEMENT = frozenset({"xcomp", "ccomp"})
_REPORTED = frozenset({"ccomp", "parataxis", "advcl", "conj", "xcomp"})


def modality(trigger: Token, words: Callable[[str], frozenset[str]]) -> str:
    """negated | hypothetical | future | demanded | alleged | asserted, from the trigger's clause."""
    own = _own_modality(trigger, words)
    if own:
        return own
    # "refused to meet", "urged Israel to withdraw", "plans to attack", "was due to pass"
    cur, steps = trigger, 0
    while cur.dep_ in _GOVERNED and steps < 4:
        head = cur.head
        governed = _governed_modality(cur, head, words)
        if governed:
            return governed
        if cur.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in words("hypothetical") for c in cur.children):
                return "hypothetical"
            if not any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in cur.children):
                break   # a finite adverbial clause stands on its own; "to ..." goes on up
        if cur.dep_ == "ccomp":
            break
        cur, steps = head, steps + 1
    return "asserted"


def _own_modality(t: Token, words: Callable[[str], frozenset[str]]) -> str | None:
    """The modality the trigger's own dependents give: "not", "no" (``negation``), a modal
    or conditional (``hypothetical``), "will" (``future``)."""
    negation = words("negation")
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in negation):
            return "negated"
    for c in t.children:
        if c.dep_ in _AUX_DEPS and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if c.dep_ == "mark" and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if c.dep_ in _AUX_DEPS and c.lower_ in words("future"):
            return "future"
    return None


def _governed_modality(cur: Token, head: Token, words: Callable[[str], frozenset[str]]) -> str | None:
    """The modality the word governing ``cur`` gives it: a negated or refusal verb, a
    demand ("urged X to", ``demand``; "demanded that", ``demand_that``), a future verb, an
    allegation ("accused X of", ``allegation`` + ``allegation_prep``)."""
    lemma = head.lemma_.lower()
    if cur.dep_ in _COMPLEMENT or head.pos_ == "ADJ":
        if any(c.dep_ == "neg" for c in head.children) and cur.dep_ == "xcomp":
            return "negated"
        if lemma in words("refusal"):
            return "negated"
        if cur.dep_ == "xcomp" and lemma in words("demand"):
            return "demanded"      # "urged Israel to withdraw"
        if cur.dep_ == "ccomp" and lemma in words("demand_that"):
            return "demanded"      # "demanded that Israel withdraw"
        if lemma in words("future"):
            return "future"
    if cur.dep_ in ("pcomp", "pobj") and head.lower_ in words("allegation_prep") and (
            head.head.lemma_.lower() in words("allegation") or
            (head.head.dep_ in ("dobj", "pobj") and head.head.head.lemma_.lower() in words("allegation"))):
        return "alleged"   # "accused X of firing", "accused Armenian forces of firing"
    return None


def source(trigger: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a reported event is attributed to: "Israel said it struck ..." -> Israel
    (the subject of the ``report_verb`` above the trigger)."""
    report = da.kb.lexicon.words_of("report_verb")
    cur, steps = trigger, 0
    while cur.head.i != cur.i and steps < 6:
        head = cur.head
        if cur.dep_ in _REPORTED and head.lemma_.lower() in report:
            subj = [c for c in head.children if c.dep_ in SUBJ_DEPS]
            got = actors(subj[0], "subj", da, ds) if subj else []
            return got[0] if got else None
        cur, steps = head, steps + 1
    return None
