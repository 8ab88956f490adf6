"""Collective descriptions of a set of parties that the text names elsewhere, with no definite
determiner that would point back to the last ones named together (those are
:func:`kg.relations.anaphora.plural_description`'s):

* "all parties", "all sides" (a ``whole_determiner`` with a party ``plural_descriptor``) -> the
  parties of the conflict: the sides last seen fighting or agreeing, else the last two or more
  sides named together, else those named together in the next sentence ("urged all parties
  meeting in Geneva ... Morocco, the Polisario Front, Algeria and Mauritania are taking part")
  (:func:`whole_parties`); none when the description's own phrase names the parties ("all sides
  wielding influence on the warring parties");
* "six Gulf allies", "three countries" (a counted ``plural_descriptor``) -> the one set of that
  many members of its kind the text names together anywhere, before or after ("The United States
  and six Gulf allies announced sanctions ... a group that includes Saudi Arabia, Bahrain, Kuwait,
  Oman, Qatar and the United Arab Emirates"), its own co-conjuncts left out; none when the text
  names two such sets or a modifier names their owner ("three US companies")
  (:func:`counted_members`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import Discourse
from .grammar import MODIFIER_DEPS

if TYPE_CHECKING:
    from ..actors import DocumentActors

_OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def collective_members(t: Token, kind_test: Callable[[str], bool], da: DocumentActors, ds: Discourse,
                       exclude: frozenset[str] = frozenset()) -> list[str] | None:
    """The members an undetermined collective description ``t`` (a ``plural_descriptor`` whose
    members ``kind_test`` accepts) stands for; ``None`` when it is none of this module's or
    names none (other readings of the noun may then apply)."""
    words = da.kb.lexicon.words_of
    children = list(t.children)
    if any(c.dep_ == "poss" for c in children):
        return None     # "its allies", "Iran's allies": owned, not a set of parties named elsewhere

    def fits(a: str) -> bool:
        return kind_test(a) and a not in exclude
    if any(c.dep_ in ("det", "predet") and c.lower_ in words("whole_determiner") for c in children):
        if not _is_party_noun(t, da):
            return None
        # "all sides wielding influence on the warring parties": others than the parties
        if any(_is_party_noun(u, da) for u in t.subtree if u.i != t.i):
            return None
        return whole_parties(t, da, ds, fits) or None
    size = _count(children, da)
    if size is None or size < 2 or any(c.dep_ == "det" for c in children):
        return None
    return counted_members(t, size, da, ds, fits) or None


def _is_party_noun(t: Token, da: DocumentActors) -> bool:
    """Whether ``t`` is a plural noun of the parties of a conflict ("sides", "parties")."""
    return da.kb.lexicon.mappings.get("plural_descriptor", {}).get(t.lower_) == "party"


def _count(children: list[Token], da: DocumentActors) -> int | None:
    """The number a description counts as a numeral modifier: "*six* Gulf allies", "*3* countries"."""
    words = da.kb.lexicon.mappings.get("number_word", {})
    for c in children:
        if c.dep_ == "nummod":
            n = words.get(c.lower_) or (c.text if c.text.isdigit() else None)
            return int(n) if n is not None else None
    return None


def whole_parties(t: Token, da: DocumentActors, ds: Discourse, fits: Callable[[str], bool]) -> list[str]:
    """"all parties", "all sides": the sides last seen fighting or agreeing (the belligerents), else
    the last two or more sides named together before ``t``, else those named together in the
    sentence after ``t``'s; [] if none is known."""
    sides = list(ds.belligerents or ())
    if sides and all(fits(a) and a not in ds.mediators for a in sides):
        return sides
    got = ds.members(t.i, lambda a: fits(a) and a not in ds.mediators)
    if got:
        return got
    doc = t.doc
    end = t.sent.end
    following = doc[end].sent if end < len(doc) else None
    for group in coordinations(ds, fits):
        if following is not None and following.start <= group[0] < following.end:
            return group[1]
    return []


def counted_members(t: Token, size: int, da: DocumentActors, ds: Discourse,
                    fits: Callable[[str], bool]) -> list[str]:
    """"six Gulf allies": the one set of ``size`` members that ``fits`` accepts the text names
    together anywhere; [] when it names none or two different ones, or when a modifier of ``t``
    names a state, group or person ("three US companies", "two Russian ministers": theirs,
    not a set named elsewhere). A modifier naming a region ("Gulf") is no such owner."""
    for c in t.children:
        a = da.actor_at(c.i) if c.dep_ in MODIFIER_DEPS else None
        if a and da.type_of(a) != "Place":
            return []
    # "the United States and six Gulf allies": its own co-conjuncts are none of the six
    own = {a for c in t.conjuncts for a in ds.actors_at(c.i)}
    sets = {frozenset(got): got for _, found in coordinations(ds, fits)
            for got in [[a for a in found if a not in own]] if len(got) == size}
    return next(iter(sets.values())) if len(sets) == 1 else []


def coordinations(ds: Discourse, fits: Callable[[str], bool]) -> Iterator[tuple[int, list[str]]]:
    """Each coordination of two or more actors that ``fits`` accepts in the whole document (as
    :meth:`Discourse.members` reads them), in text order: its first token and its members."""
    seen: set[int] = set()
    for m in ds.mentions:
        root = m.span.root
        if root.dep_ in _OWNER_DEPS and not root.conjuncts:
            root = root.head
        if root.i in seen or not root.conjuncts or not fits(m.actor):
            continue
        group = sorted((root, *root.conjuncts), key=lambda x: x.i)
        seen.update(x.i for x in group)
        if ds.is_topic(group[0]):
            continue
        got = list(dict.fromkeys(a for x in group for a in ds.conjunct_actors(x) if fits(a)))
        if len(got) >= 2:
            yield group[0].i, got
