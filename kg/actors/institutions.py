"""Institutions and named parents: bodies named after the state or group they belong to.

"<state or group> <institution noun>" is a Group of its own, affiliated with the
state or group ("the Israeli military" -> Israel, role "military"; "the United
Nations humanitarian office"); a known body whose name as written names its parent
("UN Security Council") is affiliated with it too, and the parent's name inside it
is a mention of the parent.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..ontology import Entry, Ontology
from .bodynames import of_name_end
from .document import DocumentActors, Institution, MentionInfo, Proto
from .knownbodies import body_of
from .mentions import add_new
from .names import PARTICLES_OF_NAME
from .types import (
    AGENTS,
    GROUP,
    HOW_CAPITAL,
    HOW_DEMONYM,
    HOW_IN_NAME,
    HOW_INSTITUTION,
    HOW_NER,
    INSTITUTION_KIND,
    PEOPLE,
    STATE,
)

CHAIN_DEPS = frozenset({"compound", "amod", "poss", "nmod"})   # from a name up to the noun it modifies
ADJECTIVE_DEPS = frozenset({"amod", "compound", "nmod"})
TITLE_GAP_POS = frozenset({"PUNCT", "PROPN"})   # between a title and the name: a comma, a rank
HEAD_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SEPARATOR_POS = frozenset({"CCONJ", "PUNCT"})


def find_institutions(da: DocumentActors) -> None:
    """"the Israeli military" -> Group "Israeli military", affiliated with Israel (role "military")."""
    doc = da.doc
    for m in list(da.mentions):
        head = _institution_head(da, m)
        if head is None:
            continue
        start = m.span.start
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        end = of_name_end(doc, head)   # "the Malian Ministry of Foreign Affairs"
        span = Span(doc, start, end, label="ORG")
        if _own_kind(da, m, head):
            # "AFP news agency", "FARC guerrilla army": the group itself, described
            da.mentions.append(MentionInfo(m.actor, span, span.text, m.how))
            continue
        role, name = institution_role_and_name(doc, m.span, doc[end - 1])
        if _movement_name(da, da.protos[m.actor].type, doc[m.span.end:head.i]):
            # "the Sudan Liberation Army": an armed movement's own name, not Sudan's army
            da.mentions.remove(m)
            add_new(da, span, name, GROUP, HOW_NER, text=span.text)
            continue
        hits = [e for e, _ in da.kb.lookup(name) if e.type == GROUP] \
            or body_of(da.kb, m.actor, _body_noun(doc, head, da.kb.lexicon), da, role)
        add_body(da, span, name, hits, m.actor, role)



def add_body(da: DocumentActors, span: Span, name: str, hits: list, owner: str, role: str) -> str:
    """Record ``span`` as a mention of a body of ``owner`` (an institution with ``role``): the
    knowledge base's first group among ``hits``, else a new group of the institution kind;
    returns its id."""
    if hits:
        gid = hits[0].id
        if gid not in da.protos:
            da.protos[gid] = Proto(gid, hits[0].name, GROUP, entry=hits[0], kind=hits[0].kind)
        da.mentions.append(MentionInfo(gid, span, span.text, HOW_INSTITUTION))
    else:
        gid = add_new(da, span, name, GROUP, HOW_INSTITUTION, text=span.text)
        da.protos[gid].kind = INSTITUTION_KIND
    da.institutions.append(Institution(gid, owner, role, span))
    return gid

def _institution_head(da: DocumentActors, m: MentionInfo) -> Token | None:
    """The institution noun a state's or group's mention names ("Israeli" -> "military"),
    or None when the mention is not the start of a body's name."""
    doc, lex = da.doc, da.kb.lexicon
    if da.protos[m.actor].type not in AGENTS and m.how != HOW_DEMONYM or _hyphen_joined(doc, m.span.start):
        return None   # "the NATO-Russia Council": a joint body, not Russia's
    head = _chain_head(m, doc, lex)
    head = head if _is_institution(doc, head, lex) else _phrase_after(doc, m, lex)
    if head is None or head.i < m.span.end or head.pos_ not in HEAD_POS:
        return None
    if head.tag_ in PLURAL_TAGS and not _is_institution(doc, head, lex, plural=True):
        return None   # "Syrian border guards": people of the state, not its body ("police" is one)
    if any(t.pos_ in SEPARATOR_POS and t.text not in PARTICLES_OF_NAME for t in doc[m.span.end:head.i]):
        return None   # "M23 and Rwanda army": two names, not one body
    if head.dep_ == "compound" and head.head.lower_ in lex.roles and _names_follow(da, head.head):
        return None   # "Pakistan's army chief, General Asim Munir": a title, not a body
    if head.i > 0 and f"{doc[head.i - 1].lower_} {head.lower_}" in lex.words_of("state_agent"):
        return None   # "Russian military police": people acting for the state
    if adjectival(head, lex) or _modifies_agent(head, lex):
        return None   # "an Israeli military raid", "U.S. intelligence authorities": the state acts
    if head.dep_ == "pobj" and head.head.lower_ in lex.words_of("building_prep") \
            and head.lower_ in lex.words_of("institution_building"):
        return None   # "outside the French embassy": a building
    if any(o.span.start <= head.i < o.span.end and o is not m for o in da.mentions):
        return None   # the noun is (in) another mention
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and da.actor_at(nxt.i) is None \
            and any(o.span.start == nxt.i and da.protos[o.actor].type not in PEOPLE for o in da.mentions):
        return None   # "the official Palestinian news agency Wafa" describes Wafa; not a person after it
    if any(t.lower_ in lex.words_of("pejorative") for t in doc[m.span.end:head.i + 1]):
        return None   # "the Israeli occupation army" is a description, not a name
    return head


def _movement_name(da: DocumentActors, parent_type: str, between) -> bool:
    """Whether a capitalised word ``between`` a state's name and the rest of a name makes the
    whole the name of an armed movement (``movement_name_word``: "Sudan Liberation Army")."""
    words = da.kb.lexicon.words_of("movement_name_word")
    return parent_type == STATE and any(t.lower_ in words and t.text[:1].isupper() for t in between)


def _names_follow(da: DocumentActors, title: Token) -> bool:
    """Whether a person's name follows a title word, maybe after a comma or a rank (a name
    the NER missed counts: two capitalised proper nouns)."""
    doc = da.doc
    for k in range(title.i + 1, min(title.i + 4, len(doc))):
        actor = da.actor_at(k) if da.token_actor else next((m.actor for m in da.mentions if m.span.start == k), None)
        if actor is not None:
            return da.protos[actor].type in PEOPLE
        if k + 1 < len(doc) and all(t.pos_ == "PROPN" and t.is_title for t in doc[k:k + 2]):
            return True
        if doc[k].pos_ not in TITLE_GAP_POS:
            return False
    return False


def _chain_head(m: MentionInfo, doc: Doc, lex) -> Token:
    """The noun a mention modifies, up the chain of modifiers ("Israel's foreign ministry"),
    stopping at the first institution noun ("[Somali National Army] bases": the army)."""
    head = m.span[-1]
    while head.dep_ in CHAIN_DEPS and head.head.i > head.i:
        head = head.head
        if _is_institution(doc, head, lex) and head.text[:1].isupper() and head.dep_ in CHAIN_DEPS:
            break
    return head


def _is_institution(doc: Doc, head: Token, lex, plural: bool = False) -> bool:
    """Whether a noun (with the word before it) is an institution noun; a plural one only
    as written ("police", "armed forces"; not "border guards")."""
    institutions = lex.words_of("institution")
    phrase2 = f"{doc[head.i - 1].lower_} {head.lower_}" if head.i > 0 else head.lower_
    if plural:
        return head.lower_ in institutions or phrase2 in institutions
    return head.lower_ in institutions or head.lemma_.lower() in institutions or phrase2 in institutions


def _modifies_agent(head: Token, lex) -> bool:
    """An institution noun in a compound before people or means acting for the state ("U.S.
    intelligence authorities", "South Korean navy ships") or a military facility ("a Pakistan
    army base"): the state acts, no body is named; written capitalised it names the body
    ("Lebanese Army soldiers"); a noun before its own people names it too ("15 Philippine army
    soldiers", ``service_member``)."""
    outer = head.head
    agent = outer.lower_ in lex.words_of("state_agent") and outer.lower_ not in lex.words_of("service_member")
    return head.dep_ in ADJECTIVE_DEPS and outer.i > head.i and outer.lower_ not in lex.roles and head.is_lower \
        and (agent or outer.lower_ in lex.words_of("military_facility"))


def _phrase_after(doc: Doc, m: MentionInfo, lex) -> Token | None:
    """The last noun of an institution phrase written right after a name, when the parse
    hangs the name on a noun after it: "a Colombian armed forces officer" -> "forces"."""
    span, k = m.span, m.span.end
    while k < len(doc) and doc[k].text in PARTICLES_OF_NAME:
        k += 1
    institutions = lex.words_of("institution")
    if k >= len(doc) or doc[k].lower_ not in _first_words(institutions):
        return None
    if span.root.dep_ not in CHAIN_DEPS or span.root.head.i < span.end:
        return None
    for n in (3, 2, 1):
        if k + n <= len(doc) and doc[k:k + n].text.lower() in institutions:
            return doc[k + n - 1]
    return None


@lru_cache(maxsize=8)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


def adjectival(head: Token, lex) -> bool:
    """An institution word used as an adjective on the noun after it ("military" in "an
    Israeli military raid", "Pakistani military attaches"): no body is named (GUIDELINES
    convention 8); a noun in a compound is one ("a Colombian armed forces officer")."""
    return head.tag_ == "JJ" and head.dep_ in ADJECTIVE_DEPS and head.head.i > head.i \
        and head.head.lower_ not in lex.roles


def _own_kind(da: DocumentActors, m: MentionInfo, head: Token) -> bool:
    """Whether the words after a group's name only say what kind of group it is ("AFP news
    agency", "FARC guerrilla army", "SPLM-IO party"): the group itself, not a body of it."""
    if da.protos[m.actor].type != GROUP:
        return False
    kinds = da.kb.lexicon.words_of("group_kind_word")
    return all(t.lower_ in kinds for t in da.doc[m.span.end:head.i + 1])


def institution_role_and_name(doc: Doc, parent: Span, head: Token) -> tuple[str, str]:
    """The role of a body named from its parent's mention ``parent`` to its noun ``head``
    (what follows the last possessive after the parent's name), and the body's name
    (without a leading "the" or possessives): "Russia's foreign ministry" ->
    ("foreign ministry", "Russia foreign ministry")."""
    role_start = parent.end
    for t in doc[parent.end:head.i]:
        if t.text in PARTICLES_OF_NAME:
            role_start = t.i + 1
    role = doc[role_start:head.i + 1].text.lower()
    name_toks = [t for t in doc[parent.start:head.i + 1]
                 if t.text not in PARTICLES_OF_NAME and not (t.i == parent.start and t.lower_ == "the")]
    name = "".join(t.text_with_ws if t.i + 1 < head.i + 1 and doc[t.i + 1].text not in PARTICLES_OF_NAME
                   else t.text + " " for t in name_toks).strip()
    return role, " ".join(name.split())


def _body_noun(doc: Doc, head: Token, lex) -> str:
    """The institution noun to look a state's body up by: the noun, or the phrase it ends when
    only the phrase is one ("special forces", not the state's "forces")."""
    institutions = lex.words_of("institution")
    if head.i == 0 or head.lower_ in institutions or head.lemma_.lower() in institutions:
        return head.lower_
    return f"{doc[head.i - 1].lower_} {head.lower_}"


def merge_variants(da: DocumentActors) -> None:
    """One body per parent and kind: "South Sudan army", "South Sudan's military" and "the
    South Sudanese army" are one Group; "the Malian Ministry of Foreign Affairs" and "the
    Mali Foreign Ministry" another. The known body, else the form written with the
    parent's demonym, else the first form, names it."""
    words = da.kb.lexicon.words_of
    groups: dict[tuple[str, str], list[Institution]] = {}
    for inst in da.institutions:
        groups.setdefault((inst.parent, role_key(inst.role, words)), []).append(inst)
    for (parent, key), insts in list(groups.items()):
        if " " not in key:   # "the UN mission": the one body of the UN with "mission" in its name
            named = {k for p, k in groups if p == parent and k != key and key in k.split()}
            if len(named) == 1:
                groups[(parent, named.pop())].extend(insts)
                del groups[(parent, key)]
    for insts in groups.values():
        ids = list(dict.fromkeys(i.group for i in insts))
        if len(ids) < 2:
            continue
        target = next((g for g in ids if da.protos[g].entry is not None), None) \
            or next((i.group for i in insts if _written_with_demonym(da, i)), ids[0])
        for g in ids:
            if g != target and da.protos[g].entry is None:
                da.merge(g, into=target)
        da.institutions[:] = [i._replace(group=target) if i.group in ids and da.protos.get(i.group) is None
                              else i for i in da.institutions]
    _merge_bare_bodies(da)


def _merge_bare_bodies(da: DocumentActors) -> None:
    """"The Foreign Ministry" after "the Saudi Foreign Ministry": a new group named only by a
    body's role is the document's one body of that role (none when two parents have one)."""
    words = da.kb.lexicon.words_of
    bodies: dict[str, set[str]] = {}
    for inst in da.institutions:
        bodies.setdefault(role_key(inst.role, words), set()).add(inst.group)
    linked = {i.group for i in da.institutions}
    for gid, p in list(da.protos.items()):
        if p.type != GROUP or p.entry is not None or gid in linked:
            continue
        name = p.name.lower()
        name = name[4:] if name.startswith("the ") else name
        if name not in words("institution"):
            continue
        targets = bodies.get(role_key(name, words), set())
        if len(targets) == 1:
            da.merge(gid, into=next(iter(targets)))


def role_key(role: str, words) -> str:
    """What a body's role names, however written: "army", "military" and "armed forces" are
    the military; "ministry of foreign affairs" is "foreign ministry"."""
    if role in words("military_kind"):
        return "military"
    return " ".join(sorted(w for w in role.split() if w not in words("body_name_filler")))


def _written_with_demonym(da: DocumentActors, inst: Institution) -> bool:
    return any(m.how == HOW_DEMONYM and inst.span.start <= m.span.start < inst.span.end
               for m in da.mentions if m.actor == inst.parent)


def find_named_parents(da: DocumentActors) -> None:
    """A known body whose name, as written, names its parent: "UN Security Council" -> UN,
    role "security council"; "Israeli military" -> Israel, role "military"."""
    done = {(g, p) for g, p, _, _ in da.institutions}
    for m in list(da.mentions):
        entry = da.protos[m.actor].entry
        if entry is None or not entry.parent or any(g == m.actor for g, _ in done):
            continue
        words = [t for t in m.span if t.lower_ != "the"]
        for parent, form in _parent_forms(da.kb, entry):
            hit, n = _written_in(words, form)
            if hit is None or hit + n >= len(words):
                continue
            role = " ".join(t.lower_ for t in words[hit + n:] if t.text not in PARTICLES_OF_NAME)
            if parent.id not in da.protos:
                da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
            # the parent is named inside the body's name: that is a mention of it too
            sub = Span(da.doc, words[hit].i, words[hit + n - 1].i + 1)
            if not any(x.actor == parent.id and x.span.start == sub.start for x in da.mentions):
                da.mentions.append(MentionInfo(parent.id, sub, sub.text, HOW_IN_NAME))
            da.institutions.append(Institution(m.actor, parent.id, role or entry.parent_role or "", m.span))
            done.add((m.actor, parent.id))
            break


def _parent_forms(kb: Ontology, entry: Entry) -> list[tuple[Entry, str]]:
    """The bodies and states above a known body and the forms they may be named by in its
    name, nearest first, longest form first: the parent, its parents, the parent's country
    ("Palestinian presidency": the Palestinian Authority, then Palestine)."""
    out, seen, parent = [], set(), kb.entries.get(entry.parent or "")
    while parent is not None and parent.id not in seen:
        seen.add(parent.id)
        out += [(parent, f) for f in sorted({parent.name, *parent.aliases, *parent.demonyms}, key=len, reverse=True)]
        parent = kb.entries.get(parent.parent or parent.country or "")
    return out


def _written_in(words: list[Token], form: str) -> tuple[int | None, int]:
    """Where a name form is written among a name's tokens, however the tokenizer cut it
    ("U.S." is one token, "U.S. military" two): (first token, number of tokens)."""
    key = "".join(form.lower().split())
    for i in range(len(words)):
        acc = ""
        for j in range(i, len(words)):
            acc += words[j].lower_
            if acc == key:
                return i, j + 1 - i
            if len(acc) >= len(key):
                break
    return None, 0


def link_units(da: DocumentActors) -> None:
    """A numbered unit belongs to the state's armed force the document named last: "the 21
    Special Armoured Brigade" -> the Nigerian Army, role "special armoured brigade"
    (GUIDELINES convention 7: named units link to their parent)."""
    units = da.kb.lexicon.words_of("unit_word")
    linked = {g for g, _, _, _ in da.institutions}
    for m in list(da.mentions):
        span = m.span
        if m.actor in linked or len(span) < 2 or (not span[0].like_num and not span[0].text[:1].isdigit()) \
                or span[-1].lower_ not in units or da.protos[m.actor].type != GROUP:
            continue
        army = last_armed_force(da, span.start)
        if army is not None and army != m.actor:
            da.institutions.append(Institution(m.actor, army, span[1:].text.lower(), span))
            linked.add(m.actor)


def last_armed_force(da: DocumentActors, before: int) -> str | None:
    """The state's armed force named last before token ``before``: a body of a state whose
    name or kind says so ("Army spokesperson X", "the 21 Special Armoured Brigade")."""
    kinds = da.kb.lexicon.words_of("military_kind")
    bodies = {i.group for i in da.institutions if da.protos.get(i.parent) and da.protos[i.parent].type == STATE}

    def armed(x: str) -> bool:
        p = da.protos[x]
        state_body = x in bodies or (p.entry is not None and bool(p.entry.parent))
        return p.type == GROUP and state_body and any(w in f"{p.kind or ''} {p.name}".lower() for w in kinds)
    return da.last_actor(before, armed)


def find_parents_in_new_names(da: DocumentActors) -> None:
    """A new body whose name starts with a known state's or group's name: "United Nations
    Support Mission in Libya" -> UN, role "support mission in libya"; "Ethiopian Airlines"
    -> Ethiopia, role "airlines" (GUIDELINES convention 7: the remainder as written)."""
    done = {g for g, _, _, _ in da.institutions}
    for m in list(da.mentions):
        p = da.protos[m.actor]
        if p.entry is not None or p.type != GROUP or m.actor in done or m.how == HOW_INSTITUTION:
            continue
        words = [t for t in m.span if t.lower_ != "the"]
        if _hyphen_joined(da.doc, words[0].i):
            continue   # "the NATO-Russia Council": a body of both, not of Russia
        for n in range(len(words) - 1, 0, -1):
            sub = Span(da.doc, words[0].i, words[n - 1].i + 1)
            hits = [(e, how) for e, how in da.kb.lookup(sub.text) if e.type in AGENTS]
            if not hits:
                continue
            parent = hits[0][0]
            if _movement_name(da, parent.type, words[n:]) or _people_plural(parent, sub):
                break   # "Sudan Liberation Army", "Liberians United for ...": no body of the state
            rest = [t.lower_ for t in words[n:]]
            if parent.type == GROUP and all(w in da.kb.lexicon.words_of("group_kind_word") for w in rest):
                if parent.id not in da.protos:   # "VOA News": the outlet itself
                    da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
                da.merge(m.actor, into=parent.id)
                break
            if parent.id not in da.protos:
                da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
            da.mentions.append(MentionInfo(parent.id, sub, sub.text, HOW_IN_NAME))
            role = " ".join(t.lower_ for t in words[n:])
            da.institutions.append(Institution(m.actor, parent.id, role, m.span))
            done.add(m.actor)
            break


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether the name starting at token ``i`` is joined by a hyphen to a capitalised name
    before it ("NATO-Russia Council", "NATO-Georgia committee"): a joint body of both."""
    return i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 2].text[:1].isupper()


def _people_plural(parent: Entry, sub: Span) -> bool:
    """Whether a name starts with the plural of a state's demonym ("Liberians United for
    Reconciliation and Democracy"): a movement named after the people, not a body of the state."""
    text = sub.text
    return len(sub) == 1 and text.endswith("s") and text[:-1] in (parent.demonyms or ())


def find_institutions_in_capitals(da: DocumentActors) -> None:
    """"The Defence Ministry in Warsaw", "the Defence Ministry in Bogota": a capitalised
    institution named by the capital it sits in is that state's (a Group named with the
    state's demonym, affiliated with the state)."""
    doc, lex, lowers = da.doc, da.kb.lexicon, da.index.lowers
    for k in range(1, len(doc) - 2):
        if lowers[k + 1] != "in" or not da.index.upper_initial[k]:
            continue
        head = doc[k]
        if not _is_institution(doc, head, lex):
            continue
        around = [m for m in da.mentions if m.span.start <= k < m.span.end]
        owned = {i.group for i in da.institutions}
        if any(da.protos[m.actor].entry is not None or m.span.end != k + 1 or m.actor in owned for m in around):
            continue   # a known body, the word inside a longer name, or a body of its own state ("the U.S. Embassy")
        state = _capital_state(da, k + 2)
        if state is None:
            continue
        start = k - 1 if doc[k - 1].text[:1].isupper() and f"{doc[k - 1].lower_} {head.lower_}" in \
            lex.words_of("institution") else k
        role = doc[start:k + 1].text.lower()
        demonym = next(iter(state.demonyms), state.name)
        span = Span(doc, start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start, k + 1, label="ORG")
        gid = add_new(da, span, f"{demonym} {doc[start:k + 1].text}", GROUP, HOW_INSTITUTION, text=span.text)
        da.protos[gid].kind = INSTITUTION_KIND
        for m in around:   # the NER's "The Defence Ministry": the same body
            if m.actor != gid:
                da.merge(m.actor, into=gid)
        _capital_as_state(da, k + 2, state)
        if state.id in da.protos:   # linked to the state where the document names it
            da.institutions.append(Institution(gid, state.id, role, span))


def _capital_as_state(da: DocumentActors, i: int, state: Entry) -> None:
    """The capital that names where an institution sits names its state ("the Defence
    Ministry in Warsaw": Poland's)."""
    for m in da.mentions:
        if m.span.start == i and m.actor != state.id:
            if state.id not in da.protos:
                da.protos[state.id] = Proto(state.id, state.name, state.type, entry=state, kind=state.kind)
            m.actor, m.how, m.metonymy = state.id, HOW_CAPITAL, True


def _capital_state(da: DocumentActors, i: int) -> Entry | None:
    """The state whose capital the mention starting at token ``i`` names, if any."""
    m = next((m for m in da.mentions if m.span.start == i), None)
    if m is None:
        return None
    hits = [e for e, how in da.kb.lookup(m.text) if how == HOW_CAPITAL and e.type == STATE]
    return hits[0] if hits else None
