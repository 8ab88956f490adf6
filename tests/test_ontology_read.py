"""kg.ontology_read: the readers of an ontology folder's files (here: the CAMEO event codebook)."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.ontology import default_ontology
from kg.ontology_read import CameoCode, read_cameo_codes


def test_read_cameo_codes(tmp_path):
    path = tmp_path / "cameo_codes.tsv"
    path.write_text("# comment\n# cameo\tplover\tmode\tcontext\n010\t-\t\t\n043\tCONSULT\tvisit\t\n"
                    "091\tACCUSE\tinvestigate\tcrime, corruption\n19\tASSAULT\n", encoding="utf-8")
    assert read_cameo_codes(path) == {
        "010": CameoCode("010", None, None, ()), "043": CameoCode("043", "CONSULT", "visit", ()),
        "091": CameoCode("091", "ACCUSE", "investigate", ("crime", "corruption")),
        "19": CameoCode("19", "ASSAULT", None, ())}
    assert read_cameo_codes(tmp_path / "absent.tsv") == {}
    path.write_text("043\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="cameo_codes.tsv:1"):
        read_cameo_codes(path)


def test_the_codebook_covers_cameo_and_speaks_plover():
    kb = default_ontology()
    codes = kb.cameo_codes
    assert all(f"{root:02d}" in codes for root in range(1, 21))        # every CAMEO root
    assert len(codes) > 300 and all(c.isdigit() and 2 <= len(c) <= 4 for c in codes)
    plover = {p.plover for p in kb.predicates.values() if p.plover}
    assert {c.plover for c in codes.values() if c.plover} <= plover    # PLOVER's classes, as predicates.tsv names them
    assert codes["0871"] == CameoCode("0871", "RETREAT", "ceasefire", ("military",))
    # every event code kg's lexicons give is in the codebook
    frames = [f for lex in (kb.lexicon.verbs, kb.lexicon.nouns) for fs in lex.values() for f in fs if f.cameo]
    assert not sorted({f.cameo for f in frames} - codes.keys())


def test_pre_verb_words_of_a_frame():
    from kg.ontology_read import parse_frames
    frames = parse_frames([(1, ["[have] delay", "AGREE", "030", "mutual"]), (2, ["delay talk with", "SANCTION", "164"]),
                           (3, ["delay", "-", ""])], {"AGREE": object(), "SANCTION": object()},
                          frozenset({"with"}), frozenset(), "t")["delay"]
    have = next(f for f in frames if f.before)
    assert (have.lemma, have.parts, have.before, have.mutual, have.size) == ("delay", (), (frozenset({"have"}),), True, 1)
    assert [f.text for f in frames] == ["delay talk with", "[have] delay", "delay"]   # the most specific first


def test_a_preposition_whose_object_is_skipped():
    from kg.ontology_read import parse_frames
    frames = parse_frames([(1, ["celebrate iftar in^", "CONSULT", "045"]), (2, ["celebrate eid at^ with", "CONSULT", "043"])],
                          {"CONSULT": object()}, frozenset({"with", "in", "at"}), frozenset(), "t")["celebrate"]
    eid, iftar = frames
    assert (eid.parts, eid.skip, eid.objprep) == ((frozenset({"eid"}), frozenset({"at"}), frozenset({"with"})),
                                                  frozenset({"at"}), frozenset({"with"}))
    assert (iftar.parts, iftar.skip, iftar.objprep) == ((frozenset({"iftar"}), frozenset({"in"})), frozenset({"in"}), None)
