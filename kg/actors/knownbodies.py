"""Which known body of a state or group a body named after it is, when its name as written is
none of the body's names: "Britain's foreign ministry" is the known body whose name or role holds
"ministry" and says "foreign" (the Foreign Office, role "foreign ministry"), never the one
ministry of Britain with another qualifier (the Ministry of Defence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ontology import Entry, Ontology

if TYPE_CHECKING:
    from .document import DocumentActors


def body_of(kb: Ontology, parent: str, noun: str, da: DocumentActors | None = None,
            role: str | None = None) -> list[Entry]:
    """The known body of ``parent`` that a noun names: ("sudan", "army") -> Sudanese Armed
    Forces, when exactly one of its bodies has the noun in a name or its role; of several, the
    one the document names ("The UN mission in Libya" after "UNSMIL"). With the ``role`` as
    written ("foreign ministry"), only a body that names the role's other words too, or whose
    own role names none of its own ("Britain's foreign ministry": not the defence ministry)."""
    found = [e for e in kb.children_of(parent) if any(_has(form, noun) for form in _forms(e))]
    qualifiers = _qualifiers(kb, role, noun)
    if qualifiers:
        said = [e for e in found if all(any(_has(f, q) for f in _forms(e)) for q in qualifiers)]
        found = said or [e for e in found if not _qualifiers(kb, e.parent_role, noun)]
    if len(found) > 1 and da is not None:
        found = [e for e in found if e.id in da.protos]
    return found if len(found) == 1 else []


def _forms(e: Entry) -> tuple[str, ...]:
    return (e.name, *e.aliases, *((e.parent_role,) if e.parent_role else ()))


def _has(form: str, word: str) -> bool:
    return f" {word} " in f" {form.lower()} "


def _qualifiers(kb: Ontology, role: str | None, noun: str) -> list[str]:
    """The words of ``role`` besides ``noun`` and filler ("foreign ministry" -> ["foreign"];
    "ministry of foreign affairs" -> ["foreign"])."""
    filler = kb.lexicon.words_of("body_name_filler")
    nouns = set(noun.split())
    return [w for w in (role or "").lower().split() if w not in nouns and w not in filler]
