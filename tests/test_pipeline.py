"""The extraction path: streaming, parallel parsing, the fast matchers, the build options.

End-to-end tests use the real model on copies of corpus/ (a few articles each).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import pipeline
from kg.errors import KgError

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html")


def corpus_copy(dest: Path, *, extra: bool = False) -> Path:
    """corpus/ (plus, with ``extra``, the generalisation articles) copied to ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(f, dest / f.name)
    if extra:
        for f in sorted((REPO / "tests" / "generalisation" / "corpus").glob("*.txt"))[:3]:
            shutil.copy(f, dest / f"g_{f.name}")
    return dest


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A plain build (one process, no cache) of a six-article corpus: (corpus, outputs)."""
    root = tmp_path_factory.mktemp("pipeline")
    corpus = corpus_copy(root / "corpus", extra=True)
    out = root / "out"
    result = pipeline.build(corpus, out)
    assert result.documents == 6 and result.parsed == 6 and result.cached == 0
    return corpus, outputs(out)


# -- parallel parsing -----------------------------------------------------------------------

@pytest.mark.model
def test_two_jobs_write_the_same_files_as_one(reference, tmp_path):
    corpus, expected = reference
    result = pipeline.build(corpus, tmp_path / "out", jobs=2, batch_size=2)   # three batches over two processes
    assert result.parsed == 6
    assert outputs(tmp_path / "out") == expected


@pytest.mark.model
def test_files_written_by_parallel_processes_are_the_same(reference, tmp_path):
    """write_outputs forks one process per file (up to the CPUs): same bytes as one process."""
    corpus, expected = reference
    G = pipeline.build_corpus_graph(corpus)
    for processes in (1, 2, 4):
        files = pipeline.write_outputs(G, tmp_path / str(processes), processes=processes)
        assert [f.name for f in files] == sorted(OUTPUTS)
        assert outputs(tmp_path / str(processes)) == expected
    assert pipeline.write_processes(G) == 1       # a small graph: forking would cost more than it saves


@pytest.mark.model
def test_a_writer_failing_in_a_child_process_keeps_the_previous_files(reference, tmp_path, monkeypatch):
    from kg.errors import ExportError
    corpus, expected = reference
    G = pipeline.build_corpus_graph(corpus)
    out = tmp_path / "out"
    pipeline.write_outputs(G, out)

    def broken(*args, **kwargs):
        raise ExportError("disk full (simulated)")

    monkeypatch.setattr("kg.export.graphml.write_graphml", broken)   # inherited by the forked writers
    smaller = G.copy()
    smaller.remove_node(min(G.nodes))
    with pytest.raises(ExportError, match="disk full"):
        pipeline.write_outputs(smaller, out, processes=2)
    assert outputs(out) == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)   # no temporary folder left


@pytest.mark.model
def test_batch_size_does_not_change_the_files(reference, tmp_path):
    corpus, expected = reference
    pipeline.build(corpus, tmp_path / "out", batch_size=1)
    assert outputs(tmp_path / "out") == expected


def test_jobs_auto_is_one_on_a_small_corpus(tmp_path):
    corpus = corpus_copy(tmp_path / "c")
    assert pipeline.auto_jobs(corpus) == 1


# -- streaming ------------------------------------------------------------------------------

@pytest.mark.model
def test_documents_are_read_one_batch_at_a_time(reference, monkeypatch):
    """The first extraction arrives before more than a batch or two of documents is read."""
    corpus, _ = reference
    read = []
    real = pipeline.read_corpus

    def counting(path):
        for doc in real(path):
            read.append(doc.id)
            yield doc

    monkeypatch.setattr(pipeline, "read_corpus", counting)
    stream = pipeline.extract_corpus(corpus, batch_size=2)
    first = next(stream)
    assert first.document.id == sorted(p.name for p in corpus.glob("*.txt"))[0]
    assert len(read) <= 2
    rest = list(stream)
    assert len(rest) == 5 and len(read) == 6


def test_ordered_map_keeps_order_and_bounds_work_in_flight():
    in_flight, peak = [], [0]

    def submit(batch):
        in_flight.append(batch)
        peak[0] = max(peak[0], len(in_flight))
        return batch

    def result(handle):
        in_flight.remove(handle)
        return [x * 10 for x in handle]

    batches = [[1, 2], [], [3], [4, 5], [], [], [6], [7], [8, 9]]
    got = list(pipeline.ordered_map(submit, result, iter(batches), window=2))
    assert got == [[x * 10 for x in b] for b in batches]
    assert peak[0] <= 3          # the window plus the batch just submitted


def test_ordered_map_reads_cached_batches_ahead_of_a_slow_one_within_bounds():
    """Empty (all cached) batches behind a batch in flight are read on, up to ``ahead``."""
    read, events = [], []

    def batches():
        for i, b in enumerate([[1], [], [], [], [], [], [2], []]):
            read.append(i)
            yield b

    def result(handle):
        events.append(("result", handle, len(read)))
        return handle

    got = list(pipeline.ordered_map(lambda b: b, result, batches(), window=1, ahead=4))
    assert got == [[1], [], [], [], [], [], [2], []]
    # the first batch's result was asked for only once four batches were held: it and three cached ones
    assert events[0] == ("result", [1], 5)


def test_large_jsonl_files_are_streamed_with_the_same_documents(tmp_path, monkeypatch):
    from kg import corpus as corpus_module

    lines = [json.dumps({"id": f"n{i}", "text": f"Article {i}.\r\nBody {i}.", "title": f"T{i}"}) for i in range(5)]
    lines.insert(2, "not json")
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    with pytest.warns(corpus_module.CorpusWarning, match="line 3"):
        whole = list(corpus_module.read_corpus(tmp_path))
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 0)
    with pytest.warns(corpus_module.CorpusWarning, match="line 3"):
        streamed = list(corpus_module.read_corpus(tmp_path))
    assert streamed == whole and len(whole) == 5


def test_a_large_jsonl_file_that_is_not_utf8_is_skipped_whole(tmp_path, monkeypatch):
    from kg import corpus as corpus_module

    (tmp_path / "a.jsonl").write_bytes(b'{"id": "1", "text": "fine"}\n{"id": "2", "text": "\xff"}\n')
    (tmp_path / "b.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 0)
    with pytest.warns(corpus_module.CorpusWarning, match="skipping unreadable article"):
        docs = list(corpus_module.read_corpus(tmp_path))
    assert [d.id for d in docs] == ["b.txt"]


# -- the fast matchers give spaCy's Matcher results, order included ------------------------

@pytest.fixture(scope="module")
def nlp_and_kb():
    import spacy

    from kg.ontology import load_ontology
    from kg.parse import DEFAULT_MODEL
    return spacy.load(DEFAULT_MODEL), load_ontology()


def _texts() -> list[str]:
    texts = [f.read_text(encoding="utf-8") for f in sorted((REPO / "corpus").glob("*.txt"))]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    texts.append("US and us. The U.S. and the UN; Hamas's HAMAS hamas. Tel Aviv, tel aviv, TEL AVIV. 2024 IDF")
    return texts


@pytest.mark.model
def test_kb_ruler_matcher_equals_spacy_matcher(nlp_and_kb):
    from spacy.matcher import Matcher

    from kg.parse import LowerIndexMatcher
    nlp, kb = nlp_and_kb
    slow, fast = Matcher(nlp.vocab, validate=False), LowerIndexMatcher(nlp.vocab)
    for p in kb.ruler_patterns(nlp.make_doc):
        key = f"{p['label']}||{p['id']}"
        slow.add(key, [p["pattern"]])
        fast.add(key, [p["pattern"]])
    for text in _texts():
        doc = nlp.make_doc(text)
        assert fast(doc) == slow(doc)


@pytest.mark.model
def test_attribute_ruler_index_equals_spacy_matcher(nlp_and_kb):
    from kg.parse import TokenIndexMatcher
    nlp, _ = nlp_and_kb
    ruler = nlp.get_pipe("attribute_ruler")
    fast = TokenIndexMatcher(nlp.vocab)
    for i in range(len(ruler.attrs)):
        key = nlp.vocab.strings[str(i)]
        fast.add(key, ruler.matcher.get(key)[1])
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_texts()))
    for doc in docs:
        assert fast(doc, allow_missing=True) == ruler.matcher(doc, allow_missing=True)


@pytest.fixture(scope="module")
def kg_nlp():
    from kg.ontology import load_ontology
    from kg.parse import DEFAULT_MODEL, load_pipeline
    return load_pipeline(DEFAULT_MODEL, load_ontology())


@pytest.mark.model
def test_memo_lemmatizer_gives_the_models_lemmas(kg_nlp):
    nlp = kg_nlp
    assert "kg_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    texts = _texts()
    nlp.enable_pipe("lemmatizer")
    try:
        with nlp.select_pipes(disable=["kg_lemmatizer"]):
            slow = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    finally:
        nlp.disable_pipe("lemmatizer")
    fast = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    fast_again = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]   # every answer from the memo
    assert fast == slow == fast_again
    assert sum(a != b.lower() for doc, d in zip(slow, nlp.pipe(texts)) for a, b in zip(doc, (t.text for t in d))) > 100


@pytest.mark.model
def test_array_attribute_ruler_sets_what_the_models_ruler_sets(kg_nlp):
    nlp = kg_nlp
    assert "kg_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names

    def values(docs):
        return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc] for doc in docs]

    texts = _texts()
    nlp.enable_pipe("attribute_ruler")
    try:
        with nlp.select_pipes(disable=["kg_attribute_ruler"]):
            slow = values(nlp.pipe(texts))
    finally:
        nlp.disable_pipe("attribute_ruler")
    assert values(nlp.pipe(texts)) == slow
    assert sum(t[0] == "PUNCT" for doc in slow for t in doc) > 100   # the ruler set parts of speech


def test_array_attribute_ruler_refuses_lexical_attributes():
    import spacy

    from kg.parse import ArrayAttributeRuler, TokenIndexMatcher
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"POS": "PROPN", "LEMMA": "UN"})
    ruler.matcher = TokenIndexMatcher(nlp.vocab)
    ruler.matcher.add(nlp.vocab.strings["0"], [[{"LOWER": "un"}]])
    assert ArrayAttributeRuler.supports(ruler)
    ruler.add([[{"LOWER": "u.n."}]], {"NORM": "un"})     # NORM: the ruler also sets it on the word
    ruler.matcher.add(nlp.vocab.strings["1"], [[{"LOWER": "u.n."}]])
    assert not ArrayAttributeRuler.supports(ruler)


def test_memo_lemmatizer_refuses_a_lemmatizer_that_may_read_more():
    import spacy
    from spacy.pipeline import Lemmatizer

    from kg.parse import MemoLemmatizer

    class ByText(Lemmatizer):
        def rule_lemmatize(self, token):
            return [token.text + token.nbor().text]

    vocab = spacy.blank("en").vocab
    assert MemoLemmatizer.supports(Lemmatizer(vocab, None, mode="lookup"))
    assert not MemoLemmatizer.supports(ByText(vocab, None, mode="rule"))


def test_kg_parse_imports_spacy_without_its_command_line_which_still_works():
    import subprocess
    import sys
    code = ("import sys, kg.parse, spacy; assert 'spacy.cli' not in sys.modules, 'cli imported'; "
            "assert not [m for m in sys.modules if m.startswith('spacy.cli.')]; "
            "import spacy.cli; assert callable(spacy.cli.download) and callable(spacy.cli.info); "
            "assert isinstance(spacy.info(silent=True), dict); print('ok')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


@pytest.mark.model
def test_the_model_loads_as_spacy_loads_it():
    """kg's tokenizer override and entry-point index change nothing that was loaded."""
    import importlib.metadata

    import catalogue
    import spacy

    from kg.parse import DEFAULT_MODEL, _index_entry_points, _load_overrides
    stock = spacy.load(DEFAULT_MODEL)
    overrides = _load_overrides(DEFAULT_MODEL)
    assert overrides == {"nlp": {"tokenizer": {"@tokenizers": "kg.LoadedTokenizer.v1"}}}
    _index_entry_points()
    installed = importlib.metadata.entry_points()
    for group in ("spacy_factories", "spacy_languages", "console_scripts", "no such group"):
        assert [(e.name, e.value) for e in catalogue.AVAILABLE_ENTRY_POINTS.get(group, [])] == \
            [(e.name, e.value) for e in installed.select(group=group)]
    assert catalogue.AVAILABLE_ENTRY_POINTS.get("console_scripts")
    ours = spacy.load(DEFAULT_MODEL, config=overrides)
    assert ours.tokenizer.to_bytes() == stock.tokenizer.to_bytes()
    assert ours.vocab.to_bytes() == stock.vocab.to_bytes()

    def lexemes(nlp):
        return {lex.orth_: (lex.norm_, lex.lower_, lex.shape_, lex.prefix_, lex.suffix_, lex.is_stop, lex.like_num)
                for lex in nlp.vocab}
    assert lexemes(ours) == lexemes(stock) and len(lexemes(stock)) > 500
    texts = _texts()
    assert [d.to_bytes() for d in ours.pipe(texts)] == [d.to_bytes() for d in stock.pipe(texts)]


def test_a_model_with_its_own_tokenizer_is_loaded_as_it_says(tmp_path):
    from kg.parse import _load_overrides
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.cfg").write_text('[nlp]\nlang = "zh"\n\n[nlp.tokenizer]\n'
                                      '@tokenizers = "spacy.zh.ChineseTokenizer"\nsegmenter = "char"\n')
    assert _load_overrides(str(model)) == {}
    (model / "config.cfg").write_text('[nlp]\nlang = "en"\n\n[nlp.tokenizer]\n@tokenizers = "spacy.Tokenizer.v1"\n')
    assert _load_overrides(str(model)) == {"nlp": {"tokenizer": {"@tokenizers": "kg.LoadedTokenizer.v1"}}}
    assert _load_overrides(str(tmp_path / "missing")) == {}


def test_token_index_matcher_refuses_what_it_cannot_do():
    import spacy

    from kg.parse import TokenIndexMatcher
    m = TokenIndexMatcher(spacy.blank("en").vocab)
    for bad in ([{"LOWER": "a", "OP": "?"}], [{"TEXT": {"FUZZY": "a"}}], [{"LENGTH": 3}], [{}]):
        with pytest.raises(ValueError):
            m.add("X", [bad])


# -- options ----------------------------------------------------------------------------------

def test_unknown_engine_and_scheduler_without_dask_are_errors(tmp_path):
    from kg.ontology import load_ontology
    kb = load_ontology()
    with pytest.raises(KgError, match="unknown engine"):
        pipeline.make_engine("spark", "m", kb)
    with pytest.raises(KgError, match="--scheduler needs --engine dask"):
        pipeline.make_engine("local", "m", kb, scheduler="tcp://localhost:8786")


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "must be at least 1"),
    (["--jobs", "many"], "expected a number of processes or 'auto'"),
])
def test_bad_jobs_are_rejected_by_the_parser(args, message, capsys, tmp_path):
    from kg.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["build", str(tmp_path), *args])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_scheduler_needs_the_dask_engine(tmp_path, capsys):
    from kg.cli import main
    corpus = corpus_copy(tmp_path / "c")
    assert main(["build", str(corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]) == 1
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


@pytest.mark.model
def test_writers_keep_fragments_in_the_cache_and_write_the_same_files(reference, tmp_path):
    """With a cache folder, JSON, GraphML and Turtle keep each actor's and relation's text
    there (the explorer does not); the files are those written without it, cold or warm."""
    corpus, expected = reference
    G = pipeline.build_corpus_graph(corpus)
    cache = tmp_path / "cache"
    for run in ("cold", "warm"):
        pipeline.write_outputs(G, tmp_path / run, cache_dir=cache, processes=2)
        assert outputs(tmp_path / run) == expected
    kinds = sorted(p.name.split("-")[0] for p in (cache / "fragments").iterdir())
    assert kinds == ["graphml", "json", "turtle"]


def test_importing_the_pipeline_leaves_networkx_for_later():
    """A rebuild starts its background parser before networkx (a tenth of a second) loads."""
    import subprocess
    import sys
    code = "import sys, kg.pipeline; print('networkx' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert run.stdout.strip() == "False"
