"""Checking gold files before they are scored (``kg evaluate``), so a bad one is one line.

:func:`check_gold` refuses the six malformed shapes a hand-written gold file takes: not
a JSON object (e.g. a top-level array); ``doc`` missing or not a string; ``actors``
missing or not a list; an actor not an object, or its ``name``/``type`` missing or not
strings; ``aliases`` not a list of strings; ``relations`` missing or not a list, or a
relation without string ``subject``, ``predicate`` and ``object``. :func:`gold_warnings`
says what scores zero without being an error: a gold document the graph never mentions
(a wrong file name, a corpus not built), predicates and actor types the ontology does
not know (a typo scores as a miss).
"""

from __future__ import annotations

from pathlib import Path

from .errors import GraphFileError
from .ontology_read import read_table


def check_gold(data: object, path: Path) -> dict:
    """``data`` (a gold file's JSON) when it has the gold shape; else :class:`GraphFileError`."""
    def bad(where: str, what: str):
        raise GraphFileError(f"gold file {path}: {where} {what} (see GUIDELINES.md for the format)")
    if not isinstance(data, dict):
        bad("the top level", f"must be a JSON object, not {_kind(data)}")
    if not isinstance(data.get("doc"), str):
        bad('"doc"', "is missing" if "doc" not in data else f"must be a string, not {_kind(data['doc'])}")
    for key in ("actors", "relations"):
        if not isinstance(data.get(key), list):
            bad(f'"{key}"', "is missing" if key not in data else f"must be a list, not {_kind(data[key])}")
    for i, actor in enumerate(data["actors"]):
        where = f'"actors"[{i}]'
        if not isinstance(actor, dict):
            bad(where, f"must be an object, not {_kind(actor)}")
        for key in ("name", "type"):
            if not isinstance(actor.get(key), str):
                bad(f'{where}."{key}"', "is missing" if key not in actor else "must be a string")
        aliases = actor.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            bad(f'{where}."aliases"', "must be a list of strings")
    for i, rel in enumerate(data["relations"]):
        where = f'"relations"[{i}]'
        if not isinstance(rel, dict):
            bad(where, f"must be an object, not {_kind(rel)}")
        for key in ("subject", "predicate", "object"):
            if not isinstance(rel.get(key), str):
                bad(f'{where}."{key}"', "is missing" if key not in rel else "must be a string")
    return data


def _kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


def gold_warnings(golds: list[dict], graph: dict, ontology_dir: Path | None = None) -> list[str]:
    """One line per gold document absent from the graph, and per unknown predicate or type."""
    from .ontology import DEFAULT_ONTOLOGY
    root = Path(ontology_dir or DEFAULT_ONTOLOGY)
    predicates = {cols[0] for _, cols in read_table(root / "predicates.tsv", 1, "predicate")}
    types = {cols[0] for _, cols in read_table(root / "types.tsv", 1, "type")}
    docs = {m["doc"] for a in graph.get("actors", []) for m in a.get("mentions", [])}
    docs |= {r["doc"] for r in graph.get("relations", [])}
    docs |= {d.get("id") for d in graph.get("documents", []) if isinstance(d, dict)}
    out = []
    for gold in golds:
        doc = gold["doc"]
        if doc not in docs:
            out.append(f"gold document {doc!r} is not in the graph (no mention or relation): it scores zero")
        for name in sorted({a["type"] for a in gold["actors"]} - types):
            out.append(f"gold document {doc!r} uses the unknown actor type {name!r}")
        for name in sorted({r["predicate"] for r in gold["relations"]} - predicates):
            out.append(f"gold document {doc!r} uses the unknown predicate {name!r}")
    return out
