"""Rule tests of :mod:`kg.actors.knownas`: "X, also known as Y" and "the X group, known by
its initials as Y" make Y a name of X.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

from actor_records import doc_actors


def _names(da) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in da.mentions:
        out.setdefault(m.actor, set()).add(m.text)
    return out


def test_also_known_as_merges_two_persons(kb):
    da = doc_actors("""
    Juan          PROPN  compound  Perez                            [PERSON
    Perez         PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Perez
    also          ADV    advmod    known
    known         VERB   acl       Perez
    as            ADP    prep      known
    Antonio       PROPN  compound  Garcia                           [PERSON
    Garcia        PROPN  pobj      as                               ]
    ,             PUNCT  punct     Perez
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert {"Juan Perez", "Antonio Garcia"} in list(_names(da).values())


def test_known_by_its_initials_as_an_acronym_names_the_group_everywhere(kb):
    da = doc_actors("""
    The           DET    det       group
    Popular       PROPN  compound  Front                            [ORG
    Front         PROPN  compound  group                            ]
    guerrilla     NOUN   compound  group
    group         NOUN   nsubj     attacked
    ,             PUNCT  punct     group
    known         VERB   acl       group
    by            ADP    agent     known
    its           PRON   poss      initials
    initials      NOUN   pobj      by            lemma=initial tag=NNS
    as            ADP    prep      known
    PFL           PROPN  pobj      as
    ,             PUNCT  punct     group
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       town
    town          NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    The           DET    det       commander
    PFL           PROPN  compound  commander
    commander     NOUN   nsubj     fled
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    """, kb)
    names = _names(da)
    group = next(a for a, texts in names.items() if "Popular Front" in texts)
    assert [m.span.start for m in da.mentions if m.actor == group and m.text == "PFL"] == [11, 18]


def test_no_comma_no_other_name(kb):
    # "the man known as Garcia": no name before a comma, nothing merged
    da = doc_actors("""
    Juan          PROPN  compound  Perez                            [PERSON
    Perez         PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    a             DET    det       man
    man           NOUN   dobj      met
    known         VERB   acl       man
    as            ADP    prep      known
    Antonio       PROPN  compound  Garcia                           [PERSON
    Garcia        PROPN  pobj      as                               ]
    .             PUNCT  punct     met
    """, kb)
    assert len(_names(da)) == 2
