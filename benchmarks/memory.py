"""Memory of a build, by process and stage (issue #18: a 100 MB single file).

``sample PID LOG [SECONDS]``
    Every SECONDS (default 2) until process PID ends, append one line to LOG: the time,
    the number of processes in PID's tree, the sum of their proportional set sizes
    (``/proc/*/smaps_rollup`` Pss: shared pages counted once), the largest resident set,
    and each process over 50 MB as ``pid:RSS/PSS`` in MB; at the end the peaks.
    E.g. ``/usr/bin/time -v python -m kg build CORPUS --out OUT --no-cache --quiet & python
    benchmarks/memory.py sample $! samples.log``.

``records GRAPH_JSON SCALE OUT.pickle``
    The records (actors, relations) a parser process sends for a one-article corpus,
    made from a built ``graph.json`` with its relations and mentions repeated SCALE times
    at shifted offsets (new ids; each text its own string, as spaCy's spans give them).

``stage RECORDS.pickle ARTICLE OUT``
    The main process's work after parsing, as a build does it: the records unpickled,
    the graph built (garbage collection as on the fast path), the files written into
    OUT (``write_outputs``); prints the resident set after each step. With ``sample``,
    it measures the graph stage without parsing: the 10 MB file's graph at SCALE 10 is
    the size of the 100 MB file's (646,830 relations).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
from pathlib import Path


def sample(pid: int, log: str, every: float = 2.0) -> None:
    t0, peak_total, peak_one = time.time(), 0, 0
    with open(log, "w") as out:
        while os.path.exists(f"/proc/{pid}"):
            sizes = [(p, _rollup(p)) for p in _tree(pid)]
            total = sum(s.get("Pss", 0) for _, s in sizes)
            one = max((s.get("Rss", 0) for _, s in sizes), default=0)
            peak_total, peak_one = max(peak_total, total), max(peak_one, one)
            each = " ".join(f"{p}:{s.get('Rss', 0) // 1024}/{s.get('Pss', 0) // 1024}"
                            for p, s in sizes if s.get("Rss", 0) > 50_000)
            out.write(f"{time.time() - t0:8.1f} n={len(sizes)} totPSS={total // 1024}MB "
                      f"maxRSS={one // 1024}MB {each}\n")
            out.flush()
            time.sleep(every)
        out.write(f"PEAK totPSS={peak_total // 1024}MB maxRSS={peak_one // 1024}MB\n")


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def _rollup(pid: int) -> dict[str, int]:
    sizes = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("Rss", "Pss"):
                sizes[key] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return sizes


def records(graph_json: str, scale: int, out: str) -> None:
    from kg.records import Actor, Mention, Relation
    data = json.loads(Path(graph_json).read_text(encoding="utf-8"))
    shift = 10_000_000

    def own(text):
        return None if text is None else (text + ".")[:-1]

    actors = []
    for a in data["actors"]:
        mentions = tuple(Mention(m["doc"], own(m["text"]), m["start"] + n * shift, m["end"] + n * shift,
                                 bool(m.get("metonymy"))) for n in range(scale) for m in a["mentions"])
        actors.append(Actor(a["id"], a["name"], a["type"], tuple(a["aliases"]), mentions,
                            tuple(sorted((a["ids"] or {}).items())), a["lat"], a["lon"], a["country"], a["kind"],
                            tuple(a["affiliations"] or ())))
    relations = []
    for n in range(scale):
        for r in data["relations"]:
            rid = r["id"] if n == 0 else hashlib.sha1(f"{r['id']}|{n}".encode()).hexdigest()[:16]
            relations.append(Relation(
                rid, r["subject"], r["predicate"], r["object"], r["doc"], own(r["evidence"]), r["start"] + n * shift,
                r["end"] + n * shift, own(r["trigger"]), r["trigger_start"] + n * shift, r["trigger_end"] + n * shift,
                r["asserted"], r["modality"], r["role"], r["source"], r["confidence"], r["rule"] or "", r["cameo"]))
    with open(out, "wb") as fh:
        pickle.dump([(tuple(actors), tuple(relations))], fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(len(actors), "actors,", len(relations), "relations")


def stage(records_pickle: str, article: str, out: str) -> None:
    from kg import pipeline
    from kg.corpus import Document
    from kg.graph import build_graph
    from kg.ontology import load_ontology
    from kg.records import Extraction
    from kg.speed.memory import collect_young, young_gc_only
    kb = load_ontology()
    pipeline._load_writers()
    held = {"text": Path(article).read_text(encoding="utf-8"), "blob": Path(records_pickle).read_bytes()}
    print("loaded", _rss(), flush=True)

    def extractions():   # what the build holds: the pickled records, then the records and the article
        (actors, relations), = pickle.loads(held.pop("blob"))
        yield Extraction(document=Document(id=Path(article).name, text=held.pop("text")), actors=actors,
                         relations=relations)

    t = time.time()
    with young_gc_only():
        G = build_graph(collect_young(extractions()), kb, model="en_core_web_sm")
    print(f"graph {time.time() - t:.1f}s, {G.number_of_edges()} relations", _rss(), flush=True)
    t = time.time()
    pipeline.write_outputs(G, out, ontology=kb)
    print(f"written {time.time() - t:.1f}s", _rss(), flush=True)


def _rss() -> str:
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return f"RSS {int(status['VmRSS'].split()[0]) // 1024} MB, peak {int(status['VmHWM'].split()[0]) // 1024} MB"


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sample":
        sample(int(args[0]), args[1], float(args[2]) if len(args) > 2 else 2.0)
    elif command == "records":
        records(args[0], int(args[1]), args[2])
    elif command == "stage":
        stage(*args)
    else:
        sys.exit(__doc__)
