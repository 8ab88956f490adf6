"""GraphML export: the graph with list and dict attributes flattened to JSON strings
(GraphML holds only scalars); ``None`` attributes are left out.

The file is what ``networkx.write_graphml`` writes for :func:`graph_to_graphml_graph`
(same key declarations and ids, same order, same indentation and escaping), but
generated as text in one pass, without building an XML tree: several times faster
on large graphs. A graph it cannot write that way (an attribute type other than
str, int, float and bool, or a graph attribute networkx treats specially) goes
through networkx itself.

XML 1.0 cannot hold every character a news text may (NUL and the other C0 controls
but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates), not even
as a character reference: each becomes U+FFFD (the replacement character), so the
file stays valid and each text keeps its length. Nothing else is changed.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx


def _flat(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


#: What XML 1.0 cannot hold at all (its ``Char`` production leaves these out).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_chars(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD.

    >>> xml_chars("a\\x00b\\x1bc\\td")
    'a\ufffdb\ufffdc\\td'
    """
    return NOT_XML.sub("\ufffd", text) if NOT_XML.search(text) else text


def _xml_value(value):
    return xml_chars(value) if isinstance(value, str) else value


def graph_to_graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML can hold (``G`` itself is untouched)."""
    H = nx.MultiDiGraph()
    H.graph.update({k: _xml_value(_flat(v)) for k, v in G.graph.items() if v is not None})
    for node in sorted(G.nodes):
        H.add_node(_xml_value(node), **{k: _xml_value(_flat(v)) for k, v in sorted(G.nodes[node].items())
                                        if v is not None})
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        H.add_edge(_xml_value(u), _xml_value(v), key=_xml_value(key),
                   **{k: _xml_value(_flat(x)) for k, x in sorted(data.items()) if x is not None})
    return H


# networkx's GraphML type names (``GraphML.construct_types``: the last name of a type wins)
_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_HEADER = ("<?xml version='1.0' encoding='utf-8'?>\n"
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


class _Unsupported(Exception):
    """The graph needs networkx's own writer."""


def _cdata(text: str) -> str:
    """Character data escaped as ``xml.etree.ElementTree`` does, what XML cannot hold
    replaced (:func:`xml_chars`; only text with a character that is not printable can
    hold one, and ``isprintable`` is many times faster to ask than a search)."""
    if not text.isprintable():
        text = xml_chars(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attrib(text: str) -> str:
    """An attribute value escaped as ``xml.etree.ElementTree`` does."""
    text = _cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def graphml_text(G: nx.MultiDiGraph, fragments=None) -> str:
    """The GraphML document of ``G``: byte for byte what ``networkx.write_graphml``
    (its ElementTree writer, pretty-printed) writes for :func:`graph_to_graphml_graph`
    (``fragments``: see :func:`graphml_parts`)."""
    return "".join(graphml_parts(G, fragments))


def graphml_parts(G: nx.MultiDiGraph, fragments=None) -> list[str]:
    """The text of :func:`graphml_text` in pieces, to write without joining them first.

    The GraphML document of ``G``: byte for byte what ``networkx.write_graphml``
    (its ElementTree writer, pretty-printed) writes for :func:`graph_to_graphml_graph`.

    ``fragments`` (a :class:`kg.cache.Fragments`) holds the ``<node>`` and ``<edge>``
    elements of earlier builds, by the node or edge and its attributes. Key ids are
    numbered in order of first use, so each element is kept with the names and types
    of its attributes and the ids it used, and is used again only where the same
    ids come out.
    """
    graph_data = [(str(k), _flat(v)) for k, v in G.graph.items() if v is not None]
    if any(k in ("id", "node_default", "edge_default") for k, _ in graph_data):
        raise _Unsupported
    keys = _Keys()
    elements = _Elements(keys, fragments)
    # key ids are given in the order networkx meets the attributes: graph, nodes, edges
    graph_lines = keys.data_lines(_typed(graph_data), "graph", "    ")
    body = [elements.element("node", (node,), G.nodes[node]) for node in sorted(G.nodes)]
    body += [elements.element("edge", (u, v, key), data)
             for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))]
    body.extend(graph_lines)
    parts = [_HEADER, *reversed(keys.declarations)]
    if body:
        parts += ['  <graph edgedefault="directed">\n', *body, "  </graph>\n"]
    else:
        parts.append('  <graph edgedefault="directed" />\n')
    parts.append("</graphml>\n")
    return parts


def _typed(items) -> list[tuple[str, object, str]]:
    """(name, value, GraphML type) of each attribute; :class:`_Unsupported` for a type GraphML lacks."""
    out = []
    for name, value in items:
        xml_type = _XML_TYPES.get(type(value))
        if xml_type is None:
            raise _Unsupported
        out.append((name, value, xml_type))
    return out


def _attributes(data) -> list[tuple[str, object, str]]:
    """A node's or edge's attributes as GraphML holds them: sorted, flattened, ``None`` left out."""
    return _typed((str(k), _flat(v)) for k, v in sorted(data.items()) if v is not None)


class _Keys:
    """The ``<key>`` declarations of a document: an id per (attribute name, type, scope),
    numbered in order of first use, as networkx numbers them."""

    def __init__(self):
        self.ids: dict[tuple[str, str, str], str] = {}
        self.declarations: list[str] = []

    def id_of(self, name: str, xml_type: str, scope: str) -> str:
        kid = self.ids.get((name, xml_type, scope))
        if kid is None:
            kid = self.ids[(name, xml_type, scope)] = f"d{len(self.ids)}"
            self.declarations.append(f'  <key id="{kid}" for="{scope}" attr.name="{_attrib(name)}" '
                                     f'attr.type="{xml_type}" />\n')
        return kid

    def data_lines(self, items, scope: str, indent: str) -> list[str]:
        """The ``<data>`` lines of typed attributes (:func:`_typed`)."""
        lines = []
        id_of = self.id_of
        for name, value, xml_type in items:
            kid = id_of(name, xml_type, scope)
            text = str(value)
            lines.append(f'{indent}<data key="{kid}">{_cdata(text)}</data>\n' if text
                         else f'{indent}<data key="{kid}" />\n')
        return lines


class _Elements:
    """The ``<node>`` and ``<edge>`` elements of a document, from ``fragments`` when an
    earlier build wrote the same element with the same key ids."""

    def __init__(self, keys: _Keys, fragments=None):
        self.keys, self.fragments = keys, fragments
        self.kids_of: dict[tuple[str, str], str] = {}   # (scope, attribute names and types) -> their key ids here
        self.signatures: dict[tuple, str] = {}

    def element(self, scope: str, ids: tuple, data) -> str:
        """A ``<node>`` (``ids``: the node) or ``<edge>`` (source, target, key) element."""
        fragments = self.fragments
        if fragments is not None:
            memo_key = fragments.key((scope, *ids, data))
            text = self._kept(memo_key, scope)
            if text is not None:
                return text
        items = _attributes(data)
        head = (f'    <node id="{_attrib(str(ids[0]))}"' if scope == "node" else
                f'    <edge source="{_attrib(str(ids[0]))}" target="{_attrib(str(ids[1]))}" '
                f'id="{_attrib(str(ids[2]))}"')
        text = (head + " />\n" if not items else
                "".join([head, ">\n", *self.keys.data_lines(items, scope, "      "), f"    </{scope}>\n"]))
        if fragments is not None:
            self._keep(memo_key, scope, text, items)
        return text

    def _kept(self, memo_key, scope: str) -> str | None:
        """The element kept for ``memo_key``, if its key ids are those it gets here."""
        found = self.fragments.get(memo_key)
        if found is None:
            return None
        text, signature, kids = found
        now = self.kids_of.get((scope, signature))
        if now is None:   # numbers the keys as meeting these attributes here would
            now = self.kids_of[(scope, signature)] = " ".join(self.keys.id_of(name, xml_type, scope)
                                                              for name, xml_type in json.loads(signature))
        return text if now == kids else None

    def _keep(self, memo_key, scope: str, text: str, items) -> None:
        names = tuple([(name, xml_type) for name, _, xml_type in items])
        signature = self.signatures.get(names)
        if signature is None:
            signature = self.signatures[names] = json.dumps(names, ensure_ascii=False)
        kids = self.kids_of.setdefault((scope, signature), " ".join(self.keys.ids[(name, xml_type, scope)]
                                                                    for name, xml_type in names))
        self.fragments.put(memo_key, (text, signature, kids))


def graphml_stream(G: nx.MultiDiGraph) -> Iterator[str]:
    """The text of :func:`graphml_text` (without fragments), each element made as it is
    written: a first pass over the attributes' names and types numbers the keys as
    :func:`graphml_parts` does (their declarations come first), the second makes the
    elements; no list of them is held. :class:`_Unsupported` before any text when the
    graph needs networkx's writer."""
    graph_data = [(str(k), _flat(v)) for k, v in G.graph.items() if v is not None]
    if any(k in ("id", "node_default", "edge_default") for k, _ in graph_data):
        raise _Unsupported
    keys = _Keys()
    graph_items = _typed(graph_data)
    for name, _, xml_type in graph_items:
        keys.id_of(name, xml_type, "graph")
    signatures: set = set()
    for scope, data in _all_data(G):
        names = tuple([(str(k), _xml_type(v)) for k, v in sorted(data.items()) if v is not None])
        if names not in signatures:
            signatures.add(names)
            for name, xml_type in names:
                keys.id_of(name, xml_type, scope)
    yield from [_HEADER, *reversed(keys.declarations)]
    if not graph_items and not len(G):
        yield '  <graph edgedefault="directed" />\n'
    else:
        yield '  <graph edgedefault="directed">\n'
        elements = _Elements(keys)
        for node in sorted(G.nodes):
            yield elements.element("node", (node,), G.nodes[node])
        for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
            yield elements.element("edge", (u, v, key), data)
        yield from keys.data_lines(graph_items, "graph", "    ")
        yield "  </graph>\n"
    yield "</graphml>\n"


def _all_data(G: nx.MultiDiGraph):
    """``(scope, attributes)`` of each node, then each edge, in the order of the file."""
    for node in sorted(G.nodes):
        yield "node", G.nodes[node]
    for e in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        yield "edge", e[3]


def _xml_type(value) -> str:
    """The GraphML type of an attribute value as :func:`_attributes` flattens it."""
    xml_type = "string" if isinstance(value, (list, tuple, dict)) else _XML_TYPES.get(type(value))
    if xml_type is None:
        raise _Unsupported
    return xml_type


def write_graphml(G: nx.MultiDiGraph, path: str | Path, *, fragments=None) -> None:
    """Write ``G`` as GraphML (``fragments``: see :func:`graphml_text`; without them, each
    element is made as it is written: :func:`graphml_stream`)."""
    try:
        if fragments is None:
            parts = graphml_stream(G)
            first = next(parts)   # the pass that numbers the keys: _Unsupported comes now
            parts = itertools.chain([first], parts)
        else:
            parts = graphml_parts(G, fragments)
    except _Unsupported:
        nx.write_graphml(graph_to_graphml_graph(G), str(path), encoding="utf-8", prettyprint=True)
        return
    # as ElementTree writes it: characters UTF-8 cannot hold become character references
    with open(path, "w", encoding="utf-8", errors="xmlcharrefreplace") as fh:
        fh.writelines(parts)
