"""kg.phoenix_actors: Phoenix actor records as gazetteer entries (more in test_import_petrarch.py)."""

from __future__ import annotations

from kg.ontology import load_ontology
from kg.phoenix import CodeSpan, read_actors
from kg.phoenix_actors import ActorContext, convert_actors


def _context() -> ActorContext:
    kb = load_ontology()
    roles = {c: (a.label, a.kind, a.group_kind) for c, a in kb.actor_codes.items()}
    return ActorContext(entries={}, roles=roles, words=kb.lexicon.words_of, titles=kb.lexicon.roles)


def test_a_compound_code_makes_a_group_standing_for_its_members():
    records = read_actors("THE_VALE  [AAA/BBB/CCC]\nMIRKWOOD  [DDD/EEE]\n+GREENWOOD\n")
    assert records[0].codes == (CodeSpan("AAA/BBB/CCC"),)
    result = convert_actors(records, _context())
    by_name = {e["name"]: e for e in result.entries}
    vale, wood = by_name["Vale"], by_name["Mirkwood"]
    # named without its "the", which the text may write lower case ("Rohan, the Vale and Gondor")
    assert (vale["type"], vale["cameo"]) == ("Group", "AAA/BBB/CCC")
    assert (wood["type"], wood["cameo"], wood["aliases"]) == ("Group", "DDD/EEE", ["Greenwood"])


def test_a_bodys_name_and_a_title_is_an_office_not_a_group():
    kb = load_ontology()
    ctx = _context()
    ctx = ActorContext(entries={"un": kb.entries["united-nations"]}, roles=ctx.roles, words=ctx.words,
                       titles=ctx.titles)
    records = read_actors("UN_SECRETARY_GENERAL  [IGOUNO]\n+U.N._SECRETARY_GENERAL\n"
                          "UN_ENVOY_  [IGOUNO]\nUN_BODIES_  [IGOUNO]\n")
    names = {e["name"] for e in convert_actors(records, ctx).entries}
    # "U.N. Secretary General Ban Ki-moon": the title of the person named after it
    assert "UN Secretary General" not in names and "UN Envoy" not in names
    assert "UN Bodies" in names     # a body of the UN's, no title


def test_a_name_with_a_groups_word_of_another_language_is_a_group():
    """"ANSAR_DINE [MLIREB]" and "LASHKAR-E-JHANGVI [SASREB]" name armed groups, not persons
    (``group_name_word``), though two words and a rebel code make a person's name elsewhere."""
    records = read_actors("ANSAR_DINE  [MLIREB]\nLASHKAR-E-JHANGVI  [SASREB]\nABU_OMAR_AL_SHISHANI  [SYRREB]\n")
    types = {e["name"]: e["type"] for e in convert_actors(records, _context()).entries}
    assert types["Ansar Dine"] == "Group"
    assert types["Lashkar-e-Jhangvi"] == "Group"
    assert types["Abu Omar al Shishani"] == "Person"    # a person's name keeps its kind
