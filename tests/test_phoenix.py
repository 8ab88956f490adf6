"""Tests for :mod:`kg.phoenix`: the readers of the PETRARCH/Phoenix dictionary formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.phoenix import CodeSpan, decode, parse_date, phrase_words, read_actors, read_agents, read_discards, read_verbs

PETRARCH = Path(__file__).resolve().parent.parent.parent / "shared" / "third_party" / "petrarch2"

KARZAI = """\
# a comment line
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# a comment
<!-- a comment
over two lines -->
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
"""


def test_actor_blocks_names_synonyms_and_dated_codes():
    records = read_actors(KARZAI)
    assert [r.name for r in records] == ["HAMID KARZAI", "AFGHANISTAN", "ANN VENEMAN", "GOLLUM"]
    karzai, afghanistan, veneman, gollum = records
    assert karzai.synonyms == ("KARZAI", "PRESIDENT KARZAI")
    assert karzai.codes == (CodeSpan("AFGELI", "1975-01-01", "2000-01-01"), CodeSpan("AFGGOV", start="2001-12-22"),
                            CodeSpan("AFGELI"))
    assert afghanistan.codes == (CodeSpan("AFG"),) and afghanistan.synonyms == ("AFGHAN", "KABUL")
    assert veneman.codes == (CodeSpan("USAGOV", "2001-01-20", "2005-01-20"), CodeSpan("IGOUNOKID", start="2005-05-01"))
    assert gollum.codes == (CodeSpan("HOB", end="1995-06-01"), CodeSpan("HOBGOV", "1995-06-01", "1999-08-15"),
                            CodeSpan("HOBREB", start="1999-08-16"))


@pytest.mark.parametrize("text, iso", [
    ("011222", "2001-12-22"), ("300101", "2030-01-01"), ("310101", "1931-01-01"), ("19450703", "1945-07-03"),
    ("20120229", "2012-02-29"), ("20100229", None), ("9008223", None), ("", None), ("12ab56", None)])
def test_dates_read_as_petrarch_reads_them(text, iso):
    assert parse_date(text) == iso


def test_a_code_with_a_bad_date_is_left_out():
    record, = read_actors("ARMENIA_\n\t[ARMUNR 9008223-911221]\n\t[ARM >911221]\n")
    assert record.codes == (CodeSpan("ARM", start="1991-12-21"),)


def test_agents_plurals_and_substitution_markers():
    agents = read_agents("!PERSON! = MAN, WOMAN\nPOLICE {} [~COP]\nSPOKES!PERSON! [~GOV]\n"
                         "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nARMY [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n"
                         "PARTY [~PTY]\nNO_CODE_HERE\n")
    got = {(a.phrase, a.plural, a.code, a.prefix) for a in agents}
    assert got == {("POLICE", None, "COP", False), ("SPOKESMAN", None, "GOV", False),
                   ("SPOKESWOMAN", None, "GOV", False), ("ATTORNEY GENERAL", "ATTORNEYS GENERAL", "GOV", False),
                   ("ARMY", "ARMIES", "MIL", False), ("HUMAN RIGHTS BODY", "HUMAN RIGHTS BODIES", "NGO", True),
                   ("PARTY", "PARTIES", "PTY", False)}


def test_discards_story_and_whole_word():
    got = read_discards("+World Golf Championships   # pas\nBASEBALL\nWORLD_CUP_\n")
    assert [(d.phrase, d.story, d.whole_word) for d in got] == [
        ("World Golf Championships", True, False), ("BASEBALL", False, False), ("WORLD CUP", False, True)]


VERBS = """\
&CURRENCY
+DOLLAR
+EURO_
--- ASK [---] ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
ASK [020]
WIRE_+TAP
- * HELP                       [020]  # ASK
- * (FOR {FINANCIAL AID})      [0231] # ASK
- &MILITARY * AID              [0232] # ASK
- * &CURRENCY                  [0231] # ASK
--- FLY [---] ---
FLY {FLYING FLIES FLEW FLOWN}
- * (INTO)                     [154]  # FLY
~ a (a b WILL_ATTACK) SAY = a b 138
"""


def test_verb_dictionary_synsets_blocks_members_and_patterns():
    vd = read_verbs(VERBS)
    assert vd.synsets == {"&CURRENCY": ("DOLLAR", "EURO_")}
    ask, fly = vd.blocks
    assert (ask.name, ask.code, fly.code) == ("ASK", "---", "---")
    assert [(v.lemma, v.after, v.before, v.code) for v in ask.verbs] == [
        ("ask", ("for",), (), "020"), ("ask", (), (), "020"), ("tap", (), ("wire",), None)]
    assert [(p.before, p.after, p.code, p.comment.split()[0]) for p in ask.patterns] == [
        ((), ("HELP",), "020", "ASK"), ((), ("(FOR {FINANCIAL AID})",), "0231", "ASK"),
        (("&MILITARY",), ("AID",), "0232", "ASK"), ((), ("&CURRENCY",), "0231", "ASK")]
    assert [p.after for p in fly.patterns] == [("(INTO)",)]


def test_phrase_words_and_decoding():
    assert phrase_words("MAZAR-I-SHARIF_") == ["MAZAR-I-SHARIF"]
    assert phrase_words("UN SECRETARY_GENERAL") == ["UN", "SECRETARY", "GENERAL"]
    assert decode("ÇA\n".encode() + "DEMIRTAŞ".encode()) == "ÇA\nDEMIRTAŞ"
    assert decode(b"ok\n" + "C\xf4te".encode("cp1252")) == "ok\nCôte"


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="no PETRARCH-2 dictionaries beside the repository")
def test_the_petrarch_dictionaries_read():
    vd = read_verbs(decode((PETRARCH / "CAMEO.2.0.txt").read_bytes()))
    assert len(vd.blocks) == 397 and len(vd.synsets) == 40
    assert sum(len(b.patterns) for b in vd.blocks) > 4500
    countries = read_actors(decode((PETRARCH / "Phoenix.Countries.actors.txt").read_bytes()))
    assert len(countries) > 18000
    karzai = next(r for r in countries if r.name == "HAMID KARZAI")
    assert CodeSpan("AFGGOV", start="2001-12-22") in karzai.codes
    assert len(read_agents(decode((PETRARCH / "Phoenix.agents.txt").read_bytes()))) > 3000
    assert len(read_discards(decode((PETRARCH / "Phoenix.discards.txt").read_bytes()))) > 500
