"""Merging imported actors with a gazetteer: the records of the import and the second half
of :func:`kg.phoenix_actors.convert_actors`.

A candidate (:class:`Candidate`) whose name is an existing actor's name (the same kind
of actor; for a place, the same country) becomes an extension of that actor;
candidates of one name and kind are merged; aliases that name another actor, hold a
title, are too short or (with a common-word test) common English words are dropped;
the rest get ids and their gazetteer lines.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .ontology_read import Entry, norm, slug
from .phoenix import CodeSpan

__all__ = ["ActorContext", "Candidate", "ImportResult", "cameo_field", "code_chunks", "compound_members", "default_code",
           "merge_candidates", "valid_code"]


@dataclass
class ActorContext:
    """What the conversion knows: the gazetteer it merges into and the word lists.

    ``roles``: CAMEO role code -> (label, kind, group kind) from ``cameo_actor_codes.tsv``;
    ``words``: the named lists of ``words.tsv`` it reads; ``titles``: ``roles.tsv``;
    ``common``: whether a lower-case word is a common English word (``None``: no check);
    ``geo``: a GeoNames city ``(name, iso3) -> {"geonames", "lat", "lon"}`` or ``None``;
    ``geo_covered``: a city GeoNames gives this many inhabitants or more is left to kg's own
    GeoNames look-up (with its choice among namesakes by the article's countries);
    ``territory``: whether a country code kg has no State for is a dependent territory
    (a Place; else a State is made, as for the fictional countries of PETRARCH's tests);
    ``single_names``: a person's record named by one word is kept (a knowledge folder's
    dictionary names whom its texts name; the import leaves them out: "HUSSEIN", which one?).
    """

    entries: Mapping[str, Entry]
    roles: Mapping[str, tuple[str, str, str]]
    words: Callable[[str], frozenset[str]]
    titles: frozenset[str]
    common: Callable[[str], bool] | None = None
    geo: Callable[[str, str], dict | None] | None = None
    territory: Callable[[str], bool] | None = None
    geo_covered: int = 15000          # kg's GeoNames index holds the cities this populous
    single_names: bool = False        # keep a person known by one word ("GOLLUM"): see phoenix_actors
    states: dict[str, str] = field(default_factory=dict)      # CAMEO/ISO code -> state id
    cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for e in self.entries.values():
            if e.type == "State":
                for code in [e.iso3, *(c.code for c in e.cameo)]:
                    if code:
                        self.states.setdefault(code, e.id)


@dataclass
class ImportResult:
    """New entries (JSON objects), extension records of existing actors, and counts."""

    entries: list[dict]
    extensions: list[dict]
    counts: dict[str, int]


@dataclass
class Candidate:
    """An actor the import may add, or (``extends``) what it adds to an existing one."""

    name: str
    type: str
    codes: tuple[CodeSpan, ...]
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    kind: str | None = None
    parent: str | None = None
    parent_role: str | None = None
    country: str | None = None
    geo: dict | None = None
    affiliations: list[dict] = field(default_factory=list)
    extends: str | None = None
    owner: str | None = None          # a CAMEO code whose actor is this one's parent or country

    @property
    def family(self) -> str:
        return "person" if self.type in ("Official", "Person") else self.type


# -- codes ----------------------------------------------------------------------------------

def code_chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def default_code(codes: tuple[CodeSpan, ...]) -> CodeSpan | None:
    """The code in force now: the undated default if any, else the latest one."""
    undated = [c for c in codes if c.start is None and c.end is None]
    if undated:
        return undated[-1]
    return max(codes, key=lambda c: (c.start or c.end or "", c.end or "9999")) if codes else None


def cameo_field(codes: tuple[CodeSpan, ...]):
    """The ``cameo`` value of an entry: one code, or a list of ``{"code", "start", "end"}``."""
    if len(codes) == 1 and codes[0].start is None and codes[0].end is None:
        return codes[0].code
    return [{k: v for k, v in (("code", c.code), ("start", c.start), ("end", c.end)) if v} for c in codes]


def valid_code(code: str) -> bool:
    """A CAMEO actor code (``"AFGGOV"``), or a compound one naming several actors at once
    (``"FRO/BIL/SAM"``: PETRARCH codes an event of it once per member, :func:`compound_members`)."""
    return all(re.fullmatch(r"[A-Z]{3,}", part) for part in code.split("/"))


def compound_members(code: str | None) -> list[str]:
    """The member codes of a compound actor code (``"ELR/GAL"`` -> ``["ELR", "GAL"]``); a
    single code is its own one member."""
    return [part for part in (code or "").split("/") if part]



def merge_candidates(cands: list[Candidate], ctx: ActorContext, counts: dict[str, int]) -> ImportResult:
    """Merge candidate actors into ``ctx.entries`` (see the module docstring)."""
    index = _surface_index(ctx.entries)
    cands = [c for c in (_attach(c, ctx, index, counts) for c in cands) if c is not None]
    cands = _dedupe(cands, counts)
    _filter_aliases(cands, ctx, index, counts)
    ids = _assign_ids(cands, ctx)
    by_code = _code_owners(cands, ids, ctx)
    entries = [_entry_json(c, ids[id(c)], by_code, ctx) for c in cands if c.extends is None]
    extensions = [_extension_json(c) for c in cands if c.extends is not None]
    counts["new actors"], counts["extended actors"] = len(entries), len(extensions)
    return ImportResult(sorted(entries, key=lambda e: e["id"]),
                        sorted(extensions, key=lambda e: e["extends"]), counts)


def _surface_index(entries: Mapping[str, Entry]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for e in entries.values():
        for form in (e.name, *e.aliases, *e.demonyms, e.capital or "", *e.capital_aliases):
            if form:
                index[norm(form)].add(e.id)
    return index


def _family(entry: Entry) -> str:
    return "person" if entry.type in ("Official", "Person") else entry.type


def _attach(cand: Candidate, ctx: ActorContext, index, counts) -> Candidate | None:
    """The candidate as it is, as an extension of the existing actor it names, or ``None``
    when its name is another kind of actor's."""
    if cand.extends is not None:
        return cand
    ids = index.get(norm(cand.name), set())
    if not ids:
        if norm(cand.name) in _name_tails(ctx):
            counts["part of a known actor's name"] = counts.get("part of a known actor's name", 0) + 1
            return None       # "Red Crescent": kg resolves it to the "Palestinian Red Crescent" it names
        return cand
    same = [i for i in sorted(ids) if _family(ctx.entries[i]) == cand.family
            and (cand.type != "Place" or ctx.entries[i].country in (None, cand.country))]
    if len(same) == 1:
        cand.extends = same[0]
        return cand
    counts["name of another actor"] = counts.get("name of another actor", 0) + 1
    return None


def _name_tails(ctx: ActorContext) -> set[str]:
    """The last words (two or more, short of the whole) of the gazetteer's names and aliases."""
    if "tails" not in ctx.cache:
        tails = set()
        for e in ctx.entries.values():
            for form in (e.name, *e.aliases):
                words = norm(form).split()
                tails.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
        ctx.cache["tails"] = tails
    return ctx.cache["tails"]


def _dedupe(cands: list[Candidate], counts: dict) -> list[Candidate]:
    """One candidate per name, kind of actor and country (or extended actor); of two new
    actors with one name but of different kinds or countries, the first (a homonym or a
    record typed otherwise: either way the name would be ambiguous)."""
    out: dict[tuple, Candidate] = {}
    names: set[str] = set()
    for c in cands:
        key = ("extends", c.extends) if c.extends else (norm(c.name), c.family, c.country)
        if key not in out and not c.extends and norm(c.name) in names:
            counts["a second actor of the same name"] = counts.get("a second actor of the same name", 0) + 1
            continue
        if key not in out:
            out[key] = c
            if not c.extends:
                names.add(norm(c.name))
            continue
        kept = out[key]
        kept.aliases += [a for a in [c.name, *c.aliases] if a not in kept.aliases]
        kept.demonyms += [d for d in c.demonyms if d not in kept.demonyms]
        kept.codes += tuple(x for x in c.codes if x not in kept.codes)
        kept.affiliations += [a for a in c.affiliations if a not in kept.affiliations]
    return list(out.values())


def _filter_aliases(cands: list[Candidate], ctx: ActorContext, index, counts) -> None:
    """Drop aliases that name another actor, hold a title, are too short or common words."""
    names = defaultdict(set)
    owners = defaultdict(set)
    for i, c in enumerate(cands):
        names[norm(c.name)].add(i)
        for a in (*c.aliases, *c.demonyms):
            owners[norm(a)].add(i)
    titles = ctx.titles | ctx.words("honorific") | ctx.words("generic_role")
    for i, c in enumerate(cands):
        own = {c.extends} if c.extends else set()
        for key in ("aliases", "demonyms"):
            kept = []
            for form in dict.fromkeys(getattr(c, key)):
                reason = _alias_problem(form, c, i, own, index, names, owners, titles, ctx)
                if reason:
                    counts[f"alias dropped: {reason}"] = counts.get(f"alias dropped: {reason}", 0) + 1
                else:
                    kept.append(form)
            setattr(c, key, kept)


def _alias_problem(form, cand, i, own, index, names, owners, titles, ctx) -> str | None:
    n = norm(form)
    words = form.lower().replace("-", " ").split()
    if n == norm(cand.name) or (own and index.get(n, set()) <= own and n in index):
        return "already a form of the actor"
    if index.get(n, set()) - own or names.get(n, {i}) != {i} and names.get(n):
        return "another actor's name or alias"
    if len(owners[n]) > 1:
        return "shared by several imported actors"
    if len(re.sub(r"[^A-Za-z]", "", form)) < 2 or not any(ch.isupper() for ch in form):
        return "too short"
    if cand.family == "person" and (set(words) & titles or " ".join(words[:2]) in titles):
        return "a title with the name"
    if cand.family == "person" and len(words) == 1:
        return "a person's single name"    # it would cut the longer names the NER finds ("Riek Machar")
    if ctx.common is not None and len(words) == 1 and ctx.common(words[0]) and not form.isupper():
        return "a common English word"
    return None


def _assign_ids(cands: list[Candidate], ctx: ActorContext) -> dict[int, str]:
    taken = set(ctx.entries)
    ids: dict[int, str] = {}
    for c in sorted((c for c in cands if c.extends is None), key=lambda c: (slug(c.name), c.type, c.country or "")):
        base = slug(c.name)
        new, n = base, 1
        while new in taken:
            n += 1
            new = f"{base}-{(c.country or (c.codes[0].code if c.codes else '')).lower()}" if n == 2 else f"{base}-{n}"
        taken.add(new)
        ids[id(c)] = new
    return ids


def _code_owners(cands: list[Candidate], ids: dict[int, str], ctx: ActorContext) -> dict[str, str]:
    """CAMEO code -> actor id: the states, then the first imported or extended Group whose
    default code it is (``IGOUNO`` -> the United Nations)."""
    out = dict(ctx.states)
    for c in cands:
        default = default_code(c.codes) if c.codes else None
        if default and c.type == "Group":
            out.setdefault(default.code, c.extends or ids[id(c)])
    return out


# -- output -----------------------------------------------------------------------------

def _entry_json(c: Candidate, actor_id: str, by_code: dict[str, str], ctx: ActorContext) -> dict:
    """The gazetteer line of a new actor, keys in ``tools/check_kb.py``'s order."""
    obj: dict = {"id": actor_id, "name": c.name, "type": c.type}
    if c.type in ("Group", "Place"):
        obj["kind"] = c.kind or ("organisation" if c.type == "Group" else "region")
    obj["aliases"] = c.aliases
    if c.type in ("State", "Place") and c.demonyms:
        obj["demonyms"] = c.demonyms
    if c.type == "Group":
        owner = by_code.get(c.owner or "")
        if owner and owner != actor_id:
            if c.parent_role or ctx.entries.get(owner) is None or ctx.entries[owner].type != "State":
                obj["parent"], obj["parent_role"] = owner, c.parent_role or c.kind or "body"
            else:
                obj["country"] = owner
    if c.type == "Place":
        if c.country:
            obj["country"] = c.country
        if c.geo:
            obj.update(geonames=int(c.geo["geonames"]), lat=c.geo["lat"], lon=c.geo["lon"])
    if c.family == "person":
        affiliations = []
        for a in c.affiliations:
            actor = by_code.get(a["owner"] or "")
            if actor and actor != actor_id:
                aff = {"actor": actor, "role": a["role"], "start": a["start"], "end": a["end"]}
                affiliations.append({k: v for k, v in aff.items() if v})
        if not affiliations:
            obj["type"] = "Person"
        obj["affiliations"] = affiliations
    obj["cameo"] = cameo_field(c.codes)
    return obj


def _extension_json(c: Candidate) -> dict:
    obj: dict = {"extends": c.extends}
    if c.aliases:
        obj["aliases"] = c.aliases
    if c.demonyms:
        obj["demonyms"] = c.demonyms
    if c.codes:
        obj["cameo"] = cameo_field(c.codes)
    return obj
