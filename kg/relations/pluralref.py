"""What "they", "them" stand for outside reported speech: the one group written in the plural
just before.

"The video raises questions over dozens of other operations, exploited by the Houthis in the
media. The coalition has accused them of attempting to cover up the killing of their members":
"them" is the Houthis, the one group the sentence or the one before names with a plural noun
("the Houthis", "FARC rebels", "the Tigers", or "the rebels" of the article's armed group), not
the clause's other arguments (:func:`plural_antecedent`). In what someone says the sayers'
side is read instead (:func:`~kg.relations.coreference.speaker_side`), unless a plural subject
or object stands nearer (:func:`nearer_plural`); where two such groups are named, the pronoun
stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import is_media
from .grammar import previous_sentence_start

if TYPE_CHECKING:
    from ..actors import DocumentActors
    from .discourse import Discourse

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def plural_antecedent(t: Token, others: set[str], da: DocumentActors, ds: Discourse) -> str | None:
    """The one group named in the plural ("the Houthis", "M23 rebels") from the sentence before
    ``t`` up to it, not one of ``others`` (the clause's other arguments); ``None`` when none or
    several are."""
    if t.lower_ not in da.kb.lexicon.words_of("bare_plural_pronoun"):
        return None
    start = previous_sentence_start(t)
    found: set[str] = set()
    for m in ds.before(t.i):
        if m.span.start < start:
            break
        a = m.actor
        if da.type_of(a) == "Group" and not is_media(a, da) and a not in others and _plural(m.span.root, m.span):
            found.add(a)
    if len(found) != 1:
        return None
    group = found.pop()
    return None if _other_people_between(group, t, start, da, ds) else group


def _other_people_between(group: str, t: Token, start: int, da: DocumentActors, ds: Discourse) -> bool:
    """Whether people other than ``group`` are named as a plural subject or object after its last
    mention and before ``t``: "to get Kurti and Vucic to come to Brussels but they had refused"
    (two persons), "killed more than 40 rebels and RDF soldiers ..., they said"."""
    last = next((m.span.end for m in ds.before(t.i) if m.actor == group), start)
    words = da.kb.lexicon.words_of
    people = words("person_noun") | words("people_noun") | words("armed_collective")
    for u in t.doc[last:t.i]:
        if u.dep_ not in _SUBJECT_DEPS | {"dobj", "conj"} or u.pos_ == "PRON":
            continue
        named = ds.actors_at(u.i)
        if named and group not in named and (any(c.dep_ == "conj" for c in u.children) or u.dep_ == "conj"):
            return True      # "Kurti and Vucic"
        if not named and u.tag_ in PLURAL_TAGS and u.lemma_.lower() in people \
                and not any(group in ds.actors_at(c.i) for c in u.children):
            # "the guerrillas", "Al-Shabaab militants" that are the group itself do not count
            from .coreference import description
            if group not in description(u, da, ds):
                return True
    return False


def _plural(root: Token, span) -> bool:
    """Whether a group's mention is written in the plural: its head ("the Maoists", or one word in
    "-s" after "the", which the tagger takes for a name: "the Houthis"; not "Hamas", "the United
    Nations") or the noun its name modifies ("FARC rebels")."""
    if root.tag_ in PLURAL_TAGS or len(span) == 1 and root.lower_.endswith("s") and not root.lower_.endswith("ss") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True
    return root.dep_ in ("compound", "amod") and root.head.tag_ == "NNS" and root.head.i == span.end


def nearer_plural(t: Token, reporter: Token | None) -> bool:
    """Whether a "they", "them", "their" in what someone says has a nearer antecedent than the
    sayers: a plural subject (or, for "they" and "them", a plural object) before it in its
    sentence, outside the reporting verb's subject: '"the rebels launched a surprise attack on Baba
    Amr, which they have entered," the Observatory's director said', "Police intercepted the
    militants before they could enter, Hoti said", "Sudan and Iran agreed to restore their ties, the
    ministry said" -- not the sayers then (open rather than wrong)."""
    if reporter is None:
        return False
    said = range(reporter.left_edge.i, reporter.right_edge.i + 1)
    clause = range(reporter.head.left_edge.i, reporter.head.right_edge.i + 1)   # not an earlier report's
    deps = _SUBJECT_DEPS if t.dep_ == "poss" else _SUBJECT_DEPS | {"dobj"}
    return any(u.dep_ in deps and u.pos_ != "PRON" and u.i not in said and u.i in clause
               and (u.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in u.children))
               for u in t.doc[t.sent.start:t.i])
