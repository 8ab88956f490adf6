"""The candidate-token index: for each rule, the tokens of a document it could fire on.

Reading ``pos_``, ``lemma_``... of every token in every rule was a third of the
relation rules' time; the index reads the document once from ``Doc.to_array`` and
finds each rule's candidates with numpy. Each list holds every token its rule
accepts (the rule still applies its own tests), so the index only saves time:
without it (every token a candidate) the rules find the same relations.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from ..ontology import Lexicon

# a gerund standing where a noun phrase stands can name an event: "Fighting between X and Y has killed"
GERUND_NP_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
_LOWER_STRINGS: dict[int, str] = {}


def lower_string(h: int, strings) -> str:
    """``strings[h].lower()``, remembered (a hash names the same string in every vocabulary)."""
    low = _LOWER_STRINGS.get(h)
    if low is None:
        if len(_LOWER_STRINGS) > 1_000_000:
            _LOWER_STRINGS.clear()
        low = _LOWER_STRINGS[h] = strings[h].lower()
    return low


class TokenIndex:
    """Rule name -> the indices of the tokens the rule could fire on, in text order."""

    def __init__(self, wanted: dict[str, list[int]], tokens: list[Token] | None = None):
        self.wanted = wanted
        self._tokens = tokens   # the document's tokens, each built once

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> TokenIndex:
        """The candidates of the rules ``clause``, ``participle``, ``nominal_event``,
        ``displacement_order``, ``expulsion``, ``alliance``, ``truce``, ``mediator``, ``settlement``, ``summons``,
        ``grievance``, ``request_answer``, ``threat``, ``talks``, ``attacker_identity``, ``travel``, ``complaint``,
        ``ultimatum``, ``evaluation`` (and the ``blame`` words it needs), ``response``, ``pitting``, ``wanted``, ``demand_noun``
        (demand.demanded_clause_of_noun), ``title`` (affiliation.described_affiliation) in ``doc``; and the
        words without which ``reason``, ``judged`` (evaluation) and ``accord`` (talks) read no sentence."""
        return cls(_candidates(doc, lex), list(doc)) if len(doc) else cls({})

    def tokens(self, sent: Span, rule: str) -> list[Token]:
        """The tokens of ``sent`` that ``rule`` could fire on, in text order."""
        wanted = self.wanted.get(rule, [])
        tokens = sent.doc if self._tokens is None else self._tokens
        return [tokens[i] for i in wanted[bisect_left(wanted, sent.start):bisect_left(wanted, sent.end)]]


def _candidates(doc: Doc, lex: Lexicon) -> dict[str, list[int]]:
    strings = doc.vocab.strings
    cols = doc.to_array([POS, TAG, DEP, LEMMA, LOWER])

    def is_(col: int, value: str) -> np.ndarray:
        return cols[:, col] == strings[value]   # a label's id: its symbol or its hash

    # lemmas are compared lower-cased; each distinct lemma or word is looked at once
    by_lemma = _word_test(cols[:, 3], lambda h: lower_string(h, strings))
    by_lower = _word_test(cols[:, 4], lambda h: strings[h])

    pos = {name: is_(0, name) for name in ("VERB", "AUX", "NOUN", "PROPN")}
    ally = lex.words_of("ally_noun")
    gerund_np = np.logical_or.reduce([cols[:, 2] == strings[d] for d in GERUND_NP_DEPS])
    masks = {
        "clause": pos["VERB"] | pos["AUX"] | (pos["NOUN"] & is_(2, "ROOT")),
        "participle": is_(1, "VBN"),
        "nominal_event": pos["NOUN"] | pos["PROPN"] | (is_(1, "VBG") & gerund_np),
        "displacement_order": by_lemma(lex.words_of("demand")) & pos["VERB"],
        "expulsion": by_lemma(lex.words_of("demand") | lex.words_of("deadline_verb")) & pos["VERB"],
        "alliance": by_lemma(ally) | by_lower(ally),
        "truce": by_lemma(lex.words_of("truce_noun")),
        "settlement": by_lemma(lex.words_of("settlement_verb")) & pos["VERB"],
        "mediator": by_lemma(lex.words_of("mediator_noun") | lex.words_of("mediation_of_noun")) & pos["NOUN"],
        "evaluation": by_lemma(lex.words_of("report_verb") | lex.words_of("naming_verb")) & (pos["VERB"] | pos["AUX"]),
        "grievance": by_lemma(lex.words_of("grievance_verb")) & pos["VERB"],
        "request_answer": by_lemma({w.split()[0] for w in lex.words_of("request_answer_verb")}) & pos["VERB"],
        "threat": by_lemma(lex.words_of("threat_warn_verb") | lex.words_of("threat_vow_verb")) & pos["VERB"],
        "talks": (by_lemma(lex.words_of("talks_anaphor")) | by_lower(lex.words_of(
            "talks_anaphor"))) & pos["NOUN"],
        "attacker_identity": by_lemma(lex.words_of("attacker_identity_verb")) & (pos["VERB"] | pos["AUX"]),
        "ultimatum": by_lemma(lex.words_of("ultimatum_noun")) & pos["NOUN"],
        "summons": by_lemma({w.split()[0] for w in lex.words_of("summon_verb")}) & pos["VERB"],
        "complaint": by_lemma(lex.words_of("complaint_noun")),   # a headline's noun may be tagged a verb
        "travel": by_lemma({w.split()[0] for w in lex.words_of("travel_verb")} | lex.words_of("leave_verb")) & pos["VERB"],
        "blame": by_lemma(lex.words_of("blame_word")) | by_lower(lex.words_of("blame_word")),
        # sentence gates: a rule reads a sentence only when it holds one of these
        "reason": by_lower(lex.words_of("reason_prep"))
        | by_lemma(lex.words_of("grievance_noun")),
        "judged": by_lemma(lex.words_of("blame_noun"))
        | by_lower(lex.words_of("judging_adjective")),
        "accord": by_lemma(lex.words_of("symmetric_noun")),
        "response": by_lemma(lex.words_of("military_response_verb")) & pos["VERB"],
        "pitting": by_lemma(lex.words_of("pitting_verb")) & pos["VERB"],
        "wanted": by_lemma(lex.words_of("wanted_verb")) & is_(1, "VBN"),
        "demand_noun": by_lemma({w.split()[0] for w in lex.words_of("demand_object")}) & pos["NOUN"],
        "title": by_lower(lex.roles),
    }
    return {kind: np.flatnonzero(mask).tolist() for kind, mask in masks.items()}


def _word_test(column: np.ndarray, text_of) -> Callable[[Collection[str]], np.ndarray]:
    """For a column of string hashes: a test of which tokens' texts (``text_of`` a hash) are in a
    set of words. Each distinct hash is read once; a set of words is intersected with them."""
    distinct, which = np.unique(column, return_inverse=True)
    at: dict[str, list[int]] = {}   # a text -> its places among the distinct hashes
    for k, h in enumerate(distinct.tolist()):
        at.setdefault(text_of(h), []).append(k)

    def test(words: Collection[str]) -> np.ndarray:
        hit = np.zeros(len(distinct), bool)
        for w in at.keys() & words:
            hit[at[w]] = True
        return hit[which]
    return test
