"""Rule tests of :mod:`kg.actors.repeats`: a name the document resolved, written again where
the NER left it, is a mention of the same actor (hand-built parses)."""

from __future__ import annotations

from actor_records import doc_actors

TEXT = """
    Fighting      NOUN   nsubj     spread        lemma=fighting
    spread        VERB   ROOT      spread
    in            ADP    prep      spread
    Amhara        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     spread
    Amhara        PROPN  nsubj     was
    was           AUX    ROOT      was           lemma=be
    calm          ADJ    acomp     was
    ,             PUNCT  punct     was
    said          VERB   parataxis was           lemma=say
    the           DET    det       Council
    Amhara        PROPN  compound  Council
    Regional      PROPN  compound  Council
    Council       PROPN  nsubj     said
    .             PUNCT  punct     was
"""


def test_a_resolved_name_written_again_is_a_mention_of_it(kb):
    da = doc_actors(TEXT, kb)
    starts = sorted(m.span.start for m in da.mentions if m.actor == "amhara")
    assert starts == [3, 5]      # not the "Amhara" of "the Amhara Regional Council"


def test_the_repeat_is_marked_as_such(kb):
    da = doc_actors(TEXT, kb)
    assert [m.how for m in da.mentions if m.actor == "amhara" and m.span.start == 5] == ["repeat"]


def test_a_known_persons_short_form_written_again_is_that_person(kb):
    # "Kiir" (no alias of Salva Kiir Mayardit's) written again where the NER left it
    da = doc_actors("""
    Salva         PROPN  compound  Mayardit                         [PERSON salva-kiir-mayardit#name
    Kiir          PROPN  compound  Mayardit
    Mayardit      PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Kiir          PROPN  nsubj     left                             [PERSON]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    Forces        NOUN   nsubj     fled          lemma=force tag=NNS
    loyal         ADJ    amod      Forces
    to            ADP    prep      loyal
    Kiir          PROPN  pobj      to
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    """, kb)
    assert sorted(m.span.start for m in da.mentions if m.actor == "salva-kiir-mayardit") == [0, 5, 11]
