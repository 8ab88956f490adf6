"""A definite event noun as the object of a speech act stands for the event's agent
(``anaphora.event_anaphor``): "Lebanon condemned the drills" after "Israel ends military drills
around Lebanon" -> Lebanon ACCUSE Israel (the same noun named with its agent, the subject of a light
or ending verb); "criticised the exercises" -> the agent of the last event of the
noun's frame (MOBILIZE) when the same noun was not named before."""

from __future__ import annotations

from relation_helpers import events, relations

DRILLS = """
    Israel         PROPN  nsubj      ends           lemma=Israel tag=NNP     [GPE israel#name]
    ends           VERB   ROOT       ends           lemma=end tag=VBZ
    military       ADJ    amod       drills         tag=JJ
    drills         NOUN   dobj       ends           lemma=drill tag=NNS
    around         ADP    prep       drills         tag=IN
    Lebanon        PROPN  pobj       around         lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      ends           tag=.
    Lebanon        PROPN  nsubj      condemned      lemma=Lebanon tag=NNP    [GPE lebanon#name]
    condemned      VERB   ROOT       condemned      lemma=condemn tag=VBD
    the            DET    det        drills@2       tag=DT
    drills         NOUN   dobj       condemned      lemma=drill tag=NNS
    .              PUNCT  punct      condemned      tag=.
"""

# no earlier "exercises": the agent of the last event of the noun's frame (MOBILIZE)
EXERCISES = """
    Israel         PROPN  nsubj      held           lemma=Israel tag=NNP     [GPE israel#name]
    held           VERB   ROOT       held           lemma=hold tag=VBD
    drills         NOUN   dobj       held           lemma=drill tag=NNS
    near           ADP    prep       drills         tag=IN
    Lebanon        PROPN  pobj       near           lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      held           tag=.
    China          PROPN  nsubj      criticised     lemma=China tag=NNP      [GPE china#name]
    criticised     VERB   ROOT       criticised     lemma=criticise tag=VBD
    the            DET    det        exercises      tag=DT
    exercises      NOUN   dobj       criticised     lemma=exercise tag=NNS
    .              PUNCT  punct      criticised     tag=.
"""


def test_a_speech_act_on_a_definite_event_noun_targets_its_agent(kb):
    assert ("lebanon", "ACCUSE", "israel", True) in events(relations(DRILLS, kb))


def test_an_event_noun_not_named_before_targets_the_last_agent_of_its_kind(kb):
    assert events(relations(EXERCISES, kb)) == {("israel", "MOBILIZE", "lebanon", True),
                                                 ("china", "ACCUSE", "israel", True)}
