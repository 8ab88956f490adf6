"""Tests for :mod:`kg.relations.index`: the candidate tokens of each rule."""

from __future__ import annotations

from relation_helpers import reading, token

from kg.relations.index import TokenIndex, lower_string

TEXT = """
    Iran          PROPN  nsubj     armed                            [GPE iran#name]
    armed         VERB   ROOT      armed         lemma=arm
    its           PRON   poss      Ally          tag=PRP$
    Ally          NOUN   dobj      armed         lemma=Ally
    Hezbollah     PROPN  appos     Ally                             [ORG hezbollah#name]
    .             PUNCT  punct     armed
    Qatar         PROPN  nsubj     told                             [GPE qatar#name]
    told          VERB   ROOT      told          lemma=tell
    civilians     NOUN   dobj      told          lemma=civilian tag=NNS
    to            PART   aux       leave
    leave         VERB   xcomp     told          tag=VB
    after         ADP    prep      leave
    the           DET    det       truce
    truce         NOUN   pobj      after
    backed        VERB   acl       truce         lemma=back tag=VBN
    by            ADP    agent     backed
    Egypt         PROPN  pobj      by                               [GPE egypt#name]
    .             PUNCT  punct     told
    """


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_each_rule_gets_the_tokens_it_could_fire_on(kb):
    da, _ = reading(TEXT, kb)
    index = TokenIndex.of(da.doc, kb.lexicon)
    doc = da.doc[0:len(da.doc)]
    assert _texts(index.tokens(doc, "clause")) == ["armed", "told", "leave", "backed"]
    assert _texts(index.tokens(doc, "participle")) == ["backed"]
    assert _texts(index.tokens(doc, "displacement_order")) == ["told"]
    assert _texts(index.tokens(doc, "alliance")) == ["Ally"]          # lemmas compared in lower case
    assert _texts(index.tokens(doc, "truce")) == ["truce"]
    assert "Hezbollah" in _texts(index.tokens(doc, "nominal_event")) and "armed" not in _texts(
        index.tokens(doc, "nominal_event"))


CALLS = """
    Qatar         PROPN  nsubj     renewed                          [GPE qatar#name]
    renewed       VERB   ROOT      renewed       lemma=renew
    its           PRON   poss      Calls         tag=PRP$
    Calls         NOUN   dobj      renewed       lemma=Call tag=NNS
    for           ADP    prep      Calls
    the           DET    det       President
    President     NOUN   pobj      for
    to            PART   aux       resign
    resign        VERB   acl       Calls         tag=VB
    .             PUNCT  punct     renewed
    """


def test_demand_nouns_and_titles_are_found_by_lemma_and_lower_case(kb):
    da, _ = reading(CALLS, kb)
    index = TokenIndex.of(da.doc, kb.lexicon)
    doc = da.doc[0:len(da.doc)]
    assert _texts(index.tokens(doc, "demand_noun")) == ["Calls"]   # "call for": its first word, a noun
    assert _texts(index.tokens(doc, "title")) == ["President"]      # a title of roles.tsv, any case


def test_the_tokens_of_one_sentence(kb):
    da, _ = reading(TEXT, kb)
    index = TokenIndex.of(da.doc, kb.lexicon)
    first, second = list(da.doc.sents)
    assert _texts(index.tokens(first, "clause")) == ["armed"]
    assert _texts(index.tokens(second, "clause")) == ["told", "leave", "backed"]
    assert index.tokens(first, "no such rule") == []
    assert token(da, "told").i in index.wanted["clause"]


def test_an_empty_document_has_no_candidates(kb):
    da, _ = reading(".  PUNCT  ROOT  .", kb)
    assert TokenIndex.of(da.doc[0:0].as_doc(), kb.lexicon).wanted == {}


def test_lower_string_remembers_each_hash(kb):
    da, _ = reading(TEXT, kb)
    strings = da.doc.vocab.strings
    assert lower_string(strings["Ally"], strings) == "ally"
