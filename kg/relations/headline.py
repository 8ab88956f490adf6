"""Headlines that join two parties with a comma: "Russia, Ukraine sign deal to resume grain
exports", "Trump, Putin discuss Syria", "Colombian, Venezuelan foreign ministers meet".

Wire headlines write "A and B" as "A, B", and the parser, taking the comma for a list or an
apposition, often loses the verb ("sign" read as a noun). :func:`headline_pair` reads the
document's first sentence when it has no full stop (a headline): two actors, the second
right after the first's comma, then within a few words no actor a word whose verb frame
has a ``symmetric_predicate`` (sign, agree, discuss, meet): one relation between them, the first
named as subject (GUIDELINES, convention 11). A word whose frame is not symmetric ("Egypt,
Qatar helped broker ceasefire") gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .clause import verb_frames
from .discourse import Discourse
from .found import Found
from .index import TokenIndex

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: the most words between the second party and the verb ("Colombian, Venezuelan *foreign ministers* meet")
_REACH = 3
_SENTENCE_END = frozenset({".", "!", "?"})


def headline_pair(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Russia, Ukraine sign deal" -> Russia AGREE Ukraine (the document's headline only)."""
    if sent.start != 0:
        return   # the document's first line only
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in _SENTENCE_END or "\n" in sent.text.strip():
        return   # not a headline: the document's first line, written with no full stop
    first, second, after = _comma_pair(sent, da)
    if first is None:
        return
    words = da.kb.lexicon.words_of
    symmetric, planned = words("symmetric_predicate"), False
    for t in doc[after:min(after + _REACH + 1, sent.end)]:
        if da.actor_at(t.i) or t.is_punct:
            return
        # "Ethiopia, Eritrea leaders to meet": a planned meeting (GUIDELINES: not coded as done)
        planned = planned or t.lower_ == "to" or t.lower_ in words("future")
        frames = verb_frames(t, da.kb.lexicon.verbs) if t.pos_ in ("VERB", "NOUN", "AUX") else None
        bare = [f for f in frames or () if not f.parts and not f.before and f.predicate]
        if bare:
            frame = bare[0]
            if frame.predicate.lower() in symmetric:
                yield Found(first, frame.predicate, second, t, "headline.pair", da.kb.confidence("clause"),
                            cameo=frame.cameo, modality="future" if planned else None)
            return


def _comma_pair(sent: Span, da: DocumentActors) -> tuple[str | None, str | None, int]:
    """The two actors a headline opens with, "A, B", and the token after B (``None`` when the
    headline does not open so, or either is a place)."""
    doc = sent.doc
    a = da.actor_at(sent.start)
    i = sent.start
    while i < sent.end and da.actor_at(i) == a and a is not None:
        i += 1
    if a is None or i + 1 >= sent.end or doc[i].text != ",":
        return None, None, 0
    b = da.actor_at(i + 1)
    j = i + 1
    while j < sent.end and da.actor_at(j) == b and b is not None:
        j += 1
    if b is None or b == a or any(da.type_of(x) == "Place" for x in (a, b)):
        return None, None, 0
    return a, b, j
