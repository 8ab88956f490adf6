"""Build spaCy ``Doc`` objects by hand, so rule tests need no statistical model.

A parse is written one token per line::

    Israel      PROPN  nsubj     hits    [GPE israel#name]
    hits        VERB   ROOT      hits    lemma=hit
    Khan        PROPN  compound  Younis  [GPE
    Younis      PROPN  dobj      hits    ]

columns: word, coarse POS, dependency label, head word (the first token with
that text; ``word@N`` names the N-th), then optional ``lemma=``/``tag=`` and an
entity bracket: ``[LABEL id#how`` opens an entity (``id#how`` as the entity
ruler sets it: a knowledge-base id, or omit it for a statistical entity) and
``]`` closes it; ``[LABEL ...]`` on one line is a one-token entity.
``tools/freeze_parse.py "sentence"`` prints this format from the real model,
to be checked by eye and pasted into a test.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

_VOCAB = spacy.blank("en").vocab   # with lexical attributes: lower_, is_punct, ...
_DEFAULT_TAGS = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP", "ADJ": "JJ", "ADP": "IN", "DET": "DT",
                 "PRON": "PRP", "AUX": "VBZ", "PART": "TO", "CCONJ": "CC", "PUNCT": ".", "NUM": "CD",
                 "ADV": "RB", "SCONJ": "IN"}


def hand_doc(spec: str, vocab: Vocab | None = None) -> Doc:
    """A parsed, entity-annotated ``Doc`` from the one-token-per-line spec."""
    rows = []
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        bracket = None
        if "[" in line or line.endswith("]"):
            if "[" in line:
                line, bracket = line.split("[", 1)
                bracket = "[" + bracket
            else:
                line, bracket = line[:-1], "]"
        cols = line.split()
        word, pos, dep, head = cols[:4]
        opts = dict(c.split("=", 1) for c in cols[4:])
        rows.append((word, pos, dep, head, opts, bracket.strip() if bracket else None))
    words = [r[0] for r in rows]

    def index_of(ref: str) -> int:
        name, _, n = ref.partition("@")
        hits = [i for i, w in enumerate(words) if w == name]
        if not hits:
            raise ValueError(f"head {ref!r} is not a word of the sentence")
        return hits[int(n) - 1 if n else 0]

    heads = [index_of(r[3]) for r in rows]
    doc = Doc(vocab or _VOCAB, words=words,
              spaces=[not (i + 1 < len(words) and (words[i + 1] in ",.;:'s-" or words[i] == "-")) for i in range(len(words))],
              pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=heads,
              lemmas=[r[4].get("lemma", r[0].lower()) for r in rows],
              tags=[r[4].get("tag", _DEFAULT_TAGS.get(r[1], "XX")) for r in rows])
    ents, open_ = [], None
    for i, r in enumerate(rows):
        b = r[5]
        if not b:
            continue
        if b.startswith("["):
            parts = b[1:].rstrip("]").split()
            open_ = (i, parts[0], parts[1] if len(parts) > 1 else "")
            if b.endswith("]"):
                ents.append(Span(doc, i, i + 1, label=open_[1], span_id=open_[2]))
                open_ = None
        elif b == "]" and open_:
            ents.append(Span(doc, open_[0], i + 1, label=open_[1], span_id=open_[2]))
            open_ = None
    doc.ents = ents
    return doc
