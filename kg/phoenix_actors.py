"""Phoenix actor records (:func:`kg.phoenix.read_actors`) -> entries of kg's gazetteer.

Each record becomes a State, Place, Group, Official or Person, in the JSON form of
``ontology/actors/*.jsonl`` plus its CAMEO codes (``cameo``), then is merged with the
gazetteer it is imported into:

* a country's record adds its code to the State with that code; its synonyms are
  demonyms, aliases (spellings, formal names, "the Hebrew state") or, for cities and
  provinces, Places of that country, never aliases of the state;
* a record whose name is an existing actor's name (same kind of actor; for a place,
  the same country) adds its codes and new aliases to that actor (an *extension*
  record, ``{"extends": id, ...}``) instead of becoming a second one;
* an alias is dropped when it is another actor's name or alias, a title with a name
  ("President Karzai"), or, with ``common``, a common English word; a synonym that
  does not look like a form of the record's name (an institution record listing
  other bodies with its code) becomes an actor of its own.

Names come upper case; :func:`restore_case` writes them as names are written.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .ontology_read import Entry, norm, slug
from .phoenix import ActorRecord, CodeSpan

__all__ = ["ActorContext", "ImportResult", "convert_actors", "restore_case"]


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
    (a Place; else a State is made, as for the fictional countries of PETRARCH's tests).
    """

    entries: Mapping[str, Entry]
    roles: Mapping[str, tuple[str, str, str]]
    words: Callable[[str], frozenset[str]]
    titles: frozenset[str]
    common: Callable[[str], bool] | None = None
    geo: Callable[[str, str], dict | None] | None = None
    territory: Callable[[str], bool] | None = None
    geo_covered: int = 15000          # kg's GeoNames index holds the cities this populous
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


# -- names --------------------------------------------------------------------------------

def restore_case(phrase: str, particles: frozenset[str], acronyms: bool = False) -> str:
    """``"HAMID KARZAI"`` -> ``"Hamid Karzai"``; ``"MAZAR-I-SHARIF"`` -> ``"Mazar-i-Sharif"``,
    ``"BAN KI-MOON"`` -> ``"Ban Ki-moon"`` (a short part after a hyphen stays lower case, so
    the name also matches written that way); words with a dot or no vowel stay upper case
    (``"U.N."``, ``"PKK"``), and with ``acronyms`` (an organisation's name) so do words
    of three letters and a one-word name of four (``"UN MISSION"``, ``"FARC"``); a
    parenthesis is left out (``"GEORGIA (COUNTRY)"``)."""
    out = []
    phrase = re.sub(r"\s*\([^)]*\)\s*", " ", phrase).replace("(", "").replace(")", "").strip()
    for i, word in enumerate(phrase.split()):
        low = word.lower()
        if i and low in particles:
            out.append(low)
        elif "." in word or any(c.isdigit() for c in word) or not re.search(r"[AEIOUY]", word) and len(word) > 1 \
                or acronyms and word.isalpha() and (len(word) <= 3 or len(word) == 4 and len(phrase.split()) == 1):
            out.append(word)
        else:
            out.append(_case_word(word, particles))
    return " ".join(out)


def _case_word(word: str, particles: frozenset[str]) -> str:
    parts = word.split("-")
    out = [_cap(parts[0])]
    for prev, part in zip(parts, parts[1:]):
        low = part.lower()
        out.append(low if low in particles or (len(low) < 5 and prev.lower() not in particles) else _cap(part))
    return "-".join(out)


def _cap(part: str) -> str:
    low = part.lower()
    if len(low) > 2 and low[1] == "'":          # O'BRIEN, D'IVOIRE
        return low[:2].upper() + low[2:3].upper() + low[3:] if low[0] == "o" else low[0] + "'" + low[2:].capitalize()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    return low.capitalize()


# -- codes ----------------------------------------------------------------------------------

def _chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _default_code(codes: tuple[CodeSpan, ...]) -> CodeSpan | None:
    """The code in force now: the undated default if any, else the latest one."""
    undated = [c for c in codes if c.start is None and c.end is None]
    if undated:
        return undated[-1]
    return max(codes, key=lambda c: (c.start or c.end or "", c.end or "9999")) if codes else None


def _cameo_field(codes: tuple[CodeSpan, ...]):
    """The ``cameo`` value of an entry: one code, or a list of ``{"code", "start", "end"}``."""
    if len(codes) == 1 and codes[0].start is None and codes[0].end is None:
        return codes[0].code
    return [{k: v for k, v in (("code", c.code), ("start", c.start), ("end", c.end)) if v} for c in codes]


def _valid(code: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3,}", code))


# -- classification ---------------------------------------------------------------------

def _kind_of(record: ActorRecord, ctx: ActorContext) -> str:
    """"country", "group" or "person" for a record."""
    code = _default_code(record.codes)
    chunks = _chunks(code.code) if code else []
    country_code = all(len(c.code) == 3 and c.code not in ctx.roles for c in record.codes)
    if country_code and (record.name.split()[-1].lower() in ctx.words("state_name_head")
                         or not _is_organisation(record.name, ctx)):
        return "country"          # "SOVIET UNION [SUN]", but not "CONTINUITY IRISH REPUBLICAN ARMY [WEU]"
    if _is_organisation(record.name, ctx):
        return "group"
    if len(chunks) > 1 and chunks[0] not in ctx.roles and not any(c in ctx.roles for c in chunks[1:]) \
            and not any(c.start or c.end for c in record.codes):
        return "place"            # "RAFAH [PSEGZA]": a country's code and a region's
    kinds = {ctx.roles.get(c, ("", "", ""))[1] for c in chunks}
    dated = any(c.start or c.end for c in record.codes)
    if not dated and ctx.roles.get(chunks[0], ("", "", ""))[1] in ("international", "organisation"):
        return "group"            # "RED CRESCENT [NGOHLHIRC]"
    if not dated and "armed" in kinds and len(record.name.split()) == 1:
        return "group"
    return "person" if 1 < len(record.name.split()) <= 5 or dated else "group"


def _is_organisation(name: str, ctx: ActorContext) -> bool:
    words = name.lower().replace("-", " ").split()
    heads = ctx.words("organisation_head") | ctx.words("institution")
    return bool(set(words) & heads) or (len(words) == 1 and name.isupper() and len(name) <= 6
                                         and not re.search(r"[AEIOU].*[AEIOU]", name))


def _similar(a: str, b: str) -> bool:
    """Whether synonym ``b`` is a form of name ``a``: a spelling (ratio >= 0.75), a word
    in common, or ``b`` the initials of ``a``."""
    wa, wb = set(a.replace("-", " ").split()), set(b.replace("-", " ").split())
    return (difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 or bool(wa & wb - {"OF", "THE", "AND", "AL", "EL"})
            or b.replace(".", "") == _initials(a))


def _initials(name: str) -> str:
    """``"ENVIRONMENTAL PROTECTION AGENCY"`` -> ``"EPA"`` (small words left out)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in ("OF", "THE", "AND", "FOR"))


# -- candidates -------------------------------------------------------------------------

@dataclass
class _Cand:
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


def _particles(ctx: ActorContext) -> frozenset[str]:
    return ctx.words("name_case_particle") | ctx.words("name_particle")


def _candidates(records: list[ActorRecord], ctx: ActorContext, counts: dict) -> list[_Cand]:
    out: list[_Cand] = []
    for record in records:
        codes = tuple(c for c in record.codes if _valid(c.code))
        if not codes:
            counts["record without a usable code"] = counts.get("record without a usable code", 0) + 1
            continue
        kind = _kind_of(record, ctx)
        if kind == "country":
            out += _country(record, codes, ctx, counts)
        elif kind == "place":
            state = ctx.states.get(_chunks(_default_code(codes).code)[0])
            parts = _particles(ctx)
            out += _place(record, codes, state, ctx)
        else:
            out += _named(record, codes, kind, ctx)
    return out


def _country(record: ActorRecord, codes, ctx: ActorContext, counts: dict) -> list[_Cand]:
    """A country-level record: the state itself (synonyms split into demonyms, aliases and
    places), a place of a known state (``MAYOTTE [FRA]``), or a state kg does not know."""
    parts = _particles(ctx)
    name = restore_case(record.name, parts)
    code = _default_code(codes).code
    state_id = ctx.states.get(code)
    if state_id is None:
        typ = "Place" if ctx.territory is not None and ctx.territory(code) else "State"
        return [_Cand(name, typ, codes, [restore_case(s, parts) for s in record.synonyms],
                      kind="territory" if typ == "Place" else None)]
    state = ctx.entries[state_id]
    if not _names_state(name, state):
        return [_Cand(name, "Place", codes, [restore_case(s, parts) for s in record.synonyms],
                      kind="territory", country=state_id)]
    ext = _Cand(state.name, "State", codes, extends=state_id)
    out = [ext]
    for syn in record.synonyms:
        form = restore_case(syn, parts)
        how = _synonym_role(form, state, ctx)
        if how == "demonym":
            ext.demonyms.append(form)
        elif how == "alias":
            ext.aliases.append(form)
        elif how == "place":
            geo = ctx.geo(form, state.iso3 or code) if ctx.geo is not None else None
            if geo and geo.get("population", 0) >= ctx.geo_covered:
                counts["country synonym: a city kg's GeoNames index has"] = \
                    counts.get("country synonym: a city kg's GeoNames index has", 0) + 1
                continue
            out.append(_Cand(form, "Place", (CodeSpan(code),), kind="city" if geo else "region", country=state_id,
                             geo=geo))
        else:
            counts[f"country synonym: {how}"] = counts.get(f"country synonym: {how}", 0) + 1
    return out


def _place(record: ActorRecord, codes, state: str | None, ctx: ActorContext) -> list[_Cand]:
    """A region's record (``GAZA [PSEGZA]``): its spellings are aliases; another place it
    lists (``+RAFAH``) is a place of its own in the same country."""
    parts = _particles(ctx)
    main = _Cand(restore_case(record.name, parts), "Place", codes, kind="region", country=state)
    out = [main]
    for syn in record.synonyms:
        form = restore_case(syn, parts)
        if _ratio(form, main.name) >= 0.8:
            main.aliases.append(form)
        else:
            out.append(_Cand(form, "Place", codes, kind="region", country=state))
    return out


def _names_state(name: str, state: Entry) -> bool:
    forms = {norm(f) for f in (state.name, *state.aliases, *state.demonyms)}
    return norm(name) in forms or state.name.lower() in name.lower() or _ratio(name, state.name) >= 0.75


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _synonym_role(form: str, state: Entry, ctx: ActorContext) -> str:
    """What a synonym of a state's record is: "known", "demonym", "alias", "place" or
    "epithet" (common words only: "Graveyard of Empires")."""
    forms = {norm(f) for f in (state.name, *state.aliases, *state.demonyms, state.capital or "",
                               *state.capital_aliases)}
    low = form.lower()
    words = low.replace("-", " ").split()
    if norm(form) in forms:
        return "known"
    stems = {f.lower()[:4] for f in (state.name, *state.demonyms)}
    if len(words) == 1 and low[:4] in stems and any(low.endswith(s) for s in ctx.words("demonym_suffix")) \
            and _ratio(form, state.name) < 0.85:
        return "demonym"   # "Afghan", "Israelian"; "Afghanestan" is a spelling of the name
    if state.name.lower() in low or words[-1] in ctx.words("state_name_head") or \
            any(_ratio(form, f) >= 0.75 for f in (state.name, *state.aliases)):
        return "alias"
    content = [w for w in words if w not in _particles(ctx)]
    if ctx.common is not None and content and all(ctx.common(w) for w in content):
        return "epithet"
    return "place"


def _named(record: ActorRecord, codes, kind: str, ctx: ActorContext) -> list[_Cand]:
    """A group or person record: its name, the synonyms that are forms of it as aliases,
    and each other synonym as an actor of its own with the same codes."""
    parts = _particles(ctx)
    name = restore_case(record.name, parts, True) if kind == "group" else _person_name(record.name, ctx)
    if name is None:
        return []
    main = _with_codes(name, kind, codes, ctx)
    out = [main]
    initials = _initials(record.name)
    for syn in record.synonyms:
        if syn.replace(".", "") == initials and kind == "group":
            main.aliases.append(syn)                # an acronym stays upper case: "EPA"
        elif _similar(record.name, syn):
            main.aliases.append(restore_case(syn, parts, kind == "group"))
        elif _is_organisation(syn, ctx) or len(syn.split()) == 1:
            out.append(_with_codes(restore_case(syn, parts, True), "group", codes, ctx))
        elif (other := _person_name(syn, ctx)) is not None:
            out.append(_with_codes(other, "person", codes, ctx))
    return out


def _person_name(phrase: str, ctx: ActorContext) -> str | None:
    """A person's name without the titles written before it ("ACTING MINISTER ABDUL RAHIM"
    -> "Abdul Rahim"); ``None`` for a title alone or a single word ("HUSSEIN": which one?)."""
    words = phrase.split()
    titles = ctx.titles | ctx.words("honorific") | ctx.words("generic_role")
    cut = 0
    for i in range(len(words)):
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            if " ".join(words[i:j]).lower().replace("-", " ") in titles | {t.replace("-", " ") for t in titles}:
                cut = j
    words = words[cut:]
    if len(words) < 2:
        return None
    return restore_case(" ".join(words), _particles(ctx))


def _with_codes(name: str, kind: str, codes, ctx: ActorContext) -> _Cand:
    """A Group or an Official/Person named ``name`` with ``codes``."""
    default = _default_code(codes)
    chunks = _chunks(default.code)
    prefix = ctx.roles.get(chunks[0], ("", "", ""))[1]
    international = prefix in ("international", "organisation")
    owner = "".join(chunks[:2]) if prefix == "organisation" else None if international else chunks[0]
    role = next((c for c in chunks[2 if prefix == "organisation" else 1:] if c in ctx.roles), None)
    if kind == "group":
        label, rkind, gkind = ctx.roles.get(role or chunks[0], ("", "", "organisation"))
        cand = _Cand(name, "Group", codes, kind=gkind or "organisation", owner=owner)
        if rkind == "office" and not international:
            cand.parent_role = label
        return cand
    affiliations = []
    office = False
    for span in codes:
        ch = _chunks(span.code)
        org = ctx.roles.get(ch[0], ("", "", ""))[1] == "organisation"
        r = next((c for c in ch[2 if org else 1:] if c in ctx.roles), None)
        office = office or org or ctx.roles.get(r or "", ("", "", ""))[1] == "office"
        intl = ctx.roles.get(ch[0], ("", "", ""))[1] == "international"
        affiliations.append({"owner": "".join(ch[:2]) if org else None if intl else ch[0],
                             "role": ctx.roles[r][0] if r else "member", "start": span.start, "end": span.end})
    return _Cand(name, "Official" if office else "Person", codes, affiliations=affiliations)


# -- merging ----------------------------------------------------------------------------

def convert_actors(records: list[ActorRecord], ctx: ActorContext) -> ImportResult:
    """Convert and merge actor records into ``ctx.entries`` (see the module docstring)."""
    counts: dict[str, int] = {"records": len(records)}
    cands = _candidates(records, ctx, counts)
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


def _attach(cand: _Cand, ctx: ActorContext, index, counts) -> _Cand | None:
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


def _dedupe(cands: list[_Cand], counts: dict) -> list[_Cand]:
    """One candidate per name, kind of actor and country (or extended actor); of two new
    actors with one name but of different kinds or countries, the first (a homonym or a
    record typed otherwise: either way the name would be ambiguous)."""
    out: dict[tuple, _Cand] = {}
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


def _filter_aliases(cands: list[_Cand], ctx: ActorContext, index, counts) -> None:
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


def _assign_ids(cands: list[_Cand], ctx: ActorContext) -> dict[int, str]:
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


def _code_owners(cands: list[_Cand], ids: dict[int, str], ctx: ActorContext) -> dict[str, str]:
    """CAMEO code -> actor id: the states, then the first imported or extended Group whose
    default code it is (``IGOUNO`` -> the United Nations)."""
    out = dict(ctx.states)
    for c in cands:
        default = _default_code(c.codes) if c.codes else None
        if default and c.type == "Group":
            out.setdefault(default.code, c.extends or ids[id(c)])
    return out


# -- output -----------------------------------------------------------------------------

def _entry_json(c: _Cand, actor_id: str, by_code: dict[str, str], ctx: ActorContext) -> dict:
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
    obj["cameo"] = _cameo_field(c.codes)
    return obj


def _extension_json(c: _Cand) -> dict:
    obj: dict = {"extends": c.extends}
    if c.aliases:
        obj["aliases"] = c.aliases
    if c.demonyms:
        obj["demonyms"] = c.demonyms
    if c.codes:
        obj["cameo"] = _cameo_field(c.codes)
    return obj
