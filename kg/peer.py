"""The PETRARCH-2 unit-test suite as kg's test: ``kg evaluate --petrarch SUITE``.

The suite (``../shared/peer/petrarch2_unit.jsonl``, README beside it) holds sentences
with the events PETRARCH-2 codes from them: ``{"id", "text", "events": [{"source",
"target", "code"}], "note"}``, mostly with fictional actors defined in PETRARCH's test
dictionaries (``PETR.Validate.*``), which a fair run loads as extra knowledge
(:func:`kg.ontology.load_ontology`'s ``extra``). :func:`run_suite` builds the graph of
the sentences (one article each, dated where the note gives the article's date) and
scores the PLOVER records kg writes for them (:mod:`kg.export.plover`):

* an expected event is found **who -> whom** when an asserted event has a subject and
  an object whose CAMEO codes begin with the expected source's and target's first
  three letters (an actor PETRARCH has no code for is written as its text in quotes:
  an actor whose id's words are all in that text is it); **with its root** when its CAMEO root (the code's first two digits)
  or its PLOVER class agrees too (the class of the expected code as kg maps CAMEO to
  PLOVER: ``cameo_plover.tsv``, then ``predicates.tsv``). Each produced event counts
  for one expected event at most;
* the events kg produces that no expected event takes are **unexpected** (as a share
  of the expected ones). Events repeated in one sentence count once (same subject,
  object and root).

Left out of the figures: records whose note says DISABLED, CAUTION or QUESTIONABLE,
that expect an error, or whose event codes are test-only (outside the CAMEO codebook
``cameo_codes.tsv``, or called test codes by the note). Figures are given per category
(the letters the record id starts with: DEMO, PASSIVE, COMPOUND, AGENT, ...) and the
expected events missed are put down to a cause (:func:`miss_cause`).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import DEFAULT_MODEL
from .errors import KgError
from .export.json_graph import sorted_edges
from .ontology import Ontology, load_ontology
from .phoenix_merge import compound_members

__all__ = ["Expected", "Produced", "SuiteRecord", "load_suite", "run_suite", "score", "format_report",
           "validate_dictionaries"]

FLAGS = ("DISABLED", "CAUTION", "QUESTIONABLE")          # notes that leave a record out
_EXPECTED_ERROR = re.compile(r"expected an error", re.IGNORECASE)
_TEST_CODE = re.compile(r"\btest(?:-only|-dictionary)? (?:pattern )?codes?\b", re.IGNORECASE)
_ARTICLE_DATE = re.compile(r"article date\D{0,10}(\d{4}-\d{2}-\d{2})")
_CATEGORY = re.compile(r"[A-Za-z]+")
VALIDATE_GLOB = "PETR.Validate.*.txt"


@dataclass(frozen=True)
class Expected:
    """An event a record expects: CAMEO source and target actor codes and event code."""

    source: str
    target: str
    code: str


@dataclass(frozen=True)
class SuiteRecord:
    """One sentence of the suite, with the events it expects."""

    id: str
    text: str
    events: tuple[Expected, ...]
    note: str
    category: str
    date: str | None = None
    left_out: str | None = None      # why the record is not in the figures, or None


@dataclass(frozen=True)
class Produced:
    """An asserted event kg found in a record's sentence (from its PLOVER record)."""

    subject: str                     # kg's actor ids
    object: str
    actor: str | None                # their CAMEO codes on the article's date
    recipient: str | None
    code: str | None                 # the CAMEO event code
    plover: str | None               # the PLOVER class
    text: str = ""                   # "subject PREDICATE object (trigger)", for the error list
    asserted: bool = True            # only asserted events count; the others tell a cause of misses


@dataclass
class Tally:
    """The figures of a set of records."""

    records: int = 0
    expected: int = 0
    direction: int = 0               # expected events found who -> whom
    root: int = 0                    # ... with the CAMEO root (or PLOVER class) right too
    unexpected: int = 0              # produced events no expected event takes
    misses: Counter = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.records += other.records
        self.expected += other.expected
        self.direction += other.direction
        self.root += other.root
        self.unexpected += other.unexpected
        self.misses.update(other.misses)

    def figures(self) -> dict:
        e = self.expected or 1
        return {"records": self.records, "expected": self.expected, "direction": self.direction,
                "root": self.root, "unexpected": self.unexpected,
                "direction_rate": round(self.direction / e, 4), "root_rate": round(self.root / e, 4),
                "unexpected_rate": round(self.unexpected / e, 4), "misses": dict(self.misses.most_common())}


# -- the suite ---------------------------------------------------------------------------------

def load_suite(path: str | Path, codebook: Mapping) -> list[SuiteRecord]:
    """The records of a suite file; ``codebook`` (``Ontology.cameo_codes``) tells CAMEO's
    event codes from test-only ones."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KgError(f"cannot read the suite {p}: {exc.strerror} (give the PETRARCH-2 suite, "
                      "e.g. ../shared/peer/petrarch2_unit.jsonl)") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            events = tuple(Expected(str(e["source"]), str(e["target"]), str(e["code"])) for e in obj["events"])
            rid, text, note = str(obj["id"]), str(obj["text"]), str(obj.get("note", ""))
        except (ValueError, KeyError, TypeError) as exc:
            raise KgError(f"{p}:{n}: not a suite record ({exc}); expected "
                          '{"id", "text", "events": [{"source", "target", "code"}], "note"}') from None
        short = rid.split(":", 1)[-1]
        found = _ARTICLE_DATE.search(note)
        out.append(SuiteRecord(rid, text, events, note, (_CATEGORY.match(short) or [short])[0],
                               found.group(1) if found else None, _left_out(note, events, codebook)))
    return out


def _left_out(note: str, events: Sequence[Expected], codebook: Mapping) -> str | None:
    """Why a record is left out of the figures (see the module's docstring), or ``None``."""
    if any(flag in note for flag in FLAGS):
        return "disabled, caution or questionable"
    if _EXPECTED_ERROR.search(note):
        return "expects an error"
    if any(e.code not in codebook for e in events) or (events and _TEST_CODE.search(note)):
        return "test-only code"
    return None


def validate_dictionaries(suite: str | Path) -> list[Path]:
    """PETRARCH's test dictionaries where the suite's README says they are
    (``../third_party/petrarch2/PETR.Validate.*.txt`` from the suite's folder)."""
    folder = Path(suite).resolve().parent.parent / "third_party" / "petrarch2"
    found = sorted(folder.glob(VALIDATE_GLOB))
    if not found:
        raise KgError(f"no PETRARCH test dictionaries ({VALIDATE_GLOB}) in {folder}; give them with --knowledge")
    return found


# -- running kg on it ----------------------------------------------------------------------------

def run_suite(suite: str | Path, knowledge: Iterable[str | Path] = (), *, model: str = DEFAULT_MODEL,
              ontology: str | Path | None = None, plain: bool | None = None) -> dict:
    """Build the graph of the suite's sentences with ``knowledge`` (folders or dictionary
    files; default: :func:`validate_dictionaries`) added to ``ontology``, and score it:
    the figures of :func:`score`, with ``"outcomes"`` (each record's expected and
    produced events, its misses and unexpected events, or why it is left out)."""
    from .pipeline import build_corpus_graph

    with tempfile.TemporaryDirectory(prefix="kg-petrarch-") as tmp:
        folders = _knowledge_folders(list(knowledge) or validate_dictionaries(suite), Path(tmp))
        kb = load_ontology(ontology, extra=folders)
        records = load_suite(suite, kb.cameo_codes)
        corpus = Path(tmp) / "suite.jsonl"
        corpus.write_text("".join(json.dumps({"id": r.id, "text": r.text, "date": r.date}) + "\n" for r in records),
                          encoding="utf-8")
        G = build_corpus_graph(corpus, model=model, kb=kb, plain=plain)
    framed = _framed_sentences(records, model, kb, plain)
    return score(records, produced_events(G, kb), kb, _actor_codes(G), framed)


def _framed_sentences(records: Sequence[SuiteRecord], model: str, kb: Ontology,
                      plain: bool | None) -> dict[str, set[str]]:
    """Per record, the CAMEO roots and predicates of the frames its words have in the
    lexicon (a verb's verb frames, a noun's noun frames): an expected event whose root
    none has is a verb missing from the lexicon, not a construction the rules missed.
    Parsed with the build's pipeline, already loaded."""
    from . import plain_requested
    from .pipeline import worker_pipeline

    nlp, kb = worker_pipeline(model, kb, plain=plain_requested(plain))
    verbs, nouns = kb.lexicon.verbs, kb.lexicon.nouns
    out: dict[str, set[str]] = {}
    for rec, doc in zip(records, nlp.pipe(r.text for r in records)):
        found = out[rec.id] = set()
        for t in doc:
            frames = verbs.get(t.lemma_.lower(), ()) if t.pos_ in ("VERB", "AUX") else nouns.get(t.lemma_.lower(), ())
            found.update(x for f in frames if f.predicate for x in (f.predicate, (f.cameo or "")[:2]) if x)
    return out


def produced_events(G, kb: Ontology) -> dict[str, list[Produced]]:
    """Per document, the events of the graph (asserted or not), in ``graph.json``'s order.
    An actor with a compound code (``"FRO/BIL/SAM"``, :func:`kg.phoenix_merge.compound_members`)
    stands for each member: its event counts once per member, as PETRARCH codes it."""
    out: dict[str, list[Produced]] = defaultdict(list)
    for subj, obj, _, d in sorted_edges(G):
        predicate = kb.predicates.get(d["predicate"])
        if predicate is None or not predicate.is_event:
            continue
        sources, targets = _members(subj, d.get("subject_cameo")), _members(obj, d.get("object_cameo"))
        for (s, s_code), (o, o_code) in ((a, b) for a in sources for b in targets):
            out[d["doc"]].append(Produced(s, o, s_code, o_code, d.get("cameo"), predicate.plover or predicate.name,
                                          f"{s} {d['predicate']} {o} ({d['trigger']}, {d['modality']})",
                                          bool(d.get("asserted"))))
    return out


def _members(actor: str, code: str | None) -> list[tuple[str, str | None]]:
    """``(actor, code)`` of each member of an actor's compound code (the actor itself for
    a single code or none), each member named ``actor[CODE]``."""
    members = compound_members(code)
    if len(members) < 2:
        return [(actor, code)]
    return [(f"{actor}[{m}]", m) for m in members]


def _knowledge_folders(paths: Sequence[str | Path], tmp: Path) -> list[Path]:
    """The knowledge folders for ``paths``: each folder as it is, and the dictionary
    files given one by one gathered into one folder (``--knowledge`` takes folders)."""
    folders, files = [], []
    for p in map(Path, paths):
        if p.is_dir():
            folders.append(p)
        elif p.is_file():
            files.append(p)
        else:
            raise KgError(f"knowledge not found: {p} (give a folder or dictionary files such as PETR.Validate.*.txt)")
    if files:
        gathered = tmp / "knowledge"
        gathered.mkdir(parents=True)
        for f in files:
            shutil.copyfile(f, gathered / f.name)
        folders.append(gathered)
    return folders


def _actor_codes(G) -> dict[str, set[str]]:
    """Per document, the CAMEO codes (first three letters) of the actors mentioned in it."""
    out: dict[str, set[str]] = defaultdict(set)
    for _, data in G.nodes(data=True):
        code = (data.get("ids") or {}).get("cameo")
        if code:
            for m in data.get("mentions") or ():
                out[m["doc"]].add(code[:3])
    return out


# -- scoring -------------------------------------------------------------------------------------

def score(records: Sequence[SuiteRecord], produced: Mapping[str, Sequence[Produced]], kb: Ontology,
          actor_codes: Mapping[str, set[str]] | None = None, framed: Mapping[str, set[str]] | None = None) -> dict:
    """The figures of the records not left out, in total and per category, and each
    record's outcome (``actor_codes``: per record, the codes of the actors kg found in
    it; ``framed``: per record, the CAMEO roots and predicates of its words' frames; both
    for the causes of misses)."""
    total, per_category, outcomes = Tally(), defaultdict(Tally), []
    left_out = Counter()
    for rec in records:
        events = produced.get(rec.id, ())
        outcome = {"id": rec.id, "category": rec.category, "left_out": rec.left_out,
                   "expected": [vars(e) for e in rec.events], "produced": [p.text for p in events]}
        outcomes.append(outcome)
        if rec.left_out:
            left_out[rec.left_out] += 1
            continue
        tally, misses, extra = score_record(rec, events, kb, (actor_codes or {}).get(rec.id, set()),
                                            None if framed is None else framed.get(rec.id, set()))
        outcome.update(misses=misses, unexpected=[p.text for p in extra])
        total.add(tally)
        per_category[rec.category].add(tally)
    return {**total.figures(), "left_out": dict(sorted(left_out.items())),
            "categories": {c: t.figures() for c, t in sorted(per_category.items())}, "outcomes": outcomes}


def _dedup(events: Iterable[Produced]) -> list[Produced]:
    """The events of a sentence, each (subject, object, CAMEO root) once."""
    seen, out = set(), []
    for p in events:
        key = (p.subject, p.object, (p.code or "")[:2])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def score_record(rec: SuiteRecord, events: Sequence[Produced], kb: Ontology, codes: set[str],
                 framed: set[str] | None = None) -> tuple[Tally, list[dict], list[Produced]]:
    """One record's tally, its missed expected events (with their cause) and the asserted
    events no expected event takes."""
    tally = Tally(records=1, expected=len(rec.events))
    unasserted = [p for p in events if not p.asserted]
    events = _dedup(p for p in events if p.asserted)
    quoted = any(_QUOTED in (e.source + e.target) for e in rec.events)
    by_pair = [p for p in events if p.actor and p.recipient or quoted]
    direction_used: set[int] = set()
    root_used: set[int] = set()
    misses = []
    for e in rec.events:
        pair = [i for i, p in enumerate(by_pair) if _fits(p.actor, p.subject, e.source) and
                _fits(p.recipient, p.object, e.target)]
        agrees = [i for i in pair if _agrees(by_pair[i], e, kb)]
        d = next((i for i in agrees + pair if i not in direction_used), None)
        r = next((i for i in agrees if i not in root_used), None)
        if d is not None:
            direction_used.add(d)
            tally.direction += 1
        if r is not None:
            root_used.add(r)
            tally.root += 1
        if r is None:
            known = framed is None or bool({e.code[:2], _predicate(e.code, kb)} & framed)
            cause = miss_cause(e, by_pair, codes, found=d is not None, unasserted=unasserted, framed=known)
            tally.misses[cause] += 1
            misses.append({**vars(e), "cause": cause})
    used = {id(by_pair[i]) for i in direction_used}
    extra = [p for p in events if id(p) not in used]
    tally.unexpected = len(extra)
    return tally, misses, extra


_QUOTED = '"'


def _fits(code: str | None, actor: str, expected: str) -> bool:
    """Whether a produced actor (its CAMEO code and id) is the expected one: the code's first
    three letters; for an actor PETRARCH found but has no code for, written as its text in
    quotes (``'"THE MINISTRY OF MAGIC"'``), an actor whose id's words are all in that text."""
    if expected.startswith(_QUOTED):
        return set(actor.split("-")) <= set(re.findall(r"[a-z0-9]+", expected.lower()))
    return bool(code) and code[:3] == expected[:3]


def _pair(p: Produced) -> tuple[str, str]:
    return (p.actor or "")[:3], (p.recipient or "")[:3]


def _predicate(code: str, kb: Ontology) -> str | None:
    """kg's predicate for a CAMEO event code (``cameo_plover.tsv``)."""
    row = kb.plover(code)
    return row.predicate if row is not None else None


def _agrees(p: Produced, e: Expected, kb: Ontology) -> bool:
    """Whether a produced event's CAMEO root or PLOVER class is the expected code's."""
    if p.code and p.code[:2] == e.code[:2]:
        return True
    predicate = kb.predicates.get(_predicate(e.code, kb) or "")
    return bool(predicate and predicate.plover and predicate.plover == p.plover)


def miss_cause(e: Expected, events: Sequence[Produced], codes: set[str], *, found: bool,
               unasserted: Sequence[Produced] = (), framed: bool = True) -> str:
    """Why an expected event was missed: found with another CAMEO root; an actor kg did
    not find (no actor of the sentence has its code); found but not asserted (kg reads
    "will meet" as future, PETRARCH codes it); no event in the sentence at all, either
    with no word whose frames give the expected code's root or predicate (``framed``
    false: the verb is not in the lexicon) or with one whose frame did not match (its
    particles or object, or the construction); the event found backwards or between
    other actors (a construction the rules do not read)."""
    if found:
        return "wrong event code"
    if e.source[:3] not in codes or e.target[:3] not in codes:
        return "actor not found"
    if any(_pair(p) == (e.source[:3], e.target[:3]) for p in unasserted):
        return "not asserted (future, hypothetical, ...)"
    if not events:
        return "no event: the verb's frame not read" if framed else "no event: verb not in lexicon"
    if any(_pair(p) == (e.target[:3], e.source[:3]) for p in events):
        return "direction reversed"
    return "construction (other pair)"


# -- the report ----------------------------------------------------------------------------------

def format_report(result: Mapping, *, errors: bool = False) -> str:
    """The figures as a table: one line per category, then all, the records left out and
    the causes of the misses (with ``errors``, every miss and unexpected event too)."""
    head = f"{'category':<12} {'records':>7} {'expected':>8} {'who->whom':>10} {'+root':>7} {'unexpected':>10}"
    lines = [head, "-" * len(head)]
    for name, f in result["categories"].items():
        lines.append(_row(name, f))
    lines += ["-" * len(head), _row("all", result)]
    lines.append("left out: " + (", ".join(f"{n} {why}" for why, n in result["left_out"].items()) or "none"))
    lines.append("misses by cause: " + (", ".join(f"{cause} {n}" for cause, n in result["misses"].items()) or "none"))
    if errors:
        for o in result["outcomes"]:
            for m in o.get("misses", ()):
                lines.append(f"  missed {o['id']}: {m['source']} -> {m['target']} {m['code']} ({m['cause']})")
            for u in o.get("unexpected", ()):
                lines.append(f"  unexpected {o['id']}: {u}")
    return "\n".join(lines)


def _row(name: str, f: Mapping) -> str:
    return (f"{name:<12} {f['records']:>7} {f['expected']:>8} {f['direction_rate']:>10.1%} "
            f"{f['root_rate']:>7.1%} {f['unexpected_rate']:>10.1%}")
