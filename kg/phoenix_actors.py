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

from .ontology_read import Entry, norm
from .phoenix import ActorRecord, CodeSpan
from .phoenix_merge import (
    ActorContext,
    Candidate,
    ImportResult,
    code_chunks,
    default_code,
    merge_candidates,
    valid_code,
)

__all__ = ["ActorContext", "ImportResult", "convert_actors", "restore_case"]


def convert_actors(records: list[ActorRecord], ctx: ActorContext) -> ImportResult:
    """Convert actor records and merge them into ``ctx.entries`` (see the module docstring)."""
    counts: dict[str, int] = {"records": len(records)}
    return merge_candidates(_candidates(records, ctx, counts), ctx, counts)


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


# -- classification ---------------------------------------------------------------------

def _kind_of(record: ActorRecord, ctx: ActorContext) -> str:
    """"country", "group" or "person" for a record."""
    code = default_code(record.codes)
    chunks = code_chunks(code.code) if code else []
    country_code = all(len(c.code) == 3 and c.code not in ctx.roles for c in record.codes)
    if country_code and (record.name.split()[-1].lower() in ctx.words("state_name_head")
                         or not _is_organisation(record.name, ctx)) or _names_coded_state(record, chunks, ctx):
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


def _names_coded_state(record: ActorRecord, chunks: list[str], ctx: ActorContext) -> bool:
    """Whether a record names the state its code in force is, with no role ("EGYPT [EGY]",
    not an acronym; "SOUTH SUDAN [SSD]" with dated codes): the country, its synonyms its
    names and places, not groups."""
    state_id = ctx.states.get(chunks[0]) if len(chunks) == 1 else None
    return state_id is not None and _names_state(record.name, ctx.entries[state_id])


def _is_organisation(name: str, ctx: ActorContext) -> bool:
    words = name.lower().replace("-", " ").split()
    heads = ctx.words("organisation_head") | ctx.words("institution") | ctx.words("group_name_word")   # "Ansar Dine"
    return bool(set(words) & heads) or (len(words) == 1 and name.isupper() and len(name) <= 6
                                         and not re.search(r"[AEIOU].*[AEIOU]", name))


def _is_office(name: str, ctx: ActorContext) -> bool:
    """Whether a group's name is a body's name and a title, an office a person holds ("UN
    Secretary General", "UN Envoy": ``roles.tsv``), not a body: the title goes with the name
    of the person who holds it ("U.N. Secretary General Ban Ki-moon")."""
    words = name.replace("-", " ").split()
    names = _body_names(ctx)
    return any(" ".join(words[:k]).lower() in names and " ".join(words[k:]).lower() in ctx.titles
               for k in range(1, len(words)))


def _similar(a: str, b: str) -> bool:
    """Whether synonym ``b`` is a form of name ``a``: a spelling (ratio >= 0.75), a word
    in common, or ``b`` the initials of ``a``."""
    wa, wb = set(a.replace("-", " ").split()), set(b.replace("-", " ").split())
    return (difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 or bool(wa & wb - {"OF", "THE", "AND", "AL", "EL"})
            or b.replace(".", "") == _initials(a))


def _body_names(ctx: ActorContext) -> set[str]:
    """The lower-cased names and aliases of the gazetteer's groups and states, read once per conversion."""
    if "body_names" not in ctx.cache:
        ctx.cache["body_names"] = {n.lower() for e in ctx.entries.values() if e.type in ("Group", "State")
                                   for n in (e.name, *e.aliases)}
    return ctx.cache["body_names"]


def _initials(name: str) -> str:
    """``"ENVIRONMENTAL PROTECTION AGENCY"`` -> ``"EPA"`` (small words left out)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in ("OF", "THE", "AND", "FOR"))


# -- candidates -------------------------------------------------------------------------

def _particles(ctx: ActorContext) -> frozenset[str]:
    return ctx.words("name_case_particle") | ctx.words("name_particle")


def _candidates(records: list[ActorRecord], ctx: ActorContext, counts: dict) -> list[Candidate]:
    out: list[Candidate] = []
    for record in records:
        codes = tuple(c for c in record.codes if valid_code(c.code))
        if not codes:
            counts["record without a usable code"] = counts.get("record without a usable code", 0) + 1
            continue
        kind = "compound" if "/" in default_code(codes).code else _kind_of(record, ctx)
        if kind == "compound":
            out += _compound(record, codes, ctx)
        elif kind == "country":
            out += _country(record, codes, ctx, counts)
        elif kind == "place":
            state = ctx.states.get(code_chunks(default_code(codes).code)[0])
            out += _place(record, codes, state, ctx)
        else:
            out += _named(record, codes, kind, ctx)
    return out


def _country(record: ActorRecord, codes, ctx: ActorContext, counts: dict) -> list[Candidate]:
    """A country-level record: the state itself (synonyms split into demonyms, aliases and
    places), a place of a known state (``MAYOTTE [FRA]``), or a state kg does not know."""
    parts = _particles(ctx)
    name = restore_case(record.name, parts)
    code = default_code(codes).code
    state_id = ctx.states.get(code)
    if state_id is None:
        typ = "Place" if ctx.territory is not None and ctx.territory(code) else "State"
        return [Candidate(name, typ, codes, [restore_case(s, parts) for s in record.synonyms],
                      kind="territory" if typ == "Place" else None)]
    state = ctx.entries[state_id]
    if not _names_state(name, state):
        return [Candidate(name, "Place", codes, [restore_case(s, parts) for s in record.synonyms],
                      kind="territory", country=state_id)]
    ext = Candidate(state.name, "State", codes, extends=state_id)
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
            out.append(Candidate(form, "Place", (CodeSpan(code),), kind="city" if geo else "region", country=state_id,
                             geo=geo))
        else:
            counts[f"country synonym: {how}"] = counts.get(f"country synonym: {how}", 0) + 1
    return out


def _place(record: ActorRecord, codes, state: str | None, ctx: ActorContext) -> list[Candidate]:
    """A region's record (``GAZA [PSEGZA]``): its spellings are aliases; another place it
    lists (``+RAFAH``) is a place of its own in the same country."""
    parts = _particles(ctx)
    main = Candidate(restore_case(record.name, parts), "Place", codes, kind="region", country=state)
    out = [main]
    for syn in record.synonyms:
        form = restore_case(syn, parts)
        if _ratio(form, main.name) >= 0.8:
            main.aliases.append(form)
        else:
            out.append(Candidate(form, "Place", codes, kind="region", country=state))
    return out


def _compound(record: ActorRecord, codes, ctx: ActorContext) -> list[Candidate]:
    """A record coded as several actors at once (``THE_SHIRE [FRO/BIL/SAM]``): a Group whose
    code keeps its members', each of which PETRARCH codes an event of it for; its synonyms
    are its aliases. It is named without a leading "the", which the text may write lower
    case ("Mordor, *the Shire* and Bree"; the name's forms take the article anyway)."""
    parts = _particles(ctx)
    name = re.sub(r"^the ", "", restore_case(record.name, parts), flags=re.IGNORECASE)
    return [Candidate(name, "Group", codes, [restore_case(s, parts) for s in record.synonyms], kind="compound actor")]


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
    # "Rakhine State", "Borno State": a region of the state, not its name ("the Hebrew State")
    region = words[-1] in ctx.words("region_kind") and state.name.lower() not in low \
        and words[0] not in ctx.words("state_epithet_word")
    if not region and (state.name.lower() in low or words[-1] in ctx.words("state_name_head")) or \
            any(_ratio(form, f) >= 0.75 for f in (state.name, *state.aliases)):
        return "alias"
    content = [w for w in words if w not in _particles(ctx)]
    if ctx.common is not None and content and all(ctx.common(w) for w in content):
        return "epithet"
    return "place"


def _named(record: ActorRecord, codes, kind: str, ctx: ActorContext) -> list[Candidate]:
    """A group or person record: its name, the synonyms that are forms of it as aliases,
    and each other synonym as an actor of its own with the same codes."""
    parts = _particles(ctx)
    name = restore_case(record.name, parts, True) if kind == "group" else _person_name(record.name, ctx)
    if name is None or (kind == "group" and _is_office(name, ctx)):
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
    -> "Abdul Rahim"); ``None`` for a title alone or a single word ("HUSSEIN": which one?),
    unless ``ctx.single_names`` ("GOLLUM" of a knowledge folder's dictionary)."""
    words = phrase.split()
    titles = ctx.titles | ctx.words("honorific") | ctx.words("generic_role")
    cut = 0
    for i in range(len(words)):
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            if " ".join(words[i:j]).lower().replace("-", " ") in titles | {t.replace("-", " ") for t in titles}:
                cut = j
    words = words[cut:]
    if len(words) < 2 and not (ctx.single_names and words and not cut):
        return None
    return restore_case(" ".join(words), _particles(ctx))


def _with_codes(name: str, kind: str, codes, ctx: ActorContext) -> Candidate:
    """A Group or an Official/Person named ``name`` with ``codes``."""
    default = default_code(codes)
    chunks = code_chunks(default.code)
    prefix = ctx.roles.get(chunks[0], ("", "", ""))[1]
    international = prefix in ("international", "organisation")
    owner = "".join(chunks[:2]) if prefix == "organisation" else None if international else chunks[0]
    role = next((c for c in chunks[2 if prefix == "organisation" else 1:] if c in ctx.roles), None)
    if kind == "group":
        label, rkind, gkind = ctx.roles.get(role or chunks[0], ("", "", "organisation"))
        cand = Candidate(name, "Group", codes, kind=gkind or "organisation", owner=owner)
        if rkind == "office" and not international:
            cand.parent_role = label
        return cand
    affiliations = []
    office = False
    for span in codes:
        ch = code_chunks(span.code)
        org = ctx.roles.get(ch[0], ("", "", ""))[1] == "organisation"
        r = next((c for c in ch[2 if org else 1:] if c in ctx.roles), None)
        office = office or org or ctx.roles.get(r or "", ("", "", ""))[1] == "office"
        intl = ctx.roles.get(ch[0], ("", "", ""))[1] == "international"
        affiliations.append({"owner": "".join(ch[:2]) if org else None if intl else ch[0],
                             "role": ctx.roles[r][0] if r else "member", "start": span.start, "end": span.end})
    return Candidate(name, "Official" if office else "Person", codes, affiliations=affiliations)
