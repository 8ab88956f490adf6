"""Rule tests of :mod:`kg.actors.titlebodies`: a known body named by its parent and one
capitalised institution noun, written before a capitalised title and a person's name, is
part of the title ("Egyptian Intelligence Minister Khalid Fawzi": Egypt's official).

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

from actor_records import actors, doc_actors

TITLE = """
    Egyptian      ADJ    amod      Minister                         [ORG general-intelligence-directorate#alias
    Intelligence  PROPN  compound  Minister                         ]
    Minister      PROPN  compound  Fawzi
    Khalid        PROPN  compound  Fawzi                            [PERSON
    Fawzi         PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    officials     NOUN   dobj      met           tag=NNS
    .             PUNCT  punct     met
    """


def test_a_body_inside_a_title_names_its_parent(kb):
    recs = actors(TITLE, kb)
    assert "general-intelligence-directorate" not in recs
    assert recs["egypt"].type == "State"
    da = doc_actors(TITLE, kb)
    assert [(m.actor, m.text) for m in da.mentions if m.span.start == 0] == [("egypt", "Egyptian")]
    assert not da.institutions


def test_the_body_acting_stays_a_body(kb):
    recs = actors("""
    Egyptian      ADJ    amod      Intelligence                     [ORG general-intelligence-directorate#alias
    Intelligence  PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     met
    met           VERB   ccomp     said          lemma=meet
    officials     NOUN   dobj      met           tag=NNS
    .             PUNCT  punct     said
    """, kb)
    assert recs["general-intelligence-directorate"].type == "Group"
