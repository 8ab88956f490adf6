"""Unit tests of :mod:`kg.actors.document`: the records the relation rules read."""

from __future__ import annotations

from actor_records import VOCAB, doc_actors
from spacy.tokens import Doc, Span

from kg.actors.document import DocumentActors, Institution, MentionInfo, Proto, token_index
from kg.corpus import Document

SPEC = """
    The           DET    det       UN
    UN            PROPN  nsubj     urged                            [ORG united-nations#alias]
    urged         VERB   ROOT      urged         lemma=urge
    Israel        PROPN  dobj      urged                            [GPE israel#name]
    to            PART   aux       allow
    allow         VERB   xcomp     urged         tag=VB
    aid           NOUN   dobj      allow
    into          ADP    prep      allow
    Rafah         PROPN  pobj      into                             [GPE]
    .             PUNCT  punct     urged
"""


def _da(kb, words=("Israel", "struck", "Khan", "Yunis", ".")) -> DocumentActors:
    doc = Doc(VOCAB, words=list(words))
    return DocumentActors(document=Document(id="t.txt", text=doc.text), doc=doc, kb=kb)


def test_token_index_outermost_mention_wins(kb):
    da = _da(kb)
    inner = MentionInfo("khan", Span(da.doc, 2, 3), "Khan", "ner")
    outer = MentionInfo("khan-yunis", Span(da.doc, 2, 4), "Khan Yunis", "geo")
    israel = MentionInfo("israel", Span(da.doc, 0, 1), "Israel", "name")
    assert token_index([outer, inner, israel]) == {0: "israel", 2: "khan-yunis", 3: "khan-yunis"}
    assert token_index([]) == {}


def test_what_the_relation_rules_read(kb):
    da = doc_actors(SPEC, kb)
    assert da.text == da.doc.text == da.document.text
    assert (da.actor_at(1), da.actor_at(3), da.actor_at(8), da.actor_at(2)) == \
        ("united-nations", "israel", "rafah-ps", None)
    assert da.type_of("israel") == "State" and da.type_of("rafah-ps") == "Place"
    assert da.last_actor(8, lambda a: True) == "israel"
    assert da.last_actor(3, lambda a: True) == "united-nations"
    assert da.last_actor(8, lambda a: da.type_of(a) == "Place") is None


def test_type_of_prefers_the_type_in_this_document(kb):
    da = _da(kb)
    da.protos["israel"] = Proto("israel", "Israel", "State")
    assert da.type_of("israel") == "State"
    da.types["israel"] = "Place"
    assert da.type_of("israel") == "Place"


def test_merge_moves_every_mention(kb):
    da = _da(kb)
    da.protos["a"], da.protos["b"] = Proto("a", "A", "Group"), Proto("b", "B", "Group")
    da.mentions += [MentionInfo("a", Span(da.doc, 0, 1), "Israel", "ner"),
                    MentionInfo("b", Span(da.doc, 2, 4), "Khan Yunis", "ner")]
    da.merge("a", into="b")
    assert [m.actor for m in da.mentions] == ["b", "b"] and set(da.protos) == {"b"}


def test_records_sorted_with_one_mention_per_offset(kb):
    da = _da(kb)
    israel = kb.entries["israel"]
    da.protos["israel"] = Proto("israel", israel.name, "State", entry=israel)
    da.protos["khan-yunis-ps"] = Proto("khan-yunis-ps", "Khan Yunis", "Place", country="palestine", kind="city",
                                       geo={"geonames": "281133", "lat": 31.3, "lon": 34.3})
    da.mentions += [MentionInfo("khan-yunis-ps", Span(da.doc, 2, 4), "Khan Yunis", "geo"),
                    MentionInfo("israel", Span(da.doc, 0, 1), "Israel", "name"),
                    MentionInfo("israel", Span(da.doc, 0, 1), "Israel", "in_name")]
    recs = da.records()
    assert [a.id for a in recs] == ["israel", "khan-yunis-ps"]
    il, ky = recs
    assert len(il.mentions) == 1 and il.mentions[0].start == 0 and il.mentions[0].end == 6
    assert dict(il.ids)["iso3"] == israel.iso3
    assert dict(ky.ids) == {"geonames": "281133", "cameo": "PSE"} and (ky.lat, ky.lon) == (31.3, 34.3)
    assert dict(il.ids)["cameo"] == "ISR"   # the CAMEO code on the document's date (kg.cameo)
    assert (ky.country, ky.kind, ky.aliases) == ("palestine", "city", ("Khan Yunis",))


def test_records_carry_the_cameo_codes_of_the_documents_date(kb):
    da = doc_actors(SPEC, kb)
    assert {a.id: dict(a.ids).get("cameo") for a in da.records()} == {
        "united-nations": "IGOUNO", "israel": "ISR", "rafah-ps": "PSE"}
    bibi = kb.entries["benjamin-netanyahu"]
    for date, code in (("1990-01-01", "ISRELI"), ("2020-01-01", "ISRGOV"), (None, "ISRGOV")):
        da = _da(kb)
        da.document = Document(id="t.txt", text=da.doc.text, date=date)
        da.protos[bibi.id] = Proto(bibi.id, bibi.name, "Official", entry=bibi)
        da.mentions.append(MentionInfo(bibi.id, Span(da.doc, 0, 1), "Netanyahu", "name"))
        assert dict(da.records()[0].ids)["cameo"] == code
    # a body the text names after its parent: the parent's code and the role's agent
    da = _da(kb)
    da.protos["israel"] = Proto("israel", "Israel", "State", entry=kb.entries["israel"])
    da.protos["israeli-police"] = Proto("israeli-police", "Israeli police", "Group")
    da.mentions += [MentionInfo("israel", Span(da.doc, 0, 1), "Israel", "in_name"),
                    MentionInfo("israeli-police", Span(da.doc, 0, 2), "Israel struck", "institution")]
    da.institutions.append(Institution("israeli-police", "israel", "police", Span(da.doc, 0, 2)))
    assert {a.id: dict(a.ids).get("cameo") for a in da.records()} == {"israel": "ISR", "israeli-police": "ISRCOP"}


def test_institution_unpacks_as_a_tuple(kb):
    doc = Doc(VOCAB, words=["the", "Israeli", "military"])
    group, parent, role, span = Institution("israeli-military", "israel", "military", Span(doc, 0, 3))
    assert (group, parent, role, span.text) == ("israeli-military", "israel", "military", "the Israeli military")


def test_type_of_an_actor_the_text_does_not_name(kb):
    """An owner the knowledge base gives a named person ("Tony Blair" -> the Middle East Quartet)
    may be named nowhere in the text: its type is the knowledge base's, an unknown id has none
    (it used to raise KeyError and stop the build)."""
    da = _da(kb)
    assert "hamas" not in da.protos
    assert da.type_of("hamas") == kb.entries["hamas"].type == "Group"
    assert da.type_of("no-such-actor") == ""
