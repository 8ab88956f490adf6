"""The layout of a report around its sentences: the dateline that opens it ("SANAA, Jan 25
(AFP) -") and a sign-off glued to its last word ("... in Crimea.__VOA News").

Wire copy opens its first paragraph with where it was filed and who filed it:
"BEIRUT, Lebanon --", "KABUL, Afghanistan (AP) —", "SEOUL —", "Lima :", "Dubai:",
"VIENNA, April 05, /ITAR-TASS/.", "(Reuters) --". Read as part of the first sentence,
the city and the agency become subjects of its events ("Dubai: Israel launched
airstrikes" -> Dubai and Israel attacked). :func:`dateline_spans` finds them (on the
text alone, so the parse step and the actor stage agree); :func:`mark_datelines`, run
first in the pipeline (before the token vectors: it may split tokens), makes the body
after a dateline start a sentence of its own and splits an agency written between
slashes off its slashes.

A dateline is looked for at the start of the first lines of a document only. A run of
underscores a cleaned page left between a sentence's last word and a sign-off
("Crimea.__VOA News") is split off too, the sign-off a sentence of its own.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

LINES = 3   # the headline and the first lines of the body
_NAME = r"[A-Z][\w.'\u2019-]*(?:[ \t]+(?:(?:of|and|the|de|du|da|del|al|el)[ \t]+)?[A-Z][\w.'\u2019-]*){0,3}"
_DATE = r"[A-Z][a-z]+\.?[ \t]+\d"   # "April 05", "Jan 25": a word and a day, no country
_DATELINE = re.compile(rf"""
    (?:(?P<place>{_NAME})                                   # BEIRUT, Kyiv, Lima
       (?:[ \t]*,[ \t]*(?!{_DATE})(?P<country>{_NAME}))?   # , Lebanon
       (?P<date>[ \t]*,[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})?  # , April 05
       [ \t]*,?
    )?
    (?:[ \t]*\([ \t]*(?P<agency>[A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){{0,3}})[ \t]*\))?   # (AP)
    (?:[ \t]*/(?P<slashed>[A-Z][\w.-]{{1,30}})/[ \t]*\.?)?   # /ITAR-TASS/.
    [ \t]*(?P<sep>\u2014|\u2013|--|-|:)?[ \t]+(?=\S)
""", re.X)


def dateline_spans(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """The character ranges of the datelines of a document (usually one); ``text`` is
    ``doc.text`` when the caller has it (building it reads every token)."""
    return [(m.start(), m.end()) for m in _dateline_matches(doc.text if text is None else text)]


def _dateline_matches(text: str) -> list[re.Match]:
    """The dateline matches at the start of the first lines of ``text``."""
    out, start = [], 0
    for _ in range(LINES):
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _DATELINE.match(text, start, end)
        if m is not None and _is_dateline(m):
            out.append(m)
        start = end + 1
    return out


def _is_dateline(m: re.Match) -> bool:
    """A match is a dateline when something marks it as one: an agency (after a place, with a
    dash or a date: "Beirut, Sep 8 (AP) Government shelling ..."), a date, a dash after a place
    written in capitals or of one word, or a colon after a short place name."""
    place, sep = m.group("place"), m.group("sep")
    if m.group("slashed") or (m.group("agency") and (sep or not place or m.group("date"))):
        return True
    if place is None or sep is None:
        return False
    if sep == ":":
        return len(place.split()) <= 3   # "Dubai:", "Lima :"
    if not m.group("country") and (m.group("date") or len(place.split()) == 1 and not place.endswith(".")):
        return True   # "Sanaa, May 18 -", "Nairobi - President ...": a date, or one word and a dash
    return place.isupper() and len(place) > 1   # "SEOUL —", not "Ali Waal — a police officer"


def dateline_tokens(doc: Doc, text: str | None = None) -> list[Span]:
    """The token spans of a document's datelines (``text``: ``doc.text``, when known)."""
    out = []
    for start, end in dateline_spans(doc, text):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out


def dateline_places(doc: Doc, text: str | None = None) -> list[Span]:
    """The places a dateline names, as place spans ("JOHANNESBURG", "KABUL" and "Afghanistan"
    of "KABUL, Afghanistan (AP) --"): a name written in capitals there is a place, whatever
    the entity recogniser calls it. ``text``: ``doc.text``, when known."""
    out = []
    for m in _dateline_matches(doc.text if text is None else text):
        for group in ("place", "country"):
            span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract") if m.group(group) else None
            if span is None:
                continue
            first = next((t.i for t in span if not t.is_stop), span.end)   # "In Borno:" names Borno
            if first < span.end:
                out.append(Span(doc, first, span.end, label="GPE"))
    return out


@Language.component("kg_layout")
def layout_component(doc: Doc) -> Doc:
    """The pipeline component, run first (it may split tokens, which must happen before
    the token vectors are computed): :func:`mark_datelines`."""
    return mark_datelines(doc)


def mark_datelines(doc: Doc) -> Doc:
    """Before the parser: the body after a dateline starts a sentence, and "/ITAR-TASS/."
    is split into its slashes and the agency's name; a glued sign-off is split off."""
    _split_glued_signoffs(doc)
    spans = dateline_spans(doc)
    if not spans:
        return doc
    _split_dateline_glue(doc, spans)
    length = len(doc.text)   # splitting tokens keeps the text
    for _, end in spans:
        span = doc.char_span(end, length, alignment_mode="expand")
        if span is not None and len(span) and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


_GLUED_AGENCY = re.compile(r"(\)|--|\u2014|\u2013)")


def _split_dateline_glue(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Split a leading or trailing slash (and a full stop after it) off the tokens of a dateline,
    and the closing bracket and dash glued to an agency: "(RHC)--" is "(", "RHC", ")", "--"
    (glued, the agency's name is no name of its own and takes the title after it for its own)."""
    todo = []
    for tok in doc:
        if not any(s <= tok.idx < e for s, e in spans):
            continue
        if ")" in tok.text[1:] and tok.text != ")":
            parts = [p for p in _GLUED_AGENCY.split(tok.text) if p]
        elif "/" in tok.text and tok.text != "/":
            parts = [p for p in re.split(r"(/|\.$)", tok.text) if p]
        else:
            continue
        if len(parts) > 1:
            todo.append((tok, parts))
    with doc.retokenize() as retokenizer:
        for tok, parts in todo:
            retokenizer.split(tok, parts, heads=[(tok, 0)] * len(parts))


_GLUE = re.compile(r"(\.?_{2,})")


def _split_glued_signoffs(doc: Doc) -> None:
    """"Crimea.__VOA": the word, the full stop and underscores, and the sign-off, the last
    starting a sentence."""
    todo = [(tok, [p for p in _GLUE.split(tok.text) if p]) for tok in doc if "__" in tok.text]
    todo = [(tok, parts) for tok, parts in todo if len(parts) > 1]
    if not todo:
        return
    starts = []
    with doc.retokenize() as retokenizer:
        for tok, parts in todo:
            retokenizer.split(tok, parts, heads=[(tok, 0)] * len(parts))
            starts.append((tok.idx, parts))
    for idx, parts in starts:
        offset = idx + sum(len(p) for p in parts[:-1]) if not _GLUE.fullmatch(parts[-1]) else None
        if offset is not None:
            span = doc.char_span(offset, offset + len(parts[-1]))
            if span is not None:
                span[0].is_sent_start = True
