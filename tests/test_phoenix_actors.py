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
