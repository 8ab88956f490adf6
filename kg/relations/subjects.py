"""Subject inheritance: who does what a verb says when the verb has no subject of its own.

A verb takes the subject of the verb it depends on through control ("Egypt is
trying to broker"), purpose ("flew to Doha to meet"), coordination and relative
clauses ("the group that controls Gaza"), object control ("urged Israel to
withdraw" -> Israel withdraws), raising ("Israel is expected to meet"), an adjective's
complement (``control_adjective``: "Arnor is about to restore ties"), the owner of a noun's infinitive ("Israel's
plans to invade") and the reporter's conjoined speech act ("Mikati said the army would deploy and urged ...").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import is_media
from .arguments import actors, modifier_actors
from .discourse import Discourse
from .grammar import CLIMB_DEPS, INFINITIVE, PASS_SUBJ_DEPS, RELATIVE_TAGS, SUBJ_DEPS, agent_pobjs, pobjs
from .votes import is_voting_body

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: the links a verb without a subject climbs to find one
_CLIMB = CLIMB_DEPS | {"pobj", "prep", "dobj", "aux", "npadvmod", "advmod"}
_FINITE_OR_GERUND = frozenset({"VBG", "VBZ", "VBP", "VBD"})
_HIDDEN_COORDINATION = frozenset({"nmod", "compound"})   # how the parser hangs a first conjunct on the last


def dateline_dropped(subj: list[Token]) -> list[Token]:
    """"Beirut, May 19 (IANS/EFE): Iran on Monday rejected ...": of two subjects, one that a colon or
    dash parts from the next is a dateline's place, not a doer."""
    def parted(a: Token, b: Token) -> bool:
        return any(t.pos_ == "PUNCT" and t.text.strip().endswith((":", "-", "—", "–")) for t in a.doc[a.i + 1:b.i])
    return [sj for sj in subj if not any(later.i > sj.i and parted(sj, later) for later in subj)]


def appositive_places(sj: Token, da: DocumentActors, ds: Discourse) -> set[str]:
    """The places a common-noun subject's appositive names, which do nothing: "Soldiers patrolling
    Paranggui village ... killed two GAM members", parsed as "Soldiers, [patrolling Paranggui]
    village", is no attack by the village."""
    if sj.pos_ != "NOUN" or da.actor_at(sj.i):
        return set()
    return {a for c in sj.children if c.dep_ == "appos" for t in c.subtree for a in ds.actors_at(t.i)
            if da.type_of(a) == "Place"}


def _clause_on_noun(cur: Token, da: DocumentActors, ds: Discourse) -> list[str] | None:
    """The subjects of a relative or adjectival clause ``cur`` that its head noun gives, or None
    when the head gives none and the clause's subject is to be looked for further up."""
    words = da.kb.lexicon.words_of
    if cur.head.pos_ == "PRON":
        # "clashed with those backing Machar": the pronoun's people, not the clause's subject
        return actors(cur.head, "subj", da, ds)
    if cur.tag_ not in _FINITE_OR_GERUND or cur.head.pos_ not in ("NOUN", "PROPN"):
        return None
    got = actors(cur.head, "subj", da, ds)
    if not got and cur.tag_ == "VBG" and cur.dep_ == "acl":
        # "a U.S. resolution asking the Council to ...": the author of the text or act
        got = [a for a in modifier_actors(cur.head, da, ds) if da.type_of(a) != "Place"]
    if got or cur.dep_ == "acl" and _agent_noun(cur.head, words) and cur.lemma_.lower() not in words("report_verb"):
        # "killed 300 rebels advancing on the capital": unnamed rebels advance ("quoted an
        # official saying ...": the quoting source relays the speech)
        return got
    return None


def subjects(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors doing what verb ``v`` says, inheriting through control and coordination."""
    words = da.kb.lexicon.words_of
    seen = 0
    cur = v
    came_from_xcomp = on_noun = False    # on_noun: climbed from a participle on a noun ("shells exploding")
    while cur is not None and seen < 5:
        subj = dateline_dropped([c for c in cur.children if c.dep_ in SUBJ_DEPS])
        if subj and on_noun and cur.lemma_.lower() == "be":
            return []    # "they were 650 feet away from shells exploding in Donetsk": not their shells
        if subj:
            # two subjects where the parser missed the coordination: "X (X') and the Y signed"
            got = list(dict.fromkeys(a for sj in subj for a in hidden_conjuncts(sj, da) + actors(sj, "subj", da, ds)
                                     if a not in appositive_places(sj, da, ds)))
            # "the militant group that controls Gaza": a relative pronoun is the head noun
            if not got and subj[0].tag_ in RELATIVE_TAGS and cur.dep_ == "relcl":
                got = actors(cur.head, "subj", da, ds)
            return defeated_text_authors(cur, got, da) if subj[0].tag_ in RELATIVE_TAGS else got
        if any(c.dep_ in PASS_SUBJ_DEPS for c in cur.children):
            if cur.i == v.i:
                # "17 people were killed during bombardments": the doer is the "by" agent, or unnamed
                return [a for p in agent_pobjs(cur) for a in actors(p, "subj", da, ds)]
            # raising: "Israel is expected to meet ..." -> Israel meets
            if came_from_xcomp:
                return [a for c in cur.children if c.dep_ in PASS_SUBJ_DEPS for a in actors(c, "subj", da, ds)]
            return []
        got = _clause_on_noun(cur, da, ds) if cur.dep_ in ("relcl", "acl") else None
        if got is not None:
            return defeated_text_authors(cur, got, da)
        if infinitive_of_noun(cur):
            # "pressure on all sides to agree": whom it is on; "Israel's plans to invade": the noun's owner;
            # "demands to withdraw": an addressee not named
            got = [a for c in controllers(cur, words) for a in actors(c, "subj", da, ds)]
            if got:
                return got
            if cur.head.lemma_.lower() in words("demand"):
                return []
            got = [a for a in modifier_actors(cur.head, da, ds) if da.type_of(a) != "Place"]
            if got:
                return got
            # "the decision by the DRC to expel its ambassador", "efforts by the US to broker a deal": the noun's agent
            got = [a for p in pobjs(cur.head, words("event_by_prep")) if p.i < cur.i for a in actors(p, "subj", da, ds)]
            if got:
                return got
        control = controllers(cur, words)
        for c in control:
            got = actors(c, "subj", da, ds)
            if got:
                return got
        if control and cur.dep_ == "xcomp" and cur.head.lemma_.lower() in words("demand") and not any(
                p.dep_ == "poss" and p.pos_ == "PRON" for c in control for p in c.children):
            # "with Russia and Turkey urging the rivals to sign": the rivals sign, unnamed ("used
            # seven vehicles to attack": the subject's own act; "asked his top diplomat to request": his)
            return []
        if cur.dep_ == "conj" and reporter_conjunct(cur, words):
            cur = cur.head.head    # the reporting verb: its subject
            seen += 1
            continue
        if cur.dep_ in _CLIMB or cur.dep_ == "acomp" and cur.lemma_.lower() in words("control_adjective"):
            came_from_xcomp = cur.dep_ == "xcomp"
            on_noun = on_noun or cur.dep_ == "acl"
            cur = parenthetical_report_clause(cur, da) or (cur.head if cur.head.i != cur.i else None)
            seen += 1
            continue
        break
    return []


def defeated_text_authors(cur: Token, got: list[str], da: DocumentActors) -> list[str]:
    """The authors of what clause ``cur`` on a resolution says, when a veto or rejection defeated it
    (``resolution_noun``, object of a ``resolution_defeat_verb``): not the body that votes on it
    (``resolution_body``), which never adopted it: "Russia vetoed a Security Council resolution
    that backed an Arab League plan", "quashed a UN Security Council resolution calling on Moscow
    to withdraw" (the council backs and calls on no one; "a U.S. resolution urging Israel to
    withdraw" is still the United States' request)."""
    lex = da.kb.lexicon
    noun = cur.head
    if cur.dep_ not in ("relcl", "acl") or noun.lower_ not in lex.words_of("resolution_noun"):
        return got
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if governor is None or governor.lemma_.lower() not in lex.words_of("resolution_defeat_verb"):
        return got
    return [a for a in got if not is_voting_body(a, da)]


def parenthetical_report_clause(cur: Token, da: DocumentActors) -> Token | None:
    """The reported clause an adverbial hung on a parenthetical report verb belongs to: "The UAE
    recalled its ambassador to Tehran Thursday, state news agency WAM reported, after having
    protested over a visit by Iranian President Mahmoud Ahmadinejad" (the parser hangs "after
    having protested" on "reported"; the UAE protested, not the agency). Only an adverbial after
    a news outlet's report verb (``media_kind_word``, ``media_kind``: "WAM", "state media") whose
    reported clause comes before it; not a speaker's ("the minister said ... after meeting with his
    counterparts": the minister met them). None otherwise."""
    words = da.kb.lexicon.words_of
    head = cur.head
    if cur.dep_ not in ("prep", "advcl") or head.i > cur.i or head.lemma_.lower() not in words("report_verb"):
        return None
    media = words("media_kind_word") | words("media_kind")
    reporters = [w for s in head.children if s.dep_ in SUBJ_DEPS for w in s.subtree]
    if not any(w.lower_ in media or ((a := da.actor_at(w.i)) and is_media(a, da)) for w in reporters):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def hidden_conjuncts(subject: Token, da: DocumentActors) -> list[str]:
    """The actors coordinated before a subject that the parser hung on it as a modifier:
    "U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi on Friday held
    their first direct talks" (the first name an ``nmod`` of "Yi" with its "and" and conjunct,
    "Yi" alone the subject). Only a modifier with its own "and" and conjunct, before the subject,
    whose conjunct is no word of the subject's own name."""
    got, own = [], da.actor_at(subject.i)
    for t in subject.subtree:
        if t.i >= subject.i or t.dep_ not in _HIDDEN_COORDINATION:
            continue
        conjuncts = [c for c in t.children if c.dep_ == "conj"]
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) or not conjuncts \
                or any(da.actor_at(c.i) == own for c in conjuncts):
            continue   # "Qatar and Arab Egypt" with "Arab" of Egypt's own name: left as parsed
        actor = da.actor_at(t.i)
        if actor and actor != own and da.type_of(actor) != "Place":
            got.append(actor)
    return got


def _agent_noun(t: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``t`` names people who act ("rebels", "fighters", "troops"), not an act
    ("strikes targeting Hezbollah": the strikes' author targets)."""
    lemma = t.lemma_.lower()
    lists = ("person_noun", "people_noun", "nonstate_collective", "armed_collective")
    return any(lemma in words(w) or t.lower_ in words(w) for w in lists)


def infinitive_of_noun(t: Token) -> bool:
    """Whether ``t`` is an infinitive modifying a noun: "the power *to veto*", "plans *to attack*"."""
    return t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == INFINITIVE for c in t.children)


def controllers(v: Token, words: Callable[[str], frozenset[str]]) -> list[Token]:
    """The nouns whose actor does what ``v`` says when ``v`` has no subject of its own
    (object control): "urged Israel to withdraw" (an ``xcomp``), "called on Israel to
    withdraw" (``object_control_prep``), "accused the army of bombing", "thanked Qatar
    for mediating" (a ``pcomp`` of a ``gerund_control_prep``: the parser hangs the
    preposition on the verb or on its object)."""
    head = v.head
    # an infinitive on a noun has only the "on" object: "pressure on all sides to agree", "a call on Israel to withdraw"
    if v.dep_ == "xcomp" or infinitive_of_noun(v):
        on = words("object_control_prep")
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")] if v.dep_ == "xcomp" else []
        return objects + [p for c in head.children if c.dep_ == "prep" and c.lower_ in on and c.i < v.i
                          for p in c.children if p.dep_ == "pobj"]
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in words("gerund_control_prep"):
        above = head.head
        if above.pos_ == "VERB":
            return [c for c in above.children if c.dep_ == "dobj"]
        return [above] if above.dep_ == "dobj" else []
    return []


def reporter_conjunct(v: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``v``, a verb without a subject conjoined to the verb of a reported
    clause, is the reporter's: "Mikati said the army would deploy troops and urged
    Israel to ...", "he said his forces were committed to peace and accused the
    army ...". The parser attaches such a verb inside the reported clause; it is in
    the reporting verb's tense, the clause is modal or a copula, so they cannot
    share a subject; or it is a speech act ("... and urged", "... and warned"). ("said
    Israeli forces had entered the town and killed ..." keeps the forces: a past
    perfect may go on in the past tense.)"""
    clause = v.head
    if clause.dep_ != "ccomp" or v.tag_ not in ("VBD", "VBZ"):
        return False
    reporter = clause.head
    if reporter.tag_ != v.tag_ or reporter.lemma_.lower() not in words("report_verb"):
        return False
    if not any(c.dep_ in SUBJ_DEPS for c in clause.children):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    copula = clause.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)
    # "Saree said the group had targeted the tanker and threatened further attacks":
    # a further speech act is the reporter's
    return modal or copula or v.lemma_.lower() in words("speech_act_verb")
