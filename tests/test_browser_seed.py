"""The seed corpus's own graph.html in a real headless Chromium, opened from disk."""

from __future__ import annotations

import json

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, Page, sync_api  # skips when Chromium is absent

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def seed_page(seed_build):
    out, _ = seed_build
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = Page(context.new_page(), (out / "graph.html").resolve().as_uri())
        yield page, json.loads((out / "graph.json").read_text(encoding="utf-8"))
        browser.close()


def test_seed_page_loads_offline_with_every_actor(seed_page):
    page, data = seed_page
    assert page.js("() => window.kgExplorer.nodeCount()") == len(data["actors"])
    assert page.errors == []
    assert page.foreign_requests() == []


def test_seed_search_focuses_the_actor(seed_page):
    page, data = seed_page
    page.page.fill("#kg-search-input", "Netanyahu")
    page.page.press("#kg-search-input", "Enter")
    assert page.js("() => window.kgExplorer.selectedNodes()") == ["benjamin-netanyahu"]
    assert page.page.inner_text("#kg-panel h2") == "Benjamin Netanyahu"


def test_seed_edge_shows_its_evidence(seed_page):
    page, data = seed_page
    edge_id = page.js("""() => window.kgExplorer.network.body.data.edges.get({
        filter: e => e.from === 'hamas' && e.to === 'israel' && e.label === 'ASSAULT'})[0].id""")
    page.js("() => window.kgExplorer.fit()")
    page.click_at(page.js("id => window.kgExplorer.edgeDOMPoint(id)", edge_id))
    assert page.js("() => window.kgExplorer.selectedEdges()") == [edge_id]
    sentences = page.js("() => [...document.querySelectorAll('[data-kg=sentence]')].map(q => q.textContent)")
    expected = {r["evidence"] for r in data["relations"]
                if (r["subject"], r["predicate"], r["object"]) == ("hamas", "ASSAULT", "israel")}
    assert set(sentences) == expected
