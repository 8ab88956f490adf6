"""Unit tests of :mod:`kg.actors.names`: names as written, and the keys short forms are compared by."""

from __future__ import annotations

import doctest

import pytest
from actor_records import VOCAB
from spacy.tokens import Doc, Span

from kg.actors import names
from kg.actors.names import (
    ends_name,
    honorific_forms,
    is_short_form,
    is_surname_of,
    mention_text,
    name_key,
    name_text,
    token_key,
    trim,
)

ARTICLES = frozenset({"al-", "el-", "ash-", "as-"})


@pytest.mark.parametrize("token,key", [
    ("al-Burhan", "burhan"),
    ("Al-Burhan", "burhan"),
    ("el-Sisi", "sisi"),
    ("ash-Sharaa", "sharaa"),       # the longer prefix, not "as-" + "h-Sharaa"
    ("as-Sudani", "sudani"),
    ("al-X", "al-x"),               # a prefix needs more than one letter after it
    ("Khān", "khan"),               # folded
    ("Alexander", "alexander"),     # no hyphen: no prefix
    ("Asad", "asad"),
])
def test_token_key(token, key):
    assert token_key(token, ARTICLES) == key


def test_token_key_drops_one_prefix():
    assert token_key("as-al-Assad", ARTICLES) == "al-assad"


def test_token_key_without_articles_only_folds_and_lowers():
    assert token_key("al-Burhan", frozenset()) == "al-burhan"


def test_the_articles_are_the_ontologys(kb):
    articles = kb.lexicon.words_of("name_article_prefix")
    assert {"al-", "el-", "ad-", "ash-"} <= articles
    assert name_key(["Abdel", "Fattah", "al-Burhan"], articles) == ["abdel", "fattah", "burhan"]


@pytest.mark.parametrize("short,full,expected", [
    (["kerry"], ["john", "kerry"], True),           # ends
    (["john"], ["john", "kerry"], True),            # starts
    (["fattah"], ["abdel", "fattah", "burhan"], False),   # inside
    (["john", "kerry"], ["john", "kerry"], False),  # not shorter
    (["forbes"], ["john", "kerry"], False),
])
def test_is_short_form(short, full, expected):
    assert is_short_form(short, full) is expected


@pytest.mark.parametrize("short,full,expected", [
    (["kerry"], ["john", "kerry"], True),
    (["john"], ["john", "kerry"], False),
    (["john", "kerry"], ["john", "kerry"], False),
])
def test_ends_name(short, full, expected):
    assert ends_name(short, full) is expected


def _doc(words: list[str], no_space_before: tuple[str, ...] = ("'s", "'", '"', ".")) -> Doc:
    spaces = [i + 1 < len(words) and words[i + 1] not in no_space_before for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces)


def test_name_text_drops_a_leading_article():
    doc = _doc(["the", "Red", "Crescent", "said", "."])
    assert name_text(Span(doc, 0, 3)) == "Red Crescent"
    assert name_text(Span(doc, 1, 3)) == "Red Crescent"
    assert mention_text(Span(doc, 0, 3)) == "the Red Crescent"


def test_trim_drops_possessive_and_punctuation():
    doc = _doc(["Israel", "'s", "army", "and", "(", "Hamas", ")", "."])
    span = trim(Span(doc, 0, 2, label="GPE", kb_id="israel"))
    assert (span.start, span.end, span.label_, span.kb_id_) == (0, 1, "GPE", "israel")
    span = trim(Span(doc, 4, 7, label="ORG"))
    assert (span.text, span.label_) == ("Hamas", "ORG")
    assert trim(Span(doc, 4, 5, label="ORG")) is None


def test_is_surname_of():
    doc = _doc(["Burhan", "met", "Kerry", "."])
    persons = [["Abdel", "Fattah", "al-Burhan"], ["John", "Kerry"]]
    assert is_surname_of(Span(doc, 0, 1), persons, ARTICLES)
    assert is_surname_of(Span(doc, 2, 3), persons, ARTICLES)
    assert not is_surname_of(Span(doc, 2, 3), [], ARTICLES)
    assert not is_surname_of(Span(doc, 0, 1), persons, frozenset())   # "al-burhan" != "burhan"


def test_honorific_forms():
    assert honorific_forms(frozenset({"mr.", "mr", "sheikh"})) == {"mr", "sheikh"}


def test_doctests():
    result = doctest.testmod(names)
    assert result.attempted and not result.failed


def test_a_name_the_ner_cut_at_a_hyphenated_particle_is_one_group(kb):
    # "Jaish" (PERSON) + "-e" + "Fursan-e Muhammad" (ORG): one armed group's name
    from actor_records import actors
    recs = actors("""
    a             DET    det       group
    militant      ADJ    amod      group
    group         NOUN   nsubj     claimed
    ,             PUNCT  punct     group
    Jaish         PROPN  compound  Muhammad                         [PERSON]
    -             PUNCT  punct     Muhammad
    e             PROPN  compound  Muhammad
    Fursan        PROPN  compound  Muhammad                         [ORG
    -             PUNCT  punct     Muhammad
    e             PROPN  compound  Muhammad
    Muhammad      PROPN  appos     group                            ]
    ,             PUNCT  punct     group
    claimed       VERB   ROOT      claimed       lemma=claim
    the           DET    det       attack
    attack        NOUN   dobj      claimed
    .             PUNCT  punct     claimed
    """, kb)
    assert set(recs) == {"jaish-e-fursan-e-muhammad"} and recs["jaish-e-fursan-e-muhammad"].type == "Group"


def test_trim_drops_a_count_before_the_people_a_name_describes():
    # "over 45 Anglophone secessionists": the count is no part of a name; "the 400 Mawozo" keeps its number
    doc = _doc(["45", "Anglophone", "secessionists", "and", "400", "Mawozo", "."])
    doc[2].tag_ = "NNS"
    assert trim(Span(doc, 0, 2, label="ORG")).text == "Anglophone"
    assert trim(Span(doc, 4, 6, label="ORG")).text == "400 Mawozo"
