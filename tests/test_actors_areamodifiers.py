"""Rule tests of :mod:`kg.actors.areamodifiers`: a continent or ocean written only to describe
a noun ("the Indian Ocean island", "Arab and African countries") is no actor.

Cases are hand-built parses (see ``tests/actor_records.py``), from fresh reports."""

from __future__ import annotations

from actor_records import doc_actors


def _actors(da) -> set[str]:
    return {m.actor for m in da.mentions}


def test_an_ocean_describing_an_island_is_no_actor(kb):
    # "... the crisis in the Indian Ocean island in which at least 135 people have been killed"
    da = doc_actors("""
    The           DET    det       crisis
    crisis        NOUN   ROOT      crisis
    in            ADP    prep      crisis
    the           DET    det       island
    Indian        PROPN  compound  Ocean                            [LOC indian-ocean#name
    Ocean         PROPN  compound  island                           ]
    island        NOUN   pobj      in
    .             PUNCT  punct     crisis
    """, kb)
    assert "indian-ocean" not in _actors(da)


def test_a_demonym_conjunct_describing_countries_is_no_actor(kb):
    # "... appreciated the mediation efforts of Arab and African countries"
    da = doc_actors("""
    Khartoum      PROPN  nsubj     appreciated                      [GPE sudan#capital]
    appreciated   VERB   ROOT      appreciated   lemma=appreciate
    the           DET    det       efforts
    efforts       NOUN   dobj      appreciated   lemma=effort tag=NNS
    of            ADP    prep      efforts
    Arab          ADJ    amod      countries
    and           CCONJ  cc        Arab
    African       ADJ    conj      Arab                             [NORP africa#demonym]
    countries     NOUN   pobj      of            lemma=country tag=NNS
    .             PUNCT  punct     appreciated
    """, kb)
    assert "africa" not in _actors(da)


def test_an_ocean_where_something_happens_stays(kb):
    # "The missile splashed down in the Indian Ocean."
    da = doc_actors("""
    The           DET    det       missile
    missile       NOUN   nsubj     splashed
    splashed      VERB   ROOT      splashed      lemma=splash
    down          ADP    prt       splashed
    in            ADP    prep      splashed
    the           DET    det       Ocean
    Indian        PROPN  compound  Ocean                            [LOC indian-ocean#name
    Ocean         PROPN  pobj      in                               ]
    .             PUNCT  punct     splashed
    """, kb)
    assert "indian-ocean" in _actors(da)
