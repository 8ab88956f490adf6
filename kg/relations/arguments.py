"""Argument resolution: the actors a noun phrase stands for.

Pure functions of a token, the document's actors (:class:`kg.actors.DocumentActors`)
and the discourse state (:class:`kg.relations.discourse.Discourse`). A phrase
resolves through

* its own mention ("Israel"), the conjuncts beside it ("Qatar, the US and Egypt")
  and a named apposition ("its ally Hamas");
* a pronoun or a description (:mod:`kg.relations.coreference`) or a relative
  pronoun ("the group, which ...");
* a partitive ("areas of Khan Yunis", "leaders of Hamas");
* a resolution that stands for the body voting on it ("vetoed resolutions");
* a target held by someone ("a command centre used by Hezbollah");
* its modifiers, when its head acts for them ("Israeli troops" -> Israel; but
  "Yemeni rebels" -> nobody).

``role`` is ``"subj"`` or ``"obj"``: the slot the phrase fills (a place is no
subject, and any modified object may stand for its modifier).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..ontology import Lexicon
from .anaphora import armed_collective, armed_means, governed_state, is_location, is_party, is_person
from .believed import believed_group
from .bodyowner import body_owner
from .brokers import brokered
from .coreference import description, force_possessor, pronoun_antecedent, report_subject
from .descriptions import descriptor, named_army
from .discourse import PERSON_TYPES, SUBJECT_DEPS, Discourse, hyphen_pair
from .grammar import MODIFIER_DEPS, POSSESSIVE_RELATIVE, RELATIVE_TAGS, RESTRICTIVE_RELATIVE, agent_pobjs, pobjs
from .homeland import without_homeland
from .hyphens import hyphen_participle_agent
from .kindnames import own_names
from .lists import list_members
from .portfolio import title_conjuncts
from .pronouns import person_possessor, plural_antecedent, plural_object
from .titleholders import named_holder
from .victims import acted_upon
from .votes import is_voting_body

if TYPE_CHECKING:
    from ..actors import DocumentActors

NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})
INNER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})   # modifiers whose own modifiers count
_UP_TO_NOUN = frozenset({"pobj", "prep", "agent", "acl", "conj", "appos", "compound"})
_HOLDER_DEPS = frozenset({"acl", "amod"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
AGENT_WORDS = 3          # the longest role noun of the agents before its head ("national security advisor")


def actors(tok: Token | None, role: str, da: DocumentActors, ds: Discourse) -> list[str]:
    """Actors a noun phrase headed by ``tok`` stands for, its conjuncts and the members of
    its lists included ("cities including A, B and C", "X, as well as Y and Z")."""
    if tok is None:
        return []
    out: list[str] = []
    tokens = [tok, *title_conjuncts(tok, da)]   # not a title's portfolios
    tokens += misparsed_members(tok, da)
    tokens += [m for t in list(tokens) for m in list_members(t, da.kb.lexicon)]
    for t in tokens:
        for a in single(t, role, da, ds):
            if a not in out:
                out.append(a)
    return out


def misparsed_members(tok: Token, da: DocumentActors) -> list[Token]:
    """Members of a coordination with ``tok`` the parser hung under it: "Qatar, the US and Egypt", "Belarus,
    North Korea, Eritrea and Syria" parsed as an apposition (or a noun-phrase adverbial) holding a coordination;
    "Evil Mordor, *the awful Fornost*, and good Gondor" (an actor in apposition to a coordination's first
    member); "*Fornost* and the evil awful Gondor", "*Arnor*, *Calenardhon* and the evil awful Gondor" (an
    actor modifying ``tok``'s name with a coordinator of its own: the adjectives taken for its conjunct)."""
    out: list[Token] = []
    own = da.actor_at(tok.i)
    coordinated = any(c.dep_ == "cc" for c in tok.children) and any(c.dep_ == "conj" for c in tok.children)
    for c in tok.children:
        actor = da.actor_at(c.i)
        if not actor:
            continue
        if c.dep_ in ("appos", "npadvmod") and c.conjuncts:
            out += [c, *(x for x in c.conjuncts if x.i > c.i)]
        elif actor != own and (c.dep_ == "appos" and coordinated or _hung_member(c, tok, da)):
            # with its conjuncts that name other actors ("Trump and Russian President Putin": not the title)
            out += [c, *(x for x in c.conjuncts if x.i > c.i and da.actor_at(x.i) not in (None, own))]
    return out


def _hung_member(c: Token, tok: Token, da: DocumentActors) -> bool:
    """Whether actor ``c``, a modifier before ``tok``, is a member of a coordination whose
    last conjunct the parser took from words that name no actor ("Fornost and the evil
    *awful* Gondor"): the words up to ``tok`` are its last member. ("President Trump and
    Russian President Putin", whose conjunct is a word of Putin's name, is left as parsed.)"""
    if c.dep_ not in ("nmod", "compound") or c.i > tok.i:
        return False
    chain = [c, *(x for x in c.conjuncts if x.i > c.i)]
    return any(k.dep_ == "cc" for x in chain for k in x.children) and \
        da.actor_at(chain[-1].i) is None and chain[-1].pos_ in ("NOUN", "ADJ")


def single(t: Token, role: str, da: DocumentActors, ds: Discourse, depth: int = 0) -> list[str]:
    """Actors the one token ``t`` stands for (no conjuncts)."""
    a = da.actor_at(t.i)
    if a:
        # the span's own head inside an institution ("military" of "Israeli military")
        return [a]
    if depth > 3:
        return []
    got = pronoun_antecedent(t, da, ds)
    if got is not None:
        return got or _continued_subject(t, da, ds, depth)
    if t.tag_ in RELATIVE_TAGS and depth < 3:
        got = _relative_antecedent(t, role, da, ds, depth)
        if got is not None:
            return got
    if t.pos_ == "NUM" and t.like_num and t.dep_ != "nummod":
        # "four of their diplomats"; "one of the countries, France": the named apposition
        named = [a for c in t.children if c.dep_ == "appos" and (a := da.actor_at(c.i))]
        return named or _partitive(t, role, da, ds, depth)
    if t.pos_ not in NOMINAL_POS:
        return []
    return _noun(t, role, da, ds, depth)


def _continued_subject(t: Token, da: DocumentActors, ds: Discourse, depth: int) -> list[str]:
    """"They" continuing the plural subject before it ("Israeli forces entered X. They also
    shelled Y" -> Israel): the states and groups that subject stands for (:func:`plural_antecedent`);
    "them" as an object, the ones named together before it (:func:`plural_object`)."""
    if t.dep_ not in SUBJECT_DEPS:
        return plural_object(t, da, ds)       # "urged them to stop"
    said_by = report_subject(t, da)
    if said_by is not None and (said_by.tag_ in PLURAL_TAGS or said_by.conjuncts or said_by.pos_ == "PRON"
                                and said_by.lower_ not in da.kb.lexicon.words_of("person_pronoun")
                                or any(not is_person(a, da) for a in ds.actors_at(said_by.i))):
        return []      # "they" said by several ("Residents said they ...") or by a state or group
    tok = plural_antecedent(t, da, said_by)   # "He said that they had taken Merawi": not he
    return [a for a in actors(tok, "subj", da, ds) if is_party(a, da)] if tok is not None and depth < 3 else []


def _relative_antecedent(t: Token, role: str, da: DocumentActors, ds: Discourse, depth: int) -> list[str] | None:
    """"the group, which it blamed": a relative pronoun is the noun its clause modifies
    (``None`` when ``t`` heads no relative clause)."""
    clause = t.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    head = clause.head
    if t.lower_ == RESTRICTIVE_RELATIVE and head.pos_ == "PROPN":
        # "a body co-chaired by Russia, France and the US that mediated": a restrictive "that"
        # modifies no name; the parser's attachment to one is the noun above it
        up = head
        while up.pos_ != "NOUN" and up.head.i != up.i and up.dep_ in _UP_TO_NOUN:
            up = up.head
        if up.pos_ == "NOUN":
            return single(up, role, da, ds, depth + 1)
    partitive = _partitive_subject(head, da)
    if partitive is not None:
        # "Serbia, Russia and China are among the countries which have yet to recognize ...": the
        # copula's subjects, of whom the clause speaks
        return [a for c in (partitive, *partitive.conjuncts) for a in single(c, role, da, ds, depth + 1)]
    # "France and Germany, which have mediated ...": the coordination before it
    out: list[str] = []
    for h in (head, *(c for c in head.conjuncts if head.i < c.i < t.i)):
        out += [a for a in single(h, role, da, ds, depth + 1) if a not in out]
    return out


def _partitive_subject(head: Token, da: DocumentActors) -> Token | None:
    """The subject of "X and Y are *among* the countries ..." (``partitive_prep``) when ``head``
    is that unnamed plural noun, or ``None``."""
    if da.actor_at(head.i) or head.pos_ != "NOUN" or head.dep_ != "pobj" or \
            head.head.lower_ not in da.kb.lexicon.words_of("partitive_prep") or head.head.head.lemma_ != "be":
        return None
    return next((c for c in head.head.head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i), None)


def _noun(t: Token, role: str, da: DocumentActors, ds: Discourse, depth: int) -> list[str]:
    """Actors a common noun (or an unnamed proper noun) stands for."""
    holder = named_holder(t, da)     # "with U.S. Special Representative for Afghanistan Thomas West"
    if holder:
        return [holder]
    # "the country's intelligence chief Abbas Kamel", "its ally Hamas": the named apposition
    for c in t.children:
        if c.dep_ == "appos" and da.actor_at(c.i) and not _plural_of_one_person(t, c, da):
            return [da.actor_at(c.i)]
    if t.dep_ == "appos" and da.actor_at(t.head.i):
        return [da.actor_at(t.head.i)]      # "the OSCE Minsk Group, a body ...": the name it describes
    body = _voting_body(t, da, ds)
    if body:
        return [body]
    # a kind noun with its own names ("the M62 movement", "Mezem and Gushchu villages in X"), a partitive
    got = own_names(t, da) or _partitive(t, role, da, ds, depth) or believed_group(t, da)
    if got:
        return got
    # a description that points back: "the city", "the group", "the country", "its"
    desc = description(t, da, ds)
    if desc:
        return desc
    got = _holder(t, role, da, ds) or _event_agent(t, da, ds)
    if got:
        return got
    return _acting_for(t, role, da, ds)


def _plural_of_one_person(t: Token, appos: Token, da: DocumentActors) -> bool:
    """"more than 20 people, Khaing Thukha, ... told": a plural noun is no apposition of one person."""
    return t.tag_ in PLURAL_TAGS and not appos.conjuncts and da.type_of(da.actor_at(appos.i)) in PERSON_TYPES


def _voting_body(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"vetoed resolutions": a resolution stands for the council that votes on it."""
    lex = da.kb.lexicon
    if t.lower_ not in lex.words_of("resolution_noun") or not resolution_context(t, lex):
        return None
    return ds.last_actor(t.i, lambda x: is_voting_body(x, da))


def resolution_context(t: Token, lex: Lexicon) -> bool:
    """Whether the clause governing ``t`` is one whose target is the voting body
    (a veto or rejection), per the ``resolution_predicate`` list."""
    head = t.head
    while head.dep_ in ("prep", "pobj") and head.head.i != head.i:
        head = head.head
    frames = lex.verbs.get(head.lemma_.lower(), [])
    return any(f.predicate and f.predicate.lower() in lex.words_of("resolution_predicate") for f in frames)


def _partitive(t: Token, role: str, da: DocumentActors, ds: Discourse, depth: int) -> list[str]:
    """"areas of Khan Yunis", "the north of the territory", "leaders of Hamas": the object of the partitive's
    preposition (people take only "of": "leaders in Cairo" is no partitive; as a subject, no place: "rebels of
    Darfur attacked"). An agent noun of ``agents.tsv`` is a people partitive of the actors named after its "of",
    each member of their coordination: "the ambassadors of Arnor, Osgiliath and Gondor"."""
    words = da.kb.lexicon.words_of
    low = t.lower_
    # a number heading its phrase is a people partitive: "four of their diplomats", "two of the Hamas fighters"
    people = low in words("partitive_of") or t.pos_ == "NUM"
    if people and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in words("kin_modifier") for c in t.children):
        return []   # "killed family members of Haniyeh": his kin, not Haniyeh
    agent = not people and acts_for_state(t, da)
    if not (people or agent or low in words("partitive") or t.lemma_.lower() in words("partitive")):
        return []
    for p in pobjs(t, words("partitive_of_prep") if people or agent or low in words("of_partitive") else words("partitive_prep")):
        if t.pos_ == "NUM" and p.pos_ == "PRON":
            continue   # "killing two of them": a number of a pronoun's people is too loose a reference
        if not (people or agent) and da.kb.lexicon.nouns.get(p.lemma_.lower()):
            continue   # "the targets of the US-UK strikes": an event's targets, not a part of its agents
        if agent:   # the named actors themselves, not what a noun there stands for ("the government of its party")
            got = [a for x in (p, *(c for c in p.conjuncts if c.i > p.i)) if (a := da.actor_at(x.i))]
            return list(dict.fromkeys(got))
        # "the leaders of Saudi Arabia and Iran", "the towns of A and B": each member of a people or plural partitive's
        members = (p, *(c for c in p.conjuncts if c.i > p.i)) if people or t.tag_ == "NNS" else (p,)
        got = list(dict.fromkeys(a for x in members for a in single(x, role, da, ds, depth + 1)
                                 if not people or role != "subj" or da.protos[a].type != "Place"))
        if got:
            return _target_owners(t, role, da, ds) + [a for a in got if a not in _target_owners(t, role, da, ds)]
    return []


def _target_owners(t: Token, role: str, da: DocumentActors, ds: Discourse) -> list[str]:
    """"striking *Russian* naval facilities in Crimea", "near a *Turkish* observation point in Idlib":
    the states and groups whose targets (``owned_target``) an object names, beside the place
    where they lie (GUIDELINES, convention 15: a strike on facilities in a town is on the town
    and on the state)."""
    if role != "obj" or t.lemma_.lower() not in da.kb.lexicon.words_of("owned_target"):
        return []
    return [a for a in modifier_actors(t, da, ds) if da.type_of(a) in ("State", "Group")]


def _holder(t: Token, role: str, da: DocumentActors, ds: Discourse) -> list[str]:
    """"a command centre used by Hezbollah": a target is hit through whoever holds it; "a drone
    operated by the RSF", "a drone belonging to the RSF": a weapon acts for whoever wields it
    (as a subject only through a ``holder_verb``: "fighters backed by Iran" are not Iran);
    "entities associated with the IRGC", as a target, are the IRGC (``association_participle``)."""
    if not t.n_rights:
        return []
    words = da.kb.lexicon.words_of
    holders = None
    for c in t.children:
        if c.dep_ not in _HOLDER_DEPS:
            continue
        holders = words("holder_verb") if holders is None else holders
        if role == "subj" and c.lemma_.lower() not in holders:
            continue
        if c.tag_ == "VBN" and (acted_upon(t, c, da.kb.lexicon) or role == "obj" and brokered(c, da.kb.lexicon)):
            continue   # "hostages held by the Abu Sayyaf", "soldiers killed by FARC rebels": not the agent;
            # "a truce brokered by Egypt": the broker
        if c.tag_ == "VBN":
            agents = agent_pobjs(c)
            if not agents and role == "obj" and c.lemma_.lower() in words("association_participle"):
                agents = pobjs(c, words("association_prep"))   # "sanctions on entities linked to Hezbollah"
        else:   # "belonging to X", "loyal to X"
            agents = pobjs(c, words("holder_prep")) if c.lemma_.lower() in holders else []
        got = [a for p in agents for a in actors(p, "obj", da, ds)]
        if got:
            return got
    return []


def _event_agent(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"repelled the attack by Boko Haram", "the attack by Hamas killed ...": an event named
    by a noun stands for its agent ("by X", ``agent_prep``)."""
    if not t.n_rights:
        return []
    lex = da.kb.lexicon
    if not (lex.nouns.get(t.lemma_.lower()) or lex.nouns.get(t.lower_) or t.lemma_.lower() in lex.words_of("act_noun")):
        return []
    return [a for p in pobjs(t, lex.words_of("event_by_prep")) for a in actors(p, "subj", da, ds)]


def _acting_for(t: Token, role: str, da: DocumentActors, ds: Discourse) -> list[str]:
    """"Israeli troops", "Hamas fighters", "a Hamas rocket": the modifiers' actors, when
    the head acts for them (any object does, but "Yemeni rebels" no; a place is no subject);
    "negotiators from Qatar and Egypt", "peacekeeping forces from Burundi": the states or
    groups an agent comes from (``origin_prep``); "a spokesman for Hamas": the body a
    ``spokesperson_noun`` speaks for (``spokesperson_prep``)."""
    words = da.kb.lexicon.words_of
    low = t.lower_
    if low in words("spokesperson_noun") and not any(c.dep_ in MODIFIER_DEPS and da.actor_at(c.i) for c in t.children):
        # "a spokesman for Hamas", "a spokeswoman for the Foreign Ministry": the body spoken for
        return [a for a in pobj_actors(t, words("spokesperson_prep"), da, ds) if da.type_of(a) != "Place"]
    agent = low in words("state_agent") or t.lemma_.lower() in words("state_agent") or acts_for_state(t, da)
    # a state "from" which agents come is the state, though a location there ("from Qatar")
    origins = [a for a in pobj_actors(t, words("origin_prep"), da, ds) if da.protos[a].type != "Place"] if agent else []
    mods = modifier_actors(t, da, ds)
    if role == "subj" and (low in words("armed_collective") or t.lemma_.lower() in words("armed_collective")):
        # "Lebanese militants fired", "attacks by militants from Afghanistan": armed men of no named
        # group act for no state their demonym or origin names; "Hezbollah militants" are the group's
        return [m for m in mods if da.type_of(m) == "Group"]
    if not mods:
        return origins
    collective = low in words("nonstate_collective") or t.lemma_.lower() in words("nonstate_collective") or any(
        c.dep_ == "compound" and c.lower_ in words("nonstate_modifier") for c in t.children)   # "rebel movements"
    head_ok = (role == "obj" and not collective) or agent or low in words("weapon")
    if not head_ok:
        # "Houthi rebels": a group named before a collective is that group ("Yemeni rebels" nobody's)
        return [m for m in mods if collective and da.type_of(m) == "Group"]
    acting = [m for m in mods if not (role == "subj" and da.type_of(m) == "Place")] or ([] if role == "subj" else mods)
    if low in words("leader_body") or t.lemma_.lower() in words("leader_body"):
        acting = list(dict.fromkeys(led_state(m, da) for m in acting))   # "the Trump administration"
    return acting + [o for o in origins if o not in acting]


def led_state(a: str, da: DocumentActors) -> str:
    """The state a person ``a`` leads, when a ``leader_body`` is named after them ("the Trump
    administration", "the Netanyahu government" act for the United States, Israel): their title's
    state in the text, else the knowledge base's among the article's actors; ``a`` itself for
    others or when none is known."""
    if da.type_of(a) not in PERSON_TYPES:
        return a
    states = [r.affiliation for r in da.roles if r.person == a and r.affiliation and da.type_of(r.affiliation) == "State"]
    entry = da.protos[a].entry if a in da.protos else None
    if not states and entry is not None:
        states = [x["actor"] for x in entry.affiliations
                  if x.get("actor") in da.protos and da.type_of(x["actor"]) == "State"]
    return states[0] if states else a


def acts_for_state(t: Token, da: DocumentActors) -> bool:
    """Whether ``t`` heads a role noun of the agents (``lexicon/agents.tsv``: "police",
    "foreign minister", "national security advisor") whose unnamed holder acts for the state
    or group named with it ("Iraq's national security advisor", "Israeli police"): the
    longest phrase of ``t`` and the common-noun modifiers right before it that is an agent."""
    kb = da.kb
    if not kb.agents or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.pos_ == "PROPN" and t.i + 1 < len(t.doc) and da.actor_at(t.i + 1):
        return False   # a title before a name: the person acts ("Turkish President Recep Tayyip Erdogan")
    start = t.i
    while start > 0 and t.i - start < AGENT_WORDS:
        m = t.doc[start - 1]
        if not start <= m.head.i <= t.i or m.dep_ not in INNER_MODIFIER_DEPS \
                or m.pos_ not in ("NOUN", "ADJ") or da.actor_at(m.i):
            break
        start -= 1
    for k in range(start, t.i + 1):
        phrase = " ".join(x.lower_ for x in t.doc[k:t.i]) + (" " if k < t.i else "")
        agent = kb.agent(phrase + t.lower_) or kb.agent(phrase + t.lemma_.lower())
        if agent is not None:
            return agent.for_state
    return False


def modifier_actors(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors of the modifiers before ``t``: "Israeli", "Hamas", "its", "the group's",
    "whose", a compound's own modifiers, and their conjuncts ("the US and British strikes")."""
    out: list[str] = []
    for c in t.children:
        if c.dep_ not in MODIFIER_DEPS or c.i >= t.i:
            continue
        if hyphen_participle_agent(c, da.kb.lexicon.words_of("owner_participle")):
            continue   # "the UN-backed Somali government": the UN backs it, is none of it
        a = da.actor_at(c.i) or _possessive(c, da, ds) or _collective_modifier(c, da, ds)
        if a is None and c.dep_ == "poss" and _speaker_pronoun(c, da):
            # "their militants", "our soldiers": the sayers' side
            out.extend(x for x in pronoun_antecedent(c, da, ds) or () if x not in out)
            continue
        if c.tag_ == "VBN" or (any(g.text == "-" for g in c.children) and c.pos_ == "VERB"):
            # "Iran-backed Hezbollah": Iran backs, not the head; "a British-owned tanker" is Britain's (``owner_participle``)
            if c.lemma_.lower() in da.kb.lexicon.words_of("owner_participle"):
                out += [x for g in c.children if g.i < c.i and (x := da.actor_at(g.i)) and x not in out]
            continue
        if a is None and c.dep_ in INNER_MODIFIER_DEPS and c.pos_ != "VERB":
            # (not through a verb parsed as a modifier: "EU demands release of X" in a headline)
            inner = modifier_actors(c, da, ds)
            out.extend(x for x in inner if x not in out)
            continue
        if a:   # "a Hezbollah-Iran network": the first of a hyphenated pair too (the parser hangs it on the second)
            out += [x for g in hyphen_pair(c)[:1] if g.i != c.i for x in [da.actor_at(g.i)] if x and x not in out]
        if a and a not in out:
            out.append(a)
        for cj in c.conjuncts:   # "the US and British strikes"
            b = da.actor_at(cj.i)
            if b and b not in out and cj.i > c.i:
                out.append(b)
    return without_homeland(t, out, da)


def _possessive(c: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor of a possessive modifier that names none: "its", "the group's", "whose"."""
    if c.dep_ != "poss":
        return None
    a = None
    if c.lower_ in da.kb.lexicon.words_of("neuter_pronoun"):
        a = force_possessor(c, da, ds)
    elif c.lower_ in da.kb.lexicon.words_of("person_pronoun"):
        a = person_possessor(c, da, ds)      # "his visit to Moscow"
    if a is None and c.pos_ == "NOUN":
        a = descriptor(c, da, ds) or body_owner(c, da, ds)   # "the group's", "the Syrian government's" crackdown
    if a is None and c.lower_ == POSSESSIVE_RELATIVE:
        clause = c.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        got = single(clause.head, "subj", da, ds, 2) if clause.dep_ == "relcl" else []
        a = got[0] if got else None
    return a


def _speaker_pronoun(c: Token, da: DocumentActors) -> bool:
    """Whether ``c`` is "their" or "our", which stand for the sayers' side in reported speech."""
    words = da.kb.lexicon.words_of
    return c.lower_ in words("plural_pronoun") or c.lower_ in words("first_person_plural")


def _collective_modifier(c: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"rebel attacks", "junta troops": the armed group or state a collective noun before the head
    stands for (:func:`~kg.relations.coreference.armed_collective`, the ``state_descriptor``)."""
    if c.dep_ not in ("compound", "amod") or c.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    lemma = c.lemma_.lower()
    if lemma in da.kb.lexicon.words_of("state_descriptor"):
        return governed_state(c, da, ds)   # "junta troops"
    if lemma in da.kb.lexicon.words_of("government_modifier"):
        # "government forces", not "Syrian government forces" (the state is named there)
        named = any(x is not c and da.actor_at(x.i) for x in c.head.children)
        return None if named else governed_state(c, da, ds)
    if lemma in da.kb.lexicon.words_of("military_descriptor") and armed_means(c.head, da):
        # "a military jet", "army troops": the army the text named, not "Pakistani military jets"
        named = any(x is not c and da.actor_at(x.i) for x in c.head.children)
        return None if named else named_army(c, da, ds)
    if da.kb.lexicon.mappings.get("plural_descriptor", {}).get(c.head.lower_) == "group":
        return None   # "the rebel groups": several groups, not the article's one armed group
    return armed_collective(c, da, ds) if lemma in da.kb.lexicon.words_of("armed_collective") else None


def pobj_actors(t: Token, preps: frozenset[str] | tuple[str, ...], da: DocumentActors, ds: Discourse,
                role: str = "obj") -> list[str]:
    """The actors of the objects of ``t``'s prepositions among ``preps`` (read as ``role``)."""
    return list(dict.fromkeys(a for p in pobjs(t, preps) for a in actors(p, role, da, ds)))


def place_modifiers(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Places and states modifying ``t``: "Ukraine's second-largest city", "the Nigerian capital"."""
    return [a for a in modifier_actors(t, da, ds) if is_location(a, da)]


def place_objects(t: Token, preps: frozenset[str], da: DocumentActors, ds: Discourse,
                  only: Token | None = None) -> list[str]:
    """Places and states that are objects of ``t``'s prepositions among ``preps`` (only
    the preposition ``only``, if given): "a town *on* the edge *of* the Gaza Strip"."""
    out: list[str] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps and (only is None or c.i == only.i):
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [a for a in actors(p, "obj", da, ds) if is_location(a, da) and a not in out]
    return out
