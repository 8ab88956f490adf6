"""``--ontology DIR`` reaches every output: a build of the seed corpus with a modified copy of
``ontology/`` (a new predicate, another colour, a new named query) shows it in each file and in
``kg query``."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser

import networkx as nx
import pytest
import rdflib
from rdflib import RDF, Literal, URIRef

from kg.cli import main
from kg.errors import OntologyError
from kg.export.rdf import validate_rdf
from kg.namespace import KG, KG_NS, actor_iri
from kg.ontology import load_ontology
from kg.pipeline import build, write_outputs

REPO = __import__("pathlib").Path(__file__).resolve().parent.parent
COLOUR = "#123456"
BLOCKADE = URIRef(KG_NS + "blockade")
QUERY = """# Blockades: who blockaded whom (asserted BLOCKADE relations)
SELECT ?who ?whom WHERE { ?a kg:blockade ?b . ?a rdfs:label ?who . ?b rdfs:label ?whom } ORDER BY ?who ?whom
"""


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def ontology_dir(tmp_path_factory):
    """A copy of ontology/ with BLOCKADE (a coercion event) that "issue evacuation order for" now
    codes, States drawn in another colour, kg:blockade allowed by the shapes, and a named query."""
    root = tmp_path_factory.mktemp("user") / "ontology"
    shutil.copytree(REPO / "ontology", root)
    with (root / "predicates.tsv").open("a", encoding="utf-8") as fh:
        fh.write("BLOCKADE\tcoercion\tevent\tCOERCE\t191\tblockaded\tclose a port, border or city to\n")
    edit(root / "lexicon" / "verbs.tsv", "issue evacuation order for\tCOERCE\t17",
         "issue evacuation order for\tBLOCKADE\t191")
    style = json.loads((root / "style.json").read_text(encoding="utf-8"))
    style["types"]["State"]["color"] = COLOUR
    (root / "style.json").write_text(json.dumps(style), encoding="utf-8")
    edit(root / "shapes.ttl", "kg:affiliatedWith kg:locatedIn ) ;", "kg:affiliatedWith kg:locatedIn kg:blockade ) ;")
    (root / "queries" / "blockades.rq").write_text(QUERY, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(ontology_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("user-build")
    build(REPO / "corpus", out, ontology=ontology_dir)
    return out


def blockades(relations):
    return [r for r in relations if r["predicate"] == "BLOCKADE"]


@pytest.mark.model
def test_graph_json_carries_the_new_predicate(built):
    data = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    [r] = blockades(data["relations"])
    assert (r["subject"], r["object"], r["family"], r["cameo"], r["trigger"]) == (
        "israel", "khan-yunis-ps", "coercion", "191", "issued")


@pytest.mark.model
def test_graphml_carries_the_new_predicate(built):
    G = nx.read_graphml(built / "graph.graphml", force_multigraph=True)
    [(u, v, family)] = [(u, v, d["family"]) for u, v, d in G.edges(data=True) if d["predicate"] == "BLOCKADE"]
    assert (u, v, family) == ("israel", "khan-yunis-ps", "coercion")


@pytest.mark.model
def test_graph_ttl_has_the_property_and_its_family(built, ontology_dir):
    g = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    israel, khan_yunis = URIRef(actor_iri("israel")), URIRef(actor_iri("khan-yunis-ps"))
    assert (israel, BLOCKADE, khan_yunis) in g
    [r] = g.subjects(KG.predicate, BLOCKADE)
    assert (r, KG.family, Literal("coercion")) in g
    assert (r, RDF.type, KG.Event) in g
    conforms, report = validate_rdf(g, load_ontology(ontology_dir))   # the ontology's own shapes
    assert conforms, report
    assert not validate_rdf(g)[0]                                     # the repository's do not know kg:blockade


class _Data(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.text = False, ""

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and dict(attrs).get("id") == "kg-data"

    def handle_data(self, data):
        if self.inside:
            self.text += data

    def handle_endtag(self, tag):
        self.inside = False


@pytest.mark.model
def test_graph_html_has_the_colour_and_the_label(built):
    parser = _Data()
    parser.feed((built / "graph.html").read_text(encoding="utf-8"))
    view = json.loads(parser.text)
    states = [n for n in view["nodes"] if n["type"] == "State"]
    assert states and {n["color"] for n in states} == {COLOUR}
    assert next(t for t in view["legend"]["types"] if t["type"] == "State")["color"] == COLOUR
    [edge] = [e for e in view["edges"] if e["predicate"] == "BLOCKADE"]
    assert (edge["from"], edge["to"], edge["verb"], edge["family"]) == (
        "israel", "khan-yunis-ps", "blockaded", "coercion")


@pytest.mark.model
def test_kg_query_lists_and_runs_the_new_query(built, ontology_dir, capsys):
    assert main(["query", "--ontology", str(ontology_dir), "--list"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"^blockades +Blockades: who blockaded whom \(asserted BLOCKADE relations\)$", listed, re.M)
    assert "who-met-whom" in listed
    assert main(["query", str(built / "graph.ttl"), "--ontology", str(ontology_dir), "--name", "blockades",
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out == "who,whom\nIsrael,Khan Yunis\n"
    assert main(["query", str(built / "graph.ttl"), "--name", "blockades"]) == 1   # not a query of ontology/
    assert "unknown query name 'blockades'" in capsys.readouterr().err


def test_the_forked_writers_use_the_ontology_too(contract_graph, ontology_dir, tmp_path):
    G = contract_graph.copy()
    base = dict(G.edges["israel", "khan-yunis-ps", "a.txt#r7"])
    G.add_edge("israel", "khan-yunis-ps", key="b1", **{**base, "id": "b1", "predicate": "BLOCKADE"})
    write_outputs(G, tmp_path, ontology=load_ontology(ontology_dir), processes=2)   # two forked writer processes
    assert "kg:blockade actor:khan-yunis-ps" in (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert COLOUR in page and '"verb":"blockaded"' in page


def test_kg_query_names_a_bad_ontology_folder(tmp_path, capsys):
    assert main(["query", "--ontology", str(tmp_path / "nowhere"), "--list"]) == 1
    assert "ontology folder not found" in capsys.readouterr().err


def test_an_ontology_without_a_style_is_refused_with_the_file_named(tmp_path):
    root = tmp_path / "ontology"
    shutil.copytree(REPO / "ontology", root, ignore=shutil.ignore_patterns("actors"))
    (root / "style.json").unlink()
    with pytest.raises(OntologyError, match="style.json"):
        load_ontology(root)
