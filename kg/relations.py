"""Find the relations between the actors of a parsed document.

Each construction is one small rule over the dependency parse, named for it:

========================  ===========================================================
``clause``                 active and passive clauses: subject, verb frame, object
                           ("Israel struck X", "X was struck by Y", "met with X")
``participle``             "Qatar, backed by Egypt" and "Iran-backed Hezbollah"
``nominal_event``          event nouns: "Israel's assault on X", "Israeli airstrikes",
                           "a Hamas rocket", "talks between X and Y", "X came under fire"
``displacement_order``     "Israel told civilians to leave X" -> COERCE X
``alliance``               "Turkey, Azerbaijan's closest ally" -> COOPERATE
``affiliation``            titles and institutions: "Israeli spokesperson Eylon Levy",
                           "the Israeli military"
``location``               "X, a town on the edge of Y", "the Y city of X", "X on Y's edge",
                           "X, Y" (a place then its country); the GeoNames/knowledge-base country
                           of a place is a node attribute (``country``), not a text relation
========================  ===========================================================

Verb and noun frames come from the lexicon (``ontology/lexicon``); the rules hold
no verbs. Arguments are resolved through coordination, modifiers ("Israeli
troops" -> Israel), partitives ("areas of Khan Yunis"), and a little coreference
("He", "the group", "the city", "its"). Every relation carries its modality
(negated, hypothetical, future, demanded) and the source it is reported by.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Span, Token

from .actors import DocumentActors
from .ontology import Frame, Lexicon
from .records import Relation

_PENDING = "\0pending"   # object to fill with the sides at war, once the sentence is read
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp", "relcl"})
CHAINED_PARTICLES = frozenset({"out", "away", "back", "off"})   # "out of", "away from", "back from", "off of"


@dataclass
class _Found:
    subject: str
    predicate: str
    object: str
    trigger: Token | Span
    rule: str
    confidence: float
    role: str | None = None
    cameo: str | None = None
    modality: str | None = None


_LOWER_STRINGS: dict[int, str] = {}


def _lower_string(h: int, strings) -> str:
    """``strings[h].lower()``, remembered (a hash names the same string in every vocabulary)."""
    low = _LOWER_STRINGS.get(h)
    if low is None:
        if len(_LOWER_STRINGS) > 1_000_000:
            _LOWER_STRINGS.clear()
        low = _LOWER_STRINGS[h] = strings[h].lower()
    return low


class _Context:
    """The document's actors plus argument resolution and the running conflict pair."""

    def __init__(self, da: DocumentActors):
        self.da = da
        self.lex: Lexicon = da.kb.lexicon
        self.words = self.lex.words_of
        self.belligerents: tuple[str, str] | None = None
        self.described = self._appositive_descriptions()
        self.extra: list[_Found] = []   # relations found while resolving (descriptor locations)
        self._wanted = self._candidate_tokens()

    # -- the tokens each rule looks at ------------------------------------------
    def _candidate_tokens(self) -> dict[str, list[int]]:
        """For each rule, the indices of the tokens it could fire on, found once per
        document from ``Doc.to_array`` (reading ``pos_``, ``lemma_``... of every token in
        every rule was a third of the relation rules' time). Each list holds every
        token its rule accepts (the rule still applies its own tests)."""
        doc = self.da.doc
        if not len(doc):
            return {}
        strings = doc.vocab.strings
        cols = doc.to_array([POS, TAG, DEP, LEMMA, LOWER])

        def is_(col: int, value: str) -> np.ndarray:
            return cols[:, col] == strings[value]   # a label's id: its symbol or its hash

        # lemmas are compared lower-cased: each distinct one once (and once per process)
        lemma_ids, which = np.unique(cols[:, 3], return_inverse=True)
        lemmas = [_lower_string(h, strings) for h in lemma_ids.tolist()]
        which = which.reshape(-1)

        def by_lemma(words) -> np.ndarray:
            return np.fromiter((x in words for x in lemmas), bool, len(lemmas))[which]

        pos = {name: is_(0, name) for name in ("VERB", "AUX", "NOUN", "PROPN")}
        ally = self.words("ally_noun")
        masks = {
            "clause": pos["VERB"] | pos["AUX"] | (pos["NOUN"] & is_(2, "ROOT")),
            "participle": is_(1, "VBN"),
            "nominal_event": pos["NOUN"] | pos["PROPN"],
            "displacement_order": by_lemma(self.words("demand")) & pos["VERB"],
            "alliance": by_lemma(ally) | np.isin(cols[:, 4], [strings[w] for w in ally]),
            "truce": by_lemma(self.words("truce_noun")),
        }
        return {kind: np.flatnonzero(mask).tolist() for kind, mask in masks.items()}

    def tokens(self, sent: Span, rule: str) -> list[Token]:
        """The tokens of ``sent`` that ``rule`` could fire on, in text order."""
        wanted = self._wanted.get(rule, [])
        doc = sent.doc
        return [doc[i] for i in wanted[bisect_left(wanted, sent.start):bisect_left(wanted, sent.end)]]

    # -- actor types ------------------------------------------------------------
    def type(self, a: str) -> str:
        return self.da.type_of(a)

    def is_person(self, a: str) -> bool:
        return self.type(a) in ("Official", "Person")

    # -- argument resolution ----------------------------------------------------
    def actors(self, tok: Token | None, role: str) -> list[str]:
        """Actors a noun phrase headed by ``tok`` stands for, its conjuncts included."""
        if tok is None:
            return []
        out: list[str] = []
        tokens = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        # "Qatar, the US and Egypt" parsed as an apposition holding a coordination
        for c in tok.children:
            if c.dep_ == "appos" and c.conjuncts and self.da.actor_at(c.i):
                tokens += [c, *(x for x in c.conjuncts if x.i > c.i)]
        for t in tokens:
            for a in self._single(t, role):
                if a not in out:
                    out.append(a)
        return out

    def _single(self, t: Token, role: str, depth: int = 0) -> list[str]:
        da, words = self.da, self.words
        a = da.actor_at(t.i)
        if a:
            # the span's own head inside an institution ("military" of "Israeli military")
            return [a]
        low = t.lower_
        if depth > 3:
            return []
        if low in words("person_pronoun") and t.pos_ == "PRON":
            b = da.last_actor(t.i, self.is_person)
            return [b] if b else []
        if low in words("neuter_pronoun") and t.pos_ in ("PRON", "DET"):
            if _locative_slot(t):
                # "troops pulled out of it", "moved into it": the last place named or described
                b = self._last_place_in_sentence(t) or self.da.last_actor(t.i, self._is_location)
            else:
                b = self.last_subject(t.i, lambda x: self.type(x) in ("State", "Group") and not self._is_media(x))
            return [b] if b else []
        # "the group, which it blamed": a relative pronoun is the noun its clause modifies
        if t.tag_ in ("WDT", "WP") and depth < 3:
            clause = t.head
            while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl":
                # "France and Germany, which have mediated ...": the coordination before it
                out = []
                for h in (clause.head, *(c for c in clause.head.conjuncts if clause.head.i < c.i < t.i)):
                    out += [a for a in self._single(h, role, depth + 1) if a not in out]
                return out
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        # "the country's intelligence chief Abbas Kamel", "its ally Hamas": the named apposition
        for c in t.children:
            if c.dep_ == "appos" and self.da.actor_at(c.i):
                return [self.da.actor_at(c.i)]
        # "vetoed resolutions": a resolution stands for the council that votes on it
        if low in words("resolution_noun") and self._resolution_context(t):
            body = self.da.last_actor(t.i, lambda x: self.type(x) == "Group" and any(
                w in words("resolution_body") for w in self.da.protos[x].name.lower().split()))
            if body:
                return [body]
        # partitive: "areas of Khan Yunis", "the north of the territory", "Gaza's southern edge"
        people = low in words("partitive_of")
        if people or low in words("partitive") or t.lemma_.lower() in words("partitive"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in (("of",) if people else ("of", "in", "from")):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            got = self._single(p, role, depth + 1)
                            if got:
                                return got
        # a description that points back: "the city", "the group", "the country", "its"
        desc = self._descriptor(t)
        if desc:
            return [desc]
        # "a command centre used by Hezbollah": a target is hit through whoever holds it
        if role == "obj":
            for c in t.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    for ag in c.children:
                        if ag.dep_ == "agent":
                            got = [a for p in ag.children if p.dep_ == "pobj" for a in self.actors(p, "obj")]
                            if got:
                                return got
        # modifiers: "Israeli troops", "Hamas fighters", "a Palestinian man"
        mods = self._modifier_actors(t)
        if mods:
            head_ok = (role == "obj" and low not in words("nonstate_collective")) or \
                low in words("state_agent") or t.lemma_.lower() in words("state_agent") or low in words("weapon")
            if head_ok:
                return [m for m in mods if not (role == "subj" and self.type(m) == "Place")] or ([] if role == "subj" else mods)
        return []

    def _resolution_context(self, t: Token) -> bool:
        """Whether the clause governing ``t`` is one whose target is the voting body
        (a veto or rejection), per the ``resolution_predicate`` list."""
        head = t.head
        while head.dep_ in ("prep", "pobj") and head.head.i != head.i:
            head = head.head
        frames = self.lex.verbs.get(head.lemma_.lower(), [])
        return any(f.predicate and f.predicate.lower() in self.words("resolution_predicate") for f in frames)

    def _modifier_actors(self, t: Token) -> list[str]:
        out = []
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS and c.i < t.i:
                a = self.da.actor_at(c.i)
                if a is None and c.dep_ == "poss" and c.lower_ in self.words("neuter_pronoun"):
                    a = self.possessor(c)
                if a is None and c.dep_ == "poss" and c.pos_ == "NOUN":
                    a = self._descriptor(c)          # "the group's cross-border rampage"
                if a is None and c.dep_ == "poss" and c.lower_ == "whose":
                    clause = c.head
                    while clause.dep_ != "relcl" and clause.head.i != clause.i:
                        clause = clause.head
                    got = self._single(clause.head, "subj", 2) if clause.dep_ == "relcl" else []
                    a = got[0] if got else None
                if c.tag_ == "VBN" or any(g.text == "-" for g in c.children) and c.pos_ == "VERB":
                    continue  # "Iran-backed Hezbollah": Iran backs, Hezbollah is the head's actor
                if a is None and c.dep_ in ("compound", "amod", "nmod"):
                    inner = self._modifier_actors(c)
                    out.extend(x for x in inner if x not in out)
                    continue
                if a and a not in out:
                    out.append(a)
                for cj in c.conjuncts:   # "the US and British strikes"
                    b = self.da.actor_at(cj.i)
                    if b and b not in out and cj.i > c.i:
                        out.append(b)
        return out

    def possessor(self, pron: Token) -> str | None:
        """"its": the nearest state or group before it in the sentence, else the last subject."""
        want = lambda x: self.type(x) in ("State", "Group") and not self._is_media(x)  # noqa: E731
        sent = pron.sent
        for m in sorted(self.da.mentions, key=lambda m: m.span.start, reverse=True):
            if sent.start <= m.span.start < pron.i and want(m.actor) and m.how != "in_name":
                return m.actor
        return self.last_subject(pron.i, want)

    def _is_location(self, a: str) -> bool:
        return self.type(a) in ("Place", "State")

    def _last_place_in_sentence(self, t: Token) -> str | None:
        """The last place or state named ("Bukavu") or described ("the city") before ``t``
        in its sentence."""
        for u in reversed(t.doc[t.sent.start:t.i]):
            if u.dep_ in MODIFIER_DEPS:
                continue          # "Congolese troops", "Gaza's hospitals": not a place named
            a = self.da.actor_at(u.i)
            if a is None and u.pos_ == "NOUN":
                a = self._descriptor(u)
            if a and self._is_location(a):
                return a
        return None

    def _descriptor(self, t: Token) -> str | None:
        kind = self.lex.descriptors.get(t.lower_) or self.lex.descriptors.get(t.lemma_.lower())
        group = t.lower_ in self.words("group_descriptor")
        military = t.lower_ in self.words("military_descriptor")
        if not kind and not group and not military:
            return None
        determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in t.children)
        if not determined:
            return None
        da = self.da
        if military and not any(c.dep_ in MODIFIER_DEPS for c in t.children):
            def armed(x: str) -> bool:
                p = da.protos[x]
                text = f"{p.kind or ''} {p.name}".lower()
                return self.type(x) == "Group" and any(w in text for w in self.words("military_kind"))
            return da.last_actor(t.i, armed)
        if military:
            return None
        described = self.described.get(t.lemma_.lower())
        if described and any(m.actor == described and m.span.start < t.i for m in da.mentions):
            return described
        if group:
            return self.last_subject(t.i, lambda x: self.type(x) == "Group" and not self._is_media(x))
        if kind == "state":
            return da.last_actor(t.i, lambda x: self.type(x) == "State" or da.protos[x].type == "State")
        want_city = kind == "city"

        def fits(x: str) -> bool:
            p = da.protos[x]
            if self.type(x) != "Place" or p.type == "State":
                return False
            is_city = (p.kind or "") in ("city", "town", "village")
            return is_city == want_city
        own = {x.i for x in t.subtree}
        first = min(own)
        found = da.last_actor(first, fits)
        if found is None and want_city:
            found = self._next_actor(t, fits)
        if found:
            # "southern Gaza's main city" -> the city lies in Gaza
            for c in t.children:
                if c.dep_ in ("poss", "compound") and da.actor_at(c.i) and da.actor_at(c.i) != found:
                    outer = da.actor_at(c.i)
                    if self._is_location(outer):
                        self.extra.append(_Found(found, "LOCATED_IN", outer, t, "location.descriptor", 0.5))
        return found

    def _next_actor(self, t: Token, fits) -> str | None:
        """Cataphora within the next sentence: "its main city ... Khan Yunis"."""
        sent_end = t.sent.end
        nxt_end = t.doc[sent_end].sent.end if sent_end < len(t.doc) else sent_end
        for m in sorted(self.da.mentions, key=lambda m: m.span.start):
            if t.i < m.span.start < nxt_end and fits(m.actor):
                return m.actor
        return None

    def _appositive_descriptions(self) -> dict[str, str]:
        """Nouns the text itself uses to describe an actor: "Niger's new military junta, the
        CNSP" and "the CNSP, the junta" make "the junta" later mean the CNSP."""
        out: dict[str, str] = {}
        for m in self.da.mentions:
            root = m.span.root
            pairs = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                pairs.append(root.head)
            for noun in pairs:
                if not self.da.actor_at(noun.i):
                    out[noun.lemma_.lower()] = m.actor
        return out

    def truce_sides(self, sent: Span) -> None:
        """"a ceasefire between Israel and Hezbollah": the sides a mediator mediates between."""
        truce = self.words("truce_noun")
        for t in self.tokens(sent, "truce"):
            if t.lemma_.lower() in truce:
                sides = _pobj_actors(t, ("between",), self)
                if len(sides) >= 2:
                    self.belligerents = (sides[0], sides[1])

    def last_subject(self, before: int, want) -> str | None:
        """The actor of the last clause subject before token ``before`` that ``want`` accepts,
        else the last such actor mentioned: "The RSF shelled X ... the group" -> RSF."""
        for m in sorted(self.da.mentions, key=lambda m: m.span.start, reverse=True):
            root = m.span.root
            if m.span.start < before and want(m.actor) and (
                    root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")):
                return m.actor
        return self.da.last_actor(before, want)

    def _is_media(self, a: str) -> bool:
        kind = (self.da.protos[a].kind or "").lower()
        return "news" in kind or "media" in kind or "agency" == kind

    # -- subjects -------------------------------------------------------------
    def subjects(self, v: Token) -> list[str]:
        """The actors doing what verb ``v`` says, inheriting through control and coordination."""
        seen = 0
        cur = v
        came_from_xcomp = False
        while cur is not None and seen < 5:
            subj = [c for c in cur.children if c.dep_ in SUBJ_DEPS]
            if subj:
                # two subjects where the parser missed the coordination: "X (X') and the Y signed"
                got = [a for sj in subj for a in self.actors(sj, "subj")]
                got = list(dict.fromkeys(got))
                # "the militant group that controls Gaza": a relative pronoun is the head noun
                if not got and subj[0].tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                    got = self.actors(cur.head, "subj")
                return got
            if any(c.dep_ in PASS_SUBJ_DEPS for c in cur.children) and cur.i != v.i:
                # raising: "Israel is expected to meet ..." -> Israel meets
                if came_from_xcomp:
                    return [a for c in cur.children if c.dep_ in PASS_SUBJ_DEPS for a in self.actors(c, "subj")]
                return []
            if cur.dep_ in ("relcl", "acl") and cur.tag_ in ("VBG", "VBZ", "VBP", "VBD") and cur.head.pos_ in ("NOUN", "PROPN"):
                got = self.actors(cur.head, "subj")
                if got:
                    return got
            for c in _controllers(cur):
                got = self.actors(c, "subj")
                if got:
                    return got
            if cur.dep_ == "conj" and self._reporter_conjunct(cur):
                cur = cur.head.head    # the reporting verb: its subject
                seen += 1
                continue
            if cur.dep_ in CLIMB_DEPS or cur.dep_ in ("pobj", "prep", "dobj", "aux", "npadvmod", "advmod"):
                came_from_xcomp = cur.dep_ == "xcomp"
                cur = cur.head if cur.head.i != cur.i else None
                seen += 1
                continue
            break
        return []

    def _reporter_conjunct(self, v: Token) -> bool:
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
        if reporter.tag_ != v.tag_ or reporter.lemma_.lower() not in self.words("report_verb"):
            return False
        if not any(c.dep_ in SUBJ_DEPS for c in clause.children):
            return False
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        copula = clause.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)
        # "Saree said the group had targeted the tanker and threatened further attacks":
        # a further speech act is the reporter's
        return modal or copula or v.lemma_.lower() in self.words("speech_act_verb")


# ---------------------------------------------------------------------------
def extract_relations(da: DocumentActors) -> tuple[Relation, ...]:
    """All relations of one document, in text order, deduplicated per sentence."""
    ctx = _Context(da)
    found: list[tuple[Span, _Found]] = []
    for sent in da.doc.sents:
        here: list[_Found] = []
        ctx.truce_sides(sent)
        for rule in (clause, participle, nominal_event, displacement_order, alliance):
            here.extend(rule(sent, ctx))
        ctx.extra, extra = [], ctx.extra
        here.extend(extra)
        here.extend(affiliation(sent, ctx))
        here.extend(location(sent, ctx))
        for f in here:
            if f.predicate in ("ASSAULT", "AGREE") and f.object != _PENDING and ctx.type(f.object) != "Place" \
                    and ctx.type(f.subject) != "Place" and not ctx.is_person(f.subject):
                ctx.belligerents = (f.subject, f.object)
        for f in here:
            if f.object != _PENDING:
                found.append((sent, f))
            elif ctx.belligerents:
                found.extend((sent, _Found(f.subject, f.predicate, side, f.trigger, f.rule, f.confidence, cameo=f.cameo))
                             for side in ctx.belligerents)
    return tuple(_finish(found, ctx))


# -- rules ---------------------------------------------------------------------

def clause(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """Subject-verb-object with the verb's frame: active, passive, prepositional objects."""
    for v in ctx.tokens(sent, "clause"):
        if v.pos_ not in ("VERB", "AUX") and not (v.pos_ == "NOUN" and v.dep_ == "ROOT"):
            continue
        frames = ctx.lex.verbs.get(v.lemma_.lower()) or ctx.lex.verbs.get(v.lower_)
        if not frames:
            continue
        if _is_hyphen_participle(v):
            continue
        frame, objects = _match_verb(v, frames, ctx)
        if frame is None or frame.predicate is None:
            continue
        passive = any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in v.children)
        if passive:
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subjects = ctx.actors(agents[0], "subj") if agents else []
            pas = [c for c in v.children if c.dep_ in PASS_SUBJ_DEPS]
            objects = ctx.actors(pas[0], "obj") if pas else []
            if not pas and v.dep_ == "acl":   # "Qatar, backed by Egypt": handled by participle()
                continue
            rule = "clause.passive"
        else:
            subjects = ctx.subjects(v)
            rule = "clause.active"
        if frame.inverse:
            subjects, objects = objects, subjects
            rule = "clause.inverse"
        if not objects and frame.predicate in ("REQUEST", "THREATEN", "ACCUSE"):
            objects = _clause_objects(v, ctx, subjects_too=frame.predicate == "REQUEST")
        if not objects and frame.objprep:
            objects = _where_antecedent(v, frame.objprep, ctx)
        if not objects and frame.predicate in ("ASSAULT", "COERCE") and not passive:
            # "struck sites in Pakistan", "struck targets in Gaza": the area is the object
            targets = [c for c in v.children if c.dep_ in OBJ_DEPS]
            objects = [a for t in [v, *targets] for a in _pobj_actors(t, ("in", "inside", "near", "at"), ctx)
                       if ctx.type(a) == "Place"]
            objects = list(dict.fromkeys(objects))
        if frame.place_object:
            objects = [o for o in objects if ctx.type(o) == "Place"]
        if frame.predicate == "MEDIATE":
            objects = _mediated_parties(v, ctx) or objects
            if not objects and _has_truce_object(v, ctx):
                # "helped broker a truce": between the sides last seen fighting
                for s in subjects:
                    yield _Found(s, "MEDIATE", _PENDING, v, "clause.mediation_context", 0.4, cameo=frame.cameo)
                continue
        if not objects and len(subjects) > 1 and (frame.mutual or frame.predicate.lower() in ctx.words("symmetric_predicate")):
            # "Armenia and Azerbaijan signed a deal", "Russia and Ukraine swapped prisoners"
            subjects, objects, rule = subjects[:1], subjects[1:], "clause.symmetric"
        if frame.predicate == "ASSAULT" and passive and not subjects:
            subjects = _agent_from_event_pp(v, ctx)
            rule = "clause.passive_event"
        refusal = _refusal_head(v, ctx)
        for s in subjects:
            for o in objects:
                if s != o:
                    yield _Found(s, frame.predicate, o, v, rule, 0.8, cameo=frame.cameo)
                    if frame.mutual:
                        yield _Found(o, frame.predicate, s, v, rule + ".mutual", 0.8, cameo=frame.cameo)
                    if refusal is not None:
                        # "refused to negotiate with the M23": a rejection of the M23
                        yield _Found(s, "REJECT", o, refusal, "clause.refusal", 0.6, cameo="12",
                                     modality="asserted")


def _where_antecedent(v: Token, preps: frozenset[str], ctx: _Context) -> list[str]:
    """"Khan Younis, from where the Red Crescent was trying to evacuate people": the place
    a relative "where" stands for, when the preposition before it is the frame's."""
    for t in (v, v.head if v.dep_ == "xcomp" else v):
        for c in t.children:
            if c.lower_ == "where" and c.i > 0 and c.doc[c.i - 1].lower_ in preps:
                got = ctx.da.last_actor(c.i, lambda x: ctx.type(x) == "Place")
                return [got] if got else []
    return []


def _refusal_head(v: Token, ctx: _Context) -> Token | None:
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in ctx.words("rejection_verb") \
            and not any(c.dep_ == "neg" for c in v.head.children):
        return v.head
    return None


def _clause_objects(v: Token, ctx: _Context, *, subjects_too: bool = True) -> list[str]:
    """"demanded that the RSF halt ...", "threatened to use force against X": the actor the
    demanded or threatened act is aimed at."""
    out: list[str] = []
    for c in v.children:
        if c.dep_ == "ccomp" and subjects_too:
            for s in c.children:
                if s.dep_ in SUBJ_DEPS:
                    out += [a for a in ctx.actors(s, "obj") if a not in out and ctx.type(a) != "Place"]
        if c.dep_ == "xcomp":
            for s in c.children:
                if s.dep_ in OBJ_DEPS:
                    out += [a for a in ctx.actors(s, "obj") if a not in out]
            out += [a for a in _pobj_actors(c, ("against", "on", "at"), ctx) if a not in out]
        if c.dep_ in OBJ_DEPS and any(f.predicate == "ASSAULT" for f in _noun_index(ctx.lex).get(c.lemma_.lower(), ())):
            # "threatened further attacks on US and British ships"
            out += [a for a in _pobj_actors(c, ("against", "on"), ctx) if a not in out]
    return out


def participle(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """"Qatar, backed by Egypt and the US" and "Iran-backed Hezbollah"."""
    for v in ctx.tokens(sent, "participle"):
        if v.tag_ != "VBN":
            continue
        frames = ctx.lex.verbs.get(v.lemma_.lower())
        if not frames:
            continue
        bare = [f for f in frames if not f.parts]
        if not bare or bare[0].predicate is None:
            continue
        frame = bare[0]
        if _is_hyphen_participle(v):
            subj = ctx.da.actor_at(v.i - 2)
            objects = ctx.actors(v.head, "obj") if v.head.i != v.i else []
            for o in objects:
                if subj and o != subj:
                    yield _Found(subj, frame.predicate, o, v, "participle.compound", 0.7, cameo=frame.cameo)
            continue
        if v.dep_ == "acl" and not any(c.dep_ in PASS_SUBJ_DEPS for c in v.children):
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if not agents:
                framed = [f for f in frames if f.objprep and f.predicate in ("MOBILIZE", "RETREAT")]
                if framed:
                    for s in ctx.actors(v.head, "subj"):
                        for o in _pobj_actors(v, tuple(framed[0].objprep), ctx):
                            if s != o:
                                yield _Found(s, framed[0].predicate, o, v, "participle.deployed", 0.6,
                                             cameo=framed[0].cameo)
                continue
            subjects = ctx.actors(agents[0], "subj")
            objects = [o for o in ctx.actors(v.head, "obj") if o not in subjects]
            if frame.predicate == "MEDIATE" and not objects:
                objects = _mediated_parties(v.head, ctx)
                if not objects and (v.head.lemma_.lower() in ctx.words("truce_noun") or v.head.lower_ in ctx.words("truce_noun")):
                    for s in subjects:
                        yield _Found(s, "MEDIATE", _PENDING, v, "participle.mediation_context", 0.4, cameo=frame.cameo)
                    continue
            for s in subjects:
                for o in objects:
                    if s != o:
                        yield _Found(s, frame.predicate, o, v, "participle.acl", 0.7, cameo=frame.cameo)


def nominal_event(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """Event nouns with their agent and object: "its assault on the city", "Israeli airstrikes"."""
    index = _noun_index(ctx.lex)
    for n in ctx.tokens(sent, "nominal_event"):
        if n.pos_ not in ("NOUN", "PROPN") or ctx.da.actor_at(n.i):
            continue
        frames = index.get(n.lemma_.lower()) or index.get(n.lower_)
        if not frames:
            continue
        frame, objects = _match_noun(n, frames, ctx)
        if frame is None or frame.predicate is None:
            continue
        agents = _noun_agents(n, ctx)
        places = [a for a in ctx._modifier_actors(n) if ctx.type(a) == "Place"]
        objects = objects + [p for p in places if p not in objects]
        under = _came_under(n, ctx)
        objects += [o for o in under if o not in objects]
        if not objects:
            objects = _relative_victims(n, ctx)
        if not objects and frame.predicate in ("ASSAULT", "COERCE") and frame.objprep:
            # "drone strikes on oil refineries in Volgograd": the area of the target
            targets = [p for c in n.children if c.dep_ == "prep" and c.lower_ in frame.objprep
                       for p in c.children if p.dep_ == "pobj"]
            objects = list(dict.fromkeys(a for t in targets for a in _pobj_actors(t, ("in", "inside", "near", "at"), ctx)
                                         if ctx.type(a) == "Place"))
        if frame.predicate in ("CONSULT", "MEDIATE"):
            between = _pobj_actors(n, ("between",), ctx)
            if between and not agents and frame.predicate == "CONSULT":
                agents, objects = between[:1], between[1:]
        for s in agents:
            for o in objects:
                if s != o:
                    yield _Found(s, frame.predicate, o, n, "nominal_event", 0.6, cameo=frame.cameo)


def alliance(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """"Turkey, Azerbaijan's closest ally" / "its ally Hamas" -> Turkey COOPERATE Azerbaijan."""
    for n in ctx.tokens(sent, "alliance"):
        if n.lemma_.lower() not in ctx.words("ally_noun") and n.lower_ not in ctx.words("ally_noun"):
            continue
        owners = [a for a in ctx._modifier_actors(n) if ctx.type(a) != "Place"]
        members = []
        if n.dep_ == "appos":
            members = ctx.actors(n.head, "subj")
        members += [ctx.da.actor_at(c.i) for c in n.children if c.dep_ == "appos" and ctx.da.actor_at(c.i)]
        for m in members:
            for o in owners:
                if m and m != o:
                    yield _Found(m, "COOPERATE", o, n, "alliance", 0.7, cameo="06")


def displacement_order(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """"Israel told civilians to leave the north of X": an order to leave a place coerces it."""
    demand, leave = ctx.words("demand"), ctx.words("displacement")
    for v in ctx.tokens(sent, "displacement_order"):
        if v.lemma_.lower() not in demand or v.pos_ != "VERB":
            continue
        for x in v.children:
            if x.dep_ not in ("xcomp", "ccomp") or x.lemma_.lower() not in leave:
                continue
            places = [a for c in x.children if c.dep_ in OBJ_DEPS or c.dep_ == "prep"
                      for a in (ctx.actors(c, "obj") if c.dep_ != "prep" else _pobj_actors(x, (c.lower_,), ctx))
                      if ctx.type(a) == "Place"]
            places += [a for c in v.children if c.dep_ in OBJ_DEPS for a in ctx.actors(c, "obj")
                       if ctx.type(a) == "Place"]
            for s in ctx.subjects(v):
                for o in dict.fromkeys(places):
                    if s != o:
                        yield _Found(s, "COERCE", o, v, "displacement_order", 0.7, cameo="17")


def affiliation(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """AFFILIATED_WITH from titles ("CIA chief Bill Burns") and institutions ("Israeli military")."""
    da = ctx.da
    for r in da.roles:
        if r.affiliation and r.sent_start == sent.start and r.affiliation != r.person:
            yield _Found(r.person, "AFFILIATED_WITH", r.affiliation, da.doc[r.tokens[0]:r.tokens[1]] or sent,
                         "affiliation.title", 0.9, role=r.role)
    for group, parent, role, span in da.institutions:
        if span.sent.start == sent.start and group != parent:
            yield _Found(group, "AFFILIATED_WITH", parent, span, "affiliation.institution", 0.9, role=role)


def location(sent: Span, ctx: _Context) -> Iterator[_Found]:
    """LOCATED_IN from appositions, "the Y city of X", "X in/on Y", and GeoNames countries."""
    da = ctx.da
    places = {m.actor for m in da.mentions if sent.start <= m.span.start < sent.end and ctx.type(m.actor) == "Place"}
    place_nouns = ctx.words("place_noun")
    for m in da.mentions:
        if not (sent.start <= m.span.start < sent.end) or m.actor not in places or m.how == "demonym":
            continue
        root = m.span[-1]
        # "Khan Younis, a town on the edge of the Gaza Strip", "Kharkiv, Ukraine's second city"
        for c in root.children:
            y = da.actor_at(c.i)
            if c.dep_ == "appos" and y and y != m.actor and ctx._is_location(y) and c.pos_ == "PROPN":
                yield _Found(m.actor, "LOCATED_IN", y, c, "location.apposition", 0.7)
            if c.dep_ == "appos" and (c.lower_ in ctx.lex.descriptors or c.lemma_.lower() in place_nouns):
                for y in _place_objects(c, ctx) + _place_modifiers(c, ctx):
                    if y != m.actor:
                        yield _Found(m.actor, "LOCATED_IN", y, c, "location.apposition", 0.8)
        # "the Nigerian capital Abuja", "the capital of Nigeria, Abuja"
        if root.dep_ == "appos" and root.head.lemma_.lower() in place_nouns:
            kind = root.head
            for y in _place_modifiers(kind, ctx) + _place_objects(kind, ctx, preps=("of",)):
                if y != m.actor:
                    yield _Found(m.actor, "LOCATED_IN", y, kind, "location.named_kind", 0.8)
        # "the West Bank city of Bethlehem"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ctx.lex.descriptors:
            desc = root.head.head
            for y in _place_modifiers(desc, ctx):
                if y != m.actor:
                    yield _Found(m.actor, "LOCATED_IN", y, desc, "location.descriptor_of", 0.8)
        # "Rafah on Gaza's southern edge", "Avdiivka in eastern Ukraine" (the preposition
        # attached to the place, or to its verb right after the place)
        holders = [root]
        nxt = da.doc[m.span.end] if m.span.end < len(da.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == root.head.i and root.dep_ in ("dobj", "pobj"):
            holders.append(root.head)
        for h in holders:
            for y in _place_objects(h, ctx, preps=("in", "on"), only=nxt if h.i != root.i else None):
                if y != m.actor:
                    yield _Found(m.actor, "LOCATED_IN", y, root, "location.preposition", 0.7)


# -- helpers -------------------------------------------------------------------

def _is_hyphen_participle(v: Token) -> bool:
    return v.i >= 2 and v.doc[v.i - 1].text == "-" and v.doc[v.i - 2].i >= 0 and not v.doc[v.i - 1].whitespace_ \
        and not v.doc[v.i - 2].whitespace_


def _controllers(v: Token) -> list[Token]:
    """The nouns whose actor does what ``v`` says when ``v`` has no subject of its own
    (object control): "urged Israel to withdraw" (an ``xcomp``), "accused the army of
    bombing", "thanked Qatar for mediating" (a ``pcomp``: the parser hangs the
    preposition on the verb or on its object)."""
    head = v.head
    if v.dep_ == "xcomp":
        return [c for c in head.children if c.dep_ in ("dobj", "dative")] + [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < v.i
            for p in c.children if p.dep_ == "pobj"]
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for", "with"):
        above = head.head
        if above.pos_ == "VERB":
            return [c for c in above.children if c.dep_ == "dobj"]
        return [above] if above.dep_ == "dobj" else []
    return []


def _locative_slot(t: Token) -> bool:
    """Whether ``t`` is the object of a preposition that only takes a place:
    "into it", "inside it", "out of it"."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ in ("into", "inside", "within") or (prep.lower_ == "of" and prep.head.lower_ == "out")


def _match_verb(v: Token, frames: list[Frame], ctx: _Context) -> tuple[Frame | None, list[str]]:
    """The most specific frame whose parts all stand with ``v``, and its objects."""
    dobjs = [c for c in v.children if c.dep_ in OBJ_DEPS]
    dobjs += [cj for d in dobjs for cj in d.conjuncts if cj.i > d.i]
    preps = [c for c in v.children if c.dep_ in ("prep", "prt", "agent", "dative")]
    # a two-word preposition the parser chains: "pulls troops out of Avdiivka" (out -> of)
    preps += [c for p in preps if p.lower_ in CHAINED_PARTICLES for c in p.children if c.dep_ == "prep"]
    # coordinated prepositions: "spoke with Modi and with Pakistan's army chief"
    preps += [c for p in preps if p.dep_ == "prep" for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for d in dobjs:
        preps += [c for c in d.children if c.dep_ == "prep"]
    # "hold talks with": the object noun's lemma and its compounds
    heads = {d.lemma_.lower() for d in dobjs} | {c.lemma_.lower() for d in dobjs for c in d.children if c.dep_ in ("compound", "amod")}
    function = {p.lower_ for p in preps}
    best = None
    for f in sorted(frames, key=lambda f: -f.size):
        ok = all((part & function) if part <= ctx.lex.function_words else (part & heads) for part in f.parts)
        if not ok:
            continue
        if f.predicate is None:
            return f, []
        if f.objprep:
            objs = []
            for p in preps:
                if p.lower_ in f.objprep:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            objs += [a for a in ctx.actors(o, "obj") if a not in objs]
        else:
            objs = []
            for d in dobjs:
                objs += [a for a in ctx.actors(d, "obj") if a not in objs]
        if objs or best is None:
            best = (f, objs)
            if objs:
                return best
    return best if best else (None, [])


_NOUN_INDEX: dict[int, dict[str, list[Frame]]] = {}


def _noun_index(lex: Lexicon) -> dict[str, list[Frame]]:
    """Noun frames indexed by their head noun (the last content word: "rocket fire" -> fire)."""
    if id(lex) in _NOUN_INDEX:
        return _NOUN_INDEX[id(lex)]
    out: dict[str, list[Frame]] = _NOUN_INDEX.setdefault(id(lex), {})
    for frames in lex.nouns.values():
        for f in frames:
            content = [f.lemma] + [next(iter(p)) for p in f.parts if not p <= lex.function_words]
            out.setdefault(content[-1], []).append(f)
    return out


def _match_noun(n: Token, frames: list[Frame], ctx: _Context) -> tuple[Frame | None, list[str]]:
    mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
    best = None
    for f in sorted(frames, key=lambda f: -f.size):
        content = [f.lemma] + [next(iter(p)) for p in f.parts if not p <= ctx.lex.function_words]
        if not set(content[:-1]) <= mods:
            continue
        if f.predicate is None:
            return f, []
        objs = _pobj_actors(n, tuple(f.objprep or ()), ctx)
        if objs:
            return f, objs
        if best is None:
            best = (f, [])
    return best if best else (None, [])


def _pobj_actors(t: Token, preps: tuple[str, ...], ctx: _Context) -> list[str]:
    out = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [a for a in ctx.actors(p, "obj") if a not in out]
    return out


def _noun_agents(n: Token, ctx: _Context) -> list[str]:
    """Who carries out the event a noun names."""
    mods = [a for a in ctx._modifier_actors(n) if ctx.type(a) != "Place"]
    if mods:
        return mods
    by = _pobj_actors(n, ("by", "from"), ctx)
    if by:
        return by   # "an attack by Hamas", "fire from Russian forces"
    first = n.conjuncts[0] if n.conjuncts and n.conjuncts[0].i < n.i else None
    if first is not None:
        got = [a for a in ctx._modifier_actors(first) if ctx.type(a) != "Place"]
        if got:
            return got
    # a light verb's subject: "Russia launched an assault", "arrived ... for talks with"
    head = n.head
    if n.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj") and n.dep_ == "pobj" and n.head.lower_ == "of":
        n, head = head, head.head    # "held six hours of talks with Putin"
        if n.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
    if n.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in ctx.words("light_verb") or n.dep_ == "pobj":
            return [a for a in ctx.subjects(head) if ctx.type(a) != "Place"]
    return []


def _came_under(n: Token, ctx: _Context) -> list[str]:
    """"Khan Younis came under Israeli shelling": the subject is the event's object."""
    t = n
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.lemma_.lower() in ctx.words("under_verb"):
        verb = t.head.head
        return [a for c in verb.children if c.dep_ in SUBJ_DEPS for a in ctx.actors(c, "obj")]
    return []


def _relative_victims(n: Token, ctx: _Context) -> list[str]:
    """"the rampage in which 1,200 Israelis were killed": the victims of a passive clause on the event."""
    out = []
    for c in n.children:
        if c.dep_ != "relcl":
            continue
        frames = ctx.lex.verbs.get(c.lemma_.lower()) or []
        if not any(f.predicate == "ASSAULT" and not f.parts for f in frames):
            continue
        for p in c.children:
            if p.dep_ in PASS_SUBJ_DEPS:
                out += [a for a in ctx.actors(p, "obj") if a not in out]
    return out


def _agent_from_event_pp(v: Token, ctx: _Context) -> list[str]:
    """"was killed in clashes with Israeli soldiers" / "in Israeli strikes": the event's agent."""
    index = _noun_index(ctx.lex)
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during", "by"):
            continue
        for n in c.children:
            if n.dep_ != "pobj" or not (index.get(n.lemma_.lower()) or index.get(n.lower_)):
                continue
            got = [a for a in ctx._modifier_actors(n) if ctx.type(a) != "Place"]
            got = got or _pobj_actors(n, ("with", "by", "from"), ctx)
            if got:
                return got
    return []


def _mediated_parties(v: Token, ctx: _Context) -> list[str]:
    """The parties "between X and Y" anywhere under a mediation verb."""
    out = []
    for t in v.subtree:
        if t.lower_ == "between" and t.dep_ == "prep":
            for p in t.children:
                if p.dep_ == "pobj":
                    out += [a for a in ctx.actors(p, "obj") if a not in out]
    return out


def _has_truce_object(v: Token, ctx: _Context) -> bool:
    truce = ctx.words("truce_noun")
    return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in truce for c in v.children)


def _place_modifiers(t: Token, ctx: _Context) -> list[str]:
    """Places and states modifying ``t``: "Ukraine's second-largest city", "the Nigerian capital"."""
    return [a for a in ctx._modifier_actors(t) if ctx._is_location(a)]


def _place_objects(t: Token, ctx: _Context, preps=("in", "on", "of"), only: Token | None = None) -> list[str]:
    out = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps and (only is None or c.i == only.i):
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [a for a in ctx.actors(p, "obj") if ctx._is_location(a) and a not in out]
    return out


# -- modality, attribution, assembly ---------------------------------------------

def _modality(trigger: Token, ctx: _Context) -> str:
    """negated | hypothetical | future | demanded | alleged | asserted, from the trigger's clause."""
    words = ctx.words
    t = trigger
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return "negated"
    for c in t.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if c.dep_ == "mark" and c.lower_ in words("hypothetical"):
            return "hypothetical"
        if c.dep_ in ("aux", "auxpass") and c.lower_ in words("future"):
            return "future"
    # "refused to meet", "urged Israel to withdraw", "plans to attack", "was due to pass"
    cur, steps = t, 0
    while cur.dep_ in ("xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj") and steps < 4:
        head = cur.head
        lemma = head.lemma_.lower()
        if cur.dep_ in ("xcomp", "ccomp") or head.pos_ == "ADJ":
            if any(c.dep_ == "neg" for c in head.children) and cur.dep_ == "xcomp":
                return "negated"
            if lemma in words("refusal"):
                return "negated"
            if lemma in words("demand") and cur.dep_ == "xcomp" or lemma in ("call", "demand", "urge") and cur.dep_ == "ccomp":
                return "demanded"
            if lemma in words("future"):
                return "future"
        if cur.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and (
                head.head.lemma_.lower() in words("allegation") or
                head.head.dep_ in ("dobj", "pobj") and head.head.head.lemma_.lower() in words("allegation")):
            return "alleged"   # "accused X of firing", "accused Armenian forces of firing"
        if cur.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in words("hypothetical") for c in cur.children):
                return "hypothetical"
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                break   # a finite adverbial clause stands on its own; "to ..." goes on up
        if cur.dep_ == "ccomp":
            break
        cur, steps = head, steps + 1
    return "asserted"


def _source(trigger: Token, subject: str, ctx: _Context) -> str | None:
    """The actor a reported event is attributed to: "Israel said it struck ..." -> Israel."""
    cur, steps = trigger, 0
    while cur.head.i != cur.i and steps < 6:
        head = cur.head
        if cur.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp") and head.lemma_.lower() in ctx.words("report_verb"):
            subj = [c for c in head.children if c.dep_ in SUBJ_DEPS]
            got = ctx.actors(subj[0], "subj") if subj else []
            return got[0] if got else None
        cur, steps = head, steps + 1
    return None


def _finish(found: list[tuple[Span, _Found]], ctx: _Context) -> Iterator[Relation]:
    da = ctx.da
    doc_id = da.document.id
    doc_text = da.text
    affiliated = {frozenset((f.subject, f.object)) for _, f in found if f.predicate == "AFFILIATED_WITH"}
    seen: dict[tuple, Relation] = {}
    order: list[tuple] = []
    consult_pairs: set[tuple] = set()
    for sent, f in found:
        if f.subject == f.object:
            continue
        if f.predicate not in ("AFFILIATED_WITH", "LOCATED_IN") and frozenset((f.subject, f.object)) in affiliated:
            continue  # a state and its own official: AFFILIATED_WITH only
        if f.predicate == "LOCATED_IN" and ctx.type(f.subject) != "Place":
            continue
        if f.predicate == "CONSULT":
            pair = (sent.start, frozenset((f.subject, f.object)))
            if pair in consult_pairs:
                continue
            consult_pairs.add(pair)
        key = (sent.start, f.subject, f.predicate, f.object)
        if key in seen:
            continue
        trig = f.trigger
        tok = trig if isinstance(trig, Token) else trig.root
        modality = f.modality or (_modality(tok, ctx) if f.predicate not in ("AFFILIATED_WITH", "LOCATED_IN") else "asserted")
        source = _source(tok, f.subject, ctx) if f.predicate not in ("AFFILIATED_WITH", "LOCATED_IN") else None
        t_start = trig.idx if isinstance(trig, Token) else trig.start_char
        t_end = t_start + len(trig.text) if isinstance(trig, Token) else trig.end_char
        text = doc_text[sent.start_char:sent.end_char]   # = sent.text, without building it token by token
        lead = len(text) - len(text.lstrip())
        evidence = text.strip()
        start = sent.start_char + lead
        rid = hashlib.sha1(f"{doc_id}|{start}|{t_start}|{f.subject}|{f.predicate}|{f.object}".encode()).hexdigest()[:16]
        seen[key] = Relation(
            id=rid, subject=f.subject, predicate=f.predicate, object=f.object, doc=doc_id,
            evidence=evidence, start=start, end=start + len(evidence), trigger=trig.text,
            trigger_start=t_start, trigger_end=t_end, asserted=modality == "asserted", modality=modality,
            role=f.role, source=source if source != f.subject else source, confidence=f.confidence,
            rule=f.rule, cameo=f.cameo)
        order.append(key)
    for key in order:
        yield seen[key]
