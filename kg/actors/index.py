"""The token facts of one parsed document, read once as plain lists (the speed trick).

The recognition rules scan every token of a document (proper-noun places) or build
many small spans (titles around a name, place suffixes); ``doc[i]`` and
``Span.text`` are costly for that, so :class:`DocIndex` reads POS tags, offsets,
capitalisation and sentence starts in one ``Doc.to_array`` call.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, LENGTH, POS, SENT_START
from spacy.tokens import Doc


class DocIndex:
    """Token facts of one ``Doc`` read once, as plain lists, for the rules that scan
    every token or build many small spans (``doc[i]`` and ``Span.text`` are costly).

    ``lower_text(a, b)`` is ``doc[a:b].text.lower()``, sliced from the lower-cased
    document text when lower-casing keeps every offset (no "İ") and has no context
    (no "Σ", whose lower case depends on the next letter); else computed as before.
    """

    __slots__ = (
        "_doc_text",
        "_ends",
        "_first_line_end",
        "_low",
        "_lowers",
        "_starts",
        "doc",
        "n",
        "pos",
        "sent_start",
        "text",
        "upper_initial",
    )

    def __init__(self, doc: Doc, text: str | None = None):
        self.doc = doc
        self.n = n = len(doc)
        self._doc_text = None
        if text is None or not n or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
            text = self._doc_text = doc.text   # the text parsed, token by token (slower)
        self.text = text
        low = text.lower()
        cols = doc.to_array([POS, IDX, LENGTH, SENT_START]) if n else np.zeros((0, 4), np.uint64)
        strings = doc.vocab.strings
        names = {h: strings[h] for h in set(cols[:, 0].tolist())}
        self.pos = [names[h] for h in cols[:, 0].tolist()]
        self._starts = cols[:, 1].tolist()
        self._ends = (cols[:, 1] + cols[:, 2]).tolist()
        self.upper_initial = [text[k].isupper() for k in self._starts]
        self.sent_start = (cols[:, 3] == 1).tolist()
        self._low = low if len(low) == len(text) and "\u03a3" not in text else None
        self._lowers = None
        self._first_line_end = None

    @property
    def doc_text(self) -> str:
        """``doc.text`` (the text parsed: a title-case headline in sentence case), built once."""
        if self._doc_text is None:
            self._doc_text = self.doc.text
        return self._doc_text

    @property
    def lowers(self) -> list[str]:
        """Every token's lower-case text (``doc[i].lower_``), read once on first use."""
        if self._lowers is None:
            self._lowers = [self.lower_text(i, i + 1) for i in range(self.n)]
        return self._lowers

    def on_first_line(self, i: int) -> bool:
        """Whether token ``i`` is on the document's first line (its headline)."""
        if self._first_line_end is None:
            nl = self.text.find("\n")
            self._first_line_end = len(self.text) if nl < 0 else nl
        return self.n > 0 and self._starts[i] < self._first_line_end

    def lower_text(self, start: int, end: int) -> str:
        """``doc[start:end].text.lower()``, without building the span."""
        if end <= start:
            return ""
        if self._low is None:
            return self.doc[start:end].text.lower()
        return self._low[self._starts[start]:self._ends[end - 1]]
