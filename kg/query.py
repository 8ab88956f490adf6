"""Run SPARQL over an exported graph file: ad-hoc queries and the ontology's named ones.

The file is loaded into an in-memory Oxigraph store (``pyoxigraph``), the
fastest SPARQL engine available from Python. Queries are checked first
(:mod:`kg.query_check`): ``SERVICE`` (an outbound network call) and updates are refused, and
``$name`` parameters are replaced by safely written literals or IRIs. Results come
back as rows (:func:`select_rows`) or as text (:func:`run_query`, formatted by
:mod:`kg.query_results`): an aligned table, CSV, TSV or JSON; ``ASK`` gives
``true``/``false``; ``CONSTRUCT``/``DESCRIBE`` give Turtle (or N-Triples with
``fmt="nt"``, JSON-LD with ``fmt="json"``). The named queries are the ``queries/``
of the :class:`~kg.ontology.Ontology` given (default: the repository's).

>>> rows = select_rows("output/graph.ttl", named_query("attacks"))  # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphFileError, QueryError
from .namespace import PREFIXES
from .ontology import Ontology, default_ontology
from .query_check import bind_parameters, check_query, parse_params, prepare_query, query_parameters, unknown_keyword
from .query_results import RESULT_FORMATS, QueryResult, format_result, python_value

#: Graph file suffixes and the RDF format each is read as.
GRAPH_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
}


# ---------------------------------------------------------------- loading

def load_graph(path: str | os.PathLike) -> ox.Store:
    """An in-memory Oxigraph store holding the RDF file at ``path``.

    The format comes from the suffix (``.ttl``, ``.nt``, ``.jsonld``/``.json-ld``,
    ``.rdf``, ``.nq``, ``.trig``). Raises :class:`GraphFileError` when the file
    is missing, has an unknown suffix or does not parse.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"graph file {path} not found")
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(f"graph file {path}: unknown suffix {path.suffix!r}; "
                             f"expected one of {', '.join(GRAPH_SUFFIXES)}")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise GraphFileError(f"graph file {path} is not valid {fmt.name}: {_one_line(e)}") from None
    except (OSError, ValueError) as e:
        raise GraphFileError(f"graph file {path} cannot be read: {_one_line(e)}") from None
    return store


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


# ---------------------------------------------------------------- named queries

def list_queries(ontology: Ontology | None = None) -> list[tuple[str, str]]:
    """``(name, description)`` of every named query of ``ontology`` (default: the
    repository's), sorted by name.

    The description is the query file's first line, a ``# …`` comment.
    """
    out = []
    for name, text in sorted((ontology or default_ontology()).queries.items()):
        first = text.lstrip().split("\n", 1)[0]
        out.append((name, first.lstrip("#").strip() if first.startswith("#") else ""))
    return out


def named_query(name: str, ontology: Ontology | None = None) -> str:
    """The text of the named query ``name`` of ``ontology`` (default: the repository's);
    :class:`QueryError` lists the names when unknown."""
    ontology = ontology or default_ontology()
    queries = ontology.queries
    if name not in queries:
        names = ", ".join(sorted(queries)) or f"none: {ontology.path / 'queries'} holds no .rq file"
        raise QueryError(f"unknown query name {name!r}; expected one of {names}")
    return queries[name]


def read_query_file(path: str | os.PathLike) -> str:
    """The text of a query file; :class:`QueryError` when it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"query file {path} cannot be read: {getattr(e, 'strerror', None) or e}") from None


_SYNTAX_RE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def execute(store: ox.Store, query_text: str, *, bindings: Mapping[str, object] | None = None) -> QueryResult:
    """Check, bind and run ``query_text`` on ``store``."""
    kind, variables, items = execute_lazy(store, query_text, bindings=bindings)
    if kind == "ask":
        return QueryResult("ask", boolean=items)
    if kind == "select":
        return QueryResult("select", variables=variables, rows=list(items))
    return QueryResult("graph", triples=list(items))


def execute_lazy(store: ox.Store, query_text: str, *,
                 bindings: Mapping[str, object] | None = None) -> tuple[str, list[str], object]:
    """Check, bind and start ``query_text`` on ``store``: ``(kind, variables, items)``, where
    ``items`` is the ASK answer (a bool), or an iterator over the SELECT's rows (tuples of terms
    in variable order) or the CONSTRUCT's triples (strings), computed as they are taken."""
    text = prepare_query(query_text, bindings)
    with _query_errors(text):
        result = store.query(text, prefixes=dict(PREFIXES), use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return "ask", [], bool(result)
    if isinstance(result, ox.QuerySolutions):
        return "select", [v.value for v in result.variables], _taken(text, (tuple(s) for s in result))
    return "graph", [], _taken(text, ((str(t.subject), str(t.predicate), str(t.object)) for t in result))


def _taken(text: str, items: Iterator) -> Iterator:
    with _query_errors(text):
        yield from items


@contextmanager
def _query_errors(text: str) -> Iterator[None]:
    """Oxigraph's errors as one-line :class:`QueryError`."""
    try:
        yield
    except SyntaxError as e:
        raise QueryError(_syntax_message(text, str(e))) from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {_one_line(e)}") from None


def _syntax_message(text: str, message: str) -> str:
    m = _SYNTAX_RE.match(message)
    if not m:
        return f"SPARQL syntax error: {_shorten(_one_line(message))}"
    line, col, detail = int(m[1]), int(m[2]), _one_line(m[3])
    lines = text.splitlines() or [""]
    current = lines[line - 1] if line <= len(lines) else ""
    if "Prefix not found" in detail:
        used = re.search(r"([A-Za-z][\w.-]*)?:[^\s:]*\s*$", current[:col - 1])
        name = f"{used[1] or ''}:" if used else "a prefix"
        return (f"SPARQL syntax error at line {line}, column {col}: unknown prefix {name!r}; declare it with "
                f"PREFIX or use one of {', '.join(p + ':' for p in PREFIXES)}")
    # the parser reports where it gave up, often past a misspelt keyword: point at that word
    offset = sum(len(x) + 1 for x in lines[:line - 1]) + col - 1
    unknown = unknown_keyword(text, before=offset + 1)
    if unknown is not None:
        word, line, col, meant = unknown
        hint = f" (did you mean {meant}?)" if meant else ""
        return f"SPARQL syntax error at line {line}, column {col}: unknown keyword {word!r}{hint}"
    near = current[col - 1:col + 19].strip()
    where = f" near {near!r}" if near else " at the end of the line" if line <= len(lines) else " at the end"
    return f"SPARQL syntax error at line {line}, column {col}{where}: {_shorten(detail)}"


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rstrip(" ,[") + " …"


def _store(graph: str | os.PathLike | ox.Store) -> ox.Store:
    return graph if isinstance(graph, ox.Store) else load_graph(graph)


def select_rows(graph: str | os.PathLike | ox.Store, query_text: str, *,
                bindings: Mapping[str, object] | None = None) -> list[dict[str, object]]:
    """The rows of a ``SELECT`` as dicts of plain Python values (IRIs as strings, unbound as None).

    ``graph`` is a graph file path or a store from :func:`load_graph`.
    """
    result = execute(_store(graph), query_text, bindings=bindings)
    if result.kind != "select":
        raise QueryError(f"expected a SELECT query, got {result.kind.upper()}")
    return [dict(zip(result.variables, map(python_value, row))) for row in result.rows]


def ask(graph: str | os.PathLike | ox.Store, query_text: str, *,
        bindings: Mapping[str, object] | None = None) -> bool:
    """The answer of an ``ASK`` query."""
    result = execute(_store(graph), query_text, bindings=bindings)
    if result.kind != "ask":
        raise QueryError(f"expected an ASK query, got {result.kind.upper()}")
    return bool(result.boolean)


def run_query(graph_path: str | os.PathLike | ox.Store, query_text: str, *, fmt: str = "table",
              bindings: Mapping[str, object] | None = None) -> str:
    """Load the graph, run the query and format its result as text (see :func:`format_result`)."""
    if fmt not in RESULT_FORMATS + ("turtle", "nt"):
        raise QueryError(f"unknown result format {fmt!r}; expected one of {', '.join(RESULT_FORMATS)}")
    return format_result(execute(_store(graph_path), query_text, bindings=bindings), fmt)


__all__ = [
    "GRAPH_SUFFIXES", "RESULT_FORMATS", "QueryResult", "ask", "bind_parameters", "check_query", "execute",
    "execute_lazy", "format_result", "list_queries", "load_graph", "named_query", "parse_params", "prepare_query",
    "python_value", "query_parameters", "read_query_file", "run_query", "select_rows",
]
