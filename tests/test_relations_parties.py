"""Tests for "all parties" / "all sides" (``party_determiner``,
:func:`kg.relations.anaphora.plural_description`): the sides of the article's conflict, as "both
sides" are (GUIDELINES, convention 2); "all countries" names no states. See
``tests/relation_helpers.py``."""

from __future__ import annotations

from relation_helpers import events, relations

WAR_THEN = """
    The           DET    det       war
    war           NOUN   nsubj     killed
    between       ADP    prep      war
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    killed        VERB   ROOT      killed        lemma=kill
    thousands     NOUN   dobj      killed        tag=NNS
    .             PUNCT  punct     killed
    Qatar         PROPN  nsubj     urged                            [GPE qatar#name]
    urged         VERB   ROOT      urged         lemma=urge
    all           DET    det       {noun}
    {noun:13} NOUN   dobj      urged         lemma={lemma} tag=NNS
    to            PART   aux       show
    show          VERB   xcomp     urged         tag=VB
    restraint     NOUN   dobj      show
    .             PUNCT  punct     urged
    """

WAR = {("israel", "ASSAULT", "hamas", True)}


def test_all_parties_are_the_sides_of_the_conflict(kb):
    spec = WAR_THEN.format(noun="parties", lemma="party")
    assert events(relations(spec, kb)) == WAR | {("qatar", "REQUEST", "israel", True), ("qatar", "REQUEST", "hamas", True)}


def test_all_countries_name_no_states(kb):
    spec = WAR_THEN.format(noun="countries", lemma="country")
    assert events(relations(spec, kb)) == WAR
