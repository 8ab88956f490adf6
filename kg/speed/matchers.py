"""Stand-ins for spaCy's ``Matcher`` that return its very matches, in its order, faster.

* :class:`LowerIndexMatcher`, for kg's entity ruler: an index of the names'
  lower-case forms instead of trying every pattern at every token;
* :class:`TokenIndexMatcher`, for the model's ``attribute_ruler``: patterns indexed
  by their first token, and each distinct token's one-token matches remembered.

Both are tested against spaCy's ``Matcher`` on real text, order included.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_LOWER, IS_SPACE, LOWER, ORTH, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc


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

    def state(self) -> tuple:
        """The index as plain data (``marshal`` keeps it): :meth:`restore` takes it back."""
        return (self._n, self._by_first)

    def restore(self, state: tuple) -> None:
        """Replace the index with one :meth:`state` gave (``ValueError`` if it is not one)."""
        try:
            n, by_first = state
        except (TypeError, ValueError):
            raise ValueError("not a LowerIndexMatcher state") from None
        if not isinstance(n, int) or not isinstance(by_first, dict):
            raise ValueError("not a LowerIndexMatcher state")
        self._n, self._by_first = n, by_first

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
