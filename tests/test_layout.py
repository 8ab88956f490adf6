"""Tests of :mod:`kg.layout`: the place and agency opening a report are found on the text,
split off the first sentence before parsing, and read as a place and a group."""

from __future__ import annotations

import pytest
import spacy
from actor_records import actors

from kg.layout import dateline_places, dateline_spans, mark_datelines

NLP = spacy.blank("en")


@pytest.mark.parametrize("body,dateline", [
    ("BEIRUT, Lebanon -- Hezbollah militants captured two soldiers.", "BEIRUT, Lebanon -- "),
    ("KABUL, Afghanistan (AP) \u2014 The Taliban launched an attack.", "KABUL, Afghanistan (AP) \u2014 "),
    ("SEOUL \u2014 North and South Korean ships exchanged fire.", "SEOUL \u2014 "),
    ("Lima : At least 19 people were killed.", "Lima : "),
    ("Dubai: Israel launched airstrikes.", "Dubai: "),
    ("VIENNA, April 05, /ITAR-TASS/. Co-chairmen met.", "VIENNA, April 05, /ITAR-TASS/. "),
    ("SANAA, Jan 25 (AFP) - Yemen's rebels said.", "SANAA, Jan 25 (AFP) - "),
    ("(Reuters) \u2013 South Sudan's military announced.", "(Reuters) \u2013 "),
    # a country of several words joined by "of" or "and"
    ("GOMA, Democratic Republic of Congo, Oct 25 (Reuters) - Congo's M23 rebels clashed.",
     "GOMA, Democratic Republic of Congo, Oct 25 (Reuters) - "),
    ("SARAJEVO, Bosnia and Herzegovina (AP) \u2014 Police detained two men.",
     "SARAJEVO, Bosnia and Herzegovina (AP) \u2014 "),
    # a date, or one word and a dash, mark a place written in lower case ("Gaza, MINA -": a country
    # slot the text alone cannot tell from an agency stays unread)
    ("Sanaa, May 18 - At least 18 civilians were killed.", "Sanaa, May 18 - "),
    ("Nairobi - President Lourenco of Angola was welcomed.", "Nairobi - "),
    ("Gaza, MINA \u2013 Hamas said.", None),
    # a place and a date before the agency mark a dateline without a dash
    ("Beirut, Sep 8 (AP) Government shelling of rebel-held areas killed four people.", "Beirut, Sep 8 (AP) "),
    ("Khartoum, Jan 9 (IANS) The Sudanese army said.", "Khartoum, Jan 9 (IANS) "),
    ("Ali Waal (AP) said nothing.", None),
    ("Sisi of Egypt and Biden talked.", None),
    ("Israel and Hamas have made progress.", None),
    ("Ali Waal \u2014 a senior police officer \u2014 said.", None),
    ("U.S. and Cuban diplomats talked.", None),
])
def test_dateline_spans(body, dateline):
    text = f"A headline\n\n{body}"
    found = [text[s:e] for s, e in dateline_spans(NLP.make_doc(text))]
    assert found == ([dateline] if dateline else [])


@pytest.mark.parametrize("body,places", [
    ("JOHANNESBURG, Aug 8 (Reuters) - Rwandan forces recaptured the town.", ["JOHANNESBURG"]),
    ("KABUL, Afghanistan (AP) \u2014 The Taliban launched an attack.", ["KABUL", "Afghanistan"]),
    ("(Reuters) \u2013 South Sudan's military announced.", []),
    ("In Borno: Gunmen ambushed a convoy.", ["Borno"]),
    ("Israel and Hamas have made progress.", []),
])
def test_dateline_places(body, places):
    """A dateline's place names are place spans, whatever the recogniser makes of them."""
    got = dateline_places(NLP.make_doc(f"A headline\n\n{body}"))
    assert [s.text for s in got] == places and all(s.label_ == "GPE" for s in got)


def test_a_dateline_place_the_recogniser_calls_an_organisation_is_a_place(kb):
    recs = actors("""
    JOHANNESBURG  PROPN  ROOT      JOHANNESBURG                     [ORG]
    --            PUNCT  punct     JOHANNESBURG
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    soldiers      NOUN   dobj      captured      tag=NNS
    .             PUNCT  punct     captured
    """, kb)
    got = [r for r in recs.values() if r.name.lower() == "johannesburg"]
    assert len(got) == 1 and got[0].type == "Place"


def test_the_town_is_not_the_city_a_report_was_filed_from(kb):
    """"JOHANNESBURG (Reuters) - ... recaptured the town": the town is not the dateline's city."""
    recs = actors("""
    BEIRUT        PROPN  ROOT      BEIRUT                           [GPE lebanon#capital]
    --            PUNCT  punct     BEIRUT
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    the           DET    det       town
    town          NOUN   dobj      captured
    .             PUNCT  punct     captured
    """, kb)
    assert recs["beirut-lb"].type == "Place"
    from relation_helpers import events, relations
    assert not {e for e in events(relations("""
    BEIRUT        PROPN  ROOT      BEIRUT                           [GPE lebanon#capital]
    --            PUNCT  punct     BEIRUT
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    the           DET    det       town
    town          NOUN   dobj      captured
    .             PUNCT  punct     captured
    """, kb)) if e[2] == "beirut-lb"}


def test_the_body_after_a_dateline_starts_a_sentence_and_slashes_are_split():
    doc = mark_datelines(NLP.make_doc("Head\n\nVIENNA, April 05, /ITAR-TASS/. Co-chairmen met."))
    words = [t.text for t in doc]
    assert "ITAR-TASS" in "".join(words) and "ITAR" in words and "/" in words
    assert doc[words.index("Co")].is_sent_start


def test_a_dateline_capital_is_the_city_and_its_state_a_place(kb):
    recs = actors("""
    BEIRUT        PROPN  ROOT      BEIRUT                           [GPE lebanon#capital]
    ,             PUNCT  punct     BEIRUT
    Lebanon       PROPN  appos     BEIRUT                           [GPE lebanon#name]
    --            PUNCT  punct     BEIRUT
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    soldiers      NOUN   dobj      captured      tag=NNS
    .             PUNCT  punct     captured
    """, kb)
    assert recs["beirut-lb"].type == "Place"
    assert recs["lebanon"].type == "Place"


def test_a_glued_sign_off_is_split_off_and_starts_a_sentence():
    doc = mark_datelines(NLP.make_doc("Head\n\nUkraine struck targets in Crimea.__VOA News"))
    words = [t.text for t in doc]
    assert words[-4:] == ["Crimea", ".__", "VOA", "News"]
    assert doc[len(words) - 2].is_sent_start


def test_a_bracket_and_dash_glued_to_the_agency_are_split_off():
    # "Moscow, December 30 (RHC)-- Russian President Vladimir Putin" (Radio Havana Cuba): glued,
    # "RHC)--" is no name of the agency, and "President" after it was taken for the agency's title
    doc = mark_datelines(NLP.make_doc("Head\n\nMoscow, December 30 (RHC)-- Russian President Putin said."))
    words = [t.text for t in doc]
    assert words[words.index("RHC"):words.index("Russian")] == ["RHC", ")", "--"]
    assert doc[words.index("Russian")].is_sent_start
