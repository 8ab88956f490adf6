"""The readers of an ontology folder's files, and the records they make: actors
(:class:`Entry`), frames (:class:`Frame`), predicates, word lists, agents, discards and
the CAMEO tables. :func:`kg.ontology.load_ontology` assembles them into one
:class:`kg.ontology.Ontology`; nothing else reads the folder.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import orjson

from .errors import OntologyError
from .phoenix import CodeSpan
from .phoenix_convert import CameoRow


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
    cameo: tuple[CodeSpan, ...] = ()     # CAMEO actor codes, each maybe bounded by dates

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
    official_object: bool = False       # only when the object is a named person or a role ("called Putin")
    party_object: bool = False          # only against a party, not a forum ("protested to Japan", not "to the UN")
    negated: bool = False               # only when the verb is negated, and then asserted ("does not recognise")
    together: bool = False              # only between its subjects, with no actor object ("X and Y discussed the war")
    nested_object: bool = False         # PETRARCH's reading: the object is the first actor of the verb's phrase
    before: tuple[frozenset[str], ...] = ()   # words that must stand before the verb ("[have] delay")
    skip: frozenset[str] = frozenset()        # prepositions whose object is not the frame's ("celebrate iftar in^")

    @property
    def size(self) -> int:
        return len(self.parts) + len(self.before)


_NO_WORDS: frozenset[str] = frozenset()


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
        words = self.words.get(name)
        return _NO_WORDS if words is None else words

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


def read_entries(files: list[Path], actor_types: tuple[str, ...]) -> tuple[dict[str, Entry], list[dict]]:
    """The actors of the gazetteer files, and their extension records (``{"extends": id,
    ...}``: aliases, demonyms and CAMEO codes an import adds to an actor of another file).
    Lines starting with ``#`` are comments (a generated file's header)."""
    entries: dict[str, Entry] = {}
    extensions: list[dict] = []
    for file in files:
        for lineno, line in enumerate(read_text_file(file).splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                obj = orjson.loads(line)
                if "extends" in obj:
                    extensions.append(dict(obj, where=f"{file}:{lineno}"))
                    continue
                entry = entry_from_json(obj, actor_types)
            except (ValueError, KeyError, TypeError) as exc:
                raise OntologyError(f"{file}:{lineno}: bad actor entry: {exc} "
                                    "(each line needs id, name and a type among " + ", ".join(actor_types) + ")") from None
            if entry.id in entries:
                raise OntologyError(f"{file}:{lineno}: duplicate actor id {entry.id!r}")
            entries[entry.id] = entry
    return entries, extensions


def apply_extensions(entries: dict[str, Entry], extensions: list[dict]) -> dict[str, Entry]:
    """``entries`` with each extension's new aliases and demonyms added and its CAMEO codes
    set (an actor that has codes keeps them unless the extension comes later: the
    last extension's codes win)."""
    out = dict(entries)
    for ext in extensions:
        target = out.get(ext["extends"])
        if target is None:
            raise OntologyError(f"{ext['where']}: extends unknown actor {ext['extends']!r}")
        aliases = target.aliases + tuple(a for a in ext.get("aliases", ()) if a not in target.aliases)
        demonyms = target.demonyms + tuple(d for d in ext.get("demonyms", ()) if d not in target.demonyms)
        cameo = cameo_codes(ext.get("cameo")) or target.cameo
        out[target.id] = replace(target, aliases=aliases, demonyms=demonyms, cameo=cameo)
    return out


def read_text_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise OntologyError(f"cannot read {path}: {exc.strerror}") from None


def read_optional_text(path: Path) -> str:
    """An optional text file of the folder ("" when absent)."""
    return read_text_file(path) if path.is_file() else ""


def read_style(path: Path) -> dict:
    """``style.json``: type -> colour/shape/label, family -> colour/label, and the fallbacks."""
    if not path.is_file():
        raise OntologyError(f"style file not found: {path} (the explorer needs type and family colours)")
    try:
        style = json.loads(read_text_file(path))
    except json.JSONDecodeError as exc:
        raise OntologyError(f"style file is not valid JSON: {path}: {exc}") from None
    for section in ("types", "families", "fallback"):
        if not isinstance(style.get(section), dict):
            raise OntologyError(f"style file {path} lacks the {section!r} object "
                                "(expected keys: types, families, fallback)")
    return style


def read_queries(folder: Path) -> dict[str, str]:
    """Named SPARQL queries: ``queries/<name>.rq`` -> name -> text, sorted by name."""
    return {p.stem: read_text_file(p) for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def read_confidences(path: Path) -> dict[str, float]:
    out = {}
    for lineno, cols in read_table(path, 2, "rule<TAB>confidence"):
        try:
            value = float(cols[1])
        except ValueError:
            value = -1.0
        if not 0.0 <= value <= 1.0:
            raise OntologyError(f"{path}:{lineno}: confidence {cols[1]!r} of {cols[0]!r} is not a number from 0 to 1")
        out[cols[0]] = value
    return out


def entry_from_json(obj: dict, actor_types: tuple[str, ...]) -> Entry:
    """An :class:`Entry` from a gazetteer line's JSON object (``ValueError``/``KeyError`` if it is bad)."""
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
        affiliations=tuple(obj.get("affiliations", ())), cameo=cameo_codes(obj.get("cameo")))


def cameo_codes(value) -> tuple[CodeSpan, ...]:
    """The ``cameo`` field of an actor line: ``"ISR"`` or ``[{"code", "start", "end"}, ...]``."""
    if not value:
        return ()
    if isinstance(value, str):
        return (CodeSpan(value),)
    return tuple(CodeSpan(str(v["code"]), v.get("start"), v.get("end")) for v in value)


def _first(value):
    return value[0] if isinstance(value, list) and value else (value or None)


def _rest(value) -> tuple:
    return tuple(value[1:]) if isinstance(value, list) else ()


def _rows(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the data lines of a TSV file: no blanks, no # comments."""
    if not path.is_file():
        raise OntologyError(f"missing ontology file: {path}")
    return [(n, line) for n, line in enumerate(read_text_file(path).splitlines(), 1) if line.strip() and not line.startswith("#")]


def read_table(path: Path, columns: int, expected: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of a TSV file's data lines, each with at least ``columns`` columns."""
    out = []
    for lineno, line in _rows(path):
        cols = line.split("\t")
        if len(cols) < columns:
            raise OntologyError(f"{path}:{lineno}: expected {expected}, got {line!r}")
        out.append((lineno, cols))
    return out


def read_predicates(path: Path) -> dict[str, Predicate]:
    out = {}
    for _lineno, cols in read_table(path, 7, "7 tab-separated columns (predicate, family, kind, plover, cameo, "
                                         "label, description)"):
        out[cols[0]] = Predicate(name=cols[0], family=cols[1], kind=cols[2], plover=cols[3] or None,
                                 cameo=cols[4] or None, label=cols[5], description=cols[6])
    return out


def read_words(path: Path) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    lists: dict[str, set[str]] = defaultdict(set)
    mappings: dict[str, dict[str, str]] = defaultdict(dict)
    for _lineno, cols in read_table(path, 2, "list<TAB>word"):
        lists[cols[0]].add(cols[1].lower())
        if len(cols) > 2:
            mappings[cols[0]][cols[1].lower()] = cols[2]
    return {k: frozenset(v) for k, v in lists.items()}, dict(mappings)


def merge_frames(base: dict[str, tuple[Frame, ...]], extra: dict[str, tuple[Frame, ...]], *,
                 extra_wins: bool = False) -> dict[str, tuple[Frame, ...]]:
    """``base`` with the frames of ``extra`` after its own; a frame of ``base`` wins over one
    of ``extra`` with the same text (with ``extra_wins``, the other way round)."""
    out = dict(base)
    if extra_wins:
        replaced = {f.text for fs in extra.values() for f in fs}
        out = {lemma: kept for lemma, fs in out.items() if (kept := tuple(f for f in fs if f.text not in replaced))}
    texts = {f.text for fs in out.values() for f in fs}
    for lemma, frames in extra.items():
        new = tuple(f for f in frames if f.text not in texts)
        if new:
            out[lemma] = tuple(sorted(out.get(lemma, ()) + new, key=try_order))
    return out


def read_frames(path: Path, predicates: Mapping[str, Predicate], function_words: frozenset[str],
                bare_particles: frozenset[str]) -> dict[str, tuple[Frame, ...]]:
    """A frame file (``verbs.tsv``, ``nouns.tsv``): lemma -> its frames in file order."""
    if not path.is_file():
        raise OntologyError(f"missing ontology file: {path}")
    with path.open(encoding="utf-8") as fh:
        return parse_frames(enumerate(csv.reader(fh, delimiter="\t"), 1), predicates, function_words,
                            bare_particles, str(path))


def parse_frames(rows, predicates: Mapping[str, Predicate], function_words: frozenset[str],
                 bare_particles: frozenset[str], where: str) -> dict[str, tuple[Frame, ...]]:
    """Frames from ``(line number, columns)`` rows: ``frame<TAB>predicate<TAB>cameo[<TAB>voice<TAB>source]``."""
    frames: dict[str, list[Frame]] = defaultdict(list)
    for lineno, cols in rows:
        if not cols or not cols[0].strip() or cols[0].startswith("#"):
            continue
        before = tuple(frozenset(w[1:-1].split("|")) for w in cols[0].split() if w.startswith("[") and w.endswith("]"))
        words = [w for w in cols[0].split() if not (w.startswith("[") and w.endswith("]"))]
        pred = cols[1].strip() if len(cols) > 1 else ""
        if pred != "-" and pred not in predicates:
            raise OntologyError(f"{where}:{lineno}: unknown predicate {pred!r} for frame {cols[0]!r} "
                                f"(one of {', '.join(predicates)} or -)")
        skip = frozenset(x for w in words[1:] if w.endswith("^") for x in w[:-1].split("|"))
        parts = tuple(frozenset(w.rstrip("^").split("|")) for w in words[1:])
        last = parts[-1] if parts else None
        # the last part introduces the object when it is a preposition, not a bare particle ("press ahead")
        # nor one whose object is skipped
        objprep = last if (last and last <= function_words and len(words) > 1 and not words[-1].endswith("^")
                           and not set(words[-1].split("|")) <= bare_particles) else None
        voice = cols[3].strip() if len(cols) > 3 else ""
        frames[words[0]].append(Frame(
            lemma=words[0], parts=parts, objprep=objprep,
            predicate=None if pred == "-" else pred,
            cameo=(cols[2].strip() or None) if len(cols) > 2 else None, text=cols[0],
            inverse=voice == "inverse", place_object=voice == "place", mutual=voice == "mutual",
            infinitive=voice == "infinitive", person_object=voice == "person", negated=voice == "negated",
            official_object=voice == "official", party_object=voice == "party",
            together=voice == "together", before=before, skip=skip))
    return {lemma: tuple(sorted(fs, key=try_order)) for lemma, fs in frames.items()}


def try_order(f: Frame) -> tuple:
    """The order a lemma's frames are tried in: the most specific first; among as specific,
    a negated frame, an infinitive one, a person one, a place one, then the rest, each in
    file order (the sort is stable)."""
    return (-f.size, not f.negated, not f.infinitive, not (f.person_object or f.official_object), not f.place_object)


# -- the CAMEO tables, agents and discards --------------------------------------------------

@dataclass(frozen=True)
class ActorCode:
    """A CAMEO actor role code of ``cameo_actor_codes.tsv`` (``"GOV"``: government)."""

    code: str
    label: str
    kind: str              # office, armed, political, sector, elite, religion, international
    for_state: bool        # an unnamed agent of this code acts for the state named with it
    group_kind: str


@dataclass(frozen=True)
class Agent:
    """A role noun of ``lexicon/agents.tsv`` (``"police"``, ``"national security advisor"``):
    its CAMEO agent code, the kind of that code and whether it acts for its state."""

    phrase: str
    code: str
    kind: str
    plural: str
    for_state: bool


@dataclass(frozen=True)
class Discard:
    """A phrase of ``lexicon/discards.tsv`` marking a sentence (or a whole story) as no
    political event (sports, history); ``whole_word``: the phrase must end at a word end.
    The ontology's are known, not applied; a knowledge folder's Phoenix discards are."""

    phrase: str
    story: bool
    whole_word: bool
    applied: bool = False      # a knowledge folder's Phoenix discard: drops its sentence (or story), as PETRARCH does


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code of the codebook ``cameo_codes.tsv``, with its PLOVER event class
    (``None``: PLOVER drops the category), mode and contexts."""

    code: str
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


def read_cameo_codes(path: Path) -> dict[str, CameoCode]:
    """``cameo_codes.tsv`` (``cameo<TAB>plover<TAB>mode<TAB>context``): code -> :class:`CameoCode`."""
    if not path.is_file():
        return {}
    out = {}
    for _, cols in read_table(path, 2, "cameo<TAB>plover[<TAB>mode<TAB>context]"):
        cols += [""] * (4 - len(cols))
        out[cols[0]] = CameoCode(cols[0], None if cols[1] in ("", "-") else cols[1], cols[2].strip() or None,
                                 tuple(c.strip() for c in cols[3].split(",") if c.strip()))
    return out


def read_actor_codes(path: Path) -> dict[str, ActorCode]:
    if not path.is_file():
        return {}
    return {cols[0]: ActorCode(cols[0], cols[1], cols[2], cols[3] == "yes", cols[4])
            for _, cols in read_table(path, 5, "code<TAB>label<TAB>kind<TAB>for_state<TAB>group_kind")}


def read_cameo_table(path: Path, predicates: Mapping[str, Predicate]) -> dict[str, tuple[CameoRow, ...]]:
    """``cameo_plover.tsv``: CAMEO code -> its rows (one general, maybe some limited to an object noun)."""
    out: dict[str, list[CameoRow]] = defaultdict(list)
    if not path.is_file():
        return {}
    for lineno, cols in read_table(path, 3, "cameo<TAB>plover<TAB>predicate[<TAB>object<TAB>note]"):
        cols += [""] * (5 - len(cols))
        if cols[2] != "-" and cols[2] not in predicates:
            raise OntologyError(f"{path}:{lineno}: unknown predicate {cols[2]!r} for CAMEO {cols[0]!r}")
        out[cols[0]].append(CameoRow(cols[0], None if cols[1] == "-" else cols[1], None if cols[2] == "-" else cols[2],
                                     cols[3] or None, cols[4]))
    return {k: tuple(v) for k, v in out.items()}


def read_agents(path: Path, codes: Mapping[str, ActorCode]) -> dict[str, Agent]:
    """``lexicon/agents.tsv`` (``phrase<TAB>code<TAB>kind<TAB>plural``): phrase and plural -> Agent."""
    out: dict[str, Agent] = {}
    if not path.is_file():
        return out
    for _, cols in read_table(path, 3, "phrase<TAB>code<TAB>kind[<TAB>plural]"):
        plural = cols[3].strip() if len(cols) > 3 else ""
        code = cols[1].strip()
        role = codes.get(code.strip("~")[:3])
        agent = Agent(cols[0], code, cols[2], plural, bool(role and role.for_state and not code.endswith("~")))
        for form in (cols[0], plural):
            if form:
                out.setdefault(form, agent)
    return out


def read_discards(path: Path) -> tuple[Discard, ...]:
    """``lexicon/discards.tsv`` (``phrase<TAB>story|sentence<TAB>word|stem``)."""
    if not path.is_file():
        return ()
    return tuple(Discard(cols[0], cols[1] == "story", cols[2] == "word")
                 for _, cols in read_table(path, 3, "phrase<TAB>story|sentence<TAB>word|stem"))


MIN_WORD_ACRONYM = 4   # "Nato", "Ecowas": an acronym short enough to say as a word


def word_acronyms(entries: Iterable[Entry]) -> dict[str, tuple[str, str]]:
    """The names and aliases in capitals of ``entries`` long enough to be said as words,
    lower case, the first entry's: "ecowas" -> ("ecowas", "name")."""
    out: dict[str, tuple[str, str]] = {}
    for e in entries:
        for form, how in [(e.name, "name")] + [(a, "alias") for a in e.aliases]:
            if form.isupper() and form.isalpha() and len(form) >= MIN_WORD_ACRONYM:
                out.setdefault(form.lower(), (e.id, how))
    return out
