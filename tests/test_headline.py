"""Tests for :mod:`kg.headline`: title-case headlines parsed in sentence case."""

from __future__ import annotations

import pytest

from kg.headline import english_words, is_title_case, sentence_case

ENGLISH = {"claim", "launch", "missile", "attack", "at", "vessel", "kill", "five", "civilian", "strike", "on",
           "swap", "prisoner", "and", "resume", "talk", "tie", "diplomatic", "russia", "target"}


def recase(text: str, names=()) -> str:
    return sentence_case(text, ENGLISH.__contains__, lambda w: w in names)


@pytest.mark.parametrize("line,expected", [
    ("Yemen's Houthis Claim Launching Missile Attacks At US Vessels",
     "Yemen's Houthis claim launching missile attacks at US vessels"),
    ("RSF Strike on Sudan's El Fasher Kills Five Civilians", "RSF strike on Sudan's El Fasher kills five civilians"),
    ("US, Cuba Resume Talks on Diplomatic Ties", "US, Cuba resume talks on diplomatic ties"),
])
def test_title_case_headline_in_sentence_case(line, expected):
    body = "\n\nThe Houthis in Yemen said they fired at ships. Talks with Cuba resumed, officials in El Fasher said.\n"
    got = recase(line + body)
    assert got == expected + body
    assert len(got) == len(line + body)


def test_a_word_the_body_capitalises_inside_a_sentence_keeps_its_capital():
    # "Russia" is a WordNet noun too: the body, where it stands inside a sentence, decides
    text = "Russia Strikes Target Kyiv Again\n\nOn Monday Russia struck Kyiv.\n"
    assert recase(text) == "Russia strikes target Kyiv Again\n\nOn Monday Russia struck Kyiv.\n"


def test_a_knowledge_base_name_keeps_its_capital_without_the_body():
    text = "Russia Strikes Target Again\n\nThe strikes hit a target.\n"
    assert recase(text, names={"Russia"}).startswith("Russia strikes target Again")
    assert recase(text).startswith("Russia strikes target Again")   # the first word stays without evidence


def test_a_word_the_body_writes_in_lower_case_is_lowered_even_if_unknown():
    text = "Houthis Claim Drone Strikes\n\nThe Houthis said the drone strikes hit ships.\n"
    assert recase(text).startswith("Houthis claim drone strikes")


@pytest.mark.parametrize("text", [
    "Russia, Ukraine agree to swap 1,000 prisoners\n\nBody.\n",     # sentence case already
    "Talks Resume\n\nBody.\n",                                        # too few long words to tell
    "Russia Strikes Target Kyiv",                                     # no body: nothing to judge by
])
def test_other_first_lines_are_left_alone(text):
    assert recase(text) == text


def test_is_title_case():
    assert is_title_case("Yemen's Houthis Claim Launching Missile Attacks At US Vessels")
    assert not is_title_case("Yemen's Houthis claim launching missile attacks at US vessels")


def test_english_words_reads_the_lemmatizers_index():
    class Lookups:
        def get_table(self, name):
            assert name == "lemma_index"
            return {"noun": ["vessel"], "verb": ["claim"]}

    class Lemmatizer:
        lookups = Lookups()

    class Nlp:
        def get_pipe(self, name):
            return Lemmatizer()

    known = english_words(Nlp(), frozenset({"amid"}))
    assert known("vessel") and known("claim") and known("amid") and not known("houthi")
