"""Text of RDF statements: Turtle, N-Triples and JSON-LD, written sorted.

Statements are ``{subject: [(predicate, object), …]}`` of N-Triples term strings
(:mod:`kg.export.rdf_terms`). Each writer deduplicates and sorts them (subjects,
then ``rdf:type`` first, then predicates and objects), so the same statements
always give the same bytes, and prints them as text: no rdflib serialiser, whose
per-triple work takes minutes on a million triples. A subject's block of text may
come ready-made (``blocks``: the fragments cache of :mod:`kg.export.rdf`).

>>> stmts = {"<http://x/a>": [("<http://x/p>", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')]}
>>> print(serialize_statements(stmts, "nt"), end="")
<http://x/a> <http://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping

from ..errors import ExportError
from ..namespace import PREFIXES
from .rdf_terms import RDF_TYPE, XSD_BOOLEAN, XSD_DECIMAL, XSD_INTEGER

MEMO_TERMS = 100_000   # terms a Compactor remembers before it starts again (a big graph's literals)

#: Output formats by accepted name -> canonical name.
FORMATS: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "json-ld": "json-ld", "jsonld": "json-ld",
}
#: The usual file suffix of each canonical format.
SUFFIXES: dict[str, str] = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld"}

#: The RDF of a graph: subject -> its (predicate, object) pairs, terms in N-Triples syntax.
Statements = dict[str, list[tuple[str, str]]]


# ---------------------------------------------------------------- writers

def group_triples(triples: Iterable[tuple[str, str, str]]) -> Statements:
    """Group ``(s, p, o)`` N-Triples term strings by subject, for the writers."""
    out: Statements = {}
    for s, p, o in triples:
        out.setdefault(s, []).append((p, o))
    return out


def sorted_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Deduplicated, ``rdf:type`` first, then by predicate and object."""
    unique = sorted(set(pairs))
    if unique and unique[0][0] != RDF_TYPE:
        types = [po for po in unique if po[0] == RDF_TYPE]
        if types:
            unique = types + [po for po in unique if po[0] != RDF_TYPE]
    return unique


def to_ntriples(stmts: Statements, *, blocks: Mapping[str, str] | None = None) -> str:
    """N-Triples text, one triple a line, sorted by subject then predicate and object
    (``blocks``: as for :func:`to_turtle`, written by :func:`ntriples_block`)."""
    return "".join(_subject_blocks(stmts, blocks, ntriples_block))


def _subject_blocks(stmts: Statements, blocks: Mapping[str, str] | None, make) -> Iterator[str]:
    """One block of text per subject, sorted, each made as it is written: from ``blocks``
    when written already, else ``make(subject, its sorted pairs)``."""
    blocks = blocks or {}
    for s in sorted(stmts.keys() | blocks.keys()):
        yield blocks[s] if s in blocks else make(s, sorted_pairs(stmts[s]))


def ntriples_block(s: str, pairs: list[tuple[str, str]]) -> str:
    return "".join([f"{s} {p} {o} .\n" for p, o in pairs])


# A conservative PN_LOCAL (percent escapes stay as written, per Turtle): rdflib and
# Oxigraph both read it back to the same IRI, and no backslash escaping is needed.
_LOCAL_RE = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})"
                       r"(?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}))?")
_INTEGER_RE = re.compile(r"[+-]?[0-9]+")
_DECIMAL_RE = re.compile(r"[+-]?[0-9]*\.[0-9]+")


class Compactor(dict):
    """``short[term]``: prefixed names for IRIs, shorthands for numbers and booleans, memoised."""

    def __init__(self, prefixes: Mapping[str, str], fixed: Mapping[str, str] | None = None):
        super().__init__(fixed or {})
        self.fixed = dict(fixed or {})
        self.namespaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))

    def __missing__(self, term: str) -> str:
        if len(self) >= MEMO_TERMS:   # a big graph's many literals: the memo starts again
            self.clear()
            self.update(self.fixed)
        short = self[term] = self._shorten(term)
        return short

    def iri(self, term: str) -> str:
        iri = term[1:-1]
        for ns, prefix in self.namespaces:
            if iri.startswith(ns) and _LOCAL_RE.fullmatch(iri, len(ns)):
                return f"{prefix}:{iri[len(ns):]}"
        return term

    def _shorten(self, term: str) -> str:
        if term[0] == "<":
            return self.iri(term)
        if term[0] == '"' and term[-1] == ">":
            cut = term.rfind('"^^<')
            lex, datatype = term[1:cut], term[cut + 4:-1]
            if datatype == XSD_INTEGER and _INTEGER_RE.fullmatch(lex):
                return lex
            if datatype == XSD_DECIMAL and _DECIMAL_RE.fullmatch(lex):
                return lex
            if datatype == XSD_BOOLEAN and lex in ("true", "false"):
                return lex
            return f'"{lex}"^^{self[f"<{datatype}>"]}'
        return term  # a plain or language-tagged literal, a blank node


def to_turtle(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES, *,
              blocks: Mapping[str, str] | None = None) -> str:
    """Turtle text: the prefixes, then one block per subject, all sorted. ``blocks``
    holds subjects' blocks already written (by :func:`turtle_block` with the same
    prefixes), for subjects that are not in ``stmts``."""
    return "".join(_turtle_parts(stmts, prefixes, blocks=blocks))


def _turtle_parts(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES, *,
                  blocks: Mapping[str, str] | None = None) -> Iterable[str]:
    short = compactor(prefixes)
    return itertools.chain([f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()], _subject_blocks(
        stmts, blocks, lambda s, pairs: turtle_block(short, s, pairs)))


def compactor(prefixes: Mapping[str, str]) -> Compactor:
    """The :class:`Compactor` of Turtle: ``rdf:type`` written ``a``."""
    short = Compactor(prefixes, {RDF_TYPE: "a"})
    return short


def turtle_block(short: Compactor, s: str, pairs: list[tuple[str, str]]) -> str:
    """One subject's Turtle, from its sorted pairs ("" when it has none)."""
    if not pairs:
        return ""
    chunks = [f"\n{short[s]}"]
    last = None
    for p, o in pairs:
        if p == last:
            chunks.append(f", {short[o]}")
        else:
            chunks.append(f" ;\n    {short[p]} {short[o]}" if last else f" {short[p]} {short[o]}")
            last = p
    chunks.append(" .\n")
    return "".join(chunks)


_UNESCAPE_RE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    """The text of an N-Triples string body (undo ``\\n``, ``\\"``, ``\\u00E9``, …)."""
    if "\\" not in text:
        return text
    return _UNESCAPE_RE.sub(lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _ECHAR[m[3]], text)


def _json_string(body: str) -> str:
    """An N-Triples string body as a JSON string; the body is one already unless it uses ``\\U`` or ``\\'``."""
    if "\\U" in body or "\\'" in body:
        return json.dumps(_unescape(body), ensure_ascii=False)
    return f'"{body}"'


def to_jsonld(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """JSON-LD text: a ``@context`` of the prefixes and a sorted ``@graph``, one node a line."""
    short = Compactor(prefixes)

    def name(term: str) -> str:  # an IRI or blank node as a JSON string
        value = short[term]
        return f'"{value[1:-1]}"' if value[0] == "<" else f'"{value}"'

    values: dict[str, str] = {}

    def value(term: str) -> str:
        if term[0] != '"':
            v = values.get(term)
            if v is None:
                v = values[term] = '{"@id": ' + name(term) + "}"
            return v
        if term[-1] == '"':
            return _json_string(term[1:-1])
        if term[-1] == ">":
            cut = term.rfind('"^^<')
            return f'{{"@value": {_json_string(term[1:cut])}, "@type": {name(term[cut + 3:])}}}'
        cut = term.rfind('"@')
        return f'{{"@value": {_json_string(term[1:cut])}, "@language": "{term[cut + 2:]}"}}'

    nodes = []
    for s in sorted(stmts):
        pairs = sorted_pairs(stmts[s])
        if not pairs:
            continue
        fields = [f'{{"@id": {name(s)}']
        last = None
        for p, o in pairs:
            if p == last:
                fields.append(", ")
            else:
                if last is not None:
                    fields.append("]")
                fields.append(', "@type": [' if p == RDF_TYPE else f", {name(p)}: [")
                last = p
            fields.append(name(o) if p == RDF_TYPE else value(o))
        fields.append("]}" if last is not None else "}")
        nodes.append("".join(fields))
    context = json.dumps(dict(prefixes), ensure_ascii=False)
    return '{"@context": ' + context + ',\n"@graph": [\n' + ",\n".join(nodes) + "\n]}\n"


def canonical_format(fmt: str) -> str:
    try:
        return FORMATS[fmt.lower()]
    except (KeyError, AttributeError):
        raise ExportError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}") from None


def serialize_statements(stmts: Statements, fmt: str = "turtle") -> str:
    """Text of ``stmts`` in ``fmt`` (``turtle``, ``nt`` or ``json-ld``)."""
    return "".join(statement_parts(stmts, canonical_format(fmt)))


def statement_parts(stmts: Statements, fmt: str, blocks: Mapping[str, str] | None = None) -> Iterable[str]:
    """:func:`serialize_statements` in pieces (``fmt`` canonical; ``blocks``: see :func:`to_turtle`)."""
    if fmt == "json-ld":
        return [to_jsonld(stmts)]
    if fmt == "nt":
        return _subject_blocks(stmts, blocks, ntriples_block)
    return _turtle_parts(stmts, blocks=blocks)

