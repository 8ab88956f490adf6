"""Coreference: what a pronoun or a description stands for, read from the discourse state.

* "he", "she" -> the last person named, not one of its clause's other arguments; "it",
  "its" -> its clause's state or group subject, else the last one (after "into", "out of",
  the last place); "they", "we", "our" in reported speech -> the sayers' side;
* "the group", "the army", "the country", "the city", "the ministry", "the junta", "the
  minister" -> the actor so described (:mod:`kg.relations.descriptions`);
* "the four countries", "the two leaders", "both sides" -> the members last named together;
* "the attack", "the blast" -> the agent of the last attack; "militants" -> the armed group;
  unnamed "troops" -> the side named with them before, or the reporting side.

Each function reads the document's actors and the :class:`~kg.relations.discourse.Discourse`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Lexicon
from .anaphora import (
    ANAPHOR_REACH,
    armed_collective,
    event_anaphor,
    is_location,
    is_party,
    is_person,
    plural_description,
    side_of,
)
from .descriptions import descriptor, person_description
from .discourse import SUBJECT_DEPS, Discourse, is_subject
from .grammar import MODIFIER_DEPS, RELATIVE_TAGS, previous_sentence_start
from .pluralref import nearer_plural, plural_antecedent

if TYPE_CHECKING:
    from ..actors import DocumentActors

OBJECT_SLOT_DEPS = frozenset({"dobj", "pobj", "dative"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
_VERB_POS = frozenset({"VERB", "AUX"})
#: the clauses whose subject a possessive "its" may take from the clause above
_SUBJECT_CLIMB = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "pobj"})
_PREP_DEPS = frozenset({"prep", "pobj", "pcomp", "agent"})
_REPORTED_DEPS = frozenset({"ccomp", "parataxis", "dep"})   # a reported clause (or quoted fragment)
_DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def pronoun_antecedent(t: Token, da: DocumentActors, ds: Discourse) -> list[str] | None:
    """The actor a personal pronoun stands for ([] if none is known), or ``None`` when
    ``t`` is no such pronoun."""
    words = da.kb.lexicon.words_of
    low = t.lower_
    if low in words("person_pronoun") and t.pos_ == "PRON":
        others = co_arguments(t, ds)
        said = _described_sayer(t, others, da, ds)
        if said:
            return [said]
        # a subject "he": the person subject of its sentence or the one before, else the last person
        since = previous_sentence_start(t) if t.dep_ in SUBJECT_DEPS else t.i
        b = ds.near_subject(t.i, since, lambda a: is_person(a, da) and a not in others)
        return [b] if b else []
    if low in words("neuter_pronoun") and t.pos_ in ("PRON", "DET"):
        if locative_slot(t, words):
            # "troops pulled out of it", "moved into it": the last place named or described
            b = last_place_in_sentence(t, da, ds) or ds.last_actor(t.i, lambda x: is_location(x, da))
        elif t.dep_ in OBJECT_SLOT_DEPS:
            b = object_antecedent(t, da, ds)
        elif _accord_subject(t, da) or _unnamed_sayer(t, da, ds):
            b = None      # "The peace deal was backed by the Arab League. It calls for a cease-fire"
        else:
            b = _text_author(t, da, ds) or ds.last_subject(t.i, lambda x: is_party(x, da))
        return [b] if b else []
    if (low in words("plural_pronoun") or low in words("first_person_plural")) and t.pos_ in ("PRON", "DET"):
        side = speaker_side(t, da, ds)
        if side or report_subject(t, da) is not None or _in_quote(t):
            return side
        b = plural_antecedent(t, co_arguments(t, ds), da, ds)
        return [b] if b else []
    return None


def _in_quote(t: Token) -> bool:
    """Whether ``t`` stands inside a quotation opened in its paragraph."""
    start = t.i
    while start > 0 and "\n" not in t.doc[start - 1].text:
        start -= 1
    return sum(u.text in _DOUBLE_QUOTES for u in t.doc[start:t.i]) % 2 == 1


_PERSON_RELATIVE_TAGS = frozenset({"WP", "WP$"})   # "who", "whom", "whose" ("which", "that": WDT)


def _text_author(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"a statement by the European Union ... in which it urged": the subject "it" of a relative
    clause on a noun with one named author (its "by" agent or modifier) is that author."""
    v = t.head
    if t.dep_ not in SUBJECT_DEPS or v.dep_ != "relcl" or v.head.pos_ != "NOUN":
        return None
    n = v.head
    words = da.kb.lexicon.words_of
    if da.actor_at(n.i) or n.lemma_.lower() in words("person_noun") | words("group_descriptor") or any(
            w.tag_ in _PERSON_RELATIVE_TAGS for w in v.subtree if w.i < t.i):
        return None   # "a Hamas operative who it said was ...", "the X group, which it blamed": no text
    from .arguments import modifier_actors, pobj_actors
    named = pobj_actors(n, words("agent_prep"), da, ds) + modifier_actors(n, da, ds)
    got = list(dict.fromkeys(a for a in named if is_party(a, da)))
    return got[0] if len(got) == 1 else None


def _accord_subject(t: Token, da: DocumentActors) -> bool:
    """Whether the last clause subject before a subject "it" (in its sentence or the one before)
    is an accord that names no actor (``truce_noun``: "The peace deal was backed by ... It calls
    for"): "it" is the accord then, no state or group."""
    if t.dep_ not in SUBJECT_DEPS:
        return False
    start = previous_sentence_start(t)
    for u in reversed(t.doc[start:t.i]):
        if u.dep_ in SUBJECT_DEPS and u.pos_ in ("NOUN", "PROPN", "PRON"):
            return u.pos_ == "NOUN" and u.lemma_.lower() in da.kb.lexicon.words_of("truce_noun") \
                and da.actor_at(u.i) is None
    return False


def _unnamed_sayer(t: Token, da: DocumentActors, ds: Discourse) -> bool:
    """Whether a subject "it" reports its own sayer, a body the text does not name ("The air force
    said it bombed a Tiger storage base": the air force, no Tigers): the ``report_verb``'s subject is
    a noun that stands for no actor, named or described; the clause of "it" is the one reported
    ("Ethiopia indicated it deplored Libya, a senior official said": Ethiopia)."""
    v = t.head
    if t.dep_ not in SUBJECT_DEPS or v.dep_ not in _REPORTED_DEPS \
            or v.head.lemma_.lower() not in da.kb.lexicon.words_of("report_verb"):
        return False
    s = next((c for c in v.head.children if c.dep_ in SUBJECT_DEPS), None)
    return s is not None and s.pos_ == "NOUN" and s.tag_ not in PLURAL_NOUN_TAGS \
        and not any(ds.actors_at(x.i) for x in s.subtree) and not description(s, da, ds)


def _described_sayer(t: Token, others: set[str], da: DocumentActors, ds: Discourse) -> str | None:
    """"The minister added that he will also meet X": a subject "he" of a reported clause is the one
    person the reporting verb's description subject stands for (a named sayer is the nearest subject
    anyway); ``None`` otherwise."""
    s = report_subject(t, da) if t.dep_ in SUBJECT_DEPS else None
    if s is None or s.pos_ != "NOUN" or ds.actors_at(s.i):
        return None
    said = [a for a in description(s, da, ds) if is_person(a, da) and a not in others]
    return said[0] if len(said) == 1 else None


def speaker_side(pron: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"they", "their" in what a state or group says ("Al-Shabaab claimed they were behind the
    attack", "Islamic Jihad and Hamas said their militants ..."), and "we", "our" in what anyone
    says ("'... against our country,' Zelensky said"): the sayers, or the states and groups a
    person speaks for (``plural_pronoun``, ``first_person_plural``); [] outside reported speech."""
    speakers = reporters(pron, da, ds, after=True)
    if not speakers and pron.lower_ in da.kb.lexicon.words_of("first_person_plural"):
        speakers = quote_reporters(pron, da, ds)     # '"... We condemn X. ...," Hamas said'
    parties = [a for a in speakers if is_party(a, da)]
    if pron.lower_ not in da.kb.lexicon.words_of("first_person_plural"):
        return [] if parties and nearer_plural(pron, report_subject(pron, da)) else parties
    if parties:
        return parties
    titled = list(dict.fromkeys(o for a in speakers if is_person(a, da) for _, o in ds.titles(a)
                                if o and o in da.protos and is_party(o, da)))
    if titled:
        return titled
    # "X, the political leader of the group": the group
    from .titleowner import described_owner
    return list(dict.fromkeys(o for a in speakers if is_person(a, da) for r in da.roles if r.person == a
                              for o in [described_owner(r, da, ds)] if o))


def quote_reporters(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The sayers of the quotation ``t`` stands in when its reporting clause is in another sentence
    of the paragraph: after the quote closes ('"We are ready. We condemn X," Hamas said') or before
    it opens ('Hamas said: "This is a massacre. We condemn X."'); [] outside a quotation, or when the
    quote's paragraph has no reporting verb with a subject next to it."""
    doc = t.doc
    start = t.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    marks = [u for u in doc[start:t.i] if u.text in _DOUBLE_QUOTES]    # not an apostrophe: "the rebels' leader"
    if len(marks) % 2 == 0:
        return []      # not inside a quotation opened in this paragraph
    close = next((u for u in doc[t.i:] if u.text in _DOUBLE_QUOTES or "\n" in u.text), None)
    if close is not None and close.text in _DOUBLE_QUOTES:
        got = _reported_by(doc[close.i + 1:close.sent.end], da, ds)
        if got:
            return got
    opening = marks[-1]
    return _reported_by(doc[opening.sent.start:opening.i], da, ds) if opening.sent.start != t.sent.start else []


def _reported_by(span: Span, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors of the subject of the first reporting verb in ``span`` ("Hamas said")."""
    report = da.kb.lexicon.words_of("report_verb")
    for v in span:
        if v.pos_ in _VERB_POS and v.lemma_.lower() in report:
            subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
            return list(dict.fromkeys(a for s in subj for x in (s, *s.conjuncts) for a in _said_by(x, da, ds)))
    return []


def report_subject(t: Token, da: DocumentActors) -> Token | None:
    """The subject of the ``report_verb`` above ``t`` in its sentence, ``None`` if there is none."""
    report = da.kb.lexicon.words_of("report_verb")
    cur = t
    while cur.head.i != cur.i:
        head = cur.head
        if cur.dep_ in _REPORTED_DEPS and head.lemma_.lower() in report:
            return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        cur = head
    return None


def reporters(t: Token, da: DocumentActors, ds: Discourse, *, after: bool = False) -> list[str]:
    """The actors saying the clause ``t`` stands in: the subject of the ``report_verb`` above it
    in the sentence, with its conjuncts ("X and Y said ..."); [] if there is none. With ``after``
    a spokesman's or officials' body may follow them (:func:`_agent_owner`)."""
    s = report_subject(t, da)
    return [] if s is None else list(dict.fromkeys(a for x in (s, *s.conjuncts) for a in _said_by(x, da, ds, after)))


def _said_by(s: Token, da: DocumentActors, ds: Discourse, after: bool = False) -> list[str]:
    """The actors a reporting verb's subject names: its mention, a description, "he"."""
    if ds.actors_at(s.i):
        return [da.actor_at(s.i) or ds.actors_at(s.i)[0]]
    if s.pos_ == "NOUN" or s.pos_ == "PROPN":     # "Rebels in Sudan's Darfur say ...": tagged as a name
        return description(s, da, ds) or _agent_owner(s, da, ds, after)
    if s.lower_ in da.kb.lexicon.words_of("person_pronoun"):
        b = ds.last_person(s.i)
        return [b] if b else []
    return []


def _agent_owner(s: Token, da: DocumentActors, ds: Discourse, after: bool = False) -> list[str]:
    """"A Hezbollah statement said", "Pakistani military officials claimed that their ...": the one
    state or group written before a body's statement, spokesman or officials (``state_agent``), when
    no description reads the noun itself; with ``after`` (the side a "they", "we" in what they say
    speaks for) also one written after it (``title_body_prep``, ``agent_prep``: "Representatives of
    the Seleka rebel coalition say they reached the agreement"), not for what "troops", "shells" in
    their report are ("Observers from the OSCE said they were ... from shells exploding": no OSCE shells)."""
    words = da.kb.lexicon.words_of
    if s.lower_ not in words("state_agent"):
        return []
    from .arguments import modifier_actors, pobj_actors
    got = [a for a in modifier_actors(s, da, ds) if is_party(a, da)] or [
        a for a in pobj_actors(s, words("title_body_prep") | words("agent_prep"), da, ds) if after and is_party(a, da)]
    return got if len(got) == 1 else []


def co_arguments(t: Token, ds: Discourse) -> set[str]:
    """The actors of the other subject and objects of the clause ``t`` is an argument of, which
    a pronoun cannot stand for ("Petro, whom he has accused" -> not Petro)."""
    if t.dep_ not in SUBJECT_DEPS and t.dep_ not in OBJECT_SLOT_DEPS:
        return set()
    verb = t.head.head if t.dep_ == "pobj" else t.head
    out: set[str] = set()
    for c in verb.children:
        if c.i != t.i and (c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "dative")):
            if c.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                c = verb.head          # "whom", "who": the noun the relative clause is on
            out.update(ds.actors_at(c.i))
    return out


def object_antecedent(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"it" as an object is not its own clause's subject: in a participle adjunct, the state or group the clause
    above has as direct object (:func:`adjunct_object`), else the nearest state or group named before it in its sentence
    outside a subject ("cut off relations with Doha, accusing it of ..." -> Doha), none if inside its own clause's subject
    ("Russia, a permanent member of the UN Security Council, welcomed it": not the council), else the last other subject."""
    verb = t.head.head if t.dep_ == "pobj" else t.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    own = {a for c in subjects for a in (ds.actors_at(c.i) or (description(c, da, ds) if c.pos_ == "NOUN" else []))}
    chided = adjunct_object(verb, da, ds)
    if chided and chided not in own:
        return chided
    sent_start = t.sent.start
    for m in ds.before(t.i):
        if m.span.start < sent_start:
            break
        root = m.span.root
        if not is_subject(root) and m.how != "in_name" and m.actor not in own and is_party(m.actor, da) \
                and root.dep_ not in MODIFIER_DEPS:
            return None if any(c.left_edge.i <= m.span.start <= c.right_edge.i for c in subjects) else m.actor
    return ds.last_subject(t.i, lambda x: is_party(x, da) and x not in own)


def adjunct_object(verb: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The one state or group the direct object of the clause a participle adjunct ``verb`` hangs
    on names, which an "it" object of the participle stands for before anything named between:
    "Bush chided Russia for Cold War-style behavior in its conflict with Georgia, accusing it of
    bullying" -> Russia; ``None`` when that object names none ("cut off relations with Doha,
    accusing it": the nearest name is)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    named = [a for c in verb.head.children if c.dep_ == "dobj" for a in ds.actors_at(c.i) if is_party(a, da)]
    return named[0] if len(set(named)) == 1 else None


def locative_slot(t: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``t`` is the object of a preposition that only takes a place:
    "into it", "inside it", "out of it" (``place_only_prep``)."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    place_only = words("place_only_prep")
    return prep.lower_ in place_only or f"{prep.head.lower_} {prep.lower_}" in place_only


def possessor(pron: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"its": the state or group subject of its clause or of a clause above it ("Israel
    dropped a bomb ..., escalating its offensive"), the controller of an infinitive ("prompting
    Venezuela to recall its ambassador"); else the nearest state or group before it in the
    sentence; else the last subject."""
    got = clause_subject(pron, da, ds)
    if got:
        return got
    sent_start = pron.sent.start
    for m in ds.before(pron.i):
        if m.span.start < sent_start:
            break
        if is_party(m.actor, da) and m.how != "in_name":
            return m.actor
    return ds.last_subject(pron.i, lambda x: is_party(x, da))


def force_possessor(pron: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """:func:`possessor`, but of a force ("its forces", "its troops", ``force_noun``) the side that
    fights with them: a ministry's or a government's forces are its state's ("Russia's defence
    ministry said its forces liberated ..." -> Russia); an army's or an armed group's stay its own."""
    a = possessor(pron, da, ds)
    if a is None or pron.head.pos_ != "NOUN" or pron.head.lemma_.lower() not in da.kb.lexicon.words_of("force_noun"):
        return a
    return side_of(a, da) or a


def clause_subject(pron: Token, da: DocumentActors, ds: Discourse,
                   want: Callable[[str], bool] | None = None) -> str | None:
    """The state or group (or what ``want`` accepts) subject of the clause ``pron`` stands in, or
    of the clauses above it through coordination, adverbial and reported clauses ("Hezbollah said
    its fighters ...") and control ("urged Kiev to keep its promises" -> Kiev); ``None`` if none."""
    words = da.kb.lexicon.words_of
    fits = want or (lambda a: is_party(a, da))
    own = {t.i for t in pron.head.subtree} if pron.head.i != pron.i else set()
    cur = pron.head
    while cur.pos_ not in _VERB_POS and cur.head.i != cur.i:
        own = {t.i for t in cur.subtree}
        cur = cur.head
    for _ in range(5):
        while cur.pos_ not in _VERB_POS and cur.dep_ in _PREP_DEPS and cur.head.i != cur.i:
            cur = cur.head      # "firing on its positions", "after its ally attacked"
        if cur.pos_ not in _VERB_POS:
            return None
        for c in cur.children:
            if c.dep_ not in SUBJECT_DEPS or c.i in own:
                continue
            parties = [a for a in _subject_actors(c, cur, da, ds) if fits(a)]
            return parties[0] if parties else None
        parties = [a for c in _controllers(cur, words) for a in ds.actors_at(c.i) if fits(a)]
        if parties:
            return parties[0]
        if cur.dep_ not in _SUBJECT_CLIMB or cur.head.i == cur.i:
            return None
        own = {t.i for t in cur.subtree}
        cur = cur.head
    return None


def _controllers(v: Token, words: Callable[[str], frozenset[str]]) -> list[Token]:
    """The objects that do what ``v`` says: "urged Kiev *to keep*" (``object_control_prep``),
    "accused Ankara *of failing*" (``gerund_control_prep``)."""
    head = v.head
    if v.dep_ == "xcomp":
        on = words("object_control_prep")
        return [c for c in head.children if c.dep_ in ("dobj", "dative")] + [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in on for p in c.children if p.dep_ == "pobj"]
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in words("gerund_control_prep"):
        above = head.head
        return [c for c in above.children if c.dep_ == "dobj"] if above.pos_ in _VERB_POS else [above]
    return []


def _subject_actors(subj: Token, verb: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors a subject names: its mention, a relative pronoun's noun ("Hezbollah, which
    began ..."), a description."""
    if subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        subj = verb.head
    return ds.actors_at(subj.i) or (description(subj, da, ds) if subj.pos_ == "NOUN" else [])


def last_place_in_sentence(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The last place or state named ("Bukavu") or described ("the city") before ``t``
    in its sentence."""
    for u in reversed(t.doc[t.sent.start:t.i]):
        if u.dep_ in MODIFIER_DEPS:
            continue          # "Congolese troops", "Gaza's hospitals": not a place named
        a = da.actor_at(u.i)
        if a is None and u.pos_ == "NOUN":
            a = descriptor(u, da, ds)
        if a and is_location(a, da):
            return a
    return None


def description(t: Token, da: DocumentActors, ds: Discourse, *, in_subject: bool = False) -> list[str]:
    """The actors a definite description stands for: the members of a plural one ("the
    four countries", "both sides"), the one actor of :func:`descriptor` ("the group"), or
    the agent of the attack an event anaphor refers to ("the blast killed ..."). With
    ``in_subject`` (a subject read for :func:`clause_subjects`) the clause's other subjects
    are not read in turn: two subjects of one verb would send each to the other forever."""
    describing = _describing_words(da.kb.lexicon)
    if t.lower_ not in describing and t.lemma_.lower() not in describing:
        return []        # most nouns describe nothing: one look-up instead of seven
    plural = plural_description(t, da, ds, frozenset() if in_subject else clause_subjects(t, da, ds))
    if plural is not None:
        return plural
    one = armed_collective(t, da, ds) or descriptor(t, da, ds) or person_description(t, da, ds) \
        or event_anaphor(t, da, ds) or force_anaphor(t, da, ds)
    return [one] if one else []


def clause_subjects(t: Token, da: DocumentActors, ds: Discourse) -> frozenset[str]:
    """The actors of the subject of the clause a noun phrase stands in, ``t`` not inside it
    ("Saudi Arabia and the US suspended the talks between the parties" -> the two states)."""
    cur = t
    for _ in range(6):
        if cur.pos_ in _VERB_POS or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.pos_ not in _VERB_POS:
        return frozenset()
    while cur.dep_ in ("xcomp", "conj") and cur.head.pos_ in _VERB_POS \
            and not any(c.dep_ in SUBJECT_DEPS for c in cur.children):
        cur = cur.head     # "Egypt and Qatar are working to apply pressure on all sides": the controller's
    out: set[str] = set()
    for c in cur.children:
        if c.dep_ in SUBJECT_DEPS and not (c.left_edge.i <= t.i <= c.right_edge.i):
            for s in (c, *c.conjuncts):
                out.update(ds.actors_at(s.i) or (description(s, da, ds, in_subject=True) if s.pos_ == "NOUN" else []))
    return frozenset(out)


_DESCRIBING: dict[int, frozenset[str]] = {}


def _describing_words(lex: Lexicon) -> frozenset[str]:
    """Every noun (or lemma) a description of :func:`description` may be headed by."""
    got = _DESCRIBING.get(id(lex))
    if got is None:
        lists = ("armed_collective", "group_descriptor", "military_descriptor", "state_descriptor", "institution",
                 "event_anaphor", "force_noun")
        got = frozenset().union(*(lex.words_of(n) for n in lists), lex.descriptors,
                                lex.mappings.get("plural_descriptor", {}), lex.roles)
        _DESCRIBING[id(lex)] = got
    return got


def force_anaphor(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """Unnamed "troops", "the soldiers", "forces", "security forces" (``force_noun``, with no
    modifier but a kind of force, ``force_kind_modifier``): the side
    the same noun was last named with ("Israeli troops clashed ... troops were shot at"), else
    the side of who reports it ("The army said troops repelled" -> the army; "The defence
    ministry said troops had taken" -> its state); ``None`` when neither is known."""
    words = da.kb.lexicon.words_of
    if t.pos_ != "NOUN" or t.lemma_.lower() not in words("force_noun") \
            or any(c.dep_ in MODIFIER_DEPS and c.lower_ not in words("force_kind_modifier") for c in t.children):
        return None   # "security forces", "joint forces" are unnamed too; "rebel forces", "Thai forces" not
    for u in reversed(t.doc[max(0, t.i - ANAPHOR_REACH):t.i]):
        if u.lemma_ == t.lemma_ and u.pos_ == "NOUN":
            named = [a for c in u.children if c.dep_ in MODIFIER_DEPS for a in [da.actor_at(c.i)]
                     if a and is_party(a, da)]
            if named:
                return named[0]
    for a in reporters(t, da, ds):
        side = side_of(a, da)
        if side:
            return side
    return None
