"""Resolution of organisations: short forms, acronyms and bracketed acronyms.

"The Red Crescent" after "Palestinian Red Crescent" is that body; "ICRC" is a
written-out "International Committee of the Red Cross"; "the National Council for
the Safeguard of the Homeland (CNSP)" makes "CNSP" the same actor, whatever
language its letters come from.
"""

from __future__ import annotations

from ..ontology import norm
from .document import DocumentActors
from .types import GROUP, HOW_IN_NAME, PEOPLE, PERSON, PLACE

OPENING, CLOSING = frozenset({"(", "["}), frozenset({")", "]"})


def acronym(words: list[str], stop_words: frozenset[str]) -> str:
    """The initials of a name's words, without ``stop_words`` (``acronym_stop_word``).

    >>> acronym("international committee of the red cross".split(), frozenset({"of", "the"}))
    'icrc'
    """
    return "".join(w[0] for w in words if w not in stop_words)


def resolve_org_short_forms(da: DocumentActors) -> None:
    """"The Red Crescent" -> Palestinian Red Crescent; "ICRC" -> a written-out expansion."""
    groups = {p.id: p for p in da.protos.values() if p.type == GROUP}
    written = {m.actor: norm(m.text) for m in da.mentions if m.actor in groups and m.how != HOW_IN_NAME}
    long_names = {pid: norm(p.name) for pid, p in groups.items()}
    stop_words = da.kb.lexicon.words_of("acronym_stop_word")
    for pid, name in list(long_names.items()):
        if pid not in da.protos:
            continue
        words = written.get(pid, name).split()
        for oid, oname in long_names.items():
            owords = oname.split()
            if oid == pid or len(owords) <= len(words) or oid not in da.protos:
                continue
            ends = owords[-len(words):] == words \
                or (len(words) == 1 and owords[0] == words[0] and groups[oid].entry is None
                    and groups[pid].entry is None)   # "Sendero"; not "Ecowas" before "the Ecowas Commission"
            if groups[pid].entry is not None and not ends:
                continue   # a known body keeps its identity unless the text writes it as a short form
            if ends or (len(words) == 1 and name == acronym(owords, stop_words)):
                da.merge(pid, into=oid)
                break


def drop_group_name_words(da: DocumentActors) -> None:
    """A word written alone that opens a group's longer name written in the document
    ("Tamil" beside "Tamil Tiger rebels", an alias of the Liberation Tigers of Tamil Eelam),
    taken for a place no gazetteer knows (never written with a place's kind word) or a new
    person: the people the group is named after, no actor ("rebel attacks in the Tamil
    dominated north"; "Tuareg" beside the "Tuareg Self-Defense Group")."""
    texts: dict[str, set[str]] = {}   # actor -> its mentions' texts, as written
    for m in da.mentions:
        texts.setdefault(m.actor, set()).add(norm(m.text))
    # as written: an alias may open with a region ("Amhara Fano")
    firsts = {t.split()[0] for pid, ts in texts.items() if da.protos[pid].type == GROUP for t in ts if len(t.split()) > 1}
    for pid, p in list(da.protos.items()):
        if p.type in (PLACE, PERSON) and p.entry is None and p.geo is None and len(texts.get(pid, ())) == 1 \
                and texts[pid] <= firsts:
            da.mentions[:] = [m for m in da.mentions if m.actor != pid]
            del da.protos[pid]


def resolve_parenthesised(da: DocumentActors) -> None:
    """"the National Council for the Safeguard of the Homeland (CNSP)": the bracketed
    acronym names the same actor, whatever language its letters come from; a bracketed
    known acronym or another name of the document ("Sendero Luminoso (Shining Path)")
    takes the name before it."""
    doc = da.doc
    by_end = {m.span.end: m for m in da.mentions if m.how != HOW_IN_NAME}
    for m in list(da.mentions):
        s = m.span.start
        if s >= 2 and doc[s - 1].text == "(" and (s - 1) in by_end:
            outer = by_end[s - 1]
            inner, outer_p = da.protos.get(m.actor), da.protos.get(outer.actor)
            if inner is None or outer_p is None or outer.actor == m.actor:
                continue
            spelt = m.span.text.isupper() and outer_p.entry is None and inner.entry is not None \
                and _spelt_namesake(da, outer.text, m.span.text, inner)
            if inner.type != outer_p.type and not spelt:
                continue
            if spelt and outer_p.type in PEOPLE:
                outer_p.type = GROUP   # "Justice and Equality Movement (JEM)", tagged PERSON: a body with initials
            if m.span.text.isupper() and inner.entry is None:
                da.merge(m.actor, into=outer.actor)   # "... Homeland (CNSP)"
            elif spelt:
                da.merge(m.actor, into=outer.actor)   # "Justice and Equality Movement (JEM)": not Jaish-e-Mohammed
            elif outer_p.entry is None and (m.span.text.isupper() or inner.entry is None):
                da.merge(outer.actor, into=m.actor)   # "Jama'a Nusrat ... (JNIM)", "Sendero Luminoso (Shining Path)"


def resolve_bracketed_names(da: DocumentActors) -> None:
    """"Sendero Luminoso (Shining Path)": a bracketed name the document gives another actor
    (though untagged here) makes the name before it that actor."""
    doc = da.doc
    names = {norm(p.name): p.id for p in da.protos.values() if p.type == GROUP}
    for m in list(da.mentions):
        e = m.span.end
        if e + 2 >= len(doc) or doc[e].text != "(" or da.protos.get(m.actor) is None \
                or da.protos[m.actor].entry is not None \
                or any(s <= m.span.start < end for s, end in da.datelines):
            continue   # (a dateline's place before its agency: "BANGUI (Reuters)")
        close = next((k for k in range(e + 1, min(e + 6, len(doc))) if doc[k].text == ")"), None)
        target = names.get(norm(doc[e + 1:close].text)) if close else None
        if target is not None and target != m.actor and target in da.protos:
            da.merge(m.actor, into=target)


def resolve_defined_acronyms(da: DocumentActors) -> None:
    """"SNA [Somali National Army]": an acronym the document spells out right after it names
    what the document says, whatever namesake the knowledge base has for it."""
    doc = da.doc
    stop_words = da.kb.lexicon.words_of("acronym_stop_word")
    starts = {m.span.start: m for m in da.mentions if m.how != HOW_IN_NAME}
    for m in list(da.mentions):
        e = m.span.end
        if not m.text.isupper() or e + 2 >= len(doc) or doc[e].text not in OPENING:
            continue
        inner = starts.get(e + 1)
        if inner is None or inner.span.end >= len(doc) or doc[inner.span.end].text not in CLOSING:
            continue
        if inner.actor != m.actor and acronym(norm(inner.text).split(), stop_words) == m.text.lower() \
                and inner.actor in da.protos and m.actor in da.protos:
            da.merge(m.actor, into=inner.actor)


def resolve_spelt_acronyms(da: DocumentActors) -> None:
    """"the Justice and Equality Movement ... JEM spokesman Ahmed Hussein": a known acronym
    written in capitals that the document spells out elsewhere as a group of its own, a name
    with no word of the known namesake's (Jaish-e-Mohammed, "JeM"), is that group; as the
    bracketed "Justice and Equality Movement (JEM)" is (:func:`resolve_parenthesised`)."""
    spelt = [p for p in da.protos.values() if p.type == GROUP and p.entry is None and len(p.name.split()) > 1]
    if not spelt:
        return
    for m in list(da.mentions):
        known = da.protos.get(m.actor)
        if known is None or known.entry is None or not m.text.isupper() or len(m.text) < 2 \
                or m.how == HOW_IN_NAME:
            continue
        match = [p for p in spelt if _spelt_namesake(da, p.name, m.text, known)]
        if len(match) == 1:
            da.merge(m.actor, into=match[0].id)


def _spelt_namesake(da: DocumentActors, name: str, letters: str, known) -> bool:
    """Whether the document spells the known acronym ``letters`` out as ``name``, a name
    with no content word of the known actor's names: the document's actor, a namesake."""
    stop_words = da.kb.lexicon.words_of("acronym_stop_word")
    words = norm(name).split()
    if acronym(words, stop_words) != letters.lower():
        return False
    forms = " ".join(norm(f) for f in (known.entry.name, *known.entry.aliases)).replace("-", " ").split()
    return not any(w in forms for w in words if w not in stop_words)
