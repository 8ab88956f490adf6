"""Rule tests for :mod:`kg.relations.settlement`: an outsider's effort to settle the article's
conflict or to revive its talks is MEDIATE between the article's parties (GUIDELINES, convention
12; tests/realnews/README.md: "seeking to revive negotiations"), on hand-built parses (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

WAR = """
    Russia        PROPN  nsubj     attacked                         [GPE russia#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Ukraine       PROPN  dobj      attacked                         [GPE ukraine#name]
    .             PUNCT  punct     attacked
"""
WAR_SIDES = {("russia", "ASSAULT", "ukraine", True)}
IRAN_WAR = """
    Iran          PROPN  nsubj     struck                           [GPE iran#name]
    struck        VERB   ROOT      struck        lemma=strike
    Israel        PROPN  dobj      struck                           [GPE israel#name]
    .             PUNCT  punct     struck
"""
IRAN_WAR_SIDES = {("iran", "ASSAULT", "israel", True)}


def seeking(agent: str, agent_id: str, label: str = "GPE", obj: str = "war", extra: str = "") -> str:
    """"<agent> is seeking to end the <obj> <extra>."."""
    return f"""
    {agent:13} PROPN  nsubj     seeking                          [{label} {agent_id}#name]
    is            AUX    aux       seeking       lemma=be
    seeking       VERB   ROOT      seeking       lemma=seek tag=VBG
    to            PART   aux       end
    end           VERB   xcomp     seeking       tag=VB
    the           DET    det       {obj}
    {obj:13} NOUN   dobj      end
    {extra}
    .             PUNCT  punct     seeking
    """


SETTLEMENT = [
    pytest.param(WAR + seeking("Turkey", "turkey"),
                 WAR_SIDES | {("turkey", "MEDIATE", "russia", True), ("turkey", "MEDIATE", "ukraine", True)},
                 id="outsider-seeking-to-end-the-war"),
    # a side of the war ends its own war: no mediation
    pytest.param(WAR + seeking("Russia", "russia"), WAR_SIDES, id="a-party-is-no-mediator"),
    # no parties known before: nothing
    pytest.param(seeking("Turkey", "turkey"), set(), id="no-parties-no-mediation"),
    # one's own dispute: "end the dispute with Greece"
    pytest.param(WAR + seeking("Turkey", "turkey", obj="dispute", extra="""
    with          ADP    prep      dispute
    Greece        PROPN  pobj      with                             [GPE greece#name]
    """), WAR_SIDES, id="own-dispute"),
    # the aim said, not done: "Turkey ended the war" is no effort of mediation
    pytest.param(WAR + """
    Turkey        PROPN  nsubj     ended                            [GPE turkey#name]
    ended         VERB   ROOT      ended         lemma=end
    the           DET    det       war
    war           NOUN   dobj      ended
    .             PUNCT  punct     ended
    """, WAR_SIDES, id="no-effort"),
    # a relative clause on an envoy; a way to settle on a trip
    pytest.param(WAR + """
    Erdogan       PROPN  nsubj     took                             [PERSON]
    took          VERB   ROOT      took          lemma=take
    a             DET    det       trip
    trip          NOUN   dobj      took
    ,             PUNCT  punct     took
    looking       VERB   advcl     took          lemma=look tag=VBG
    for           ADP    prep      looking
    a             DET    det       way
    way           NOUN   pobj      for
    to            PART   aux       settle
    settle        VERB   relcl     way           tag=VB
    the           DET    det       crisis
    crisis        NOUN   dobj      settle
    .             PUNCT  punct     took
    """, WAR_SIDES | {("erdogan", "MEDIATE", "russia", True),
                      ("erdogan", "MEDIATE", "ukraine", True)}, id="looking-for-a-way-to-settle"),
    # the agent is one of the parties named "between": no mediator
    pytest.param(seeking("Turkey", "turkey", obj="tensions", extra="""
    between       ADP    prep      tensions
    Turkey        PROPN  pobj      between                          [GPE turkey#name]
    ,             PUNCT  punct     Turkey@2
    Oman          PROPN  conj      Turkey@2                         [GPE oman#name]
    and           CCONJ  cc        Oman
    Cyprus        PROPN  conj      Oman                             [GPE cyprus#name]
    """), set(), id="a-party-named-between"),
    # a side of an earlier war is no mediator of another
    pytest.param(IRAN_WAR + WAR + seeking("Russia", "russia"), IRAN_WAR_SIDES | WAR_SIDES,
                 id="a-party-of-an-earlier-pair"),
    # the parties named in the next sentence
    pytest.param(seeking("Turkey", "turkey") + WAR,
                 WAR_SIDES | {("turkey", "MEDIATE", "russia", True), ("turkey", "MEDIATE", "ukraine", True)},
                 id="parties-named-after"),
    # ... unless the agent is one of them
    pytest.param(seeking("Turkey", "turkey") + """
    Turkey        PROPN  nsubj     accused                          [GPE turkey#name]
    and           CCONJ  cc        Turkey@2
    Oman          PROPN  conj      Turkey@2                         [GPE oman#name]
    accused       VERB   ROOT      accused       lemma=accuse
    Cyprus        PROPN  dobj      accused                          [GPE cyprus#name]
    .             PUNCT  punct     accused
    """, {("turkey", "ACCUSE", "cyprus", True), ("oman", "ACCUSE", "cyprus", True)}, id="a-party-named-after"),
    # two agents meeting to ease tensions are the parties of them, not mediators
    pytest.param(WAR + """
    Turkey        PROPN  nsubj     met                              [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Oman          PROPN  conj      Turkey                           [GPE oman#name]
    met           VERB   ROOT      met           lemma=meet
    to            PART   aux       try
    try           VERB   advcl     met           tag=VB
    to            PART   aux       ease
    ease          VERB   xcomp     try           tag=VB
    tensions      NOUN   dobj      ease          lemma=tension tag=NNS
    .             PUNCT  punct     met
    """, WAR_SIDES | {("turkey", "CONSULT", "oman", True)}, id="meeting-parties"),
    # an agent named by a personal pronoun is a guess: none
    pytest.param(WAR + """
    Turkey        PROPN  nsubj     spoke                            [GPE turkey#name]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    It            PRON   nsubj     seeking       tag=PRP
    is            AUX    aux       seeking       lemma=be
    seeking       VERB   ROOT      seeking       lemma=seek tag=VBG
    to            PART   aux       end
    end           VERB   xcomp     seeking       tag=VB
    the           DET    det       war
    war           NOUN   dobj      end
    .             PUNCT  punct     seeking
    """, WAR_SIDES, id="pronoun-agent"),
    # the purpose of a mission, not of any act
    pytest.param(WAR + """
    Erdogan       PROPN  nsubj     flew                             [PERSON]
    flew          VERB   ROOT      flew          lemma=fly
    to            ADP    prep      flew
    Doha          PROPN  pobj      to                               [GPE]
    to            PART   aux       settle
    settle        VERB   advcl     flew          tag=VB
    the           DET    det       crisis
    crisis        NOUN   dobj      settle
    .             PUNCT  punct     flew
    """, WAR_SIDES | {("erdogan", "MEDIATE", "russia", True), ("erdogan", "MEDIATE", "ukraine", True)},
        id="flew-to-settle"),
    pytest.param(WAR + """
    Turkey        PROPN  nsubj     led                              [GPE turkey#name]
    led           VERB   ROOT      led           lemma=lead
    a             DET    det       push
    push          NOUN   dobj      led
    to            PART   aux       revive
    revive        VERB   advcl     led           tag=VB
    talks         NOUN   dobj      revive        lemma=talk tag=NNS
    .             PUNCT  punct     led
    """, WAR_SIDES, id="advocacy-is-no-mission"),
]


@pytest.mark.parametrize("spec,expected", SETTLEMENT)
def test_settlement_effort(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
