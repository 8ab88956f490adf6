"""The JSON contract: ``graph.json``, the file evaluations and other tools read.

::

    {"documents": [{"id", "title", "date", "url", "source"}],
     "actors": [{"id", "name", "type", "aliases", "mentions": [{"doc", "text", "start", "end"}],
                 "doc_types", "ids", "lat", "lon", "country", "kind", "affiliations"}],
     "relations": [{"id", "subject", "predicate", "object", "doc", "evidence", "start", "end",
                    "asserted", "modality", "role", "trigger", "trigger_start", "trigger_end",
                    "source", "confidence", "family", "cameo", "rule", "subject_cameo", "object_cameo"}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from ..errors import GraphFileError

ACTOR_KEYS = ("name", "type", "aliases", "mentions", "doc_types", "ids", "lat", "lon", "country", "kind", "affiliations")
RELATION_KEYS = ("predicate", "object", "doc", "evidence", "start", "end", "asserted", "modality", "role",
                 "trigger", "trigger_start", "trigger_end", "source", "confidence", "family", "cameo", "rule",
                 "subject_cameo", "object_cameo")


def graph_to_json(G: nx.MultiDiGraph) -> dict:
    """The JSON-contract dict of a graph (pure: ``G`` is not modified)."""
    return {"documents": list(G.graph.get("documents", [])), "actors": [_actor(node, G.nodes[node]) for node in sorted(G.nodes)],
            "relations": [_relation(*edge) for edge in sorted_edges(G)]}


def _actor(node, data) -> dict:
    actor = {"id": node}
    actor.update({k: data.get(k) for k in ACTOR_KEYS})
    return actor


def sorted_edges(G: nx.MultiDiGraph) -> list[tuple]:
    """``G``'s edges ``(subject, object, key, data)`` in ``graph.json``'s order: by document,
    sentence start, trigger start, relation id."""
    return sorted(G.edges(keys=True, data=True), key=lambda e: (e[3]["doc"], e[3]["start"], e[3]["trigger_start"], e[2]))


def _relation(subj, obj, key, data) -> dict:
    rel = {"id": key, "subject": subj}
    rel.update({k: data.get(k) for k in RELATION_KEYS})
    rel["object"] = obj
    return rel


def dumps(G: nx.MultiDiGraph, fragments=None) -> str:
    """The text of ``graph.json``. ``fragments`` (a :class:`kg.cache.Fragments`) holds
    each actor's and relation's text from earlier builds, by the node or edge and its
    attributes."""
    return "".join(_parts(G, fragments))


def _parts(G: nx.MultiDiGraph, fragments=None) -> list[str]:
    """The text of ``graph.json`` in pieces, to write without joining them first."""
    if fragments is not None and json.encoder.c_make_encoder is not None:
        try:
            return _parts_with(G, fragments)
        except (_Fallback, RecursionError):
            pass
    return [dumps_indented(graph_to_json(G)), "\n"]


def _parts_with(G: nx.MultiDiGraph, fragments) -> list[str]:
    actors = [fragments.text(("actor", node, data), lambda: _indented(_actor(node, data), 2))
              for node, data in ((node, G.nodes[node]) for node in sorted(G.nodes))]
    relations = [fragments.text(("relation", *edge), lambda: _indented(_relation(*edge), 2))
                 for edge in sorted_edges(G)]
    return ['{\n "documents": ', _indented(list(G.graph.get("documents", [])), 1), ',\n "actors": ',
            *_list_parts(actors), ',\n "relations": ', *_list_parts(relations), "\n}\n"]


def _list_parts(texts: list[str]) -> list[str]:
    """A list of the top-level dict from its items' texts, as :func:`_indented` writes it."""
    if not texts:
        return ["[]"]
    parts = ["[\n  "] * (2 * len(texts) + 1)
    parts[2::2] = [",\n  "] * (len(texts) - 1) + ["\n ]"]
    parts[1::2] = texts
    return parts


# -- json.dumps(..., ensure_ascii=False, indent=1), faster -----------------------------
# With ``indent`` the standard library encodes in Python; here each container whose
# values are all scalars (a mention, a relation, a list of aliases) goes through the C
# encoder in one call, its item separator carrying the newline and the indentation
# (an encoded string never holds a raw newline), and only the few levels above are
# joined in Python. The text is the same, character for character.

class _Fallback(Exception):
    pass


def _no_default(o):
    raise _Fallback


_CONTAINERS = (dict, list, tuple)
_ENCODERS: dict[int, object] = {}


def _flat_encoder(depth: int):
    enc = _ENCODERS.get(depth)
    if enc is None:
        enc = _ENCODERS[depth] = json.encoder.c_make_encoder(
            None, _no_default, json.encoder.encode_basestring, None, ": ", ",\n" + " " * (depth + 1),
            False, False, True)
    return enc


def _indented(o, depth: int) -> str:
    if isinstance(o, dict):
        if not o:
            return "{}"
        values = o.values()
        inner = "\n" + " " * (depth + 1)
        if not any(isinstance(v, _CONTAINERS) for v in values):
            text = "".join(_flat_encoder(depth)(o, 0))
            return "{" + inner + text[1:-1] + "\n" + " " * depth + "}"
        parts = []
        for k, v in o.items():
            if not isinstance(k, str):
                raise _Fallback
            parts.append(json.encoder.encode_basestring(k) + ": " + _indented(v, depth + 1))
        return "{" + inner + ("," + inner).join(parts) + "\n" + " " * depth + "}"
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        if not any(isinstance(v, _CONTAINERS) for v in o):
            text = "".join(_flat_encoder(depth)(o, 0))
            return "[" + inner + text[1:-1] + "\n" + " " * depth + "]"
        if all(type(v) is dict and v and not any(isinstance(x, _CONTAINERS) for x in v.values()) for v in o):
            # a list of non-empty flat dicts (mentions, relations) in one call: every "\n" of
            # the text is a separator, ",\n{" between the dicts and ',\n"' inside them
            text = "".join(_flat_encoder(-1)(o, 0))
            deeper = inner + " "
            text = text[2:-2].replace(',\n"', ',' + deeper + '"').replace("},\n{", inner[:0] + "\n" + " " * (depth + 1)
                                                                              + "}," + inner + "{" + deeper)
            return "[" + inner + "{" + deeper + text + inner + "}\n" + " " * depth + "]"
        return "[" + inner + ("," + inner).join([_indented(v, depth + 1) for v in o]) + "\n" + " " * depth + "]"
    return "".join(_flat_encoder(depth)(o, 0))


def dumps_indented(data) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=1)``, the same text, faster."""
    if json.encoder.c_make_encoder is not None:
        try:
            return _indented(data, 0)
        except (_Fallback, RecursionError):
            pass
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)


def write_json(G: nx.MultiDiGraph, path: str | Path, *, fragments=None) -> None:
    with open(path, "w", encoding="utf-8") as fh:   # piece by piece: never the whole text at once
        if fragments is not None or json.encoder.c_make_encoder is None:
            fh.writelines(_parts(G, fragments))
            return
        try:
            fh.writelines(stream_parts(G))
        except (_Fallback, RecursionError):   # what only the standard library writes: the whole text
            fh.seek(0)
            fh.truncate()
            fh.writelines(_parts(G))


CHUNK = 1_000   # relations (or mentions) encoded in one call when streamed


def stream_parts(G: nx.MultiDiGraph) -> Iterator[str]:
    """The text of :func:`dumps` piece by piece, made as it is written: no dict of the
    whole graph (:func:`graph_to_json`) and no text of it are ever held, only one actor's
    text and :data:`CHUNK` relations' at a time (a big graph's writer stays small).
    :class:`_Fallback` when a value needs the standard library (nothing then is valid)."""
    yield '{\n "documents": '
    yield _indented(list(G.graph.get("documents", [])), 1)
    yield ',\n "actors": '
    yield from _stream_list((_actor(node, G.nodes[node]) for node in sorted(G.nodes)), 1)
    yield ',\n "relations": '
    yield from _stream_list((_relation(*edge) for edge in sorted_edges(G)), 1)
    yield "\n}\n"


def _stream_list(items: Iterable, depth: int) -> Iterator[str]:
    """:func:`_indented` of the list of ``items`` at ``depth``, piece by piece: its items
    encoded :data:`CHUNK` at a time (the text of a list is its items' texts joined by
    the same separator whatever their number), each dict with a long list of mentions
    in pieces too (:func:`_stream_value`)."""
    inner = "\n" + " " * (depth + 1)
    head, tail = "[" + inner, "\n" + " " * depth + "]"
    first = True
    for chunk in _chunks(items):
        yield head if first else "," + inner
        first = False
        if len(chunk) == 1 and isinstance(chunk[0], (dict, list, tuple)):
            yield from _stream_value(chunk[0], depth + 1)
        else:
            text = _indented(chunk, depth)
            yield text[len(head):len(text) - len(tail)]
    yield "[]" if first else tail


def _chunks(items: Iterable) -> Iterator[list]:
    """``items`` in lists of :data:`CHUNK`; a dict holding a container alone (an actor)."""
    chunk: list = []
    for item in items:
        if type(item) is dict and any(isinstance(v, _CONTAINERS) for v in item.values()):
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stream_value(o, depth: int) -> Iterator[str]:
    """:func:`_indented` of ``o`` piece by piece: a dict key by key, a long list of
    containers :data:`CHUNK` items at a time, anything else whole."""
    if type(o) is dict and o and any(isinstance(v, _CONTAINERS) for v in o.values()):
        inner = "\n" + " " * (depth + 1)
        sep = "{" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _Fallback
            yield sep + json.encoder.encode_basestring(k) + ": "
            sep = "," + inner
            yield from _stream_value(v, depth + 1)
        yield "\n" + " " * depth + "}"
    elif isinstance(o, (list, tuple)) and len(o) > CHUNK and any(isinstance(v, _CONTAINERS) for v in o):
        yield from _stream_list(o, depth)
    else:
        yield _indented(o, depth)


def read_json(path: str | Path) -> dict:
    """Read a ``graph.json``; raise :class:`GraphFileError` naming the file when it is not one."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFileError(f"graph file not found: {p} (run `kg build` first, or pass --graph)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"cannot read graph file {p}: {exc}") from None
    if not isinstance(data, dict) or not {"actors", "relations"} <= data.keys():
        raise GraphFileError(f"not a kg graph.json: {p} (expected 'actors' and 'relations' keys)")
    return data


def json_to_graph(data: dict) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from a JSON-contract dict (inverse of :func:`graph_to_json`)."""
    G = nx.MultiDiGraph(documents=list(data.get("documents", [])))
    for a in data["actors"]:
        G.add_node(a["id"], **{k: a.get(k) for k in ACTOR_KEYS})
    for r in data["relations"]:
        attrs = {k: r.get(k) for k in RELATION_KEYS if k != "object"}
        attrs["id"] = r["id"]
        G.add_edge(r["subject"], r["object"], key=r["id"], **attrs)
    return G
