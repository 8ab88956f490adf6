"""Resolution of persons: short forms joined to the full name written in the document.

"Kerry", "Mr Kerry" and "Secretary Kerry" after "John Kerry" are one person; "Burhan"
is "Abdel Fattah al-Burhan" (article prefixes aside: ``name_article_prefix`` in words.tsv);
honorifics are no part of the name; a knowledge-base person is found by a short form
of the name it is mentioned by.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .document import DocumentActors, MentionInfo
from .mentions import add_kb_mention, add_new
from .names import ends_name, is_short_form, mention_text, name_key, person_honorifics, spelling_variant
from .types import HOW_ALIAS, HOW_NER, HOW_SHORT, PEOPLE, PERSON, PLACE, STATE


def resolve_persons(da: DocumentActors, spans: list[Span]) -> None:
    """Group person spans: full names first, then short forms to the full name they end."""
    honorific = person_honorifics(da.kb.lexicon.words_of)
    named = [(bare_name(s, honorific), with_honorific(da.doc, s, honorific)) for s in spans]
    full: dict[str, str] = {}   # full name as written -> actor id
    for name, span in sorted(named, key=lambda ns: -len(ns[0].split())):
        toks = name.split()
        if not toks:
            continue
        match = _short_form_of(da, toks, full, span.start)
        if match is not None:
            da.mentions.append(MentionInfo(match, span, mention_text(span), HOW_SHORT))
            continue
        place = _same_name_place(da, toks)
        if place is not None:
            da.mentions.append(MentionInfo(place, span, mention_text(span), HOW_ALIAS))
            continue
        kb_hits = [e for e, _ in da.kb.lookup(name) if e.type in PEOPLE]
        if kb_hits:
            add_kb_mention(da, span, kb_hits[0], HOW_ALIAS)
            full[name] = kb_hits[0].id
            continue
        full[name] = add_new(da, span, name, PERSON, HOW_NER)
    _join_earlier_short_forms(da)
    used = {m.actor for m in da.mentions}
    for k in [k for k in da.protos if k not in used]:
        del da.protos[k]


def _same_name_place(da: DocumentActors, toks: list[str]) -> str | None:
    """The place of the document a one-word name tagged as a person also names: "after the
    Uri terror attack" (Uri tagged PERSON) where "the Uri attack" elsewhere was found as the
    town: the town, not a person of that name."""
    if len(toks) != 1:
        return None
    return next((k for k, p in da.protos.items() if p.type in (PLACE, STATE) and p.name == toks[0]), None)


def bare_name(span: Span, honorific: set[str]) -> str:
    """The name a person span spells without the honorifics before it ("Mr Kerry" -> "Kerry")."""
    toks = list(span)
    while toks and toks[0].lower_.rstrip(".") in honorific:
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip()


def with_honorific(doc: Doc, span: Span, honorific: set[str]) -> Span:
    """The span with the honorific written right before it, if any ("Mr" + "Kerry")."""
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in honorific:
        return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _short_form_of(da: DocumentActors, toks: list[str], full: dict[str, str], at: int) -> str | None:
    """The actor whose longer name the tokens (written at token ``at``) end or start: a full name
    of the document (of two, the one named with the same title, else the one named last before
    ``at``: "President João Lourenço ... First Lady Ana Dias Lourenço ... President Lourenço
    will meet"), or a knowledge-base person already mentioned."""
    articles = da.kb.lexicon.words_of("name_article_prefix")
    ktoks = name_key(toks, articles)
    fulls = [fid for fname, fid in full.items() if is_short_form(ktoks, name_key(fname.split(), articles))]
    if fulls:
        title = _title_before(da, at)
        return max(fulls, key=lambda fid: (title is not None and title in _titles(da, fid),
                                           _last_mention_before(da, fid, at)))
    people = [(p.id, name_key(p.name.split(), articles)) for p in da.protos.values() if p.type in PEOPLE]
    for pid, names in people:   # a surname: "Abbas" after "Mahmoud Abbas"
        if ends_name(ktoks, names):
            return pid
    # "Al-Ahmed" after "Azzam al-Ahmad": a surname spelt another way, if only one person has it
    variant = {pid for pid, names in people if len(ktoks) == 1 < len(names) and spelling_variant(ktoks[0], names[-1])}
    if len(variant) == 1:
        return variant.pop()
    # "Kiir" for "Salva Kiir Mayardit", "Ngwabidje" for "Theo Ngwabidje Kasi": the second of a
    # person's three or more names, if only one person has it
    second = {p.id for p in da.protos.values() if p.type in PEOPLE and len(ktoks) == 1
              and len(names := name_key(p.name.split(), articles)) >= 3 and names[1] == ktoks[0]}
    if len(second) == 1:
        return second.pop()
    # "President Isaias" after "Isaias Afwerki": a given name used alone, if only one person has it
    starts = [pid for pid, names in people if is_short_form(ktoks, names)]
    return starts[0] if len(starts) == 1 else None


def _title_before(da: DocumentActors, at: int) -> str | None:
    """The title (a ``roles`` word, lower case) written right before token ``at``, if any."""
    word = da.doc[at - 1].lower_ if at > 0 else None
    return word if word in da.kb.lexicon.roles else None


def _titles(da: DocumentActors, actor: str) -> set[str]:
    """The titles written right before the actor's mentions so far ("President")."""
    return {t for m in da.mentions if m.actor == actor and (t := _title_before(da, m.span.start))}


def _last_mention_before(da: DocumentActors, actor: str, at: int) -> tuple[int, int]:
    """How near before token ``at`` the actor was last named: (1, start) when before it, else
    (0, -start) (named only after it: the first named wins)."""
    starts = [m.span.start for m in da.mentions if m.actor == actor]
    before = [s for s in starts if s < at]
    return (1, max(before)) if before else (0, -min(starts, default=0))


def _join_earlier_short_forms(da: DocumentActors) -> None:
    """A short form written before its full name gets the full name's actor."""
    for m in da.mentions:
        p = da.protos[m.actor]
        if p.type != PERSON or m.how != HOW_NER:
            continue
        toks = p.name.split()
        for other in da.protos.values():
            if other.id != p.id and other.type in PEOPLE and ends_name(toks, other.name.split()):
                m.actor = other.id
                break
