"""The HTML explorer in a real headless Chromium (Playwright), opened from disk.

Skipped when /usr/bin/chromium is absent; CI installs it (apt-get install chromium).
"""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import write_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install playwright)")

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SVG = "<svg onload=alert(1)>"
XSS = f"{XSS_SCRIPT}{XSS_IMG}{XSS_SVG}"


class Page:
    """A loaded explorer page and everything it did: requests, console errors, dialogs."""

    def __init__(self, page, url: str):
        self.page, self.url = page, url
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        page.goto(url)
        page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=60_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith(("data:", "blob:"))]

    def click_at(self, point: dict) -> None:
        self.page.mouse.click(point["x"], point["y"])

    def hover_at(self, point: dict) -> None:
        self.page.mouse.move(point["x"], point["y"])

    def panel(self) -> str:
        text = self.page.inner_text("#kg-panel")
        assert not {"null", "undefined", "NaN", "[object"} & set(text.replace("[", " [").split()), text
        return text


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_graph(browser, tmp_path):
    contexts = []

    def open_(G: nx.MultiDiGraph, name: str = "graph.html") -> Page:
        path = tmp_path / name
        write_html(G, path)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        return Page(context.new_page(), path.resolve().as_uri())

    yield open_
    for context in contexts:
        context.close()


def test_loads_offline_without_errors(open_graph, contract_graph):
    page = open_graph(contract_graph)
    assert page.js("() => window.kgExplorer.nodeCount()") == contract_graph.number_of_nodes()
    assert page.js("() => window.kgExplorer.drawnNodeCount()") == contract_graph.number_of_nodes()
    assert page.js("() => window.kgExplorer.edgeCount()") == 11
    assert page.js("() => document.querySelector('#kg-network canvas') !== null")
    page.page.wait_for_timeout(300)
    assert page.errors == []
    assert page.foreign_requests() == []
    assert "10 actors · 11 relations · 3 articles" in page.page.inner_text("#kg-stats")


@pytest.mark.parametrize("query, expected", [
    ("Benjamin Netanyahu", "netanyahu"),
    ("netanyahu", "netanyahu"),
    ("IDF", "idf"),          # alias
    ("doha", "qatar"),       # alias, any case
    ("United", "un"),        # prefix
])
def test_search_box_focuses_the_actor(open_graph, contract_graph, query, expected):
    page = open_graph(contract_graph)
    page.page.fill("#kg-search-input", query)
    assert page.page.is_visible("#kg-search-results li")
    page.page.press("#kg-search-input", "Enter")
    assert page.js("() => window.kgExplorer.selectedNodes()") == [expected]
    name = contract_graph.nodes[expected]["name"]
    assert page.page.inner_text("#kg-panel h2") == name
    assert page.errors == []


def test_clicking_a_node_shows_who_it_is(open_graph, contract_graph):
    page = open_graph(contract_graph)
    page.click_at(page.js("() => window.kgExplorer.nodeDOMPoint('israel')"))
    assert page.js("() => window.kgExplorer.selectedNodes()") == ["israel"]
    text = page.panel()
    for expected in ("Israel", "State", "Tel Aviv", "Israeli", "ISR", "Benjamin Netanyahu", "prime minister"):
        assert expected in text, expected
    assert page.page.inner_text("[data-kg=mentions]").startswith("3")
    links = page.js("() => [...document.querySelectorAll('#kg-panel a')].map(a => [a.textContent, a.href])")
    assert links == [["Wikidata Q801", "https://www.wikidata.org/wiki/Q801"],
                     ["GeoNames 294640", "https://www.geonames.org/294640"]]
    assert page.foreign_requests() == []


def test_clicking_an_edge_shows_its_evidence(open_graph, contract_graph):
    page = open_graph(contract_graph)
    edge_id = page.js("""() => window.kgExplorer.network.body.data.edges.get({
        filter: e => e.from === 'israel' && e.to === 'hamas' && e.label === 'ASSAULT'})[0].id""")
    page.click_at(page.js("id => window.kgExplorer.edgeDOMPoint(id)", edge_id))
    assert page.js("() => window.kgExplorer.selectedEdges()") == [edge_id]
    sentences = page.js("() => [...document.querySelectorAll('[data-kg=sentence]')].map(q => q.textContent)")
    assert sentences == [
        "Israeli jets struck Hamas positions in Khan Yunis on Tuesday.",
        "Israel did not strike Hamas targets overnight, the army said.",
        "Israel bombed Hamas tunnels near Rafah.",
    ]
    titles = page.js("() => [...document.querySelectorAll('[data-kg=article]')].map(a => a.textContent)")
    assert titles == ["Israeli strikes hit Khan Yunis as truce talks stall"] * 2 + [
        "Egypt and Qatar press Hamas and Israel on a ceasefire"]
    assert page.js("() => [...document.querySelectorAll('[data-kg=modality]')].map(b => b.textContent)") == ["negated"]
    assert "according to Israel Defense Forces" in page.panel()
    assert page.js("() => [...document.querySelectorAll('#kg-panel mark')].map(m => m.textContent)") == [
        "struck", "strike", "bombed"]


def test_every_edge_can_be_clicked(open_graph, contract_graph):
    page = open_graph(contract_graph)
    for edge_id in page.js("() => window.kgExplorer.edgeIds()"):
        page.js("() => window.kgExplorer.fit()")
        page.click_at(page.js("id => window.kgExplorer.edgeDOMPoint(id)", edge_id))
        assert page.js("() => window.kgExplorer.selectedEdges()") == [edge_id]
        assert page.page.query_selector_all("[data-kg=sentence]")


def test_filters_by_family_type_and_article(open_graph, contract_graph):
    page = open_graph(contract_graph)
    page.page.click("input[data-family=violence]")
    assert page.js("() => window.kgExplorer.visibleEdgeCount()") == 9
    page.page.click("input[data-type=Group]")
    # without groups: no Hamas, IDF, UN; relations left: Egypt→Israel, Israel→Khan Yunis, Khan Yunis→Palestine
    assert page.js("() => window.kgExplorer.visibleNodeCount()") == 7
    assert page.js("() => window.kgExplorer.visibleEdgeCount()") == 3
    page.page.click("#kg-reset")
    page.page.select_option("#kg-filter-doc", "c.txt")
    assert sorted(page.js("() => window.kgExplorer.nodeIds()")) == ["israel", "jordan", "un"]
    assert page.js("() => window.kgExplorer.visibleEdgeCount()") == 1
    page.page.check("#kg-filter-isolated")
    assert sorted(page.js("() => window.kgExplorer.nodeIds()")) == ["israel", "un"]
    page.page.click("#kg-reset")
    page.page.check("#kg-filter-asserted")
    assert page.js("() => window.kgExplorer.visibleEdgeCount()") == 10  # Netanyahu's future threat is hidden
    assert "Showing 10 of 10 actors · 10 of 11 relations" in page.page.inner_text("#kg-stats")
    # searching a filtered-out actor brings it back
    page.page.click("#kg-reset")
    page.page.click("input[data-type=Person]")
    assert page.js("() => window.kgExplorer.focus('Netanyahu')") == "netanyahu"
    assert page.js("() => window.kgExplorer.visibleNodeCount()") == 10
    assert page.errors == []


def xss_graph(base: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The contract graph with hostile text in every name, alias, title, role and sentence."""
    G = nx.MultiDiGraph(documents=[dict(d, title=f"{d['title']} {XSS}", source=XSS, date=XSS)
                                   for d in base.graph["documents"]], model=XSS)
    rename = {n: (f"{n}{XSS_SCRIPT}" if n == "hamas" else n) for n in base.nodes}
    for n, d in base.nodes(data=True):
        G.add_node(rename[n], **dict(
            d, name=f"{d['name']} {XSS}", aliases=[*d["aliases"], XSS], kind=XSS,
            ids=dict(d["ids"], iso3=XSS),
            affiliations=[dict(a, role=XSS, start=XSS) for a in d["affiliations"]]))
    for u, v, k, d in base.edges(keys=True, data=True):
        G.add_edge(rename[u], rename[v], key=k, **dict(
            d, evidence=f"{d['evidence']} {XSS}", predicate=f"{d['predicate']}{XSS_IMG}", role=XSS,
            source=d["source"] and rename[d["source"]]))
    return G


def test_news_text_is_never_run_as_html(open_graph, contract_graph):
    G = xss_graph(contract_graph)
    page = open_graph(G)
    assert page.js("() => window.kgExplorer.nodeCount()") == G.number_of_nodes()
    tooltips = []
    for node_id in page.js("() => window.kgExplorer.nodeIds()"):
        page.js("() => window.kgExplorer.fit()")
        point = page.js("id => window.kgExplorer.nodeDOMPoint(id)", node_id)
        page.hover_at(point)
        page.page.wait_for_timeout(350)
        tooltips.append(page.js("() => (document.querySelector('div.vis-tooltip') || {}).textContent || ''"))
        page.click_at(point)
        assert page.js("() => window.kgExplorer.selectedNodes()") == [node_id]
        assert XSS_SCRIPT in page.panel()
    for edge_id in page.js("() => window.kgExplorer.edgeIds()"):
        page.js("() => window.kgExplorer.fit()")
        point = page.js("id => window.kgExplorer.edgeDOMPoint(id)", edge_id)
        page.hover_at(point)
        page.page.wait_for_timeout(350)
        tooltips.append(page.js("() => (document.querySelector('div.vis-tooltip') || {}).textContent || ''"))
        page.click_at(point)
        assert page.js("() => window.kgExplorer.selectedEdges()") == [edge_id]
        assert XSS_IMG in page.panel()
    assert sum(XSS_SCRIPT in t for t in tooltips) >= G.number_of_nodes()  # shown as text
    page.page.fill("#kg-search-input", "script")
    assert XSS_SCRIPT in page.page.inner_text("#kg-search-results")
    page.page.press("#kg-search-input", "Enter")
    page.page.select_option("#kg-filter-doc", index=1)
    page.page.wait_for_timeout(200)
    assert page.js("() => window.__pwned") is None
    assert page.js("() => document.querySelectorAll('img, svg [onload], [onerror]').length") == 0
    assert page.dialogs == []
    assert page.errors == []
    assert page.foreign_requests() == []


def large_graph(n_actors: int = 1200, n_relations: int = 1800, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    types = ["State", "Group", "Official", "Person", "Place"]
    preds = [("ASSAULT", "violence"), ("COERCE", "coercion"), ("ACCUSE", "verbal conflict"),
             ("CONSULT", "cooperation"), ("AFFILIATED_WITH", "structural")]
    docs = [{"id": f"d{i:03}.txt", "title": f"Article {i}", "date": "2024-01-01", "url": None, "source": None}
            for i in range(60)]
    G = nx.MultiDiGraph(documents=docs, model="test")
    scaffold = nx.barabasi_albert_graph(n_actors, 1, seed=seed)
    for i in range(n_actors):
        doc = docs[i % len(docs)]["id"]
        G.add_node(f"a{i:04}", name=f"Actor {i}", type=types[i % 5], aliases=[f"Actor {i}", f"A-{i}"],
                   mentions=[{"doc": doc, "text": f"Actor {i}", "start": 0, "end": 5}], ids={},
                   lat=None, lon=None, country=None, affiliations=[], kind=None)
    pairs = list(scaffold.edges())
    while len(pairs) < n_relations:
        pairs.append((rng.randrange(n_actors), rng.randrange(n_actors)))
    for r, (u, v) in enumerate(pairs):
        if u == v:
            continue
        pred, fam = preds[r % 5]
        G.add_edge(f"a{u:04}", f"a{v:04}", key=f"r{r}", id=f"r{r}", predicate=pred, family=fam,
                   doc=docs[r % len(docs)]["id"], evidence=f"Actor {u} did something to Actor {v}.",
                   start=0, end=10, trigger="did", trigger_start=8, trigger_end=11, asserted=True,
                   modality="asserted", role=None, source=None, confidence=0.5)
    return G


def test_a_thousand_actors_open_and_stay_usable(open_graph):
    G = large_graph()
    page = open_graph(G)
    assert page.js("() => window.kgExplorer.nodeCount()") == G.number_of_nodes() == 1200
    assert page.js("() => window.kgExplorer.drawnNodeCount()") == 1200
    assert page.js("() => window.kgExplorer.network.physics.physicsEnabled") is False
    assert page.js("() => window.kgExplorer.focus('Actor 77')") == "a0077"
    page.page.wait_for_timeout(600)
    assert page.js("() => window.kgExplorer.selectedNodes()") == ["a0077"]
    assert page.errors == []
    assert page.foreign_requests() == []
