"""Score a built graph against gold graphs (``*.gold.json``, format of GUIDELINES.md).

* **Actors**, per document: an output actor (one with a mention in the document)
  matches a gold actor when its name or one of its mentions there equals the gold
  name or one of its aliases, ignoring case and a leading "the". Matching is one
  to one; precision = matched output actors / output actors, recall = matched gold
  actors / gold actors. **Type accuracy** is over matched pairs, with the actor's
  type in that document (``doc_types``) where the graph gives one.
* **Relations**, per document: sets of (subject, predicate, object) over asserted
  relations, output actors named by the gold actor they matched.

Figures are micro-averaged over documents.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from .errors import GraphFileError
from .evaluate_gold import check_gold, gold_warnings
from .export.json_graph import read_json


def _key(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).casefold()
    return re.sub(r"^the\s+", "", text)


def load_gold(gold_dir: str | Path) -> list[dict]:
    """The gold files of a folder, sorted by document id; a malformed one is a
    :class:`GraphFileError` of one line (:func:`kg.evaluate_gold.check_gold`)."""
    root = Path(gold_dir)
    files = sorted(root.glob("*.gold.json")) if root.is_dir() else []
    if not files:
        raise GraphFileError(f"no gold files (*.gold.json) in {root}")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise GraphFileError(f"cannot read gold file {f}: {' '.join(str(exc).split())}") from None
        out.append(check_gold(data, f))
    return sorted(out, key=lambda g: g["doc"])


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def match_actors(gold: dict, actors: list[dict]) -> dict[str, str]:
    """Output actor id -> gold actor name, one to one, for one document."""
    doc = gold["doc"]
    forms: dict[str, set[str]] = {}
    for a in actors:
        texts = {m["text"] for m in a.get("mentions", []) if m["doc"] == doc}
        if texts:
            forms[a["id"]] = {_key(a["name"])} | {_key(t) for t in texts}
    pairs = {}
    used: set[str] = set()
    # exact name matches first, then any alias/mention match
    for strict in (True, False):
        for g in gold["actors"]:
            if g["name"] in pairs.values():
                continue
            gforms = {_key(g["name"])} | {_key(x) for x in g.get("aliases", [])}
            for aid in sorted(forms):
                if aid in used:
                    continue
                name_key = next(_key(a["name"]) for a in actors if a["id"] == aid)
                ok = name_key == _key(g["name"]) if strict else bool(forms[aid] & gforms)
                if ok:
                    pairs[aid] = g["name"]
                    used.add(aid)
                    break
    return pairs


def evaluate(gold_dir: str | Path, graph: str | Path | dict = "output/graph.json") -> dict:
    """Precision, recall and F1 of actors and relations, and actor type accuracy; ``warnings``
    lists gold documents missing from the graph and unknown predicates and types."""
    golds = load_gold(gold_dir)
    data = graph if isinstance(graph, dict) else read_json(graph)
    by_id = {a["id"]: a for a in data["actors"]}
    totals = defaultdict(int)
    per_doc = []
    errors = []
    for gold in golds:
        doc = gold["doc"]
        in_doc = [a for a in data["actors"] if any(m["doc"] == doc for m in a.get("mentions", []))]
        pairs = match_actors(gold, in_doc)
        gtypes = {g["name"]: g["type"] for g in gold["actors"]}
        a_tp = len(pairs)
        a_fp = len(in_doc) - a_tp
        a_fn = len(gold["actors"]) - a_tp
        type_ok = 0
        for aid, gname in pairs.items():
            a = by_id[aid]
            t = (a.get("doc_types") or {}).get(doc, a["type"])
            if t == gtypes[gname]:
                type_ok += 1
            else:
                errors.append({"doc": doc, "kind": "type", "actor": gname, "gold": gtypes[gname], "output": t})
        def name(aid: str) -> str:
            return pairs.get(aid) or by_id.get(aid, {}).get("name", aid)
        out_rel = {(name(r["subject"]), r["predicate"], name(r["object"]))
                   for r in data["relations"] if r["doc"] == doc and r.get("asserted", True)}
        gold_rel = {(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
        r_tp, r_fp, r_fn = len(out_rel & gold_rel), len(out_rel - gold_rel), len(gold_rel - out_rel)
        for t in sorted(out_rel - gold_rel):
            errors.append({"doc": doc, "kind": "relation_fp", "triple": list(t)})
        for t in sorted(gold_rel - out_rel):
            errors.append({"doc": doc, "kind": "relation_fn", "triple": list(t)})
        for aid in sorted(a["id"] for a in in_doc if a["id"] not in pairs):
            errors.append({"doc": doc, "kind": "actor_fp", "actor": by_id[aid]["name"]})
        for g in gold["actors"]:
            if g["name"] not in pairs.values():
                errors.append({"doc": doc, "kind": "actor_fn", "actor": g["name"]})
        for k, v in (("a_tp", a_tp), ("a_fp", a_fp), ("a_fn", a_fn), ("type_ok", type_ok),
                     ("r_tp", r_tp), ("r_fp", r_fp), ("r_fn", r_fn)):
            totals[k] += v
        per_doc.append({"doc": doc, "actors": _prf(a_tp, a_fp, a_fn),
                        "type_accuracy": round(type_ok / a_tp, 4) if a_tp else 0.0,
                        "relations": _prf(r_tp, r_fp, r_fn)})
    return {
        "documents": len(golds),
        "actors": _prf(totals["a_tp"], totals["a_fp"], totals["a_fn"]),
        "type_accuracy": round(totals["type_ok"] / totals["a_tp"], 4) if totals["a_tp"] else 0.0,
        "relations": _prf(totals["r_tp"], totals["r_fp"], totals["r_fn"]),
        "per_document": per_doc,
        "errors": errors,
        "warnings": gold_warnings(golds, data),
    }


def format_table(result: dict, *, errors: bool = False) -> str:
    """The evaluation as a text table (one row per document, then the total)."""
    head = (f"{'document':<32} {'actor P':>8} {'actor R':>8} {'actor F1':>8} {'type acc':>8} "
            f"{'rel P':>7} {'rel R':>7} {'rel F1':>7}")
    lines = [head, "-" * len(head)]

    def row(label, a, t, r):
        return (f"{label:<32} {a['precision']:>8.3f} {a['recall']:>8.3f} {a['f1']:>8.3f} {t:>8.3f} "
                f"{r['precision']:>7.3f} {r['recall']:>7.3f} {r['f1']:>7.3f}")
    for d in result["per_document"]:
        lines.append(row(d["doc"][:32], d["actors"], d["type_accuracy"], d["relations"]))
    lines.append("-" * len(head))
    lines.append(row(f"all ({result['documents']} documents)", result["actors"], result["type_accuracy"], result["relations"]))
    if errors:
        lines.append("")
        for e in result["errors"]:
            typed = f" gold={e['gold']} output={e['output']}" if e["kind"] == "type" else ""
            what = " ".join(e["triple"]) if "triple" in e else e["actor"] + typed
            lines.append(f"{e['kind']:<12} {e['doc']:<32} {what}")
    return "\n".join(lines)
