"""Tests for which pair "the two countries" stands for when the parse coordinated no two names
before it (:func:`kg.relations.pairref.last_pair`): the pair the text set in relation, read as
the states its members speak for, not two states last named in passing (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, reading, relations, token

from kg.relations.anaphora import plural_description

# "Ukrainian President Zelensky met French President Macron. They met in Germany, China's agency said. The contact between the two
# countries ...": the two countries are Ukraine and France, not Germany and China
IN_PASSING = """
    Ukrainian     ADJ    amod      Zelensky                         [NORP ukraine#demonym]
    President     PROPN  compound  Zelensky
    Zelensky      PROPN  nsubj     met                              [PERSON volodymyr-zelensky#alias]
    met           VERB   ROOT      met           lemma=meet
    French        ADJ    amod      Macron                           [NORP france#demonym]
    President     PROPN  compound  Macron
    Macron        PROPN  dobj      met                              [PERSON emmanuel-macron#alias]
    .             PUNCT  punct     met
    They          PRON   nsubj     met@2
    met           VERB   ccomp     said          lemma=meet
    in            ADP    prep      met@2
    Germany       PROPN  pobj      in                               [GPE germany#name]
    ,             PUNCT  punct     said
    China         PROPN  poss      agency                           [GPE china#name]
    's            PART   case      China
    agency        NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    The           DET    det       contact
    contact       NOUN   nsubj     was
    between       ADP    prep      contact
    the           DET    det       countries
    two           NUM    nummod    countries     tag=CD
    countries     NOUN   pobj      between       lemma=country tag=NNS
    was           AUX    ROOT      was           lemma=be
    brief         ADJ    acomp     was
    .             PUNCT  punct     was
    """


def test_the_pair_set_in_relation_not_two_named_in_passing(kb):
    da, ds = reading(IN_PASSING, kb)
    ds.set_in_relation("volodymyr-zelensky", "emmanuel-macron", token(da, "met"))
    assert plural_description(token(da, "countries"), da, ds) == ["ukraine", "france"]


def test_the_last_two_named_when_no_pair_was_set_in_relation(kb):
    da, ds = reading(IN_PASSING, kb)
    assert plural_description(token(da, "countries"), da, ds) == ["germany", "china"]


def test_the_contact_is_between_the_pair_met(kb):
    got = events(relations(IN_PASSING, kb))
    assert ("germany", "CONSULT", "china", True) not in got
    assert {("ukraine", "CONSULT", "france", True)} <= got or {("france", "CONSULT", "ukraine", True)} <= got
