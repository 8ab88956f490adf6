"""Hostile input, signals and queries (issue #18): nothing crashes a build, hangs the
machine, leaves orphans or loses an article silently.

Each case was a failure before it was fixed; the sections follow the issue's list.
A 2 MB article is built by the last test (a minute); a 100 MB one is too slow for the suite.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg import pipeline

REPO = Path(__file__).resolve().parent.parent
SEED = sorted((REPO / "corpus").glob("*.txt"))

# -- a corpus of hostile text: every writer's file is valid --------------------------------------

CONTROLS = "".join(map(chr, range(0, 9))) + "\x0b\x0c" + "".join(map(chr, range(14, 32))) + "\x7f\x85"
HOSTILE_TXT = {
    "controls.txt": f"Israel strikes{CONTROLS} Rafah\n\nThe United States\x0b met Qatar\x0c in Doha.\x00 Hamas\x1b "
                    "rejected the truce\ufffe\uffff.\n",
    "bom.txt": "\ufeffIsrael hits Gaza\n\nThe United States met Qatar in Doha.\n",
    "crlf.txt": "Egypt hosts talks\r\n\r\nEgypt met Hamas in Cairo. Israel struck Rafah.\r\n",
    "cr.txt": "Qatar hosts talks\r\rQatar met Hamas in Doha.\r",
    "marks.txt": "\u200fIsrael\u200e strikes \u202eRafah\u202c\n\nQatar\u2028 met Egypt.\u2029 Iran condemned "
                 "Israel \U0001F1EE\U0001F1F1. Cafe\u0301 talks.\n",
    "markup.txt": "<script>alert(1)</script> ]]> &amp; \"Israel\"\n\nIsrael struck <b>Rafah</b> & Gaza.\n",
    # one sentence of about 10,000 characters that states a real attack (Israel ASSAULT Rafah)
    "long-sentence.txt": "A long one\n\n" + "Israel struck Rafah with " + "rockets and " * 840 + "shells.\n",
    "headline.txt": "Only a headline about Israel",
    "empty.txt": "",
    "blank.txt": " \n\t\n",
}
HOSTILE_JSONL = [
    '{"id": "surrogates", "text": "Israel \\ud800 struck Rafah. Hamas \\udfff fled.", "title": "x\\ud800"}',
    '{"id": "nul \\u0000 <id> & \\"q\\"", "text": "Israel\\u0000 struck Rafah.\\r\\nHamas fled.", '
    '"title": "T\\u0001", "url": "javascript:alert(1)", "date": "not a date", "source": "\\"S\\" <x>"}',
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile corpus built on the fast path and the plain one: (corpus, out, graph, warnings)."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in HOSTILE_TXT.items():
        (corpus / name).write_bytes(text.encode("utf-8", "surrogatepass"))
    (corpus / "feed.jsonl").write_text("\n".join(HOSTILE_JSONL) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = pipeline.build(corpus, root / "out")
        pipeline.build(corpus, root / "plain", plain=True)
    return corpus, root / "out", result.graph, [str(w.message) for w in caught]


def _raw_texts(corpus: Path) -> dict[str, str]:
    texts = {p.name: p.read_bytes().decode("utf-8").removeprefix("\ufeff") for p in corpus.glob("*.txt")}
    for line in (corpus / "feed.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"].replace("\ud800", "\ufffd")] = record["text"].replace("\ud800", "\ufffd").replace(
            "\udfff", "\ufffd")
    return texts


@pytest.mark.model
def test_every_article_is_built_or_skipped_with_a_warning(hostile):
    corpus, out, G, messages = hostile
    ids = [d["id"] for d in G.graph["documents"]]
    assert sorted(ids) == sorted([n for n in HOSTILE_TXT if n not in ("empty.txt", "blank.txt")]
                                 + ["surrogates", 'nul \x00 <id> & "q"'])
    assert any("empty article" in m and "empty.txt" in m for m in messages)
    assert any("empty article" in m and "blank.txt" in m for m in messages)
    assert any("surrogate" in m and "line 1" in m for m in messages)
    titles = {d["id"]: d["title"] for d in G.graph["documents"]}
    assert titles["bom.txt"] == "Israel hits Gaza" and titles["crlf.txt"] == "Egypt hosts talks"
    assert titles["cr.txt"] == "Qatar hosts talks"


@pytest.mark.model
def test_the_plain_path_writes_the_same_files(hostile):
    _, out, _, _ = hostile
    for name in ("graph.json", "graph.ttl", "graph.graphml", "graph.html"):
        assert (out / name).read_bytes() == (out.parent / "plain" / name).read_bytes(), name


@pytest.mark.model
def test_offsets_index_each_article_s_own_text(hostile):
    corpus, out, _, _ = hostile
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    texts = _raw_texts(corpus)
    mentions = [m for a in data["actors"] for m in a["mentions"]]
    assert {m["doc"] for m in mentions} >= {"crlf.txt", "cr.txt", "bom.txt", "controls.txt", "marks.txt"}
    for m in mentions:
        assert texts[m["doc"]][m["start"]:m["end"]] == m["text"], m
    for r in data["relations"]:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["evidence"], r
        assert texts[r["doc"]][r["trigger_start"]:r["trigger_end"]] == r["trigger"], r
    assert {r["doc"] for r in data["relations"]} >= {"crlf.txt", "bom.txt", "long-sentence.txt"}


@pytest.mark.model
def test_graphml_is_valid_xml_with_what_xml_cannot_hold_replaced(hostile):
    _, out, _, _ = hostile
    text = (out / "graph.graphml").read_text(encoding="utf-8")
    ET.fromstring(text.encode("utf-8"))                    # a strict XML 1.0 parser
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)
    titles = {d["id"]: d["title"] for d in json.loads(H.graph["documents"])}
    assert titles["controls.txt"] == f"Israel strikes{CONTROLS} Rafah"      # a JSON string: escaped
    evidence = {d["evidence"] for _, _, d in H.edges(data=True) if d["doc"] == "controls.txt"}
    assert "The United States\ufffd met Qatar\ufffd in Doha.\ufffd Hamas\ufffd rejected the truce\ufffd\ufffd." \
        in evidence                                                        # replaced, the length kept


@pytest.mark.model
@pytest.mark.parametrize("fmt,name,parse_as", [("turtle", "graph.ttl", "turtle"), ("nt", "graph.nt", "nt"),
                                                ("json-ld", "graph.jsonld", "json-ld")])
def test_every_rdf_format_parses(hostile, tmp_path, fmt, name, parse_as):
    _, _, G, _ = hostile
    pipeline.write_outputs(G, tmp_path, rdf_format=fmt)
    g = rdflib.Graph().parse(tmp_path / name, format=parse_as)
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / name), format={"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                                                       "json-ld": ox.RdfFormat.JSON_LD}[fmt])
    assert len(g) == len(store) > 100
    literals = {str(o) for o in g.objects() if isinstance(o, rdflib.Literal)}
    assert any("\x00" in x for x in literals)       # escaped, not lost


@pytest.mark.model
def test_json_and_html_hold_the_text_escaped(hostile):
    _, out, _, _ = hostile
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert any(d["title"] == "T\x01" for d in data["documents"])
    page = (out / "graph.html").read_text(encoding="utf-8")

    class Scripts(HTMLParser):
        data: list[str] = []

        def handle_data(self, text):
            if self.lasttag == "script":
                self.data.append(text)

    parser = Scripts()
    parser.feed(page)
    view = next(json.loads(s) for s in parser.data if s.lstrip().startswith("{"))
    assert view["nodes"] and view["edges"]
    blob = next(s for s in parser.data if s.lstrip().startswith("{"))
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", blob)
    assert "</script>" not in blob.lower()


# -- signals: SIGTERM is Ctrl-C, and no worker outlives kg --------------------------------------------

def _children(pid: int) -> set[int]:
    """The child processes of ``pid`` (Linux /proc)."""
    out = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(x) for x in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _busy_build(tmp_path: Path, *options: str) -> tuple[subprocess.Popen, Path, set[int]]:
    """``kg build`` of 40 articles with two worker processes, once both are parsing:
    (the process, its --out, its workers)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"{i:02}.txt").write_bytes(SEED[i % len(SEED)].read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", "2",
                             "--batch-size", "1", "--no-cache", "--quiet", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # Ctrl-C as in a terminal: a shell's background job (CI runners, `cmd &`)
                            # starts with SIGINT ignored, and a Python started so keeps ignoring it
                            preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.2)
    assert len(workers) >= 2, proc.communicate()
    time.sleep(1.0)                                   # the workers are parsing now
    return proc, out, workers


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum,code,line", [(signal.SIGTERM, 143, "kg: terminated (SIGTERM)"),
                                              (signal.SIGINT, 130, "kg: interrupted")])
def test_sigterm_stops_a_build_as_ctrl_c_does(tmp_path, signum, code, line):
    proc, out, workers = _busy_build(tmp_path)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code
    assert err.strip().splitlines() == [line] and "Traceback" not in err
    assert not [p for p in workers if _alive(p)]
    assert not list(out.glob(".kg-build-*"))


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_build_and_the_next_build_clears_its_folder(tmp_path):
    proc, out, workers = _busy_build(tmp_path)
    proc.kill()                                       # SIGKILL: no handler runs in kg
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and [p for p in workers if _alive(p)]:
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)]
    leftover = out / f".kg-build-{proc.pid}-x"        # as a build killed while writing leaves it
    leftover.mkdir(parents=True, exist_ok=True)
    (leftover / "graph.json").write_text("{}")
    res = subprocess.run([sys.executable, "-m", "kg", "build", str(REPO / "corpus"), "--out", str(out),
                          "--no-cache", "--quiet"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["events.jsonl", "graph.graphml", "graph.html", "graph.json", "graph.ttl"]


@pytest.mark.model
def test_a_2_mb_article_builds_in_pieces_with_bounded_memory(tmp_path):
    """A single 2 MB article (a minute on one CPU): built in pieces, a warning naming it, every
    mention offset into its own text, and the build's peak memory well under 1.5 GB (724 MB measured)."""
    paragraphs = [p for f in sorted((REPO / "corpus").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    text, i = "A very long article\n", 0
    while len(text) < 2_000_000:
        text += "\n\n" + paragraphs[i % len(paragraphs)]
        i += 1
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "big.txt").write_text(text, encoding="utf-8")
    build = [sys.executable, "-m", "kg", "build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"),
             "--no-cache", "--quiet"]
    # the build's own peak, measured by a fresh parent (this process's children include other tests' builds)
    measure = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")
    r = subprocess.run([sys.executable, "-c", measure, *build], capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert "'big.txt' has 2,0" in r.stderr and "pieces" in r.stderr
    assert int(r.stdout.split()[-1]) < 1_500_000   # KB
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    mentions = [m for a in data["actors"] for m in a["mentions"]]
    assert len(mentions) > 1000
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
