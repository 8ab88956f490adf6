"""The candidate-token index: for each rule, the tokens of a document it could fire on.

Reading ``pos_``, ``lemma_``... of every token in every rule was a third of the
relation rules' time; the index reads the document once from ``Doc.to_array`` and
finds each rule's candidates with numpy. Each list holds every token its rule
accepts (the rule still applies its own tests), so the index only saves time:
without it (every token a candidate) the rules find the same relations.
"""

from __future__ import annotations

from bisect import bisect_left

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

    def __init__(self, wanted: dict[str, list[int]]):
        self.wanted = wanted

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> TokenIndex:
        """The candidates of the rules ``clause``, ``participle``, ``nominal_event``,
        ``displacement_order``, ``expulsion``, ``alliance``, ``truce``, ``mediator``, ``settlement``, ``summons``,
        ``grievance``, ``request_answer``, ``threat``, ``talks``, ``attacker_identity``, ``travel``, ``complaint``,
        ``ultimatum``, ``evaluation`` (and the ``blame`` words it needs), ``response``, ``wanted`` in ``doc``; and the
        words without which ``reason``, ``judged`` (evaluation) and ``accord`` (talks) read no sentence."""
        return cls(_candidates(doc, lex) if len(doc) else {})

    def tokens(self, sent: Span, rule: str) -> list[Token]:
        """The tokens of ``sent`` that ``rule`` could fire on, in text order."""
        wanted = self.wanted.get(rule, [])
        doc = sent.doc
        return [doc[i] for i in wanted[bisect_left(wanted, sent.start):bisect_left(wanted, sent.end)]]


def _candidates(doc: Doc, lex: Lexicon) -> dict[str, list[int]]:
    strings = doc.vocab.strings
    cols = doc.to_array([POS, TAG, DEP, LEMMA, LOWER])

    def is_(col: int, value: str) -> np.ndarray:
        return cols[:, col] == strings[value]   # a label's id: its symbol or its hash

    # lemmas are compared lower-cased: each distinct one once (and once per process)
    distinct: dict[int, int] = {}
    which = np.array([distinct.setdefault(h, len(distinct)) for h in cols[:, 3].tolist()], dtype=np.intp)
    lemmas = [lower_string(h, strings) for h in distinct]

    def by_lemma(words) -> np.ndarray:
        return np.fromiter((x in words for x in lemmas), bool, len(lemmas))[which]

    pos = {name: is_(0, name) for name in ("VERB", "AUX", "NOUN", "PROPN")}
    ally = lex.words_of("ally_noun")
    gerund_deps = [strings[d] for d in GERUND_NP_DEPS]
    masks = {
        "clause": pos["VERB"] | pos["AUX"] | (pos["NOUN"] & is_(2, "ROOT")),
        "participle": is_(1, "VBN"),
        "nominal_event": pos["NOUN"] | pos["PROPN"] | (is_(1, "VBG") & np.isin(cols[:, 2], gerund_deps)),
        "displacement_order": by_lemma(lex.words_of("demand")) & pos["VERB"],
        "expulsion": by_lemma(lex.words_of("demand") | lex.words_of("deadline_verb")) & pos["VERB"],
        "alliance": by_lemma(ally) | np.isin(cols[:, 4], [strings[w] for w in ally]),
        "truce": by_lemma(lex.words_of("truce_noun")),
        "settlement": by_lemma(lex.words_of("settlement_verb")) & pos["VERB"],
        "mediator": by_lemma(lex.words_of("mediator_noun") | lex.words_of("mediation_of_noun")) & pos["NOUN"],
        "evaluation": by_lemma(lex.words_of("report_verb") | lex.words_of("naming_verb")) & (pos["VERB"] | pos["AUX"]),
        "grievance": by_lemma(lex.words_of("grievance_verb")) & pos["VERB"],
        "request_answer": by_lemma({w.split()[0] for w in lex.words_of("request_answer_verb")}) & pos["VERB"],
        "threat": by_lemma(lex.words_of("threat_warn_verb") | lex.words_of("threat_vow_verb")) & pos["VERB"],
        "talks": (by_lemma(lex.words_of("talks_anaphor")) | np.isin(cols[:, 4], [strings[w] for w in lex.words_of(
            "talks_anaphor")])) & pos["NOUN"],
        "attacker_identity": by_lemma(lex.words_of("attacker_identity_verb")) & (pos["VERB"] | pos["AUX"]),
        "ultimatum": by_lemma(lex.words_of("ultimatum_noun")) & pos["NOUN"],
        "summons": by_lemma({w.split()[0] for w in lex.words_of("summon_verb")}) & pos["VERB"],
        "complaint": by_lemma(lex.words_of("complaint_noun")),   # a headline's noun may be tagged a verb
        "travel": by_lemma({w.split()[0] for w in lex.words_of("travel_verb")} | lex.words_of("leave_verb")) & pos["VERB"],
        "blame": by_lemma(lex.words_of("blame_word")) | np.isin(cols[:, 4], [strings[w] for w in lex.words_of("blame_word")]),
        # sentence gates: a rule reads a sentence only when it holds one of these
        "reason": np.isin(cols[:, 4], [strings[w] for w in lex.words_of("reason_prep")])
        | by_lemma(lex.words_of("grievance_noun")),
        "judged": by_lemma(lex.words_of("blame_noun"))
        | np.isin(cols[:, 4], [strings[w] for w in lex.words_of("judging_adjective")]),
        "accord": by_lemma(lex.words_of("symmetric_noun")),
        "response": by_lemma(lex.words_of("military_response_verb")) & pos["VERB"],
        "wanted": by_lemma(lex.words_of("wanted_verb")) & is_(1, "VBN"),
    }
    return {kind: np.flatnonzero(mask).tolist() for kind, mask in masks.items()}
