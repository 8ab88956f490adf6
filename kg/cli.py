"""The ``kg`` command: parses arguments and calls one library function per command.

Domain errors (:class:`kg.errors.KgError`) become one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings

from . import __version__
from .errors import KgError
from .parse import DEFAULT_MODEL

EXAMPLES = {
    "build": "example:\n  kg build corpus --out output\n  kg build news.jsonl --out out --model en_core_web_trf --jobs 2",
    "evaluate": "example:\n  kg evaluate ../shared/gold --graph output/graph.json\n  kg evaluate tests/generalisation/gold --graph out/graph.json --json",
    "query": ("example:\n  kg query output/graph.ttl --name who-met-whom\n"
              "  kg query output/graph.ttl --name evidence --param a=Israel --param b=Hamas\n"
              "  kg query output/graph.ttl -e 'SELECT ?s WHERE { ?s a <https://w3id.org/kg-news/ontology#State> }'\n"
              "  kg query --list"),
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="Turn a corpus of news articles into a knowledge graph of political actors.",
        epilog="Run `kg COMMAND --help` for a command's options and an example.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    b = sub.add_parser("build", help="build the graph files of a corpus", epilog=EXAMPLES["build"],
                       description="Parse a folder of .txt/.jsonl articles and write graph.ttl, graph.json, "
                                   "graph.graphml and graph.html.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("corpus", nargs="?", default="corpus", help="folder (or .jsonl file) of articles (default: corpus)")
    b.add_argument("--out", default="output", help="output folder (default: output)")
    b.add_argument("--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline (default: {DEFAULT_MODEL})")
    b.add_argument("--ontology", default=None, help="ontology folder (default: the bundled ontology/)")
    b.add_argument("--jobs", type=int, default=1, help="parser processes (default: 1)")
    b.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch (default: 32)")
    b.add_argument("--rdf-format", default="turtle", choices=["turtle", "nt", "json-ld"],
                   help="RDF serialisation (default: turtle)")
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary")

    e = sub.add_parser("evaluate", help="score a graph against gold files", epilog=EXAMPLES["evaluate"],
                       description="Precision, recall and F1 of actors and relations, and actor type accuracy, "
                                   "against *.gold.json files.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("gold_dir", help="folder of *.gold.json files")
    e.add_argument("--graph", default="output/graph.json", help="graph.json to score (default: output/graph.json)")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.add_argument("--errors", action="store_true", help="also list every error (missed and spurious items)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


def _build(args) -> int:
    from .corpus import corpus_files
    from .pipeline import build

    if args.jobs < 1:
        raise KgError(f"--jobs must be at least 1, got {args.jobs}")
    total = len(corpus_files(args.corpus))
    bar = None
    if not args.quiet and total > 3:
        from tqdm import tqdm
        bar = tqdm(total=None, unit="doc", desc="kg build", file=sys.stderr)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _warn_line
        try:
            result = build(args.corpus, args.out, model=args.model, ontology=args.ontology, jobs=args.jobs,
                           batch_size=args.batch_size, rdf_format=args.rdf_format,
                           progress=bar.update if bar else None)
        finally:
            if bar:
                bar.close()
    if not args.quiet:
        G = result.graph
        print(f"kg build: {result.documents} documents -> {G.number_of_nodes()} actors, "
              f"{G.number_of_edges()} relations", file=sys.stderr)
        for f in result.files:
            print(f"  {f}", file=sys.stderr)
    return 0


def _warn_line(message, category, filename, lineno, file=None, line=None):
    print(f"kg: warning: {message}", file=sys.stderr)


def _evaluate(args) -> int:
    from .evaluate import evaluate, format_table

    result = evaluate(args.gold_dir, args.graph)
    if args.json:
        print(json.dumps(result if args.errors else {k: v for k, v in result.items() if k != "errors"}, indent=1))
    else:
        print(format_table(result, errors=args.errors))
    return 0


COMMANDS = {"build": _build, "evaluate": _evaluate}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
