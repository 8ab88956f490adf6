"""Mediation whose parties the sentence does not name (GUIDELINES, convention 12: MEDIATE
takes its parties from the article).

* :func:`mediator_role` — a mediator named by a role noun or a phrase, not a verb:
  "Kuwait, acting as a mediator in the crisis", "who served as chief mediator in the
  talks", "truce broker Eric Solheim", "under the auspices of X", "through the
  mediation of X"; between the parties named "between", those of the clause the phrase
  hangs on, or the article's;
* :func:`article_parties` — the parties such a mediation is between when the sentence
  names none: the last pair the text set in relation (talks, an accord, fighting, an
  accusation), a person standing for the state or group they speak for, neither of them
  on the mediator's own side. The verb and participle rules ("Norway was asked to
  mediate in the conflict", "EU-mediated talks") use it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import MEDIATE
from .arguments import actors, modifier_actors, pobj_actors
from .coreference import is_party
from .discourse import PERSON_TYPES, Discourse
from .found import Found, cameo
from .grammar import OBJ_DEPS, PASS_SUBJ_DEPS
from .index import TokenIndex
from .modality import modality
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_NAME_DEPS = frozenset({"compound", "appos", "nmod"})
LOOKAHEAD = 2   # sentences after a mediation with no parties that may still name them


def mediator_role(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Kuwait, acting as a mediator in the crisis" -> Kuwait MEDIATE each party: those named
    "between" the noun's parties, else the article's (:func:`article_parties`)."""
    kb = da.kb
    words = kb.lexicon.words_of
    role_nouns, of_nouns = words("mediator_noun"), words("mediation_of_noun")
    for trigger in index.tokens(sent, "mediator"):
        low, n = trigger.lemma_.lower(), trigger
        if low in role_nouns:
            mediators = role_holders(n, da, ds)
        elif low in of_nouns:
            # "under the auspices of X", "Qatari mediation", "mediation efforts by Egypt"
            n, mediators = mediation_agents(n, da, ds)
        else:
            continue
        mediators = [m for m in mediators if da.type_of(m) != "Place"]
        if not mediators:
            continue
        # "Norwegian truce broker X": Norway is the mediator's side, not a party
        own = own_side(mediators, da) | set(modifier_actors(n, da, ds))
        parties = mediated_parties(n, da, ds) or event_noun_parties(n, own, da, ds) or \
            clause_parties(n, own, da, ds) or sentence_parties(n, own, da, ds) or \
            accepting_parties(n, own, da, ds) or open_parties(n, mediators, da, ds, own)
        # "The chief mediator, X, said ...": the parties the next sentences set in relation
        yield from mediations(mediators, parties, trigger, "mediation.role",
                              lambda: later_parties(mediators, own, trigger, da, ds), da, ds)


def mediations(mediators: list[str], parties: list[str], trigger: Token, rule: str,
               later: Callable[[], Callable[[], list[Found]]], da: DocumentActors,
               ds: Discourse) -> Iterator[Found]:
    """``rule``'s MEDIATE of each mediator with each party; with no parties yet and the trigger
    asserted, the mediation ``later()`` resolves with the pair a later sentence sets in relation
    waits up to ``LOOKAHEAD`` sentences."""
    kb = da.kb
    if not parties and modality(trigger, kb.lexicon.words_of) == "asserted":
        ds.awaiting.append((later(), LOOKAHEAD))
    confidence = kb.confidence(rule)
    for m in mediators:
        for p in parties:
            if m != p:
                yield Found(m, MEDIATE, p, trigger, rule, confidence, cameo=cameo(kb, MEDIATE))


def later_parties(mediators: list[str], own: set[str], trigger: Token, da: DocumentActors,
                  ds: Discourse, rule: str = "mediation.role_after") -> Callable[[], list[Found]]:
    """A mediation by ``mediators`` whose sentence and the text before name no parties, resolved
    with the first pair a later sentence sets in relation (:func:`article_parties`): "the chief
    mediator, X, said the parties commit to an end of hostilities. Peace negotiations between
    Kiir and Machar resumed"."""
    kb = da.kb

    def resolve() -> list[Found]:
        parties = article_parties(mediators, da, ds, own)
        return [Found(m, MEDIATE, p, trigger, rule, kb.confidence(rule), cameo=cameo(kb, MEDIATE))
                for m in mediators for p in parties if m != p]
    return resolve


def mediation_agents(n: Token, da: DocumentActors, ds: Discourse) -> tuple[Token, list[str]]:
    """Who mediates by mediation noun ``n``, and the noun whose phrase names the mediation's
    parties: its own "of"/"by" objects ("the mediation of Qatar", ``mediation_of_prep``) or
    party modifiers ("Qatari mediation"); for a noun modifying another ("mediation efforts",
    "a mediation role"), those of the noun it modifies ("mediation efforts by Egypt and
    Qatar", "Qatari mediation efforts"), whose phrase is then the mediation's."""
    prep = da.kb.lexicon.words_of("mediation_of_prep")
    heads = (n, n.head) if n.dep_ == "compound" and n.head.pos_ == "NOUN" else (n,)
    for t in heads:
        got = pobj_actors(t, prep, da, ds) or [a for a in modifier_actors(t, da, ds) if is_party(a, da)]
        if got:
            return t, got
    return n, []


def role_holders(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who the role noun ``n`` ("mediator", "broker") is said of: the object or subject of the
    verb of "as a mediator" ("recognise Kuwait as", "served as", "was appointed as"); the
    name it stands beside ("truce broker Eric Solheim", "the mediator, Qatar"); the subject
    of "is the mediator"; else its modifiers ("Egyptian mediators")."""
    words = da.kb.lexicon.words_of
    if n.dep_ == "pobj" and n.head.lower_ in words("role_as_prep"):
        holder = n.head.head
        if holder.pos_ in ("VERB", "AUX"):
            for deps in (OBJ_DEPS, PASS_SUBJ_DEPS):
                named = [c for c in holder.children if c.dep_ in deps and c.i < n.i]
                if named:
                    return actors(named[0], "subj", da, ds)
            return subjects(holder, da, ds)
        return actors(holder, "subj", da, ds)
    head = n
    while head.dep_ in _NAME_DEPS and head.head.i != head.i and not da.actor_at(head.i):
        head = head.head
    if head.i != n.i and da.actor_at(head.i):
        return [da.actor_at(head.i)]          # "truce broker Eric Solheim", "Qatar, the mediator"
    named = [a for c in n.children if c.dep_ == "appos" and da.actor_at(c.i) for a in actors(c, "subj", da, ds)]
    if named:
        return list(dict.fromkeys(named))     # "the mediator, Qatar", "the mediators (Qatar, Egypt and the US)"
    named = _misparsed_apposition(n, da)
    if named:
        return [named]                        # "The chief mediator, Mohamed Ibn Chambas, said"
    if n.dep_ == "attr":
        return subjects(n.head, da, ds)       # "Qatar is the main mediator"
    return [a for a in modifier_actors(n, da, ds) if is_party(a, da)]


def _misparsed_apposition(n: Token, da: DocumentActors) -> str | None:
    """The name set off by a comma right after role noun ``n`` that the parser made a second
    subject or object of a verb ("The chief mediator, Mohamed Ibn Chambas said": two subjects
    of "said"; "presented a list to the chief mediator, President X": two objects of
    "presented"): an apposition to ``n``. ``None`` when the name is the verb's only argument
    of its kind ("the mediators' proposal, Hamas said": Hamas is the speaker)."""
    doc, end = n.doc, n.right_edge.i     # "the chief mediator for the IGAD, Seyoum Mesfin, said"
    while end > n.i and doc[end].text == ",":
        end -= 1
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    name = doc[end + 2]
    while name.dep_ in ("compound", "amod") and name.head.i > name.i:
        name = name.head                      # "Togolese President Gnassingbe Eyadema" -> Eyadema
    actor = da.actor_at(name.i)
    if actor is None or da.type_of(actor) == "Place" or name.dep_ == "appos":
        return None
    twin = [c for c in name.head.children if c.dep_ == name.dep_ and c.i <= n.i]
    return actor if twin and name.head.pos_ in ("VERB", "AUX") else None


def clause_parties(n: Token, own: set[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """"Israel and Hamas agreed to a truce under the auspices of Egypt": the parties of the
    clause the mediation noun's preposition hangs on (its subjects and objects), if two."""
    words = da.kb.lexicon.words_of
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ in words("role_as_prep"):
        return []
    verb = n.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    objects = [a for c in verb.children if c.dep_ in OBJ_DEPS for a in actors(c, "obj", da, ds)]
    objects += pobj_actors(verb, words("party_with_prep"), da, ds)
    parties = [a for a in dict.fromkeys(subjects(verb, da, ds) + objects) if a not in own]
    return parties if len(parties) > 1 else []


def event_noun_parties(n: Token, own: set[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """"Talks between Israel and Hamas under the auspices of Egypt": the parties named
    "between" the event noun the mediation noun's preposition hangs on, if two."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [a for a in mediated_parties(n.head.head, da, ds) if a not in own]


def sentence_parties(n: Token, own: set[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """"Talks between Sudan and South Sudan were held under the auspices of the AU", "Turkish
    mediators shuttled between the Russian and Ukrainian delegations": the parties named
    "between" anywhere in the clause of the verb the mediation noun hangs on (its subject's
    event noun, its own preposition), if two, none on the mediator's side; they come before
    the pair the article set in relation earlier."""
    verb = n.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    parties = [a for a in mediated_parties(verb, da, ds) if a not in own]
    return parties if len(parties) > 1 else []


def accepting_parties(n: Token, own: set[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """"Bahrain, Egypt and Saudi Arabia recognise only Kuwait as a mediator in the crisis with
    Qatar": who accepts a mediator (``mediator_accepting_verb``) is a party, and so is the
    other side "with" the crisis noun under the role noun; two or more, none on the
    mediator's own side."""
    words = da.kb.lexicon.words_of
    if n.dep_ != "pobj" or n.head.lower_ not in words("role_as_prep"):
        return []
    verb = n.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("mediator_accepting_verb"):
        return []
    others = [a for c in n.subtree if c.dep_ == "pobj" and c.head.lower_ in words("party_with_prep")
              for a in actors(c, "obj", da, ds)]
    parties = [a for a in dict.fromkeys(subjects(verb, da, ds) + others) if a not in own and is_party(a, da)]
    return parties if len(parties) > 1 else []


def own_side(mediators: list[str], da: DocumentActors) -> set[str]:
    """The mediators and whom they speak for: their titles' and the knowledge base's
    affiliations and parents, and the bodies named after any of these ("Oman" for its
    foreign minister, "the Omani foreign ministry")."""
    own = set(mediators)
    for m in mediators:
        own |= {r.affiliation for r in da.roles if r.person == m and r.affiliation}
        entry = da.protos[m].entry
        if entry is not None:
            own |= {a["actor"] for a in entry.affiliations if a.get("actor")}
            if entry.parent:
                own.add(entry.parent)
    own |= {i.group for i in da.institutions if i.parent in own}
    own |= {x for x, p in da.protos.items() if p.entry is not None and p.entry.parent in own}
    return own


def mediated_parties(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The parties "between X and Y" (``parties_prep``) anywhere under a mediation's trigger
    (none if only one is named: "between the two countries" is not a pair of names)."""
    parties = da.kb.lexicon.words_of("parties_prep")
    out: list[str] = []
    for p in t.subtree:
        if p.lower_ in parties and p.dep_ == "prep":
            for o in p.children:
                if o.dep_ == "pobj":
                    out += [a for a in actors(o, "obj", da, ds) if a not in out]
    return out if len(out) > 1 else []


def open_parties(t: Token, mediators: list[str], da: DocumentActors, ds: Discourse,
                 own: set[str] | None = None, later: tuple[Token, str] | None = None) -> list[str]:
    """The article's parties to a mediation whose trigger ``t`` names none; "between the two
    neighbouring countries" (a state descriptor with no name) wants two states. With ``later``
    (the relation's trigger and rule), an asserted mediation the text before names no parties
    for waits for those the next two sentences set in relation ("... after the Egypt-mediated
    ceasefire came into force. Israel launched airstrikes against Islamic Jihad": the
    participle rules'; a clause's "The deal has been brokered by Algeria" waits for none, its
    parties more often stand in the clause than in the next sentences)."""
    lex = da.kb.lexicon
    between = [o for p in t.subtree if p.lower_ in lex.words_of("parties_prep") and p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"]
    states = any(lex.descriptors.get(o.lemma_.lower()) == "state" for o in between)
    parties = article_parties(mediators, da, ds, own, states_only=states)
    if not parties and later is not None and mediators and modality(later[0], lex.words_of) == "asserted":
        own = own_side(mediators, da) if own is None else own
        ds.awaiting.append((later_parties(mediators, own, later[0], da, ds, later[1]), LOOKAHEAD))
    return parties


def article_parties(mediators: list[str], da: DocumentActors, ds: Discourse,
                    own: set[str] | None = None, *, states_only: bool = False) -> list[str]:
    """The parties a mediation the sentence leaves open is between: those of the last event
    the text set parties in relation by (talks, an accord, fighting, an accusation: the
    discourse state's ``party_pairs``), every party of it ("the four states handed Qatar an
    ultimatum": five; "Morocco, the Polisario, Algeria and Mauritania met": four), a person
    standing for the state or group they speak for ("Kurti accused Serbia" -> Kosovo, Serbia),
    none on the mediators' own side (``own``, by default :func:`own_side`), all states if
    ``states_only``, none on the side of another mediator the text has seen ("Davutoglu shuttled
    between Baghdad and Damascus ... met Davutoglu ... Mottaki visited Iraq and Syria in an attempt
    to mediate": Turkey is no party, the parties are those Turkey's mediation was between).
    Empty when the text has set no such pair in relation."""
    own = own_side(mediators, da) if own is None else own
    others = ds.mediators - set(mediators)
    own = own | own_side(sorted(others), da)
    pairs, events = ds.party_pairs, ds.party_events
    for k in range(len(pairs) - 1, -1, -1):
        if _pair_sides(pairs[k], own, da, states_only) is None:
            continue
        same = [j for j, e in enumerate(events) if e == events[k]] if len(events) == len(pairs) else [k]
        got = [a for j in same for a in _pair_sides(pairs[j], own, da, states_only) or ()]
        return list(dict.fromkeys(got))
    last = next((m for m, _ in reversed(ds.mediated) if m in others), None)
    got = [p for m, p in ds.mediated if m == last and p not in own and not (states_only and da.type_of(p) != "State")]
    return list(dict.fromkeys(got)) if len(set(got)) >= 2 else []


def _pair_sides(pair: tuple[str, str], own: set[str], da: DocumentActors, states_only: bool) -> list[str] | None:
    """The two parties ``pair`` stands for (see :func:`article_parties`), or ``None`` when it
    stands for no two parties off the mediators' side."""
    sides = [party_of(a, da) for a in pair]
    if sides[0] is not None and sides[0] == sides[1] and not own & set(pair) \
            and all(da.type_of(a) in PERSON_TYPES for a in pair):
        sides = list(pair)   # "talks between President Kiir and the rebel leader Machar": a civil war's leaders
    elif sides == [None, None] and not own & set(pair) and all(_sideless(a, da) for a in pair):
        sides = list(pair)   # "Turkish Cypriot leader Akinci and Greek Cypriot leader Anastasiades": no side named
    if None in sides or sides[0] == sides[1] or own & set(sides):
        return None
    if states_only and any(da.type_of(a) != "State" for a in sides):
        return None
    return sides


def _sideless(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` is a person written with a title that names no state or group, and whom
    the knowledge base affiliates with none ("Turkish Cypriot leader Mustafa Akinci"; not "UN
    envoy Jane Holl Lute", nor a bare name): the leaders such a mediation is between are its
    parties."""
    entry = da.protos[a].entry
    titles = [r for r in da.roles if r.person == a]
    return da.type_of(a) in PERSON_TYPES and bool(titles) and not any(r.affiliation for r in titles) \
        and not (entry is not None and entry.affiliations)


def party_of(a: str, da: DocumentActors) -> str | None:
    """The state or group actor ``a`` is or speaks for (a person's title in the text, else the
    knowledge base's first affiliation named in the document), or ``None``."""
    if is_party(a, da):
        return a
    named = [r.affiliation for r in da.roles if r.person == a and r.affiliation and is_party(r.affiliation, da)]
    entry = da.protos[a].entry
    known = [x["actor"] for x in (entry.affiliations if entry is not None else ()) if x.get("actor") in da.protos]
    return next(iter(named + [x for x in known if is_party(x, da)]), None)


def branch_state(a: str, da: DocumentActors) -> str | None:
    """The state whose navy, air force or coast guard group ``a`` is (the role of its link to the
    state, ``service_branch``): a party to a war or a truce is the state, not one branch of its
    forces: "Tamil Tiger rebels were killed in two battles with the Sri Lankan navy ... Norway
    brokered a cease-fire in 2002" -> Norway MEDIATE Sri Lanka (and the Tigers)."""
    branches = da.kb.lexicon.words_of("service_branch")
    return next((i.parent for i in da.institutions if i.group == a and i.role in branches
                 and da.protos[i.parent].type == "State"), None)
