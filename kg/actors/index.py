"""The token facts of one parsed document, read once as plain lists (the speed trick).

The recognition rules scan every token of a document (proper-noun places) or build
many small spans (titles around a name, place suffixes); ``doc[i]`` and
``Span.text`` are costly for that, so :class:`DocIndex` reads POS tags, offsets,
capitalisation and sentence starts in one ``Doc.to_array`` call.
"""

from __future__ import annotations

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
        if text is None or not n or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
            text = doc.text            # the text parsed, token by token (slower)
        self.text = text
        low = text.lower()
        cols = doc.to_array([POS, IDX, LENGTH, SENT_START]).tolist() if n else []
        strings = doc.vocab.strings
        names = {h: strings[h] for h in {c[0] for c in cols}}
        self.pos = [names[c[0]] for c in cols]
        self._starts = [c[1] for c in cols]
        self._ends = [c[1] + c[2] for c in cols]
        self.upper_initial = [text[c[1]].isupper() for c in cols]
        self.sent_start = [c[3] == 1 for c in cols]
        self._low = low if len(low) == len(text) and "\u03a3" not in text else None
        self._lowers = None
        self._first_line_end = None

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
