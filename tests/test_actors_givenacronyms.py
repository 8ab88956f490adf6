"""Rule tests of :mod:`kg.actors.givenacronyms`: capitals the text gives a group's name in
brackets or after ", or" name that group ("the National Liberation Army (ELN)", "the
National Liberation Army, or ELN,"), whatever language their letters spell.

Cases are hand-built parses (see ``tests/actor_records.py``), from fresh reports
(``/work/fresh/A12/``)."""

from __future__ import annotations

from actor_records import doc_actors


def _names(da) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in da.mentions:
        out.setdefault(m.actor, set()).add(m.text)
    return out


# "Eight members of the National Liberation Army (ELN) died. The ELN said ..."
_BRACKETED = """
Eight         NUM    nsubj     died
members       NOUN   pobj      Eight         lemma=member tag=NNS
of            ADP    prep      members
the           DET    det       Army
National      PROPN  compound  Army                             [ORG
Liberation    PROPN  compound  Army
Army          PROPN  pobj      of                               ]
(             PUNCT  punct     ELN
ELN           PROPN  appos     Army
)             PUNCT  punct     ELN
died          VERB   ROOT      died          lemma=die
.             PUNCT  punct     died
The           DET    det       ELN
ELN@2         PROPN  nsubj     said
said          VERB   ROOT      said          lemma=say
.             PUNCT  punct     said
"""


def test_bracketed_capitals_no_recognizer_took_name_the_group_everywhere(kb):
    da = doc_actors(_BRACKETED.replace("ELN@2 ", "ELN   "), kb)
    names = _names(da)
    group = next(a for a, texts in names.items() if "National Liberation Army" in texts)
    assert [m.span.start for m in da.mentions if m.actor == group and m.text == "ELN"] == [8, 13]


def test_capitals_after_comma_or_name_the_group(kb):
    # "members of the National Liberation Army, or ELN, attacked ..."
    da = doc_actors("""
    Members       NOUN   nsubj     attacked      lemma=member tag=NNS
    of            ADP    prep      Members
    the           DET    det       Army
    National      PROPN  compound  Army                             [ORG
    Liberation    PROPN  compound  Army
    Army          PROPN  pobj      of                               ]
    ,             PUNCT  punct     Army
    or            CCONJ  cc        Army
    ELN           PROPN  conj      Army
    ,             PUNCT  punct     Army
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       station
    station       NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    """, kb)
    group = next(a for a, texts in _names(da).items() if "National Liberation Army" in texts)
    assert {"National Liberation Army", "ELN"} == _names(da)[group]


def test_known_acronym_of_the_same_code_is_the_named_group(kb):
    # "the Revolutionary Armed Forces of Colombia (FARC)": two gazetteer entries, one body (COLREB)
    da = doc_actors("""
    Fighters      NOUN   nsubj     attacked      lemma=fighter tag=NNS
    from          ADP    prep      Fighters
    the           DET    det       Forces
    Revolutionary PROPN  compound  Forces       [ORG revolutionary-armed-forces-of-colombia#name
    Armed         PROPN  compound  Forces
    Forces        PROPN  pobj      from
    of            ADP    prep      Forces
    Colombia      PROPN  pobj      of                               ]
    (             PUNCT  punct     FARC
    FARC          PROPN  appos     Forces                           [ORG farc#name]
    )             PUNCT  punct     FARC
    attacked      VERB   ROOT      attacked      lemma=attack
    a             DET    det       patrol
    patrol        NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    """, kb)
    assert _names(da) == {"revolutionary-armed-forces-of-colombia": {"Revolutionary Armed Forces of Colombia", "FARC"}}


def test_the_acronym_written_as_another_name_elsewhere_is_the_group_too(kb):
    # "Two members of the Free Aceh Movement (GAM) died in the GAM stronghold of Bireuen":
    # the NER's own "GAM" there joins the group
    da = doc_actors("""
    Two           NUM    nsubj     died
    members       NOUN   pobj      Two           lemma=member tag=NNS
    of            ADP    prep      members
    the           DET    det       Movement
    Free          PROPN  compound  Movement     [ORG free-aceh-movement#name
    Aceh          PROPN  compound  Movement
    Movement      PROPN  pobj      of                               ]
    (             PUNCT  punct     GAM
    GAM           PROPN  appos     Movement
    )             PUNCT  punct     GAM
    died          VERB   ROOT      died          lemma=die
    in            ADP    prep      died
    the           DET    det       stronghold
    GAM@2         PROPN  compound  stronghold                       [ORG]
    stronghold    NOUN   pobj      in
    of            ADP    prep      stronghold
    Bireuen       PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     died
    """.replace("GAM@2 ", "GAM   "), kb)
    assert sorted(m.span.start for m in da.mentions if m.text == "GAM") == [8, 13]
    assert {m.actor for m in da.mentions if m.text == "GAM"} == {"free-aceh-movement"}


def test_mixed_case_brackets_are_no_acronym(kb):
    # "the Western Mindanao Command (Westmincom)": not capitals, left alone
    da = doc_actors("""
    The           DET    det       Command
    Western       PROPN  compound  Command                          [ORG
    Mindanao      PROPN  compound  Command
    Command       PROPN  nsubj     said                             ]
    (             PUNCT  punct     Westmincom
    Westmincom    PROPN  appos     Command
    )             PUNCT  punct     Westmincom
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(_names(da).values()) == [{"Western Mindanao Command"}]
