"""Accusation by an evaluative predicate: a speaker who says another side lies, is
responsible, committed a provocation, or calls its act a violation or "an act of war"
accuses that side (GUIDELINES, convention 14: blame, charges, calling something
unacceptable are ACCUSE), though no verb of accusing is used.

* "Uribe said the FARC was lying", "said the Lebanese government was responsible for
  the soldiers' safety", "said South Korea committed a grave provocation", "said the
  Russians had been involved in espionage" — a reported clause whose predicate blames
  its subject (``blame_word``; a deed of ``blame_act_verb``);
* "Germany said Russia was behind the cyberattack" — a reported clause that puts its subject
  behind a hostile deed (:func:`behind_deed`);
* "Olmert called the attack by Hezbollah an act of war", "Hamas called Israel a
  terrorist state" — a naming verb (``naming_verb``) whose object is called by a
  blaming noun or adjective.

The one blamed is the clause's subject (or the named object), or, when that is an event
noun, who carried the event out ("Israel's strikes were a violation" -> Israel).

:func:`grievance_accusation`: a stated grievance over someone's act ("expressed concern about
the exercises", "voiced strong opposition over the statements issued by Japan", README of kg's
real-news sets: "expressed concern" -> ACCUSE) accuses its agent.

:func:`judged_act`: "'... since Russia launched its illegal aggression,' Borrell said" -> Borrell
ACCUSE Russia (an act the reported words judge by a blaming adjective).

:func:`reason_accusation`: "severed links with Qatar over Doha's support for Islamist groups" -> ACCUSE
Qatar (a hostile step taken over another side's act).

:func:`wanted_accusation`: "a commander wanted by US authorities for his role in bombings" -> the
authorities' side ACCUSE the wanted person.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ACCUSE, ASSAULT, COERCE, CONSULT, SUPPORT
from .anaphora import PARTY_TYPES, event_anaphor
from .arguments import actors, modifier_actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import noun_index
from .grammar import PASS_SUBJ_DEPS, SUBJ_DEPS, agent_pobjs, is_negated, pobjs
from .index import TokenIndex
from .nominal import noun_agents
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_REPORTED = frozenset({"ccomp"})
_PREDICATIVE = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_BLAMED_TYPES = PARTY_TYPES | {"Official", "Person"}


def evaluative_accusation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """The speaker ACCUSE whoever the clause it reports, or the name it gives, blames."""
    kb = da.kb
    words = kb.lexicon.words_of
    report, naming = words("report_verb"), words("naming_verb")
    confidence = kb.confidence("evaluation.accusation")
    if not index.tokens(sent, "blame"):
        return       # no blaming word in the sentence
    for v in index.tokens(sent, "evaluation"):
        lemma = v.lemma_.lower()
        if lemma in naming:
            named = _named_blame(v, words)
            blamed = [a for d in v.children if named and d.dep_ == "dobj" for a in culprits(d, da, ds)]
            blamed = blamed or [a for x in named for a in complement_culprits(x, da, ds)]
        elif lemma in report:
            blamed = [a for c in v.children if c.dep_ in _REPORTED for a in blamed_by_clause(c, da, ds)]
        else:
            continue
        if not blamed:
            continue
        for s in subjects(v, da, ds):
            for o in dict.fromkeys(blamed):
                if s != o and da.type_of(s) != "Place":
                    yield Found(s, ACCUSE, o, v, "evaluation.accusation", confidence, cameo=cameo(kb, ACCUSE))


def judged_act(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """The speaker ACCUSE the doer of an act its reported words judge: by a blaming adjective
    (``judging_adjective``: "'... since Russia launched its illegal aggression,' Borrell said",
    "Mnuchin said the administration is countering malign Russian cyber activity" -> ACCUSE
    Russia; GUIDELINES, convention 14; README of kg's real-news sets, Borrell), the act an event
    noun or an ``act_noun`` and its doer its agent, possessor or modifier (:func:`culprits`); or by
    a ``blame_noun`` with a doer of its own ("India said the clash began due to encroachment *by
    Chinese forces*": :func:`complement_culprits`, not "a violation of Lebanese airspace"). Not
    in a denial (``denial_verb``)."""
    kb = da.kb
    words = kb.lexicon.words_of
    report, denial = words("report_verb"), words("denial_verb")
    judging, blame_nouns = words("judging_adjective"), words("blame_noun")
    nouns = noun_index(kb.lexicon)
    acts = words("act_noun")

    def is_judged(n: Token) -> bool:   # an event or act noun a judging adjective qualifies
        lemma = n.lemma_.lower()
        return bool(nouns.get(lemma) or lemma in acts) and any(
            a.dep_ in ("amod", "compound") and a.lower_ in judging for a in n.children)

    if not index.tokens(sent, "judged"):
        return   # no blame noun and no judging adjective
    for v in index.tokens(sent, "evaluation"):
        lemma = v.lemma_.lower()
        if lemma not in report or lemma in denial or is_negated(v):
            continue
        said = [(n, c) for c in v.children if c.dep_ in _REPORTED for n in c.subtree
                if n.pos_ == "NOUN" and (n.lemma_.lower() in blame_nouns or is_judged(n))]
        if not said:
            continue
        speech = report | words("speech_act_verb") | words("naming_verb")
        said = [n for n, c in said if not _words_of_another(n, c, speech, kb.lexicon.verbs)]
        judged = [n for n in said if is_judged(n)]
        blamed = [a for n in judged for a in culprits(n, da, ds) or _object_of_doer(n, da, ds)]
        blamed += [a for n in said if n.lemma_.lower() in blame_nouns and n not in judged
                   for a in complement_culprits(n, da, ds)]
        if not blamed:
            continue
        yield from _speakers_accuse(v, blamed, "evaluation.judged_act", da, ds)


def _speakers_accuse(v: Token, blamed: list[str], rule: str, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """ACCUSE (asserted) from each subject of ``v`` that is no Place on each actor ``blamed``."""
    kb = da.kb
    for s in subjects(v, da, ds):
        for o in dict.fromkeys(blamed):
            if s != o and da.type_of(s) != "Place":
                yield Found(s, ACCUSE, o, v, rule, kb.confidence("evaluation.accusation"),
                            cameo=cameo(kb, ACCUSE), modality="asserted")


def _words_of_another(n: Token, c: Token, speech: frozenset[str], verbs) -> bool:
    """Whether the noun ``n`` of the reported clause ``c`` stands in words or a judgement the
    clause reports in turn (a speech verb, or a verb of accusing or backing): "Zarif slammed
    *provocative actions* by the Saudi government, his spokesman added" is Zarif's judgement."""
    cur = n.head
    while True:
        if cur.pos_ in ("VERB", "AUX") and (cur.lemma_.lower() in speech or any(
                f.predicate in (ACCUSE, SUPPORT) and not f.parts for f in verbs.get(cur.lemma_.lower(), ()))):
            return True
        if cur.i == c.i or cur.head.i == cur.i:
            return False
        cur = cur.head


def _object_of_doer(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The subject of the verb whose object the act ``n`` is: "Russia introduced new
    *unacceptable demands*" -> Russia."""
    if n.dep_ not in ("dobj", "obj") or n.head.pos_ != "VERB":
        return []
    return [a for c in n.head.children if c.dep_ in SUBJ_DEPS for a in actors(c, "subj", da, ds)
            if da.type_of(a) in _BLAMED_TYPES]


def grievance_accusation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ACCUSE from whoever states a grievance (``grievance_verb`` with a ``grievance_noun`` as
    object: "expressed concern", "lodged a protest") of the agent of what it is over
    (``grievance_prep``, on the noun, its conjunct or the verb). A grievance lodged with an envoy
    ("lodged a protest with the ambassador") blames the envoy's state and consults the envoy."""
    kb = da.kb
    words = kb.lexicon.words_of
    grievance, preps = words("grievance_noun"), words("grievance_prep")
    for v in index.tokens(sent, "grievance"):
        if v.pos_ != "VERB" or is_negated(v):
            continue
        nouns = [u for c in v.children if c.dep_ in ("dobj", "obj") for u in (c, *c.conjuncts)
                 if u.lemma_.lower() in grievance and not any(d.dep_ == "neg" or d.lower_ == "no" for d in u.children)]
        if not nouns:
            continue
        over = [p for h in (*nouns, v) for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj"]
        blamed = [a for p in over for a in grievance_culprits(p, da, ds)]
        envoys = {a: state for a in blamed if (state := _envoy_state(a, da, ds))}
        for s in subjects(v, da, ds):
            for o in dict.fromkeys(envoys.get(a, a) for a in blamed):
                if s != o and da.type_of(s) != "Place":
                    yield Found(s, ACCUSE, o, v, "evaluation.grievance", kb.confidence("evaluation.accusation"),
                                cameo=cameo(kb, ACCUSE), modality="asserted")
            for envoy in envoys:   # "lodged a protest with the ambassador": he was met, his state blamed
                if s != envoy and da.type_of(s) != "Place":
                    yield Found(s, CONSULT, envoy, v, "evaluation.grievance_envoy",
                                kb.confidence("evaluation.accusation"), cameo=cameo(kb, CONSULT), modality="asserted")


def reason_accusation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ACCUSE from whoever takes a hostile step (a verb whose frame is ``reason_predicate``) over
    another side's act or words (``reason_prep``, or "in protest at"): "severed links with Qatar
    over Doha's support for Islamist groups", "imposed sanctions on two Russian agencies over their
    involvement in hacking", "severed relations with Egypt in protest at Cairo's peace treaty"
    (README of kg's real-news sets: the grievance a sanction or protest is over is ACCUSE). The
    act is an event, act or utterance noun; its doer its possessor or modifier, else its agent."""
    from .clause import verb_frames  # clause reads this module's rules
    from .frames import match_verb
    kb = da.kb
    words = kb.lexicon.words_of
    hostile = {p.upper() for p in words("reason_predicate")}
    if not index.tokens(sent, "reason"):
        return   # no "over X" and no "in protest at X": no step is taken over anything here
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or v.dep_ in ("acl", "amod"):
            continue   # "sanctions imposed on Turkey over its offensive": who imposed them is not said
        reasons = _reasons(v, words)
        if not reasons or is_negated(v):
            continue
        blamed = [a for n in reasons for a in _reason_doers(n, da, ds)]
        frames = verb_frames(v, kb.lexicon.verbs) if blamed else None
        if not frames or (match_verb(v, frames, da, ds)[0] or frames[0]).predicate not in hostile:
            continue
        yield from _speakers_accuse(v, blamed, "evaluation.reason", da, ds)


def _reasons(v: Token, words) -> list[Token]:
    """The nouns the step ``v`` is taken over: "over X's remarks", "in protest at X's treaty"."""
    preps = words("reason_prep")
    # on the verb or on its object ("expelled the ambassador over X's remarks")
    heads = [v, *(c for c in v.children if c.dep_ in ("dobj", "obj"))]
    out = [o for h in heads for o in pobjs(h, preps)]
    protests = [o for o in pobjs(v, ("in",)) if o.lemma_.lower() in words("grievance_noun")]
    return out + [o for n in protests for o in pobjs(n, words("grievance_prep"))]


def _reason_doers(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who did the act the noun ``n`` names: its possessor or modifiers, else its agents (for an
    event, ``act_noun`` or ``utterance_noun`` only: not the place "over Idlib")."""
    words = da.kb.lexicon.words_of
    lemma = n.lemma_.lower()
    if not (noun_index(da.kb.lexicon).get(lemma) or lemma in words("act_noun") | words("utterance_noun")):
        return []
    got = modifier_actors(n, da, ds) or noun_agents(n, da, ds)
    return [a for a in got if da.type_of(a) in _BLAMED_TYPES]


def wanted_accusation(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ACCUSE from whoever wants a person for a deed (a passive ``wanted_verb`` with its "by" agent
    and a ``wanted_prep``): "Sahiron, a commander long wanted by US and Philippine authorities for
    his role in bombings", "Hapilon is wanted by the United States for the kidnapping of Americans"
    (README of kg's real-news sets: charges are ACCUSE). Who is wanted is the passive subject, or
    the noun the participle describes (through an apposition: "Sahiron, a fighter wanted by ...")."""
    kb = da.kb
    words = kb.lexicon.words_of
    wanted, preps = words("wanted_verb"), words("wanted_prep")
    for v in index.tokens(sent, "wanted"):
        if v.tag_ != "VBN" or v.lemma_.lower() not in wanted or is_negated(v) \
                or not any(c.dep_ == "prep" and c.lower_ in preps for c in v.children):
            continue
        accusers = [a for p in agent_pobjs(v) for a in actors(p, "subj", da, ds) if da.type_of(a) != "Place"]
        heads = [c for c in v.children if c.dep_ in PASS_SUBJ_DEPS]
        if v.dep_ == "acl":
            heads = [v.head, *([v.head.head] if v.head.dep_ == "appos" else [])]
        accused = [a for h in heads for a in actors(h, "obj", da, ds) if da.type_of(a) in ("Person", "Official", "Group")]
        for s in dict.fromkeys(accusers):
            for o in dict.fromkeys(accused):
                if s != o:
                    yield Found(s, ACCUSE, o, v, "evaluation.wanted", kb.confidence("evaluation.accusation"),
                                cameo=cameo(kb, ACCUSE), modality="asserted")


def _envoy_state(person: str, da: DocumentActors, ds: Discourse) -> str | None:
    """The state a person the text or the knowledge base calls its envoy represents ("Chinese
    Ambassador to Japan Cheng Yonghua" -> China), or ``None``."""
    if da.type_of(person) not in ("Person", "Official"):
        return None
    diplomat = da.kb.lexicon.words_of("diplomat_noun")
    for title, owner in ds.titles(person):
        if owner and da.type_of(owner) == "State" and any(w in diplomat for w in title.lower().split()):
            return owner
    return None


def grievance_culprits(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Whose act the phrase ``t`` a grievance is over names: its :func:`culprits`, the "by" agent
    of a participle on it ("the statements *issued by Japan*"), or the agent of the act a
    definite event noun refers back to ("concern about *the exercises*")."""
    got = culprits(t, da, ds)
    if not got:
        got = [a for v in t.children if v.dep_ == "acl" for ag in v.children if ag.dep_ == "agent"
               for p in ag.children if p.dep_ == "pobj" for a in actors(p, "subj", da, ds)]
    if not got:
        agent = event_anaphor(t, da, ds)
        got = [agent] if agent else []
    return [a for a in got if da.type_of(a) in _BLAMED_TYPES]


def blames(t: Token, words) -> bool:
    """Whether the noun, adjective or verb ``t`` blames whom it is said of: "lying",
    "responsible", "a clear violation", "an act of war", "a terrorist state"."""
    blame = words("blame_word")
    if t.lemma_.lower() in blame or t.lower_ in blame:
        return True
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in blame or c.lemma_.lower() in blame) for c in t.children):
        return True      # "a terrorist state", "a war crime"
    # "an act of war": the act is what its "of" names
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() in blame
                                                             for p in c.children) for c in t.children)


def blamed_by_clause(c: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the reported clause headed by ``c`` blames: its subject when it lies, is
    responsible or a violation, committed a provocation or was involved in espionage."""
    words = da.kb.lexicon.words_of
    subj = [s for s in c.children if s.dep_ in SUBJ_DEPS or s.dep_ in PASS_SUBJ_DEPS]
    if not subj or is_negated(c):
        return []
    said_of = _with_conjuncts([x for x in c.children if x.dep_ in _PREDICATIVE])
    if c.lemma_.lower() in words("blame_act_verb"):
        said_of += [x for x in c.children if x.dep_ == "dobj"]
    # "had been involved in espionage": a passive's prepositional object
    said_of += [p for x in c.children if x.dep_ == "prep" and any(s.dep_ in PASS_SUBJ_DEPS for s in subj)
                for p in x.children if p.dep_ == "pobj"]
    if not (blames(c, words) and c.pos_ == "VERB") and not any(blames(x, words) for x in said_of) \
            and not behind_deed(c, said_of, da):
        return []
    return culprits(subj[0], da, ds)


def behind_deed(c: Token, said_of: list[Token], da: DocumentActors) -> bool:
    """Whether the clause ``c`` puts its subject behind a hostile deed: "Russia was behind the
    cyberattack", "X was the brains behind the operation" (a ``culprit_prep`` on the clause or
    its predicate, whose object is an attack or coercion noun or a ``culprit_deed_noun``)."""
    words = da.kb.lexicon.words_of
    nouns = noun_index(da.kb.lexicon)
    deeds = words("culprit_deed_noun") | words("event_anaphor")

    def deed(n: Token) -> bool:
        lemma = n.lemma_.lower()
        return n.pos_ == "NOUN" and (lemma in deeds or n.lower_ in deeds or any(
            f.predicate in (ASSAULT, COERCE) for f in nouns.get(lemma, ())))
    return any(p.dep_ == "prep" and p.lower_ in words("culprit_prep") and any(
        o.dep_ == "pobj" and deed(o) for o in p.children) for x in (c, *said_of) for p in x.children)


def culprits(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who is blamed through the phrase ``t``: its actors, or the agent (else the modifiers)
    of the event it names ("Israel's strikes", "the attack by Hezbollah")."""
    got = actors(t, "subj", da, ds) or called_actors(t, da, ds)
    nouns = noun_index(da.kb.lexicon)
    if not got and (nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)):
        got = noun_agents(t, da, ds) or modifier_actors(t, da, ds)
    elif not got and t.lemma_.lower() in da.kb.lexicon.words_of("act_noun") | da.kb.lexicon.words_of("utterance_noun"):
        agent = da.kb.lexicon.words_of("agent_prep") | {"of"}
        # "Kosovo's declaration violates international law", "Japan's remarks"; "the presence of the
        # Chinese ships", "actions by Saudi Arabia"
        got = modifier_actors(t, da, ds) or [a for o in pobjs(t, agent) for a in actors(o, "subj", da, ds)]
    return [a for a in got if da.type_of(a) in _BLAMED_TYPES]


def called_actors(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actor a description is named by a participle of naming: "a militant group *called
    Lashkar-e-Jhangvi*" (a ``naming_verb`` on ``t`` with its object complement)."""
    naming = da.kb.lexicon.words_of("naming_verb")
    return [a for v in t.children if v.dep_ == "acl" and v.lemma_.lower() in naming
            for c in v.children if c.dep_ in ("oprd", "attr") for a in actors(c, "subj", da, ds)]


def _named_blame(v: Token, words) -> list[Token]:
    """The blaming words the naming verb ``v`` names its object by: "called X an act of war",
    "described X as a crime"; [] when it names it by no blaming word."""
    named = [c for c in v.children if c.dep_ in _PREDICATIVE]
    named += [p for c in v.children if c.dep_ == "prep" and c.lower_ in words("role_as_prep")
              for p in c.children if p.dep_ == "pobj"]
    return [x for x in _with_conjuncts(named) if blames(x, words)]


def complement_culprits(x: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the blaming complement ``x`` itself names as the doer, when what it is said of names
    no one: its modifiers ("described the attacks as *Israeli* aggression") or its "by" agent
    ("called it an act of aggression *by Iran*"), not an "of" ("a violation of Lebanese sovereignty")."""
    agents = da.kb.lexicon.words_of("agent_prep")
    got = modifier_actors(x, da, ds) + [a for p in x.children if p.dep_ in ("prep", "agent") and p.lower_ in agents
                                        for o in p.children if o.dep_ == "pobj" for a in actors(o, "subj", da, ds)]
    return [a for a in got if da.type_of(a) in _BLAMED_TYPES]


def _with_conjuncts(said_of: list[Token]) -> list[Token]:
    """The predicative complements and their conjuncts: "called it an unusual incident *and very
    regrettable*", "said the attack was a dangerous precedent *and a blatant violation*"."""
    return list(dict.fromkeys(u for x in said_of for u in (x, *x.conjuncts)))
