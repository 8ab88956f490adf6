"""The actors of one document as the relation rules read them.

:class:`DocumentActors` holds what recognition and resolution found: an actor per
id (:class:`Proto`), every mention with its span (:class:`MentionInfo`), the titles
written with names (:class:`RoleInfo`) and the bodies named after a parent
(:class:`Institution`). :meth:`DocumentActors.records` turns it into the spaCy-free
:class:`~kg.records.Actor` records that cross into the graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..cameo import document_codes
from ..corpus import Document
from ..ontology import Entry, Ontology
from ..records import Actor, Mention
from .index import DocIndex


@dataclass
class MentionInfo:
    """A mention with the token-level facts the relation rules need."""

    actor: str
    span: Span
    text: str
    how: str                 # how it was resolved: one of the HOW_* names of kg.actors.types
    locative: bool = False
    metonymy: bool = False

    @property
    def root(self) -> Token:
        return self.span.root


@dataclass
class RoleInfo:
    """A title written with a person's name: "Israeli spokesperson Eylon Levy"."""

    person: str
    role: str
    affiliation: str | None
    sent_start: int          # token index of the sentence the title is in
    tokens: tuple[int, int]  # token span of the title


class Institution(NamedTuple):
    """A body named after its parent: "the Israeli military" (group) of Israel (parent)."""

    group: str
    parent: str
    role: str
    span: Span


@dataclass
class Proto:
    """An actor of the document before its record is made: identity and what it came from."""

    id: str
    name: str
    type: str
    entry: Entry | None = None
    geo: dict | None = None
    country: str | None = None
    kind: str | None = None


@dataclass
class DocumentActors:
    """The actors of one document and where each is mentioned."""

    document: Document
    doc: Doc
    kb: Ontology
    index: DocIndex | None = None   # the document's token facts; made from ``doc`` when not given
    protos: dict[str, Proto] = field(default_factory=dict)               # actor id -> actor
    mentions: list[MentionInfo] = field(default_factory=list)            # in the order they were found
    roles: list[RoleInfo] = field(default_factory=list)                  # titles written with names
    institutions: list[Institution] = field(default_factory=list)        # bodies named after a parent
    token_actor: dict[int, str] = field(default_factory=dict)            # set once the mentions are final
    types: dict[str, str] = field(default_factory=dict)                  # a type this document's use gives
    country_votes: dict[str, int] = field(default_factory=dict)          # ISO2 code -> times evoked
    datelines: list[tuple[int, int]] = field(default_factory=list)       # token ranges ("BEIRUT, Lebanon --")

    def __post_init__(self):
        if self.index is None:
            self.index = DocIndex(self.doc, self.document.text)

    @property
    def text(self) -> str:
        """The document's text (``doc.text``, without rebuilding it token by token)."""
        return self.index.text

    def in_dateline(self, span: Span) -> bool:
        """Whether a span lies in the document's dateline ("KABUL, Afghanistan (AP) —")."""
        return any(start <= span.start and span.end <= end for start, end in self.datelines)

    def actor_at(self, i: int) -> str | None:
        """The actor whose mention covers token ``i`` (the outermost mention)."""
        return self.token_actor.get(i)

    def type_of(self, actor_id: str) -> str:
        """The actor's type in this document (a state named only as a location is a Place); an
        actor the text does not name (the body a named person's knowledge-base entry is
        affiliated with) has its knowledge-base type, an unknown id none ("")."""
        if got := self.types.get(actor_id):
            return got
        if (proto := self.protos.get(actor_id)) is not None:
            return proto.type
        entry = self.kb.entries.get(actor_id)
        return entry.type if entry is not None else ""

    def last_actor(self, before: int, want) -> str | None:
        """The actor of the last mention starting before token ``before`` that ``want(id)`` accepts."""
        for m in sorted(self.mentions, key=lambda m: m.span.start, reverse=True):
            if m.span.start < before and want(m.actor):
                return m.actor
        return None

    def is_media(self, actor_id: str) -> bool:
        """Whether the actor is a news outlet, by its kind (``media_kind_word``, ``media_kind``):
        it reports, it is no party to what it reports."""
        kind, words = (self.protos[actor_id].kind or "").lower(), self.kb.lexicon.words_of
        return any(w in kind for w in words("media_kind_word")) or kind in words("media_kind")

    def merge(self, old: str, into: str) -> None:
        """Make every mention of actor ``old`` one of ``into``, and every body named after a
        parent that ``old`` was or had, and forget ``old``."""
        for m in self.mentions:
            if m.actor == old:
                m.actor = into
        self.institutions[:] = [i._replace(group=into if i.group == old else i.group,
                                           parent=into if i.parent == old else i.parent)
                                if old in (i.group, i.parent) else i for i in self.institutions]
        self.protos.pop(old, None)

    def rename(self, old: str, new: str) -> None:
        """Give actor ``old`` the id ``new`` in its mentions, titles and bodies (``new`` unused)."""
        self.protos[new] = replace(self.protos.pop(old), id=new)
        if old in self.types:
            self.types[new] = self.types.pop(old)
        self.merge(old, new)
        self.roles[:] = [replace(r, affiliation=new) if r.affiliation == old else r for r in self.roles]
        self.token_actor = {i: new if a == old else a for i, a in self.token_actor.items()}

    def records(self) -> tuple[Actor, ...]:
        """The :class:`Actor` records of this document, sorted by id; each one's ``ids``
        holds its CAMEO code on the document's date where one follows (:mod:`kg.cameo`)."""
        by_actor: dict[str, list[MentionInfo]] = defaultdict(list)
        for m in self.mentions:
            by_actor[m.actor].append(m)
        codes = document_codes(self.kb, self.protos, self.document.date,
                               bodies=((i.group, i.parent, i.role) for i in self.institutions),
                               offices=((r.person, r.affiliation, r.role) for r in self.roles))
        return tuple(self._record(actor_id, by_actor[actor_id], codes.get(actor_id)) for actor_id in sorted(by_actor))

    def _record(self, actor_id: str, infos: list[MentionInfo], cameo: str | None = None) -> Actor:
        p = self.protos[actor_id]
        mentions, seen = [], set()
        for m in sorted(infos, key=lambda m: (m.span.start_char, m.span.end_char)):
            key = (m.span.start_char, m.span.end_char)
            if key in seen:
                continue
            seen.add(key)
            mentions.append(Mention(self.document.id, m.text, m.span.start_char, m.span.end_char, m.metonymy))
        e, g = p.entry, p.geo
        ids = dict(e.ids) if e else {}
        if g:
            ids.setdefault("geonames", g["geonames"])
        if cameo:
            ids["cameo"] = cameo
        lat = e.lat if e and e.lat is not None else (g["lat"] if g else None)
        lon = e.lon if e and e.lon is not None else (g["lon"] if g else None)
        return Actor(
            id=actor_id, name=p.name, type=self.type_of(actor_id),
            aliases=tuple(sorted({m.text for m in mentions})), mentions=tuple(mentions),
            ids=tuple(sorted(ids.items())), lat=lat, lon=lon, country=p.country,
            kind=p.kind, affiliations=tuple(affiliations(e)) if e else ())


def affiliations(e: Entry):
    """The affiliations of a knowledge-base entry: its parent body, then its offices."""
    if e.parent:
        yield {"actor": e.parent, "role": e.parent_role, "start": None, "end": None}
    for a in e.affiliations:
        yield {"actor": a["actor"], "role": a.get("role"), "start": a.get("start"), "end": a.get("end")}


def token_index(mentions: Iterable[MentionInfo]) -> dict[int, str]:
    """Tokens mapped to actors, the outermost (longest) mention winning."""
    out: dict[int, str] = {}
    for m in sorted(mentions, key=lambda m: (m.span.end - m.span.start)):
        for i in range(m.span.start, m.span.end):
            out[i] = m.actor
    return out
