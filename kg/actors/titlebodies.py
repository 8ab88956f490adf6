"""Bodies written inside an official's title: "Egyptian Intelligence Minister Khalid Fawzi",
"EU Council Chief Charles Michel".

A known body named by its parent and one capitalised institution noun ("Egyptian
Intelligence", "EU Council"), written right before a capitalised title word and a person's
name, is part of the title: the person is the parent's official, with the title as written
("intelligence minister", "council chief"; GUIDELINES convention 9). The words name the
parent only. A body written in lower case before its title stays a body ("Kosovo police
official Veton Elshan", "Sudanese army chief Abdel Fattah al-Burhan").
"""

from __future__ import annotations

from spacy.tokens import Span

from .document import DocumentActors, MentionInfo, Proto
from .institutions import _names_follow, _parent_forms, _written_in
from .types import GROUP, HOW_DEMONYM, HOW_IN_NAME


def drop_bodies_in_titles(da: DocumentActors) -> None:
    """"Egyptian Intelligence Minister Khalid Fawzi": the mention of the General Intelligence
    Directorate becomes one of Egypt on "Egyptian"."""
    doc, lex = da.doc, da.kb.lexicon
    for m in list(da.mentions):
        proto = da.protos[m.actor]
        entry = proto.entry
        if proto.type != GROUP or entry is None or not entry.parent or m.span.end >= len(doc):
            continue
        title, last = doc[m.span.end], m.span[-1]
        if not (title.is_title and title.lower_ in lex.roles and last.is_title) \
                or last.lower_ not in lex.words_of("institution") or not _names_follow(da, title):
            continue
        words = [t for t in m.span[:-1] if t.lower_ != "the"]
        for parent, form in _parent_forms(da.kb, entry):
            hit, n = _written_in(words, form)
            if hit != 0 or n != len(words):
                continue
            if parent.id not in da.protos:
                da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
            sub = Span(doc, words[0].i, words[-1].i + 1)
            how = HOW_DEMONYM if form in parent.demonyms else HOW_IN_NAME
            da.mentions[da.mentions.index(m)] = MentionInfo(parent.id, sub, sub.text, how)
            break
