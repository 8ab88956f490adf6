"""kg.export.html: the explorer page, without a browser (see test_browser.py for that;
test_html_view.py for its view model, test_html_layout.py for its layout)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from test_html_view import edge

from kg.export import html
from kg.export.html import generate_html, graph_to_view, view_json, write_html

XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">&amp;'


class PageStructure(HTMLParser):
    """The tags of a page, with the text of each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(page: str) -> PageStructure:
    parser = PageStructure()
    parser.feed(page)
    parser.close()
    return parser


def embedded_view(page: str) -> dict:
    [(_, text)] = [s for s in parse(page).scripts if s[0].get("type") == "application/json"]
    return json.loads(text)


def graph_fingerprint(G: nx.MultiDiGraph) -> str:
    return json.dumps({"graph": G.graph, "nodes": sorted(G.nodes(data=True)),
                       "edges": sorted(G.edges(keys=True, data=True))}, sort_keys=True, default=str)


def test_view_does_not_mutate_the_graph(contract_graph):
    before = graph_fingerprint(contract_graph)
    snapshot = copy.deepcopy(contract_graph)
    graph_to_view(contract_graph)
    generate_html(contract_graph)
    assert graph_fingerprint(contract_graph) == before
    assert nx.utils.graphs_equal(contract_graph, snapshot)


def test_empty_graph_renders():
    G = nx.MultiDiGraph(documents=[])
    view = graph_to_view(G)
    assert view["nodes"] == [] and view["edges"] == []
    assert "kg-data" in generate_html(G)


# ----------------------------------------------------------------------------- page

def test_news_text_cannot_break_out_of_the_json(contract_graph):
    G = contract_graph.copy()
    G.nodes["hamas"]["name"] = "Hamas " + XSS
    G.nodes["hamas"]["aliases"] = [XSS]
    G.graph["documents"] = [dict(d, title=d["title"] + XSS) for d in G.graph["documents"]]
    G.edges["israel", "hamas", "a.txt#r1"]["evidence"] = "Israeli jets struck " + XSS
    text = view_json(graph_to_view(G))
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e" in text
    page = generate_html(G)
    head, rest = page.split('<script type="application/json" id="kg-data">')
    data, tail = rest.split("</script>", 1)
    assert "__pwned" in data and "__pwned" not in head + tail  # news text only inside the escaped JSON
    structure = parse(page)
    assert [t for t, _ in structure.tags if t in ("script", "img")] == ["script", "script", "script"]
    view = embedded_view(page)
    hamas = next(n for n in view["nodes"] if n["id"] == "hamas")
    assert hamas["label"] == "Hamas " + XSS  # the browser gets the original text back, to show as text
    assert edge(view, "israel", "ASSAULT", "hamas")["evidence"][0]["sentence"] == "Israeli jets struck " + XSS


def test_same_graph_same_bytes(contract_graph):
    first = generate_html(contract_graph)
    assert generate_html(contract_graph) == first
    # same graph built in another insertion order
    G = nx.MultiDiGraph(**copy.deepcopy(contract_graph.graph))
    for n, d in reversed(list(contract_graph.nodes(data=True))):
        G.add_node(n, **copy.deepcopy(d))
    for u, v, k, d in reversed(list(contract_graph.edges(keys=True, data=True))):
        G.add_edge(u, v, key=k, **copy.deepcopy(d))
    assert generate_html(G) == first


def test_page_is_self_contained(contract_graph):
    page = generate_html(contract_graph)
    structure = parse(page)
    for tag, attrs in structure.tags:
        assert tag not in ("link", "iframe", "object", "embed", "base"), tag
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            assert name not in attrs, (tag, attrs)
    assert len(structure.scripts) == 3
    for host in ("cdnjs", "jsdelivr", "unpkg", "googleapis"):
        assert host not in page
    assert not re.search(r"""url\(\s*(?!['"]?data:)""", page.split('id="kg-data"')[0]), "only data: URLs in CSS"
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert "vis-network" in structure.scripts[1][1][:200]  # vis-network itself is inlined


def test_csp_allows_exactly_the_inline_scripts(contract_graph):
    page = generate_html(contract_graph)
    structure = parse(page)
    [csp] = [a["content"] for t, a in structure.tags
             if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [text for attrs, text in structure.scripts if "type" not in attrs]
    assert hashes == {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in code}


def test_write_html_writes_only_the_file(contract_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out" / "graph.html"
    out.parent.mkdir()
    write_html(contract_graph, out)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["out", "out/graph.html"]
    assert out.read_text(encoding="utf-8") == generate_html(contract_graph)
    assert not (Path(os.getcwd()) / "lib").exists()


# ----------------------------------------------------------------------------- view JSON

def _stdlib_view_json(view) -> str:
    text = json.dumps(view, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x7f", "\\u007f"))


TRICKY_VIEW = {
    "zeta": [1, -0.0, 0.1, 0.30000000000000004, 12.5, 2 ** 62, True, None],
    "alpha": {"é": "caf\u00e9 \u2028 \u2029 \U0001F600 \x00 \x1f \x7f \"q\" \\ </script> & <!--",
              "B": [{"b": 1, "a": 2}], "": ""},
}


def test_view_json_is_the_standard_librarys_text(contract_graph, monkeypatch):
    """orjson (when installed) writes what json.dumps would, and hands it what it cannot."""
    import datetime
    view = graph_to_view(contract_graph)
    expected = _stdlib_view_json(view)
    assert view_json(view) == expected
    assert view_json(TRICKY_VIEW) == _stdlib_view_json(TRICKY_VIEW)

    class Name(str):
        def __str__(self):
            return "shown"

    odd = {"when": datetime.date(2024, 1, 2), "big": 2 ** 70, "name": Name("kept"), "path": Path("a/b")}
    assert view_json(odd) == _stdlib_view_json(odd)
    for v in (view, TRICKY_VIEW, odd):   # the page's bytes: the same text
        assert html._view_json_bytes(v) == _stdlib_view_json(v).encode("utf-8")
    monkeypatch.setattr(html, "orjson", None)
    assert view_json(view) == expected
    assert html._view_json_bytes(TRICKY_VIEW) == _stdlib_view_json(TRICKY_VIEW).encode("utf-8")
