"""Names the NER missed that stand where an event's actors go.

A run of capitalised proper nouns the statistical NER and the knowledge base left alone
is a name when it is the subject or object of a verb with an event frame ("Arnor is
about to restore ties with Gondor", "Osgiliath, Dagolath and Bree condemned ..."), the
owner of an agent ("Osgiliath soldiers", "Rohan militants") or a conjunct of such a name
(each conjunct is a name of its own). It is typed from its context: a person after a
title ("President Umbardacil"), a group before a group noun ("Rohan militants"), a place
as the object of a locative preposition ("left for Minas Tirith") or before an attack noun
("after the Uri attack": where it struck, ``struck_place_noun``), else a state (which the
typing by use may still make a place).

Guards for real text: no name in a title-cased line or in the headline, nor a month or
weekday or a holiday ("celebrated Eid"), a title word, a capitalised common noun (:func:`~kg.actors.nonnames.is_no_name`),
page furniture (``junk_name``), a word in capitals, a word of the lexicon ("Officials",
"Security"), nor what the NER labelled as something else (a product, a language, an event)
or a ship's or a thing's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..ontology import Ontology
from .index import DocIndex
from .nonnames import is_calendar_span, is_no_name

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
COMPLEMENT_DEPS = frozenset({"xcomp", "acomp"})
GROUP_NOUNS = ("nonstate_collective", "armed_collective", "group_descriptor")   # "Rohan militants"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
OWNER_DEPS = frozenset({"compound", "amod", "poss"})
MAX_NAME_TOKENS = 4
MIN_HEADLINE_WORD = 4       # a sentence whose words this long are all capitalised is a headline
MIN_HEADLINE_WORDS = 3


def framed_names(doc: Doc, ix: DocIndex, taken: set[int], kb: Ontology) -> list[Span]:
    """Spans of names the NER missed that an event frame takes as an actor, labelled
    PERSON, ORG, LOC or GPE by their context (see the module's docstring)."""
    out, i = [], 0
    multiline = "\n" in ix.text
    # the NER did not miss what it labelled (a product, an event, a language, ...) and the
    # earlier stages dropped: those stay dropped
    taken = taken | {k for e in doc.ents for k in range(e.start, e.end)}
    others = {e.text.lower() for e in doc.ents if e.label_ not in NAME_LABELS}   # "Tutsi" NORP once: not a name
    inside = _mid_sentence_words(ix)
    while i < ix.n:
        if i in taken or ix.pos[i] != "PROPN" or not ix.upper_initial[i]:
            i += 1
            continue
        j = _run_end(ix, i, taken, kb)
        # "President Umbardacil": the name after the title words in the run
        start = max([k + 1 for k in range(i, j) if ix.lowers[k] in kb.lexicon.roles], default=i)
        span, i = Span(doc, start, j), j
        if not len(span):
            continue
        if (multiline and ix.on_first_line(span.start)) or span.text.lower() in others \
                or _part_of_longer(span, taken) or not _plausible(span, ix, kb, inside):
            continue
        label = name_label(span, kb)
        if label:
            out.append(Span(doc, span.start, span.end, label=label))
    return out


def _run_end(ix: DocIndex, i: int, taken: set[int], kb: Ontology) -> int:
    """The end of the run of capitalised proper nouns from ``i``: title words do not count
    towards its length, and a particle written lower case inside a name belongs to it ("UN
    Special Envoy Staffan de Mistura": ``name_particle``)."""
    doc, roles, particles = ix.doc, kb.lexicon.roles, kb.lexicon.words_of("name_particle")
    j, titles = i, 0
    while j < ix.n and j - i - titles < MAX_NAME_TOKENS and j not in taken \
            and (j == i or "\n" not in doc[j - 1].whitespace_):
        if ix.pos[j] == "PROPN" and ix.upper_initial[j]:
            titles += ix.lowers[j] in roles
        elif not (j > i and ix.lowers[j] in particles and j + 1 < ix.n and j + 1 not in taken
                  and ix.pos[j + 1] == "PROPN" and ix.upper_initial[j + 1]):
            break
        j += 1
    while j - 1 > i and ix.lowers[j - 1] in particles and not ix.upper_initial[j - 1]:
        j -= 1   # (cut after a particle)
    return j


def _opens(t: Token) -> bool:
    """Whether ``t`` opens a quote, a bracket or a line, after which words are capitalised."""
    return t.is_quote or t.is_left_punct or "\n" in t.whitespace_


def _mid_sentence_words(ix: DocIndex) -> set[str]:
    """The capitalised words written inside a sentence somewhere in the document (lower case)."""
    doc = ix.doc
    return {ix.lowers[k] for k in range(1, ix.n) if ix.upper_initial[k] and not ix.sent_start[k]
            and not _opens(doc[k - 1])}


def _part_of_longer(span: Span, taken: set[int]) -> bool:
    """Whether the run touches a name found before it ("the Jenin Camp Club", "Rwandan Tutsi"):
    a piece of a longer name, not a name of its own."""
    doc = span.doc
    before = span.start > 0 and span.start - 1 in taken and doc[span.start - 1].whitespace_
    after = span.end in taken and span.end < len(doc) and doc[span.end - 1].whitespace_
    return bool(before or after)


def _plausible(span: Span, ix: DocIndex, kb: Ontology, inside: set[str]) -> bool:
    """Whether the run can be a name: no title word, month, common noun or furniture in it,
    not in a title-cased line; a sentence's first word only when the document also writes
    it capitalised inside a sentence ("Air strikes have hit", "Electricity has been cut")."""
    words, lex = kb.lexicon.words_of, kb.lexicon
    described = described_body(span, kb)
    if any(t.lower_ in lex.roles or t.lower_ in words("junk_name") or not t.is_alpha or (t.is_upper and not described)
           for t in span):
        return False   # a title, furniture, an acronym or a word in capitals ("CEASEFIRE"), unless
        # an apposition says what body it is ("the UN mission there, MINURSO")
    if is_calendar_span(span, words) or is_no_name(span, words) or title_cased(span.sent) \
            or span.text.lower() in words("holiday_name"):
        return False
    first = span[0]
    if (ix.sent_start[first.i] or (first.i > 0 and _opens(first.doc[first.i - 1]))) and first.lower_ not in inside \
            and not (len(span) > 1 and titled_by_apposition(span, kb)):
        return False   # (but "Femi Falana, counsel to the separatists, said" is a name)
    # a capitalised word of the lexicon ("Security", "Troops"): a common noun or a verb
    return not any(t.lower_ in lex.verbs or t.lower_ in lex.nouns or t.lemma_.lower() in lex.verbs
                   or kb.agent(t.lower_) for t in span)


def title_cased(sent: Span) -> bool:
    """Whether every longer word of a sentence is capitalised (a headline, a caption)."""
    long = [t for t in sent if t.is_alpha and len(t) >= MIN_HEADLINE_WORD]
    return len(long) >= MIN_HEADLINE_WORDS and all(t.text[0].isupper() for t in long)


def name_label(span: Span, kb: Ontology) -> str | None:
    """The label of a name by where it stands, or ``None`` when no event frame takes it."""
    root = span.root
    head, dep = root.head, root.dep_
    while dep == "conj" and head.head.i != head.i:      # "Dagolath and Osgiliath": the first conjunct's place
        dep, head = head.dep_, head.head
    lex, words = kb.lexicon, kb.lexicon.words_of
    if dep in OWNER_DEPS and head.pos_ == "NOUN":
        low, lemma = head.lower_, head.lemma_.lower()
        if any(w in words(kind) for kind in GROUP_NOUNS for w in (low, lemma)):
            return "ORG"
        if low in words("struck_place_noun") or lemma in words("struck_place_noun"):
            return "LOC"   # "after the Uri attack": the place struck, not a state that attacked
        agent = kb.agent(low) or kb.agent(lemma)
        state_means = low in words("state_agent") or lemma in words("state_agent")
        return "GPE" if state_means or (agent is not None and agent.for_state) else None
    if len(span) > 1 and titled_by_apposition(span, kb):
        return "PERSON"   # "Femi Falana, counsel to the separatists, said"
    if described_body(span, kb):
        return "ORG"      # "the UN peacekeeping force, UNIFIL"
    if not _framed(head, dep, lex):
        return None
    if span.start > 0 and span.doc[span.start - 1].lower_ in lex.roles:
        return "PERSON"
    if dep == "pobj" and head.lower_ in words("locative_prep"):
        return "LOC"
    return "GPE"


def described_body(span: Span, kb: Ontology) -> bool:
    """Whether the name stands in apposition to a body noun a name modifies: "the UN mission
    there, MINURSO", "the UN peacekeeping force, UNIFIL"."""
    root = span.root
    if root.dep_ != "appos" or root.head.pos_ != "NOUN":
        return False
    head, words = root.head, kb.lexicon.words_of
    body = head.lemma_.lower() in words("institution") or head.lemma_.lower() in words("state_agent")
    return body and any(c.dep_ in ("compound", "amod", "poss") and c.pos_ in ("PROPN", "ADJ") and c.is_title or c.is_upper
                        for c in head.children if c.i < head.i)


def titled_by_apposition(span: Span, kb: Ontology) -> bool:
    """Whether an apposition gives a person's title ("X, a former militia commander", "X,
    counsel to the separatists", "a spokesperson for the land forces, X"): the name is a
    person's, whatever its tag."""
    roles, people = kb.lexicon.roles, kb.lexicon.words_of("person_noun")

    def titles(h: Token) -> bool:
        return h.lemma_.lower() in roles or h.lower_ in roles or h.lemma_.lower() in people
    for c in span.root.children:
        if c.dep_ == "appos" and c.i >= span.end and any(titles(h) for h in (c, *c.conjuncts)):
            return True
    # the title first: "a spokesperson for the land forces, Volodymyr Fitio, said"
    root = span.root
    return root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ in ("NOUN", "PROPN") \
        and titles(root.head)


def _framed(head: Token, dep: str, lex) -> bool:
    """Whether a word in relation ``dep`` to ``head`` is an argument of an event frame:
    the subject or object of a verb with frames, or the object of a preposition after one
    (or after a noun with frames: "ties with Gondor")."""
    if dep in ARGUMENT_DEPS:
        return _framed_verb(head, lex)
    if dep != "pobj" or head.dep_ != "prep":
        return False
    gov = head.head
    if gov.pos_ == "VERB":
        return gov.lemma_.lower() in lex.verbs
    # "ties with Gondor" after a framed verb ("restore ties with"), or a noun with frames
    return gov.pos_ == "NOUN" and (gov.lemma_.lower() in lex.nouns
                                    or (gov.dep_ == "dobj" and _framed_verb(gov.head, lex)))


def _framed_verb(v: Token, lex, depth: int = 0) -> bool:
    """Whether ``v`` is a verb with frames, or governs one as its complement ("is about to
    restore", "wants to meet")."""
    if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in lex.verbs:
        return True
    return depth < 2 and any(c.dep_ in COMPLEMENT_DEPS and _framed_verb(c, lex, depth + 1) for c in v.children)
