"""Long articles and Windows line ends: parsed as pieces, put back into the article's offsets.

spaCy refuses a text longer than the model's ``max_length`` (error E088), and the
actor and relation rules take more than linear time on one long text (a
900,000-character article took four minutes and 3 GB). So an article longer than
:data:`PIECE_CHARS` characters (or the model's ``max_length``, if smaller) is cut
into pieces no longer than that: at a paragraph break (a blank line), else a line
break, else the end of a sentence, else a space, else anywhere. Each piece is parsed
and its actors and relations found on their own (a name or pronoun is not linked
to one in another piece), and :func:`join` makes them one document's records again.

A text with Windows line ends (``\\r\\n``) is parsed with ``\\n`` instead, as the
same text with Unix line ends would be (spaCy reads ``\\r\\n`` as a word of its own,
which changes the parse); a lone ``\\r`` is read as ``\\n``. Every offset in the
records is then mapped back, so that it indexes the document's own text.

>>> split_text("One.\\n\\nTwo two.\\n\\nThree.", 12)
[(0, 6), (6, 16), (16, 22)]
"""

from __future__ import annotations

import hashlib
import re
import warnings
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from .corpus import CorpusWarning, Document
from .records import Actor, Extraction, Mention, Relation

#: The longest text parsed in one piece (characters). A longer article is cut up.
PIECE_CHARS = 100_000

#: Where a piece may end, best first: after a blank line, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+"),
         re.compile(r"\s+"))


@dataclass(frozen=True, eq=False)
class Piece:
    """A part of ``whole`` parsed on its own: ``document`` carries the article's id and
    metadata and the piece's text (with ``\\n`` line ends), which starts at ``start`` in
    the article's text with ``\\n`` line ends; ``crs`` are the positions in that text of
    the line ends that were ``\\r\\n`` (:func:`file_offset` maps back)."""

    document: Document
    whole: Document
    start: int
    last: bool
    crs: Sequence[int] = ()


def piece_limit(max_length: int) -> int:
    """The longest piece for a model whose ``nlp.max_length`` is ``max_length``."""
    return max(1, min(PIECE_CHARS, max_length))


def pieces(document: Document, limit: int) -> list[Piece] | None:
    """The pieces ``document`` is parsed in, or ``None`` when it is parsed whole as it is
    (no ``\\r`` in it and at most ``limit`` characters). Cutting it up is a
    :class:`~kg.corpus.CorpusWarning` that names the article."""
    text = document.text
    if "\r" not in text and len(text) <= limit:
        return None
    crs: Sequence[int] = ()
    if "\r" in text:
        crs = array("q", (m.start() - k for k, m in enumerate(re.finditer("\r\n", text))))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    bounds = split_text(text, limit)
    if len(bounds) > 1:
        warnings.warn(f"article {document.id!r} has {len(text):,} characters, more than {limit:,}: parsed in "
                      f"{len(bounds)} pieces cut at paragraph breaks (else sentence ends); names and pronouns "
                      "are not linked across pieces", CorpusWarning, stacklevel=2)
    return (Piece(replace(document, text=text[a:b]), document, a, i == len(bounds) - 1, crs)
            for i, (a, b) in enumerate(bounds))


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text``, each at most ``limit``
    characters, cut at the best break the end of each allows (see the module)."""
    out, start, n = [], 0, len(text)
    while n - start > limit:
        end = _cut(text, start, start + limit)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    """Where a piece starting at ``lo`` ends, at most at ``hi``: after the last break of the
    best kind between them (the whitespace after it goes with the piece), else at ``hi``."""
    for pattern in _CUTS:
        end = None
        for m in pattern.finditer(text, lo + 1, hi):
            end = m.end()
        if end is not None and end > lo:
            return end
    return hi


def file_offset(offset: int, crs: Sequence[int]) -> int:
    """An offset in the text with ``\\n`` line ends as an offset in the document's text,
    whose line ends at positions ``crs`` (of that text) were ``\\r\\n``."""
    return offset + bisect_left(crs, offset) if crs else offset


def relation_id(doc: str, start: int, trigger_start: int, subject: str, predicate: str, obj: str) -> str:
    """The id :func:`kg.relations.assemble.relation` gives a relation (tested to agree)."""
    return hashlib.sha1(f"{doc}|{start}|{trigger_start}|{subject}|{predicate}|{obj}".encode()).hexdigest()[:16]


def join(parts: list[tuple[Piece, Extraction]]) -> Extraction:
    """The records of one document from those of its pieces, in order: offsets into the
    document's text, relation ids from them, an actor found in several pieces one record
    (its mentions together, the type most of them have, the first piece's on a tie)."""
    joined = Joined()
    for piece, ex in parts:
        joined.add(piece, ex)
    return joined.result()


class Joined:
    """:func:`join` a piece at a time: each piece's records are moved into the document's
    as the piece comes (one copy of each mention, sentence and trigger text), so a long
    article's pieces are not all held twice, as they are and as moved, until the last."""

    def __init__(self):
        self.whole: Document | None = None
        self.actors: dict[str, list[Actor]] = {}
        self.relations: list[Relation] = []
        self.texts: dict[str, str] = {}

    def add(self, piece: Piece, ex: Extraction) -> None:
        if self.whole is None:
            self.whole = piece.whole
        for actor in ex.actors:
            self.actors.setdefault(actor.id, []).append(_moved_actor(actor, piece, self.texts))
        self.relations += [_moved_relation(r, piece, self.texts) for r in ex.relations]

    def result(self) -> Extraction:
        return Extraction(document=self.whole, actors=tuple(_merged(self.actors[k]) for k in sorted(self.actors)),
                          relations=tuple(self.relations))


def _moved_actor(actor: Actor, piece: Piece, texts: dict[str, str]) -> Actor:
    def at(offset: int) -> int:
        return file_offset(piece.start + offset, piece.crs)
    return replace(actor, mentions=tuple(Mention(m.doc, texts.setdefault(m.text, m.text), at(m.start), at(m.end),
                                                 m.metonymy) for m in actor.mentions))


def _moved_relation(r: Relation, piece: Piece, texts: dict[str, str]) -> Relation:
    def at(offset: int) -> int:
        return file_offset(piece.start + offset, piece.crs)
    start, trigger_start = at(r.start), at(r.trigger_start)
    return replace(r, id=relation_id(r.doc, start, trigger_start, r.subject, r.predicate, r.object),
                   start=start, end=at(r.end), trigger_start=trigger_start, trigger_end=at(r.trigger_end),
                   evidence=texts.setdefault(r.evidence, r.evidence), trigger=texts.setdefault(r.trigger, r.trigger))


def _merged(records: list[Actor]) -> Actor:
    if len(records) == 1:
        return records[0]
    votes: dict[str, int] = {}
    for a in records:
        votes[a.type] = votes.get(a.type, 0) + len(a.mentions)
    kind = max(votes, key=lambda t: (votes[t], -[a.type for a in records].index(t)))
    mentions = tuple(m for a in records for m in a.mentions)
    return replace(records[0], type=kind, mentions=mentions,
                   aliases=tuple(sorted({alias for a in records for alias in a.aliases})))


def parse_units(documents: Iterable[Document], limit: int) -> Iterator[tuple[Document | Piece, bool]]:
    """Each document as it is parsed: ``(document, False)`` whole, ``(piece, True)`` for
    each piece of a long one, ``(piece, False)`` for the one piece of a short one with
    ``\\r`` in it (see :func:`pieces`)."""
    for document in documents:
        split = pieces(document, limit)
        if split is None:
            yield document, False
        else:
            for piece in split:
                yield piece, not (piece.start == 0 and piece.last)
