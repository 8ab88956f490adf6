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
