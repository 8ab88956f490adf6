"""Modality and attribution: whether a relation's trigger is asserted, and who says so.

:func:`modality` reads the trigger's clause and the verbs above it: negation
("did not attack", "no talks"), modals and conditionals ("would", "if"), the
future ("will", "plans to", "agreed to swap", "the planned attack"), refusal ("refused to
meet", "denies claims it supports"), "yet to", ability ("have the power to veto"),
demand ("urged Israel to withdraw", "called for the release of") and allegation
("accused X of firing"). :func:`source` finds the actor a reported event is
attributed to ("Israel said it struck ...", "according to Reuters"). The words are
the lists of ``ontology/lexicon/words.tsv`` named below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .arguments import actors
from .discourse import Discourse
from .grammar import INFINITIVE, SUBJ_DEPS, is_negated
from .subjects import infinitive_of_noun

if TYPE_CHECKING:
    from ..actors import DocumentActors

_AUX_DEPS = frozenset({"aux", "auxpass"})
#: the links modality climbs from a trigger to the verb governing it
_GOVERNED = frozenset({"xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj"})
_COMPLEMENT = frozenset({"xcomp", "ccomp"})
_REPORTED = frozenset({"ccomp", "parataxis", "advcl", "conj", "xcomp"})
_PARTICIPLE_DEPS = frozenset({"amod", "compound"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: an infinitive of a noun of these lists has this modality ("the power to veto", "plans to attack")
_NOUN_MODES = (("hypothetical", "ability"), ("future", "future"), ("demanded", "demand"), ("negated", "refusal"))


def modality(trigger: Token, words: Callable[[str], frozenset[str]]) -> str:
    """negated | hypothetical | future | demanded | alleged | asserted, from the trigger's clause."""
    own = _own_modality(trigger, words)
    if own:
        return own
    # "refused to meet", "urged Israel to withdraw", "plans to attack", "was due to pass"
    cur, steps = trigger, 0
    while (cur.dep_ in _GOVERNED or _noun_infinitive(cur)) and steps < 4:
        head = cur.head
        governed = _governed_modality(cur, head, words)
        if governed:
            return governed
        if cur.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in words("hypothetical") for c in cur.children):
                return "hypothetical"
            if any(c.dep_ == "mark" and f"{head.lemma_.lower()} {c.lower_}" in words("demand_object")
                   for c in cur.children):
                return "demanded"   # "called for the government to recognize X" (``demand_object``)
            if not any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in cur.children):
                break   # a finite adverbial clause stands on its own; "to ..." goes on up
        if cur.dep_ == "ccomp":
            break
        if (cur.dep_ in ("advcl", "xcomp", "dobj") or cur.dep_ == "prep" and cur.lower_ in words("role_prep")
                or _shared_verb(cur)) and head.pos_ in ("VERB", "AUX"):
            # "might accept a force to aid X", "will fly to Doha to meet", "would hold an
            # exercise", "will act as an intermediary", "would withdraw ... and release": the
            # purpose, complement, event object, role or verb sharing its subject and auxiliary
            # is no more asserted than its verb
            above = _own_modality(head, words)
            if above:
                return above
        cur, steps = head, steps + 1
    return "asserted"


def _shared_verb(t: Token) -> bool:
    """Whether ``t`` is a verb coordinated with the one before it that shares its subject and
    auxiliaries: "would withdraw its troops and *release* the prisoners" (a bare verb with no
    subject and no auxiliary of its own; "will not attack Gaza but struck Lebanon" has a
    tense of its own)."""
    return t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ == "VB" and not any(
        c.dep_ in SUBJ_DEPS or c.dep_ in _AUX_DEPS for c in t.children)


def _phrasal(v: Token) -> str:
    """``v``'s lemma with its particle: "ruled out" -> "rule out" ("" without one)."""
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {prt}" if prt else ""


def _noun_infinitive(t: Token) -> bool:
    """An infinitive of a noun, also where the parser made it a relative clause: "set a
    deadline *to destroy* the rebels"."""
    return infinitive_of_noun(t) or (t.dep_ == "relcl" and t.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == INFINITIVE for c in t.children))


def _occurrence(v: Token) -> set[str]:
    """``v``'s lemma, alone and with its object's ("take place")."""
    lemma = v.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in v.children if c.dep_ in ("dobj", "obj")}


def _own_modality(t: Token, words: Callable[[str], frozenset[str]]) -> str | None:
    """The modality the trigger's own dependents give: "not", "no" (``negation``), a modal
    or conditional (``hypothetical``), "will" (``future``), an infinitive asked about ("how
    to end", ``open_question``: hypothetical), a headline's subject and infinitive ("UN to
    mediate talks": future); for an event noun, a participle before it: "the planned attack"
    (``future``), an adjective: "a possible meeting" (``future_adjective``), "the foiled
    attack" (``prevention_verb``), or a verb it is the subject of ("attack foiled"), or a
    determiner naming no particular event ("any incursion", ``nonspecific_det``)."""
    negation = words("negation")
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in negation):
            return "negated"
    if any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in t.children) and any(
            c.lower_ in words("open_question") and c.dep_ in ("advmod", "mark") and c.i < t.i for c in t.children):
        return "hypothetical"   # "at odds over how to end the war": an open question, not an act
    if t.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in t.children) and any(
            c.dep_ in SUBJ_DEPS for c in t.children):
        return "future"         # a headline's "UN to mediate talks", "Egypt's president to meet Abiy"
    noun = t.pos_ == "NOUN"
    if noun and any(c.dep_ == "det" and c.lower_ in words("nonspecific_det") for c in t.children):
        return "hypothetical"   # "any incursion into Kosovo would mean ...": no particular event
    if noun and t.dep_ in _SUBJECT_DEPS and t.head.lemma_.lower() in words("prevention_verb"):
        return "negated"        # "FARC attack in Colombian capital foiled", "the plot was thwarted"
    if noun and t.dep_ in _SUBJECT_DEPS and _occurrence(t.head) & words("occurrence_verb"):
        # "a summit of the leaders could take place soon", "talks will take place": as its verb
        above = _own_modality(t.head, words)
        if above:
            return above
    for c in t.children:
        dep = c.dep_
        if dep in _AUX_DEPS and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if dep == "mark" and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if dep in _AUX_DEPS and c.lower_ in words("future"):
            return "future"
        if noun and dep == "amod" and c.i < t.i and c.lower_ in words("future_adjective"):
            return "future"     # "a possible meeting", "the upcoming talks": not yet held
        if noun and dep in _PARTICIPLE_DEPS and c.tag_ == "VBN" and c.i < t.i:
            if c.lemma_.lower() in words("future"):
                return "future"
            if c.lemma_.lower() in words("prevention_verb"):
                return "negated"
    return None


def _governed_modality(cur: Token, head: Token, words: Callable[[str], frozenset[str]]) -> str | None:
    """The modality the word governing ``cur`` gives it: a negated or refusal verb, a
    demand ("urged X to", ``demand``; "demanded that", ``demand_that``), a future verb, an
    allegation ("accused X of", ``allegation`` + ``allegation_prep``); and the governed
    infinitives and nouns of :func:`_scope_modality`."""
    lemma = head.lemma_.lower()
    if cur.dep_ in _COMPLEMENT or head.pos_ == "ADJ":
        if is_negated(head) and cur.dep_ == "xcomp":
            return "negated"
        if lemma in words("refusal") or _phrasal(head) in words("refusal"):
            return "negated"
        if cur.dep_ == "xcomp" and lemma in words("demand"):
            return "demanded"      # "urged Israel to withdraw"
        if cur.dep_ == "ccomp" and lemma in words("demand_that"):
            return "demanded"      # "demanded that Israel withdraw"
        if lemma in words("future"):
            return "future"
        if head.pos_ == "ADJ" and lemma in words("ability"):
            return "hypothetical"  # "is able to strike"
    if cur.dep_ == "pcomp" and f"{head.head.lemma_.lower()} {head.lower_}" in words("goal_phrase"):
        return "future"    # "a campaign aimed at retaking the region": its goal (``goal_phrase``)
    if cur.dep_ in ("pcomp", "pobj") and head.lower_ in words("allegation_prep") and (
            head.head.lemma_.lower() in words("allegation") or
            (head.head.dep_ in ("dobj", "pobj") and head.head.head.lemma_.lower() in words("allegation"))):
        return "alleged"   # "accused X of firing", "accused Armenian forces of firing"
    return _scope_modality(cur, head, words)


def _scope_modality(cur: Token, head: Token, words: Callable[[str], frozenset[str]]) -> str | None:
    """The modality of an infinitive or an event noun from what governs it:

    * "were *yet* to deploy" (``not_yet``) -> negated; "agreed to swap" (``future``'s
      "agree to") -> future, and so is the goal of a fight ("battled to overthrow", ``goal_verb``);
    * an infinitive of a noun: "the power to veto" (``ability``) -> hypothetical, "plans
      to attack" (``future``), "demands to withdraw" (``demand``), "refusal to" (``refusal``);
    * a content clause of a noun the verb denies: "denies claims it supports" -> negated;
    * an event noun demanded or prevented: "called for the release of", "demanded the
      withdrawal of" (``demand_object``) -> demanded; "foiled the attack"
      (``prevention_verb``) -> negated; "stopped Russia from advancing" (``prevention_prep``).
    """
    lemma = head.lemma_.lower()
    infinitive = cur.dep_ == "xcomp" or _noun_infinitive(cur)
    if infinitive and any(c.dep_ == "advmod" and c.lower_ in words("not_yet") for t in (head, cur) for c in t.children):
        return "negated"
    purpose = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in cur.children)
    if (cur.dep_ == "xcomp" or purpose) and lemma in words("goal_verb"):
        return "future"   # "battled for years to overthrow the government" (``goal_verb``)
    if cur.dep_ == "xcomp" and f"{lemma} {INFINITIVE}" in words("future") and not any(
            c.dep_ in ("attr", "acomp") and c.i < cur.i for c in head.children):
        return "future"   # "is to meet"; "was the first to strike" complements "first", not "be"
    if _noun_infinitive(cur):
        for mode, listed in _NOUN_MODES:
            if lemma in words(listed):
                return mode
    if cur.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in words("refusal"):
        return "negated"
    if cur.pos_ == "NOUN" and cur.dep_ == "dobj":
        if lemma in words("demand_object"):
            return "demanded"
        if lemma in words("prevention_verb") or _phrasal(head) in words("refusal"):
            return "negated"   # "foiled the attack", "ruled out negotiations with the government"
    if cur.dep_ == "pcomp" and head.lower_ in words("prevention_prep") and (
            head.head.lemma_.lower() in words("prevention_verb") or head.head.lemma_.lower() in words("refusal")):
        return "negated"   # "stopped Russia from advancing"
    if cur.pos_ == "NOUN" and cur.dep_ == "pobj" and head.dep_ == "prep" \
            and f"{head.head.lemma_.lower()} {head.lower_}" in words("demand_object"):
        return "demanded"
    if cur.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep" \
            and head.head.lemma_.lower() in words("possibility_noun"):
        return "hypothetical"   # "the prospect of a wider round of fighting", "the risk of war"
    return None


def source(trigger: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a reported event is attributed to: "Israel said it struck ..." -> Israel
    (the subject of the ``report_verb`` above the trigger), "..., according to Reuters"
    (``attribution_prep`` on the trigger's clause or one above it)."""
    words = da.kb.lexicon.words_of
    report = words("report_verb")
    attribution = words("attribution_prep")
    sent = trigger.sent
    text = da.text[sent.start_char:sent.end_char].lower()
    attributed = any(a.split()[0] in text for a in attribution)     # most sentences have none
    cur, steps = trigger, 0
    while steps < 6:
        got = _attribution(cur, attribution, da, ds) if attributed else None
        if got:
            return got
        if cur.head.i == cur.i:
            break
        head = cur.head
        if cur.dep_ in _REPORTED and head.lemma_.lower() in report:
            subj = [c for c in head.children if c.dep_ in SUBJ_DEPS]
            got = actors(subj[0], "subj", da, ds) if subj else []
            return got[0] if got else None
        cur, steps = head, steps + 1
    return None


def _attribution(cur: Token, attribution: frozenset[str], da: DocumentActors, ds: Discourse) -> str | None:
    """"..., according to Reuters": the source an attribution phrase on ``cur`` names."""
    for c in cur.children:
        for p in (c, *(g for g in c.children if g.dep_ == "prep")):
            if p.dep_ == "prep" and f"{c.lower_} {p.lower_}" in attribution:
                got = [a for o in p.children if o.dep_ == "pobj" for a in actors(o, "subj", da, ds)]
                if got:
                    return got[0]
    return None
