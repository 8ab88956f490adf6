"""The body a person's title is held in when the text names that body by a description, not a name.

"... we attacked and took control of Sirba town," Khalil Abd Allah, the political leader of the
group, said: the title "political leader" is held in the group "the group" stands for (the
National Movement for Reform and Development named before), so Khalil Abd Allah is AFFILIATED_WITH
it (:func:`described_title_owner`) and his "we" speaks for it
(:func:`~kg.relations.coreference.speaker_side`). The same for "Ali Moussa Izzo, spokesman of the
group", "Syed Khaled, a spokesman for the militants" (the article's armed group). The actor stage
cannot read such an owner (it has no discourse), so a title after ``title_body_prep`` whose object
is a description is left without one there (:func:`described_owner` reads it). Not for "the group"
that would be a state's army, nor for "the militants", "the rebels" (``armed_collective``: in an
article of several armed groups the last one named is too often not theirs): open rather than wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..predicates import AFFILIATED_WITH
from .coreference import description
from .discourse import Discourse
from .found import Found
from .referents import state_body

if TYPE_CHECKING:
    from ..actors import DocumentActors
    from ..actors.document import RoleInfo

BODY_TYPES = frozenset({"State", "Group"})


def described_owner(r: RoleInfo, da: DocumentActors, ds: Discourse) -> str | None:
    """The one state or group a title of no owner is held in when its body is a description after
    ``title_body_prep``: "the political leader of the group", "a spokesman for the militants";
    ``None`` when the title has an owner, the body is a name (the actor stage reads those) or the
    description stands for no single body."""
    if r.affiliation:
        return None
    words = da.kb.lexicon.words_of
    preps, armed, group_nouns = words("title_body_prep"), words("armed_collective"), words("group_descriptor")
    title = da.doc[r.tokens[1] - 1]
    for p in title.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.pos_ != "NOUN" or da.actor_at(o.i) or (
                    o.lemma_.lower() in armed and not any(c.dep_ in ("compound", "amod") for c in o.children)):
                continue   # "for the militants": which armed group is too often unclear
            got = {a for a in description(o, da, ds) if a != r.person and da.type_of(a) in BODY_TYPES}
            owner = got.pop() if len(got) == 1 else None
            if owner and o.lower_ in group_nouns and state_body(owner, da, ds):
                return None   # "the group" is no state's army ("after Sudanese armed forces attacked")
            return owner
    return None


def described_title_owner(sent: Span, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """AFFILIATED_WITH from a title whose body is a description (:func:`described_owner`), role
    the title as written: "Khalil Abd Allah, the political leader of the group" -> the group."""
    for r in (r for r in da.roles if r.sent_start == sent.start and not r.affiliation):
        owner = described_owner(r, da, ds)
        if owner:
            yield Found(r.person, AFFILIATED_WITH, owner, da.doc[r.tokens[0]:r.tokens[1]], "affiliation.described_owner",
                        da.kb.confidence("affiliation.described_owner"), role=_role(r, da))


def _role(r: RoleInfo, da: DocumentActors) -> str:
    """The title without a leading article: "a spokesman" -> "spokesman"."""
    words = [t for t in da.doc[r.tokens[0]:r.tokens[1]] if t.dep_ != "det"]
    return " ".join(t.lower_ for t in words) or r.role.lower()
