"""The ``kg`` command: parses arguments and calls one library function per command.

Domain errors (:class:`kg.errors.KgError`) become one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from typing import NoReturn

from . import DEFAULT_BATCH_SIZE, DEFAULT_MODEL, PLAIN_ENV, __version__, plain_requested
from .errors import KgError

EXAMPLES = {
    "build": ("example:\n  kg build corpus --out output\n  kg build news.jsonl --out out --model en_core_web_trf --jobs 2\n"
              "  kg build archive/ --out out --engine dask --scheduler tcp://10.0.0.5:8786\n"
              "  kg build corpus --out output --no-cache\n"
              "  kg build inbox/ --out live --watch --interval 5\n\n"
              "cache: results are kept per article in .kg-cache/ (or --cache-dir), keyed by the article's\n"
              "content, the model, the ontology and kg's version; a rebuild parses only new or changed\n"
              "articles and writes the same files. Delete the folder at any time."),
    "evaluate": ("example:\n  kg evaluate ../shared/gold --graph output/graph.json\n"
                 "  kg evaluate tests/generalisation/gold --graph out/graph.json --json\n"
                 "  kg evaluate --petrarch ../shared/peer/petrarch2_unit.jsonl\n"
                 "  kg evaluate --petrarch suite.jsonl --knowledge dicts/PETR.Validate.*.txt --errors"),
    "query": ("example:\n  kg query output/graph.ttl --name who-met-whom\n"
              "  kg query output/graph.ttl --name evidence --param a=Israel --param b=Hamas\n"
              "  kg query output/graph.ttl -e 'SELECT ?s WHERE { ?s a <https://w3id.org/kg-news/ontology#State> }'\n"
              "  kg query --list\n  kg query --ontology my-ontology --list"),
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="Turn a corpus of news articles into a knowledge graph of political actors.",
        epilog="Run `kg COMMAND --help` for a command's options and an example.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _build_options(sub.add_parser(
        "build", help="build the graph files of a corpus", epilog=EXAMPLES["build"],
        description="Parse a folder of .txt/.jsonl articles and write graph.ttl, graph.json, graph.graphml, "
                    "graph.html and events.jsonl (PLOVER event records).",
        formatter_class=argparse.RawDescriptionHelpFormatter))

    _add_evaluate(sub)
    _add_query(sub)
    return p


def _add_evaluate(sub) -> None:
    """The ``kg evaluate`` command's arguments."""
    e = sub.add_parser("evaluate", help="score a graph against gold files, or kg on the PETRARCH-2 suite",
                       epilog=EXAMPLES["evaluate"],
                       description="Precision, recall and F1 of actors and relations, and actor type accuracy, "
                                   "against *.gold.json files; or, with --petrarch, kg's events on the sentences of "
                                   "the PETRARCH-2 unit-test suite (who -> whom, CAMEO root, unexpected events).",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("gold_dir", nargs="?", help="folder of *.gold.json files")
    e.add_argument("--graph", default="output/graph.json", help="graph.json to score (default: output/graph.json)")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.add_argument("--errors", action="store_true", help="also list every error (missed and spurious items)")
    e.add_argument("--petrarch", metavar="SUITE",
                   help="build the sentences of a PETRARCH-2 suite file (../shared/peer/petrarch2_unit.jsonl) and "
                        "score kg's events against the events it expects")
    e.add_argument("--knowledge", nargs="+", action="extend", default=[], metavar="PATH",
                   help="with --petrarch: dictionary folders or files added to the ontology (default: the "
                        "PETR.Validate.*.txt test dictionaries in ../third_party/petrarch2/ from the suite's folder)")
    e.add_argument("--model", default=DEFAULT_MODEL, help=f"with --petrarch: the spaCy pipeline (default: {DEFAULT_MODEL})")


def _add_query(sub) -> None:
    """The ``kg query`` command's arguments."""
    q = sub.add_parser("query", help="run SPARQL over a graph file (named, from a file, or inline)",
                       epilog=EXAMPLES["query"],
                       description="Run a SPARQL SELECT, ASK or CONSTRUCT query over graph.ttl (or .nt, .jsonld). "
                                   "SERVICE clauses (network calls) and updates are refused. CSV, TSV and "
                                   "JSON rows are written as they come; Ctrl-C stops the query at once.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("graph", nargs="?", help="RDF graph file written by kg build (e.g. output/graph.ttl)")
    q.add_argument("query_file", nargs="?", help="a .rq file holding the query")
    q.add_argument("--name", "-n", help="a named query from the ontology's queries/ folder (see --list)")
    q.add_argument("-e", "--execute", metavar="SPARQL", help="the query text itself")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a value for a $NAME parameter of the query (repeatable)")
    q.add_argument("--format", "-f", default="table", choices=["table", "csv", "tsv", "json"],
                   help="result format (default: table)")
    q.add_argument("--timeout", type=_non_negative(float), default=None, metavar="SECONDS",
                   help="stop the query after this many seconds (default: 60; 0: no limit)")
    q.add_argument("--memory", type=_non_negative(int), default=None, metavar="MB",
                   help="stop a query that needs more than this many MB (default: 4096; 0: no limit)")
    q.add_argument("--limit", type=_non_negative(int), default=None, metavar="ROWS",
                   help="write at most this many rows, with a warning when cut (default: 100000; 0: all)")
    q.add_argument("--list", action="store_true", help="list the named queries and exit")
    q.add_argument("--ontology", default=None, metavar="DIR",
                   help="ontology folder whose queries/ --list and --name use (default: the bundled ontology/)")


def _build_options(b: argparse.ArgumentParser) -> None:
    b.add_argument("corpus", nargs="?", default="corpus", help="folder (or .jsonl file) of articles (default: corpus)")
    b.add_argument("--out", default="output", help="output folder (default: output)")
    b.add_argument("--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline (default: {DEFAULT_MODEL})")
    b.add_argument("--ontology", default=None, help="ontology folder (default: the bundled ontology/)")
    b.add_argument("--knowledge", action="append", default=[], metavar="DIR",
                   help="a folder of extra dictionaries added to the ontology: Phoenix/PETRARCH files "
                        "(*.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt) or ontology/'s formats "
                        "(actors/*.jsonl, lexicon/*.tsv); may be given several times")
    b.add_argument("--jobs", type=_jobs, default="auto", metavar="N",
                   help="parser processes, or workers of a local Dask cluster (default: auto = 1 for a corpus "
                        "under 2 MB, else one per CPU up to 4)")
    b.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"documents per spaCy batch and per task sent to a worker (default: {DEFAULT_BATCH_SIZE})")
    b.add_argument("--cache-dir", default=None, metavar="DIR",
                   help="where per-document extraction results are kept, so a rebuild parses only new or "
                        "changed articles (default: $KG_CACHE_DIR or .kg-cache in the current directory; "
                        "safe to delete)")
    b.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    b.add_argument("--engine", default="local", choices=["local", "dask"],
                   help="local: this machine's processes (--jobs); dask: a Dask cluster (default: local)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (with --engine dask; default: start a "
                        "local cluster of --jobs workers)")
    b.add_argument("--rdf-format", default="turtle", choices=["turtle", "nt", "json-ld"],
                   help="RDF serialisation (default: turtle)")
    b.add_argument("--watch", action="store_true",
                   help="after the build, keep watching the corpus and build again whenever an article "
                        "is added, removed or changed (the model stays loaded; Ctrl-C stops)")
    b.add_argument("--interval", type=float, default=2.0, metavar="SECONDS",
                   help="with --watch: how often to look for changes (default: 2)")
    b.add_argument("--plain", action="store_true",
                   help="the stock path: plain spacy.load and spaCy's own components, one process, no "
                        "kept indexes; the same files, slower (--jobs, --engine and --scheduler are ignored; "
                        f"or set {PLAIN_ENV}=1)")
    b.add_argument("--no-plover", action="store_true",
                   help="do not write events.jsonl, the PLOVER records of the asserted events")
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary")


def run() -> NoReturn:
    """The ``kg`` program: the command of the command line, then the end of the process:
    :func:`kg.speed.exit.exit_now` (no teardown), or a normal exit on the plain path."""
    args = _parser().parse_args()
    code = _command(args)
    if plain_requested(getattr(args, "plain", False) or None):
        sys.exit(code)
    from .speed.exit import exit_now
    exit_now(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command of ``argv`` (default: the command line); its exit code."""
    return _command(_parser().parse_args(argv))


def _command(args: argparse.Namespace) -> int:
    """Run the command; a :class:`KgError` is one line and its exit code. Ctrl-C, SIGTERM
    and SIGHUP stop it the same way (workers stopped, temporary folders removed), one
    line, and the code a shell gives a process the signal ended (130, 143, 129)."""
    from .signals import Terminated, terminate_like_interrupt
    try:
        with terminate_like_interrupt():
            return COMMANDS[args.command](args)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Terminated as exc:
        print(f"kg: terminated ({exc})", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


def _non_negative(kind):
    """An argparse type: a number of ``kind`` that is 0 or more."""
    def parse(value: str):
        try:
            n = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None
        if not n >= 0:
            raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
        return n
    return parse


def _jobs(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes or 'auto', got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _build(args) -> int:
    from .corpus import corpus_files
    from .pipeline import build

    if args.batch_size < 1:
        raise KgError(f"--batch-size must be at least 1, got {args.batch_size}")
    if args.scheduler and args.engine != "dask":
        raise KgError("--scheduler needs --engine dask")
    files = corpus_files(args.corpus)
    total = len(files)
    plain = plain_requested(args.plain or None)
    jobs = 1 if plain else args.jobs
    if jobs == "auto":
        from .speed.engines import auto_jobs
        jobs = auto_jobs(args.corpus) if args.engine == "local" else max(2, auto_jobs(args.corpus))
    cache_dir = None if args.no_cache else (args.cache_dir or os.environ.get("KG_CACHE_DIR") or ".kg-cache")
    bar = None
    if not args.quiet and total > 3:
        from tqdm import tqdm
        tqdm.monitor_interval = 0   # no monitor thread: --jobs N may fork this process
        known = all(f.suffix == ".txt" for f in files)   # one article per file: the total is known
        bar = tqdm(total=total if known else None, unit="doc", desc="kg build", file=sys.stderr)
    options = {"model": args.model, "ontology": args.ontology, "jobs": jobs, "batch_size": args.batch_size,
               "rdf_format": args.rdf_format, "cache_dir": cache_dir, "engine": args.engine,
               "scheduler": args.scheduler, "plain": plain, "plover": not args.no_plover}
    if args.knowledge:
        from .ontology import load_ontology
        options["kb"] = load_ontology(args.ontology, extra=args.knowledge)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _warn_line
        try:
            if args.watch:
                if args.interval <= 0:
                    raise KgError(f"--interval must be positive, got {args.interval}")
                return _watch(args, bar, cache_dir, options)
            result = build(args.corpus, args.out, progress=bar.update if bar is not None else None, **options)
        finally:
            if bar is not None:
                bar.close()
    if not args.quiet:
        _summary(result, cache_dir)
    return 0


def _summary(result, cache_dir, seconds: float | None = None) -> None:
    """One line on a build (and, for a one-off build, its files); ``seconds``: a build of --watch."""
    G = result.graph
    if seconds is None:
        detail, took = (f" ({result.cached} from the cache in {cache_dir})" if result.cached else ""), ""
    else:
        detail, took = f" ({result.parsed} parsed)", f" in {seconds:.1f} s"
    print(f"kg build: {result.documents} documents{detail} -> {G.number_of_nodes()} actors, "
          f"{G.number_of_edges()} relations{took}", file=sys.stderr)
    if seconds is None:
        for f in result.files:
            print(f"  {f}", file=sys.stderr)


def _watch(args, bar, cache_dir, options) -> int:
    import time

    from .pipeline import watch

    def on_build(result, seconds):
        if bar is not None and bar.n:   # the first build's bar is done
            bar.close()
        if not args.quiet:
            print(time.strftime("[%H:%M:%S] "), end="", file=sys.stderr)
            _summary(result, cache_dir, seconds)
            if on_build.first:
                print(f"kg build: watching {args.corpus} every {args.interval:g} s (Ctrl-C stops); "
                      f"files in {args.out}", file=sys.stderr)
                on_build.first = False

    on_build.first = True

    def on_error(exc):
        print(time.strftime("[%H:%M:%S] ") + f"kg build: error: {exc} (still watching)", file=sys.stderr)

    try:
        watch(args.corpus, args.out, interval=args.interval, on_build=on_build, on_error=on_error,
              progress=bar.update if bar is not None else None, **options)
    except KeyboardInterrupt as exc:   # Ctrl-C, SIGTERM or SIGHUP: watching ends as asked
        if not args.quiet:
            print(f"kg build: stopped watching{f' ({exc})' if str(exc) else ''}", file=sys.stderr)
    return 0


def _warn_line(message, category, filename, lineno, file=None, line=None):
    print(f"kg: warning: {message}", file=sys.stderr)


def _evaluate(args) -> int:
    """Score the graph; warnings on stderr; exit 1 when no actor and no relation matched."""
    from .evaluate import evaluate, format_table

    if args.petrarch:
        return _evaluate_petrarch(args)
    if args.gold_dir is None:
        raise KgError("give a folder of *.gold.json files (or --petrarch SUITE)")
    result = evaluate(args.gold_dir, args.graph)
    for message in result.pop("warnings"):
        print(f"kg evaluate: warning: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps(result if args.errors else {k: v for k, v in result.items() if k != "errors"}, indent=1))
    else:
        print(format_table(result, errors=args.errors))
    if not result["actors"]["tp"] and not result["relations"]["tp"]:
        raise KgError(f"nothing matched: no actor and no relation of the {result['documents']} gold documents "
                      f"is in {args.graph} (is it the graph of their corpus?)")
    return 0


def _evaluate_petrarch(args) -> int:
    from .peer import format_report, run_suite

    result = run_suite(args.petrarch, args.knowledge, model=args.model)
    if args.json:
        print(json.dumps(result if args.errors else {k: v for k, v in result.items() if k != "outcomes"}, indent=1))
    else:
        print(format_report(result, errors=args.errors))
    return 0


def _query(args) -> int:
    from .query import list_queries, named_query, parse_params, read_query_file
    from .query_run import DEFAULT_LIMIT, DEFAULT_MEMORY, DEFAULT_TIMEOUT, stream_query

    if args.list:
        ontology = _ontology(args)
        rows = list_queries(ontology)
        if not rows:
            print(f"kg query: no named queries in {ontology.path / 'queries'}", file=sys.stderr)
            return 0
        width = max(len(n) for n, _ in rows)
        for name, description in rows:
            print(f"{name:<{width}}  {description}")
        return 0
    given = [x for x in (args.query_file, args.name, args.execute) if x is not None]
    if args.graph is None or len(given) != 1:
        raise KgError("give a graph file and exactly one of QUERY_FILE, --name NAME or -e SPARQL "
                      "(e.g. kg query output/graph.ttl --name who-met-whom; kg query --list)")
    if args.name is not None:
        text = named_query(args.name, _ontology(args))
    elif args.execute is not None:
        text = args.execute
    else:
        text = read_query_file(args.query_file)
    stream_query(args.graph, text, fmt=args.format, bindings=parse_params(args.param),
                 limit=DEFAULT_LIMIT if args.limit is None else args.limit,
                 timeout=DEFAULT_TIMEOUT if args.timeout is None else args.timeout,
                 memory=DEFAULT_MEMORY if args.memory is None else args.memory)
    return 0


def _ontology(args):
    """The ontology of ``--ontology`` (loaded only when a command needs it), else the repository's."""
    from .ontology import default_ontology, load_ontology

    return load_ontology(args.ontology) if args.ontology else default_ontology()


COMMANDS = {"build": _build, "evaluate": _evaluate, "query": _query}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
