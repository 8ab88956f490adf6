"""Stand-ins for the model's ``attribute_ruler`` and ``lemmatizer`` that set the very
values they set, faster (tested token by token against them):

* :class:`ArrayAttributeRuler` (``kg_attribute_ruler``) writes the ruler's values
  with one ``Doc.from_array`` per document, its patterns matched by a
  :class:`~kg.speed.matchers.TokenIndexMatcher`;
* :class:`MemoLemmatizer` (``kg_lemmatizer``) asks the lemmatizer once per
  distinct word, part of speech and morphology.

:func:`use_stand_ins` puts them in a loaded pipeline where they apply: each falls
back to the model's own component when that one is not spaCy's stock class or
sets anything else.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .matchers import TokenIndexMatcher


def use_stand_ins(nlp: Language) -> Language:
    """Index the model's ``attribute_ruler`` patterns and put ``kg_attribute_ruler`` and
    ``kg_lemmatizer`` in place of the model's components where they support them."""
    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    for name, stand_in in (("attribute_ruler", ArrayAttributeRuler), ("lemmatizer", MemoLemmatizer)):
        if name in nlp.pipe_names and stand_in.supports(nlp.get_pipe(name)):
            nlp.add_pipe(f"kg_{name}", after=name)   # its factory wraps the model's component
            nlp.disable_pipe(name)
    return nlp


def index_attribute_ruler(ruler) -> None:
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
        from spacy.pipeline import AttributeRuler
        return (type(ruler) is AttributeRuler and isinstance(ruler.matcher, TokenIndexMatcher)
                and len(ruler.attrs) == len(ruler.matcher) == len(ruler.indices)
                and all(isinstance(a, int) and a in ArrayAttributeRuler.ATTRS and isinstance(v, int)
                        for attrs in ruler.attrs for a, v in attrs.items()))

    def __call__(self, doc: Doc) -> Doc:
        hits = self.ruler.matcher.hits(doc)   # a repeated match sorts next to itself, and writes the same
        if not hits:
            return doc
        rule_of, rules = self.rule_of, self.rules
        values = doc.to_array(self.columns).reshape(len(doc), -1).tolist()   # (one column comes back 1-d)
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
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer
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
