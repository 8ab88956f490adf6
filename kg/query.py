"""Run SPARQL over an exported graph file: ad-hoc queries and the ontology's named ones (``queries/``).

The file is loaded into an in-memory Oxigraph store (``pyoxigraph``), the
fastest SPARQL engine available from Python. Queries are checked first:
``SERVICE`` (an outbound network call) is refused, and ``$name`` parameters
are replaced by safely written literals or IRIs. Results come back as rows
(:func:`select_rows`) or as text (:func:`run_query`): an aligned table, CSV,
TSV or JSON; ``ASK`` gives ``true``/``false``; ``CONSTRUCT``/``DESCRIBE`` give
Turtle (or N-Triples with ``fmt="nt"``, JSON-LD with ``fmt="json"``).

>>> rows = select_rows("output/graph.ttl", named_query("attacks"))  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphFileError, QueryError
from .export.rdf_syntax import group_triples, serialize_statements
from .namespace import PREFIXES, XSD_NS
from .ontology import Ontology, default_ontology

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

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
    queries = (ontology or default_ontology()).queries
    if name not in queries:
        raise QueryError(f"unknown query name {name!r}; expected one of {', '.join(sorted(queries))}")
    return queries[name]


def read_query_file(path: str | os.PathLike) -> str:
    """The text of a query file; :class:`QueryError` when it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"query file {path} cannot be read: {getattr(e, 'strerror', None) or e}") from None


def query_parameters(query_text: str) -> list[str]:
    """The ``$name`` parameters a query takes, in order of first use."""
    seen: dict[str, None] = {}
    for kind, text, _ in _tokens(query_text):
        if kind == "var" and text[0] == "$":
            seen.setdefault(text[1:], None)
    return list(seen)


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["a=Israel", "b=Hamas"]`` (the CLI's ``--param``) as a dict."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key.strip()):
            raise QueryError(f"bad parameter {pair!r}; expected NAME=VALUE, e.g. a=Israel")
        out[key.strip()] = value
    return out


# ---------------------------------------------------------------- checking

# One token per match, tried in order; whitespace is skipped. Strings, IRIs and
# comments are single tokens, so a keyword inside them is never seen as one.
_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*)?:(?:[\w\-:%\u00B7-\uFFFF]|\.(?=[\w\-:%]))*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
""", re.X | re.S)


def _tokens(text: str) -> Iterable[tuple[str, str, int]]:
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            yield kind, m.group(), m.start()


def check_query(query_text: str) -> None:
    """Refuse what a query must not do: ``SERVICE`` (a network call to another endpoint).

    The check reads tokens, so ``SERVICE`` in a comment, string or IRI is fine.
    """
    for kind, text, pos in _tokens(query_text):
        if kind == "word" and text.upper() == "SERVICE":
            line, col = _line_col(query_text, pos)
            raise QueryError(f"SERVICE clauses are refused (they call other endpoints over the network): "
                             f"line {line}, column {col}")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _sparql_term(value: object) -> str:
    """A parameter value written as a SPARQL term: ``<iri>`` stays an IRI, anything else a literal."""
    if isinstance(value, ox.NamedNode):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f'"{value}"^^<{XSD_NS}integer>'
    if isinstance(value, float):
        return f'"{value!r}"^^<{XSD_NS}double>'
    if isinstance(value, Decimal):
        return f'"{value}"^^<{XSD_NS}decimal>'
    text = str(value)
    if len(text) > 2 and text[0] == "<" and text[-1] == ">":
        try:
            return str(ox.NamedNode(text[1:-1]))
        except ValueError:
            raise QueryError(f"parameter value {text!r} is not a valid IRI") from None
    return str(ox.Literal(text))


def bind_parameters(query_text: str, bindings: Mapping[str, object] | None = None) -> str:
    """``query_text`` with every ``$name`` replaced by its value written as a SPARQL term.

    Values are strings (literals; ``<…>`` for an IRI), numbers or booleans; they
    are escaped, so a value can never change the query's structure. Every
    parameter must be given, and only those the query takes.
    """
    bindings = dict(bindings or {})
    params = query_parameters(query_text)
    unknown = sorted(set(bindings) - set(params))
    if unknown:
        takes = ", ".join(params) if params else "no parameters"
        raise QueryError(f"unknown parameter {unknown[0]!r}; this query takes {takes}")
    missing = [p for p in params if p not in bindings]
    if missing:
        raise QueryError(f"missing parameter {missing[0]!r}; give it with --param {missing[0]}=VALUE")
    if not params:
        return query_text
    terms = {name: _sparql_term(value) for name, value in bindings.items()}
    out, last = [], 0
    for kind, text, pos in _tokens(query_text):
        if kind == "var" and text[0] == "$":
            out += [query_text[last:pos], terms[text[1:]]]
            last = pos + len(text)
    out.append(query_text[last:])
    return "".join(out)


def prepare_query(query_text: str, bindings: Mapping[str, object] | None = None) -> str:
    """Check ``query_text`` (:func:`check_query`) and bind its parameters."""
    check_query(query_text)
    return bind_parameters(query_text, bindings)


# ---------------------------------------------------------------- running

@dataclass
class QueryResult:
    """A query's outcome: ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[tuple[str, str, str]] = field(default_factory=list)  # N-Triples term strings


_SYNTAX_RE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def execute(store: ox.Store, query_text: str, *, bindings: Mapping[str, object] | None = None) -> QueryResult:
    """Check, bind and run ``query_text`` on ``store``."""
    text = prepare_query(query_text, bindings)
    try:
        result = store.query(text, prefixes=dict(PREFIXES), use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(solution) for solution in result]  # values in variable order
            return QueryResult("select", variables=names, rows=rows)
        return QueryResult("graph", triples=[(str(t.subject), str(t.predicate), str(t.object)) for t in result])
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


# ---------------------------------------------------------------- formatting

_INTEGER_TYPES = {XSD_NS + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                       "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                       "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD_NS + t for t in ("decimal", "double", "float")}


def python_value(term) -> object:
    """A result term as a plain value: IRI -> str, typed literal -> int/float/bool, else its text."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == XSD_NS + "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


_SHORT = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def _display(term) -> str:
    """A result term for the table: prefixed names for IRIs, the text of literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for ns, prefix in _SHORT:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    value = term.value
    return " ".join(value.split()) if any(c in value for c in "\t\n\r") else value


def _is_number(term) -> bool:
    return isinstance(term, ox.Literal) and term.datatype.value in _INTEGER_TYPES | _FLOAT_TYPES


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Text of a result.

    * SELECT: ``table`` (aligned columns, prefixed IRIs, a row count), ``csv``,
      ``tsv`` (header and plain values, full IRIs) or ``json`` (a list of objects
      with plain values).
    * ASK: ``true``/``false`` (``{"boolean": …}`` in json).
    * CONSTRUCT/DESCRIBE: Turtle; N-Triples for ``nt``, ``csv`` and ``tsv``; JSON-LD for ``json``.
    """
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else \
            ("true" if result.boolean else "false") + "\n"
    if result.kind == "graph":
        out_fmt = {"json": "json-ld", "csv": "nt", "tsv": "nt", "nt": "nt"}.get(fmt, "turtle")
        return serialize_statements(group_triples(result.triples), out_fmt)
    if fmt == "table":
        return _table(result)
    if fmt == "json":
        rows = [dict(zip(result.variables, map(python_value, row))) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow(result.variables)
            writer.writerows([_plain(t) for t in row] for row in result.rows)
        else:
            buf.write("\t".join(result.variables) + "\n")
            for row in result.rows:
                buf.write("\t".join(_plain(t).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                                    .replace("\r", "\\r") for t in row) + "\n")
        return buf.getvalue()
    raise QueryError(f"unknown result format {fmt!r}; expected one of {', '.join(RESULT_FORMATS)}")


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(result: QueryResult) -> str:
    header = result.variables
    cells = [[_display(t) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    numeric = [bool(result.rows) and all(row[i] is None or _is_number(row[i]) for row in result.rows)
               for i in range(len(header))]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    n = len(cells)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out) + "\n"
