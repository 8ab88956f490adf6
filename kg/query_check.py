"""Checking a SPARQL query and binding its parameters, before it runs.

``SERVICE`` (an outbound network call) and updates (``INSERT``, ``LOAD``, ...: kg
only reads its graph) are refused, and ``$name`` parameters are replaced by safely
written literals or IRIs, so a parameter's value can never change the query's
structure. All of it reads the query as tokens (strings, IRIs and comments are single
tokens), never as raw text; so does :func:`unknown_keyword`, which finds the
misspelt keyword behind a syntax error.

>>> bind_parameters('SELECT ?s WHERE { ?s rdfs:label $name }', {"name": "Israel"})
'SELECT ?s WHERE { ?s rdfs:label "Israel" }'
>>> query_parameters("SELECT * WHERE { ?s ?p $a . ?s ?q $b . FILTER(?s != $a) }")
['a', 'b']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

import pyoxigraph as ox

from .errors import QueryError
from .namespace import XSD_NS


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


# One token per match, tried in order; whitespace is skipped. Strings, IRIs and
# comments are single tokens, so a keyword inside them is never seen as one.
_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<bnode>_:[\w.\-\u00B7-\uFFFF]*)
  | (?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)
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


#: The first keyword of a SPARQL update (after its PREFIX and BASE declarations).
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})

#: Every bare word SPARQL 1.1 (and SPARQL-star, as Oxigraph reads it) knows, upper-cased:
#: keywords, built-in functions and aggregates. A word not among them is a misspelling.
KEYWORDS = UPDATE_KEYWORDS | frozenset("""
    A ABS ADD ALL AS ASC ASK AVG BASE BIND BNODE BOUND BY CEIL COALESCE CONCAT CONSTRUCT CONTAINS COUNT
    DATA DATATYPE DAY DEFAULT DESC DESCRIBE DISTINCT ENCODE_FOR_URI EXISTS FALSE FILTER FLOOR FROM GRAPH
    GROUP GROUP_CONCAT HAS HASLANG HASLANGDIR HAVING HOURS IF IN INTO IRI ISBLANK ISIRI ISLITERAL ISNUMERIC
    ISTRIPLE ISURI LANG LANGDIR LANGMATCHES LCASE LIMIT MAX MD5 MIN MINUS MINUTES MONTH NAMED NOT NOW
    OBJECT OFFSET OPTIONAL ORDER PREDICATE PREFIX RAND REDUCED REGEX REPLACE ROUND SAMETERM SAMPLE
    SECONDS SELECT SEPARATOR SERVICE SHA1 SHA256 SHA384 SHA512 SILENT STR STRAFTER STRBEFORE STRDT
    STRENDS STRLANG STRLANGDIR STRLEN STRSTARTS STRUUID SUBJECT SUBSTR SUM TIMEZONE TO TRIPLE TRUE TZ
    UCASE UNDEF UNION URI USING UUID VALUES WHERE YEAR ADJUST LATERAL
""".split())


def check_query(query_text: str) -> None:
    """Refuse what a query must not do: ``SERVICE`` (a network call to another endpoint)
    and updates (``INSERT``, ``DELETE``, ``LOAD``, ...: kg only reads its graph).

    The check reads tokens, so ``SERVICE`` in a comment, string or IRI is fine.
    """
    first = True
    for kind, text, pos in _tokens(query_text):
        word = text.upper() if kind == "word" else None
        if first and word not in ("PREFIX", "BASE") and kind not in ("pname", "iri"):
            first = False
            if word in UPDATE_KEYWORDS:
                line, col = _line_col(query_text, pos)
                raise QueryError(f"SPARQL updates are not supported ({text} at line {line}, column {col}): "
                                 "kg query only reads the graph; use SELECT, ASK, CONSTRUCT or DESCRIBE")
        if word == "SERVICE":
            line, col = _line_col(query_text, pos)
            raise QueryError(f"SERVICE clauses are refused (they call other endpoints over the network): "
                             f"line {line}, column {col}")


def unknown_keyword(query_text: str, before: int | None = None) -> tuple[str, int, int, str | None] | None:
    """The first bare word of ``query_text`` (before offset ``before``) that SPARQL does not
    know: ``(word, line, column, the keyword it most likely stands for or None)``.

    >>> unknown_keyword("SELECT ?s WHERE { ?s ?p ?o } ORDR BY ?s")
    ('ORDR', 1, 30, 'ORDER')
    """
    import difflib
    for kind, text, pos in _tokens(query_text):
        if before is not None and pos >= before:
            return None
        if kind == "word" and text.upper() not in KEYWORDS:
            line, col = _line_col(query_text, pos)
            close = difflib.get_close_matches(text.upper(), KEYWORDS, n=1, cutoff=0.6)
            return text, line, col, close[0] if close else None
    return None


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
