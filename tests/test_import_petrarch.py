"""Tests for the PETRARCH/Phoenix import: ``tools/import_petrarch.py``, the conversions it
uses (:mod:`kg.phoenix_convert`, :mod:`kg.phoenix_actors`) and the frames it imports,
each predicate tried on a hand-built parse (the style of ``tests/test_relations.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy
from handparse import hand_doc

from kg.actors import extract_actors
from kg.corpus import Document
from kg.ontology import Entry, load_ontology
from kg.phoenix import ActorRecord, CodeSpan, read_verbs
from kg.phoenix_actors import ActorContext, convert_actors, restore_case
from kg.phoenix_convert import CameoRow, FrameWords, cameo_predicate, singular, verb_frames
from kg.relations import extract_relations

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = ROOT.parent / "shared" / "third_party" / "petrarch2"
VOCAB = spacy.blank("en").vocab
STRUCTURAL = {"AFFILIATED_WITH", "LOCATED_IN"}


# -- the imported frames, one predicate at a time -------------------------------------------

def events(spec: str, kb) -> set[tuple]:
    doc = hand_doc(spec, VOCAB)
    da = extract_actors(doc, Document(id="t.txt", text=doc.text), kb)
    return {(r.subject, r.predicate, r.object, r.asserted) for r in extract_relations(da)
            if r.predicate not in STRUCTURAL}


def frame(kb, text: str):
    """The loaded frame with this text (from verbs_cameo.tsv: not one of verbs.tsv's)."""
    found = [f for f in kb.lexicon.verbs.get(text.split()[0], ()) if f.text == text]
    assert found, f"frame {text!r} is not loaded"
    return found[0]


IMPORTED = [
    pytest.param("receive call from", """
    Egypt      PROPN nsubj  received  [GPE egypt#name]
    received   VERB  ROOT   received  lemma=receive
    a          DET   det    call
    call       NOUN  dobj   received
    from       ADP   prep   call
    Israel     PROPN pobj   from      [GPE israel#name]
    .          PUNCT punct  received
    """, {("egypt", "CONSULT", "israel", True)}, id="CONSULT"),
    pytest.param("comply", """
    Armenia    PROPN nsubj  complied  [GPE armenia#name]
    and        CCONJ cc     Armenia
    Azerbaijan PROPN conj   Armenia   [GPE azerbaijan#name]
    complied   VERB  ROOT   complied  lemma=comply
    .          PUNCT punct  complied
    """, {("armenia", "AGREE", "azerbaijan", True)}, id="AGREE"),
    pytest.param("export passenger car to", """
    Turkey     PROPN nsubj    exported  [GPE turkey#name]
    exported   VERB  ROOT     exported  lemma=export
    passenger  NOUN  compound cars
    cars       NOUN  dobj     exported  lemma=car
    to         ADP   prep     exported
    Egypt      PROPN pobj     to        [GPE egypt#name]
    .          PUNCT punct    exported
    """, {("turkey", "COOPERATE", "egypt", True)}, id="COOPERATE"),
    pytest.param("airlift", """
    Egypt        PROPN nsubj  airlifted  [GPE egypt#name]
    airlifted    VERB  ROOT   airlifted  lemma=airlift
    Palestinians PROPN dobj   airlifted  [NORP palestine#demonym]
    .            PUNCT punct  airlifted
    """, {("egypt", "AID", "palestine", True)}, id="AID"),
    pytest.param("petition", """
    Egypt       PROPN nsubj  petitioned  [GPE egypt#name]
    petitioned  VERB  ROOT   petitioned  lemma=petition
    Israel      PROPN dobj   petitioned  [GPE israel#name]
    .           PUNCT punct  petitioned
    """, {("egypt", "REQUEST", "israel", True)}, id="REQUEST"),
    pytest.param("grill", """
    Egypt    PROPN nsubj  grilled  [GPE egypt#name]
    grilled  VERB  ROOT   grilled  lemma=grill
    Israel   PROPN dobj   grilled  [GPE israel#name]
    .        PUNCT punct  grilled
    """, {("egypt", "ACCUSE", "israel", True)}, id="ACCUSE"),
    pytest.param("defy", """
    Hamas  PROPN nsubj  defied  [ORG hamas#name]
    defied VERB  ROOT   defied  lemma=defy
    Israel PROPN dobj   defied  [GPE israel#name]
    .      PUNCT punct  defied
    """, {("hamas", "REJECT", "israel", True)}, id="REJECT"),
    pytest.param("prepare possible strike against", """
    Israel    PROPN nsubj  prepared  [GPE israel#name]
    prepared  VERB  ROOT   prepared  lemma=prepare
    a         DET   det    strike
    possible  ADJ   amod   strike
    strike    NOUN  dobj   prepared
    against   ADP   prep   strike
    Hamas     PROPN pobj   against   [ORG hamas#name]
    .         PUNCT punct  prepared
    """, {("israel", "THREATEN", "hamas", True)}, id="THREATEN"),
    pytest.param("betray", """
    Egypt     PROPN nsubj  betrayed  [GPE egypt#name]
    betrayed  VERB  ROOT   betrayed  lemma=betray
    Hamas     PROPN dobj   betrayed  [ORG hamas#name]
    .         PUNCT punct  betrayed
    """, {("egypt", "SANCTION", "hamas", True)}, id="SANCTION"),
    pytest.param("indict", """
    Egypt     PROPN nsubj  indicted  [GPE egypt#name]
    indicted  VERB  ROOT   indicted  lemma=indict
    Hamas     PROPN dobj   indicted  [ORG hamas#name]
    .         PUNCT punct  indicted
    """, {("egypt", "COERCE", "hamas", True)}, id="COERCE"),
    pytest.param("demolish", """
    Israel     PROPN nsubj  demolished  [GPE israel#name]
    demolished VERB  ROOT   demolished  lemma=demolish
    Rafah      PROPN dobj   demolished  [GPE]
    .          PUNCT punct  demolished
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="ASSAULT"),
    pytest.param("relinquish", """
    Israel       PROPN nsubj  relinquished  [GPE israel#name]
    relinquished VERB  ROOT   relinquished  lemma=relinquish
    Gaza         PROPN dobj   relinquished  [GPE gaza-strip#alias]
    .            PUNCT punct  relinquished
    """, {("israel", "CONCEDE", "gaza-strip", True)}, id="CONCEDE"),
]


@pytest.mark.parametrize("text, spec, expected", IMPORTED)
def test_imported_frames_find_their_predicate(text, spec, expected, kb):
    assert frame(kb, text).predicate == next(iter(expected))[1]
    assert events(spec, kb) == expected


@pytest.mark.parametrize("text, predicate, cameo", [
    ("affirm", "SUPPORT", "051"), ("stage protest", "PROTEST", "141"), ("build troop", "MOBILIZE", "150"),
    ("end fighting", "RETREAT", "0871"), ("continue mediation", "MEDIATE", "045")])
def test_imported_frames_without_an_object_slot_are_loaded(text, predicate, cameo, kb):
    """These frames name their object noun ("staged a protest"): the rules find no actor
    object for them today, but the frame is loaded with its predicate and CAMEO code."""
    f = frame(kb, text)
    assert (f.predicate, f.cameo) == (predicate, cameo)


def test_every_event_predicate_has_imported_frames(kb):
    imported = {f.predicate for fs in kb.lexicon.verbs.values() for f in fs}
    events_ = {p for p, spec in kb.predicates.items() if spec.is_event}
    assert events_ <= imported
    n = sum(1 for line in (ROOT / "ontology" / "lexicon" / "verbs_cameo.tsv").read_text().splitlines()
            if line and not line.startswith("#"))
    assert n >= 1500


def test_kg_frames_win_over_imported_ones(kb):
    """A verb of verbs.tsv keeps kg's frames (its own and those of verbs_added.tsv): the import adds none for it."""
    assert {f.text for f in kb.lexicon.verbs["call"]} <= {
        line.split("\t")[0] for name in ("verbs.tsv", "verbs_added.tsv")
        for line in (ROOT / "ontology" / "lexicon" / name).read_text().splitlines()}


# -- the verb conversion -------------------------------------------------------------------

TABLE = {"02": (CameoRow("02", None, "REQUEST", None, ""),), "15": (CameoRow("15", "MOBILIZE", "MOBILIZE", None, ""),),
         "166": (CameoRow("166", "SANCTION", "SANCTION", None, ""),
                 CameoRow("166", "SANCTION", "COERCE", "evacuation", ""))}
WORDS = FrameWords(frozenset({"for", "into", "off", "to"}), frozenset({"off"}), {"men": "man"})


def test_cameo_codes_map_by_longest_prefix_and_object():
    assert cameo_predicate("0231", TABLE).predicate == "REQUEST"
    assert cameo_predicate("166", TABLE).predicate == "SANCTION"
    assert cameo_predicate("166", TABLE, frozenset({"evacuation"})).predicate == "COERCE"
    assert cameo_predicate("19", TABLE) is None


def test_singular_lemmas():
    assert [singular(w, WORDS.irregular) for w in ("sanctions", "casualties", "witnesses", "men", "crisis", "ties")] \
        == ["sanction", "casualty", "witness", "man", "crisis", "tie"]


def test_verb_patterns_become_frames():
    vd = read_verbs("""&CURRENCY
+DOLLAR
--- ASK [---] ---
ASK [020]
+ASK_FOR [020]
WIRE_+TAP
- * HELP                      [020]   # ASK
- * (FOR {FINANCIAL AID})     [0231]  # ASK
- &MILITARY * AID             [0232]  # ASK
- * &CURRENCY                 [0231]  # ASK
- * {URGENT LOANS}            [0231]  # ASK
- * (FOR)                     [020]   # ASK
--- ORDER [---] ---
ORDER
- * EVACUATION                [166]   # ORDER
- * MEN (INTO)                [15]    # ORDER
""")
    rows, skipped = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", known=frozenset({"tell"}))
    assert [(r.text, r.predicate, r.cameo) for r in rows] == [
        ("ask", "REQUEST", "020"), ("ask help", "REQUEST", "020"), ("ask dollar", "REQUEST", "0231"),
        ("ask urgent loan", "REQUEST", "0231"),
        ("ask for", "REQUEST", "020"), ("ask for help", "REQUEST", "020"), ("ask for dollar", "REQUEST", "0231"),
        ("ask for urgent loan", "REQUEST", "0231"),        # a multi-word verb takes its block's patterns too
        ("order evacuation", "COERCE", "166"), ("order man into", "MOBILIZE", "15")]
    assert skipped["noun inside a prepositional phrase"] == 2
    assert skipped["pattern with words before the verb (a subject condition)"] == 2
    assert skipped["pattern that names no object noun (only particles or prepositions)"] == 2
    assert skipped["verb with words before it (WIRE_+TAP)"] == 1


# -- the actor conversion ------------------------------------------------------------------

def context(common=None) -> ActorContext:
    kb = load_ontology()
    entries = {e.id: e for e in (
        Entry("afghanistan", "Afghanistan", "State", demonyms=("Afghan",), capital="Kabul", iso3="AFG"),
        Entry("united-nations", "United Nations", "Group", aliases=("UN",)),
        Entry("gaza-strip", "Gaza Strip", "Place", aliases=("Gaza",)),
        Entry("palestinian-red-crescent", "Palestinian Red Crescent", "Group"))}
    roles = {c: (a.label, a.kind, a.group_kind) for c, a in kb.actor_codes.items()}
    return ActorContext(entries=entries, roles=roles, words=kb.lexicon.words_of, titles=kb.lexicon.roles,
                        common=common)


def rec(name, *synonyms, codes=None):
    return ActorRecord(name, tuple(synonyms), tuple(codes or (CodeSpan("AFG"),)), 1)


def test_a_country_record_extends_its_state():
    result = convert_actors([rec("AFGHANISTAN", "AFGHAN", "AFGANISTAN", "AFGHANI", "ISLAMIC REPUBLIC OF AFGHANISTAN",
                                 "KABUL", "HELMAND", "GRAVEYARD OF EMPIRES")],
                             context(common={"graveyard", "empires"}.__contains__))
    ext, = result.extensions
    assert ext == {"extends": "afghanistan", "aliases": ["Afganistan", "Islamic Republic of Afghanistan"],
                   "demonyms": ["Afghani"], "cameo": "AFG"}
    assert [(e["name"], e["type"], e["country"], e["cameo"]) for e in result.entries] == [
        ("Helmand", "Place", "afghanistan", "AFG")]     # a province: a place, not an alias of the state
    assert result.counts["country synonym: epithet"] == 1


def test_a_country_record_named_like_an_acronym_or_with_dated_codes_is_its_state():
    # "CHAD [TCD]" reads like an acronym, "AFGHANISTAN" with dated codes like a person's record:
    # both are the state, and their other synonyms its places, not groups
    ctx = context()
    ctx.entries["chad"] = Entry("chad", "Chad", "State", iso3="TCD")
    ctx.states.update({"AFG": "afghanistan", "TCD": "chad"})
    result = convert_actors([rec("CHAD", "TCHAD", "ABECHE", codes=(CodeSpan("TCD"),)),
                             rec("AFGHANISTAN", "HELMAND", codes=(CodeSpan("AFGREB", end="1992-01-01"),
                                                                  CodeSpan("AFG", start="1992-01-01")))], ctx)
    assert {e["extends"] for e in result.extensions} == {"chad", "afghanistan"}
    assert {(e["name"], e["type"]) for e in result.entries} == {("Abeche", "Place"), ("Helmand", "Place")}


def test_an_official_keeps_date_bounded_roles_and_a_title_is_no_alias():
    result = convert_actors([rec("HAMID KARZAI", "KARZAI", "PRESIDENT KARZAI", "HAMID KARZAY", codes=(
        CodeSpan("AFGELI", "1975-01-01", "2000-01-01"), CodeSpan("AFGGOV", start="2001-12-22"), CodeSpan("AFGELI")))],
        context())
    karzai, = result.entries
    assert (karzai["id"], karzai["type"], karzai["aliases"]) == ("hamid-karzai", "Official", ["Hamid Karzay"])
    assert karzai["affiliations"] == [
        {"actor": "afghanistan", "role": "elite", "start": "1975-01-01", "end": "2000-01-01"},
        {"actor": "afghanistan", "role": "government", "start": "2001-12-22"},
        {"actor": "afghanistan", "role": "elite"}]
    assert karzai["cameo"][1] == {"code": "AFGGOV", "start": "2001-12-22"}


def test_groups_merge_into_known_actors_or_become_bodies_of_them():
    result = convert_actors([
        rec("THE UNITED NATIONS", "U.N.", codes=(CodeSpan("IGOUNO"),)),
        rec("UNICEF", codes=(CodeSpan("IGOUNOKID"),)),
        rec("AFGHAN NATIONAL SECURITY FORCES", "ANSF", "AFGHAN NATIONAL ARMY", codes=(CodeSpan("AFGMIL"),)),
        rec("RED CRESCENT", codes=(CodeSpan("NGOHLHIRC"),)),
        rec("GAZA", "GHAZZA", "RAFAH", codes=(CodeSpan("PSEGZA"),))], context())
    assert {e["extends"]: e.get("cameo") for e in result.extensions} == {
        "united-nations": "IGOUNO", "gaza-strip": "PSEGZA"}
    by_name = {e["name"]: e for e in result.entries}
    assert by_name["Unicef"]["parent"] == "united-nations"      # no telling an acronym of six letters
    forces = by_name["Afghan National Security Forces"]
    assert (forces["parent"], forces["parent_role"], forces["aliases"]) == (
        "afghanistan", "military", ["ANSF", "Afghan National Army"])
    assert "Red Crescent" not in by_name          # part of a known actor's name
    assert by_name["Rafah"]["type"] == "Place"    # listed with Gaza, but another place


@pytest.mark.parametrize("phrase, acronyms, expected", [
    ("HAMID KARZAI", False, "Hamid Karzai"), ("MAZAR-I-SHARIF", False, "Mazar-i-Sharif"),
    ("BAN KI-MOON", False, "Ban Ki-moon"), ("AL-QAEDA IN IRAQ", False, "Al-Qaeda in Iraq"),
    ("COTE D'IVOIRE", False, "Cote d'Ivoire"), ("JOHN MCCAIN", False, "John McCain"),
    ("U.N. MISSION", True, "U.N. Mission"), ("UN MISSION", True, "UN Mission"), ("FARC", True, "FARC"),
    ("GEORGIA (COUNTRY)", False, "Georgia"), ("PKK", False, "PKK")])
def test_case_is_restored(phrase, acronyms, expected):
    particles = load_ontology().lexicon.words_of("name_case_particle")
    assert restore_case(phrase, particles, acronyms) == expected


# -- the tool ------------------------------------------------------------------------------

@pytest.mark.skipif(not PETRARCH.is_dir() or importlib.util.find_spec("english_words") is None,
                    reason="needs ../shared/third_party/petrarch2 and the english-words package")
def test_the_committed_files_are_what_the_import_writes():
    spec = importlib.util.spec_from_file_location("import_petrarch", ROOT / "tools" / "import_petrarch.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.main(["--check"]) == 0, "run: .venv/bin/python tools/import_petrarch.py"
