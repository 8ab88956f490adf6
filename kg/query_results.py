"""A SPARQL query's result and its text: an aligned table, CSV, TSV or JSON.

``ASK`` gives ``true``/``false``; ``CONSTRUCT``/``DESCRIBE`` give Turtle (or
N-Triples, or JSON-LD), written by :mod:`kg.export.rdf_syntax`. Result terms
become plain Python values with :func:`python_value`.

>>> print(format_result(QueryResult("ask", boolean=True), "json"), end="")
{"boolean": true}
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import QueryError
from .export.rdf_syntax import group_triples, serialize_statements
from .namespace import PREFIXES, XSD_NS

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class QueryResult:
    """A query's outcome: ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[tuple[str, str, str]] = field(default_factory=list)  # N-Triples term strings



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
    return "".join(select_text(result.variables, result.rows, fmt))


#: The formats :func:`select_text` writes row by row.
STREAMED_FORMATS = ("csv", "tsv", "json")


def select_text(variables: list[str], rows: Iterable[tuple], fmt: str) -> Iterator[str]:
    """The text of a SELECT's rows in ``fmt`` (``csv``, ``tsv`` or ``json``), a piece per row
    as the rows come (the header first; JSON's closing bracket last): :func:`format_result`'s
    text, for output streamed while the query runs."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(variables)
        yield _taken(buf)
        for row in rows:
            writer.writerow([_plain(t) for t in row])
            yield _taken(buf)
    elif fmt == "tsv":
        yield "\t".join(variables) + "\n"
        for row in rows:
            yield "\t".join(_plain(t).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                            .replace("\r", "\\r") for t in row) + "\n"
    elif fmt == "json":   # json.dumps(list of rows, ensure_ascii=False, indent=2), a row at a time
        opening = "[\n  "
        for row in rows:
            text = json.dumps(dict(zip(variables, map(python_value, row))), ensure_ascii=False, indent=2)
            yield opening + text.replace("\n", "\n  ")   # a JSON string holds no raw newline
            opening = ",\n  "
        yield "[]\n" if opening == "[\n  " else "\n]\n"
    else:
        raise QueryError(f"unknown result format {fmt!r}; expected one of {', '.join(RESULT_FORMATS)}")


def _taken(buf: io.StringIO) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text


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
